// Peoples, faiths and parties named as groups: "Americans", "Libyans", "Muslims", "Republicans".

import { extract } from './helpers';

const kindOf = (body: string, name: string): string | undefined => extract(body, '2024-05-01').entities.find((e) => e.name === name)?.kind;

describe('a plural people, faith or party', () => {
  it('a country’s demonym with an "s" is a group, and the country is not named by it', () => {
    const facts = extract('Many Libyans fled the fighting on Monday.', '2024-05-01');
    expect(facts.entities.find((e) => e.name === 'Libyans')?.kind).toBe('GROUP');
    expect(facts.entities.some((e) => e.name === 'Libya')).toBe(false);
  });
  it('faiths and parties from the list are groups', () => {
    expect(kindOf('The law was opposed by Muslims and by Republicans in the state.', 'Muslims')).toBe('GROUP');
    expect(kindOf('The law was opposed by Muslims and by Republicans in the state.', 'Republicans')).toBe('GROUP');
  });
  it('a capitalised plural that is no people is not made one', () => {
    expect(kindOf('Many Libyas fled the fighting on Monday.', 'Libyas')).not.toBe('GROUP');
  });
});
