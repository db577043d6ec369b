// A capital is the city, unless it acts as the subject of a clause for its government.

import { extract } from './helpers';

const kindsNamed = (body: string, name: string): string[] =>
  extract(body, '2024-05-01').entities.filter((e) => e.name === name || e.aliases.includes(name)).map((e) => e.kind);

describe('a capital named without a preposition', () => {
  it('is a place when it does not act: "the capital Abuja"', () => {
    expect(kindsNamed('Thousands gathered in the capital Abuja early Tuesday.', 'Abuja')).toEqual(['PLACE']);
  });
  it('stands for the country when it acts as a subject', () => {
    expect(kindsNamed('Kyiv would share more information with its allies.', 'Kyiv')).toEqual(['COUNTRY']);
    expect(kindsNamed('Moscow rejected the proposal on Friday.', 'Moscow')).toEqual(['COUNTRY']);
  });
});
