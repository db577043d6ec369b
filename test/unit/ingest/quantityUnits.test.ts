// Units read from how news writes them: a unit of measure modifying a noun ("a two day rally"), a
// quake's magnitude before the word quake ("the 8.6 quake"), an age set off by commas after a name.

import { extract } from './helpers';

const quantities = (body: string): Array<[number, string]> => extract(body, '2024-05-01').quantities.map((q) => [q.value, q.unit]);

describe('units of measure', () => {
  it('a singular unit before a noun is the unit: "a two day rally", "a 70 meter hall"', () => {
    expect(quantities('Thousands joined a two day rally near a 70 meter hall.')).toEqual(expect.arrayContaining([[2, 'day'], [70, 'meter']]));
  });
  it('a plural count keeps its noun: "two nano-satellites", "five hard drives"', () => {
    expect(quantities('He took five hard drives.')).toEqual([[5, 'drive']]);
  });
  it('a decimal before "quake" is its magnitude', () => {
    expect(quantities('After the 8.6 quake, a warning was issued.')).toEqual([[8.6, 'magnitude']]);
  });
  it('an age set off by commas after a name', () => {
    expect(quantities('Thomas Sam, 42, and his wife were charged.')).toEqual([[42, 'year']]);
    expect(quantities('In Paris, 12 people were hurt.')).toEqual([[12, 'person']]);
  });
});

describe('spelled ages and a currency code before the sign', () => {
  it('"aged eighteen", "at age seventeen" are ages in years', () => {
    expect(quantities('She left aged eighteen.')).toEqual([[18, 'year']]);
    expect(quantities('She joined at age seventeen.')).toEqual([[17, 'year']]);
  });
  it('"USD$23 billion" is money in dollars', () => {
    expect(quantities('The deal is worth USD$23 billion.')).toEqual([[23_000_000_000, 'USD']]);
  });
});
