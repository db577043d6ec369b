// Capitalised names kept whole: a body or a city whose name has a given name inside it, a region
// whose name ends with a country's, and a body named after such a region.

import { extract } from './helpers';

const named = (body: string): Array<[string, string]> => extract(body, '2024-05-01').entities.map((e) => [e.name, e.kind]);

describe('names kept whole', () => {
  it('a given name inside a body’s or a city’s name does not cut it: "Southern Poverty Law Center", "Salt Lake City"', () => {
    expect(named('The Southern Poverty Law Center has long monitored such groups.')).toContainEqual(['Southern Poverty Law Center', 'ORGANIZATION']);
    expect(named('Researchers in Salt Lake City built a cell.')).toContainEqual(['Salt Lake City', 'PLACE']);
  });
  it('a region whose name ends with a country’s is the region, not the country', () => {
    const entities = named('Iodine levels in South Australia and New Mexico fell.');
    expect(entities).toContainEqual(['South Australia', 'PLACE']);
    expect(entities).toContainEqual(['New Mexico', 'PLACE']);
    expect(entities.map(([n]) => n)).not.toContain('Australia');
  });
  it('a body named after such a region is one body; a country named in full stays the country', () => {
    expect(named('He studied at New Mexico State University.')).toEqual([['New Mexico State University', 'ORGANIZATION']]);
    expect(named('Protests in New Zealand grew.')).toEqual([['New Zealand', 'COUNTRY']]);
  });
});

describe('a person of a body', () => {
  it('"Matthew Ingram of The Globe and Mail" names the person, not one body', () => {
    const entities = named('Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed it a war.');
    expect(entities).toContainEqual(['Matthew Ingram', 'PERSON']);
  });
  it('a body whose name has "of" inside stays whole: "Bank of Canada"', () => {
    expect(named('The Bank of Canada raised rates.').map(([n]) => n)).toContain('Bank of Canada');
  });
});

describe('a name set off next to a role', () => {
  it('is a person even without a known given name', () => {
    expect(named('The party’s second-in-command, Tendai Biti, was charged.')).toContainEqual(['Tendai Biti', 'PERSON']);
    expect(named('She married a commoner, Yoshiki Kuroda, a town planner.')).toContainEqual(['Yoshiki Kuroda', 'PERSON']);
  });
  it('not a capitalised word that only looks like a role: "Doctor Who Society"', () => {
    expect(named('Fan groups included Ontario Ghostbusters, Doctor Who Society of Canada, and others.')).not.toContainEqual(['Ontario Ghostbusters', 'PERSON']);
  });
});
