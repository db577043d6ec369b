// Where two readings of a text conflict, extraction settles them: one entity per name, a quote
// that is the speaker's words, a range that runs upwards. The facts pass validateFacts by
// construction, never by luck.

import type { EventFacts } from '../../../src/domain/facts';
import { validateFacts } from '../../../src/domain/validateFacts';
import { entityName, extract } from './helpers';

const entityNamed = (facts: EventFacts, name: string) =>
  facts.entities.find((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));

describe('one entity per name', () => {
  test.each([
    ['Police fired tear gas in Lima on Thursday.\nThe Lima police said seven people were hurt.', 'Lima'],
    ['A fire broke out in Madrid on Sunday.\nThe Madrid fire service said nobody was hurt.', 'Madrid'],
    ['Ministers met in Ottawa on Monday. Ottawa said the talks had gone well.', 'Ottawa'],
  ])('a capital named as a place and as a capital is one entity: %j', (body, capital) => {
    const facts = extract(body, '2024-05-10');
    expect(validateFacts(facts)).toEqual([]);
    const holders = facts.entities.filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === capital.toLowerCase()));
    expect(holders).toHaveLength(1);
    expect(holders[0]?.kind).toBe('PLACE');
    // Every mention of the word is of that one entity.
    const mentionsOfWord = facts.mentions.filter((m) => m.evidence.text === capital);
    expect(mentionsOfWord.length).toBeGreaterThan(0);
    expect(new Set(mentionsOfWord.map((m) => m.entityId))).toEqual(new Set([holders[0]?.id]));
  });

  test('a surname also kept on its own is the person named in full', () => {
    const body =
      'Indiana Pacers forward Ron Artest was suspended on Sunday. Artest said he was sorry.\n' +
      'The league said Artest would miss the rest of the season. Artest did not appeal.';
    const facts = extract(body, '2004-11-21');
    expect(validateFacts(facts)).toEqual([]);
    const artest = entityNamed(facts, 'Artest');
    expect(artest?.name).toBe('Ron Artest');
    expect(facts.entities.filter((e) => e.name === 'Artest')).toEqual([]);
  });

  test('a place inside an organisation’s name stays the place', () => {
    const body = 'Sheffield City Council said on Monday that roads in Sheffield would close. Residents of Sheffield were warned.';
    const facts = extract(body, '2014-04-28');
    expect(validateFacts(facts)).toEqual([]);
    const sheffield = entityNamed(facts, 'Sheffield');
    expect(sheffield?.name).toBe('Sheffield');
    expect(sheffield?.kind).toBe('PLACE');
    const council = facts.entities.find((e) => e.name === 'Sheffield City Council');
    expect(council?.aliases.map((a) => a.toLowerCase())).not.toContain('sheffield');
  });
});

describe('quotations', () => {
  test('nested straight quotation marks still give the speaker’s words, found in the evidence', () => {
    const facts = extract('"We said "no" to them," Smith said.', '2024-05-10');
    expect(validateFacts(facts)).toEqual([]);
    const claim = facts.claims.find((c) => c.quote !== null);
    expect(entityName(facts, claim?.speakerId ?? null)).toBe('Smith');
  });

  test('a quotation broken by its attribution keeps both pieces, in order', () => {
    const facts = extract('"The water came in fast," the mayor, Ana Ruiz, said on Friday, "and the bridge is gone."', '2024-05-10');
    expect(validateFacts(facts)).toEqual([]);
    const quote = facts.claims.find((c) => c.quote !== null)?.quote ?? '';
    expect(quote).toContain('The water came in fast');
    expect(quote).toContain('the bridge is gone');
    expect(quote.indexOf('The water')).toBeLessThan(quote.indexOf('the bridge'));
  });

  test('a quote whose closing period falls outside the statement is cut to the statement', () => {
    const facts = extract('Dr Maathai told the UNESCO Courier in 1999, "You should protect the people first."', '2004-10-08');
    expect(validateFacts(facts)).toEqual([]);
    expect(facts.claims.some((c) => c.quote?.startsWith('You should protect the people first'))).toBe(true);
  });
});

describe('numbers that are not quantities', () => {
  test('a score is not a range', () => {
    const facts = extract('Sweden won 9–1 against Korea on Monday, and Belgium beat Panama 3-0.', '2018-06-18');
    expect(validateFacts(facts)).toEqual([]);
    expect(facts.quantities.filter((q) => q.valueMax !== null)).toEqual([]);
  });

  test('a clock time is not a count', () => {
    const facts = extract('The quake struck at 6:45 p.m. and 12 people were hurt.', '2018-06-18');
    expect(facts.quantities.map((q) => q.value)).toEqual([12]);
  });
});

describe('quotations over several sentences', () => {
  const speakerOf = (facts: EventFacts, words: string): string | null =>
    entityName(facts, facts.claims.find((c) => c.evidence[0]?.text.includes(words))?.speakerId ?? null);

  test('a quotation closed by “..., he said” gives its speaker to every sentence it runs over', () => {
    const facts = extract('"The river rose in an hour. Nobody could leave. We lost everything," farmer Jonas Berg said.', '2024-05-10');
    expect(validateFacts(facts)).toEqual([]);
    expect(speakerOf(facts, 'The river rose')).toBe('Jonas Berg');
    expect(speakerOf(facts, 'Nobody could leave')).toBe('Jonas Berg');
    expect(facts.claims.find((c) => c.evidence[0]?.text.includes('Nobody could leave'))?.quote).toContain('Nobody could leave');
  });

  test('a quotation right after a sentence naming its speaker is theirs, and only then', () => {
    const body =
      'Mayor Ana Ruiz said the bridge would reopen. "We need a week. Then traffic can flow."\n' +
      'The storm passed on Friday. "It was the worst in years."';
    const facts = extract(body, '2024-05-10');
    expect(validateFacts(facts)).toEqual([]);
    expect(speakerOf(facts, 'We need a week')).toBe('Ana Ruiz');
    expect(speakerOf(facts, 'Then traffic can flow')).toBe('Ana Ruiz');
    // The sentence before this quotation names nobody: it stays unattributed.
    expect(speakerOf(facts, 'worst in years')).toBeNull();
  });

  test('a quotation attributed later is not given to the speaker before it', () => {
    const body = 'Mayor Ana Ruiz said the bridge would reopen. "It will take months," engineer Tom Hale said.';
    const facts = extract(body, '2024-05-10');
    expect(speakerOf(facts, 'take months')).toBe('Tom Hale');
  });
});

describe('people and bodies told apart', () => {
  const kindOf = (facts: EventFacts, name: string) => facts.entities.find((e) => e.name === name)?.kind;

  test('a pair of capitalised words is a person when it opens with a given name, else a body', () => {
    const facts = extract('Circuit City and Best Buy cut prices on Friday, and Lydia Buchtmann bought a television.', '2024-11-29');
    expect(kindOf(facts, 'Lydia Buchtmann')).toBe('PERSON');
    expect(kindOf(facts, 'Circuit City')).toBe('ORGANIZATION');
    expect(kindOf(facts, 'Best Buy')).toBe('ORGANIZATION');
  });

  test('"of" and "for" join a body’s name, not a person’s', () => {
    const facts = extract('The Movement for Democratic Change met the Church of Scientology. Justin Hawkins of The Darkness sang.', '2024-11-29');
    expect(kindOf(facts, 'Movement for Democratic Change')).toBe('ORGANIZATION');
    expect(kindOf(facts, 'Church of Scientology')).toBe('ORGANIZATION');
    expect(facts.entities.find((e) => e.name.includes('Justin Hawkins'))?.kind).not.toBe('ORGANIZATION');
  });

  test('"she" looks back to a woman, "he" to a man', () => {
    const body = 'Maria Lopez met Daniel Berg on Monday. She said the talks had gone well. He said they had not.';
    const facts = extract(body, '2024-11-29');
    const speaker = (words: string) => entityName(facts, facts.claims.find((c) => c.evidence[0]?.text.includes(words))?.speakerId ?? null);
    expect(speaker('gone well')).toBe('Maria Lopez');
    expect(speaker('had not')).toBe('Daniel Berg');
  });
});

describe('quantities written without a plain number and noun', () => {
  const quantities = (body: string) => extract(body, '2024-11-29').quantities.map((q) => [q.value, q.unit, q.approximate]);

  test('ages, in any of the ways news gives them', () => {
    expect(quantities('The 89-year-old was freed. A nine-month-old child was hurt.')).toEqual([[89, 'year', false], [9, 'month', false]]);
    expect(quantities('She left school aged 14 and retired at age 65.')).toEqual([[14, 'year', false], [65, 'year', false]]);
  });

  test('an earthquake’s magnitude', () => {
    expect(quantities('A magnitude 5.1 earthquake struck on Monday.')).toEqual([[5.1, 'magnitude', false]]);
    expect(quantities('The 7.8-magnitude quake was felt widely. A second quake measuring 6.2 followed.')).toEqual([[7.8, 'magnitude', false], [6.2, 'magnitude', false]]);
  });

  test('a count given by its order of size is approximate', () => {
    expect(quantities('Thousands of people marched, and tens of thousands of soldiers stood by.')).toEqual([[1000, 'person', true], [10000, 'soldier', true]]);
  });

  test('an acronym’s plural keeps its capitals', () => {
    expect(quantities('They sold 50,000 CDs.')).toEqual([[50000, 'CD', false]]);
  });
});

describe('names the first build cut or lost', () => {
  const kindOf = (facts: EventFacts, name: string) => facts.entities.find((e) => e.name === name)?.kind;

  test('a family name with its particle stays whole', () => {
    const facts = extract('Hassan al-Turabi said the talks would go on. Libya’s foreign minister, Abdul Ati al-Obeidi, criticized the plan, saying it would harm peace.', '2011-04-20');
    expect(kindOf(facts, 'Hassan al-Turabi')).toBe('PERSON');
    expect(entityName(facts, facts.claims.find((c) => c.evidence[0]?.text.includes('harm peace'))?.speakerId ?? null)).toBe('Abdul Ati al-Obeidi');
  });

  test('a person named at the end of a body’s name or a title is a person of their own', () => {
    const facts = extract('Executive director of the Council on American-Islamic Relations Alia Salem said the boy was brave.', '2015-09-17');
    expect(entityName(facts, facts.claims[0]?.speakerId ?? null)).toBe('Alia Salem');
  });

  test('a large city or a region with no other clue is a place; a surname that is also a city stays the person', () => {
    const facts = extract('Floods hit Tamil Nadu and Banda Aceh. The Dallas chapter met on Monday. Black Lotus chief Jeffrey Lyon spoke. Lyon said donations would follow.', '2015-09-17');
    expect(kindOf(facts, 'Tamil Nadu')).toBe('PLACE');
    expect(kindOf(facts, 'Banda Aceh')).toBe('PLACE');
    expect(kindOf(facts, 'Dallas')).toBe('PLACE');
    expect(entityName(facts, facts.claims.find((c) => c.evidence[0]?.text.includes('donations'))?.speakerId ?? null)).toBe('Jeffrey Lyon');
  });

  test('“stating” and other participles of saying introduce a quotation', () => {
    const facts = extract('It quoted critics, with Boswell stating: "People need quicker decisions."', '2023-02-24');
    expect(entityName(facts, facts.claims.find((c) => c.quote !== null)?.speakerId ?? null)).toBe('Boswell');
  });
});

describe('bodies whose name opens with a country', () => {
  test.each([
    ['The Japan Meteorological Agency said a tsunami was possible.', 'Japan Meteorological Agency', 'AGENCY'],
    ['The United States Department of Agriculture said prices rose.', 'United States Department of Agriculture', 'AGENCY'],
    ['The American Association of Retired Persons said benefits would fall.', 'American Association of Retired Persons', 'ORGANIZATION'],
  ])('%s', (body, name, kind) => {
    const facts = extract(body, '2024-11-29');
    expect(facts.entities.find((e) => e.name === name)?.kind).toBe(kind);
    expect(entityName(facts, facts.claims[0]?.speakerId ?? null)).toBe(name);
  });

  test('“according to” names the person its phrase names, not the country before them', () => {
    const body = 'According to Afghan Ambassador to the United States Hamdullah Mohib, the team will compete. Afghan Ambassador Hamdullah Mohib says the girls are proud.';
    const facts = extract(body, '2017-07-19');
    expect(entityName(facts, facts.claims[0]?.speakerId ?? null)).toBe('Hamdullah Mohib');
    // Guessed a body at first sight, the name is a person's once a title stands before it.
    expect(facts.entities.find((e) => e.name === 'Hamdullah Mohib')?.kind).toBe('PERSON');
  });
});

describe('speakers with a role around their name', () => {
  const speakerOf = (body: string) => {
    const facts = extract(body, '2012-04-12');
    return entityName(facts, facts.claims.find((c) => c.speakerId !== null)?.speakerId ?? null);
  };

  test.each([
    ['"It lets you transfer one degree of freedom," says coauthor Erik Demaine, a professor.', 'Erik Demaine'],
    ['Senior researcher Mu Li, of the University of Sydney, said "mothers are also deficient".', 'Mu Li'],
    ['Deputy chief Somchai Baimoung however stated that no warning had been issued.', 'Somchai Baimoung'],
  ])('%s', (body, speaker) => {
    expect(speakerOf(body)).toBe(speaker);
  });

  test('a participle of saying used as a noun starts no statement', () => {
    const facts = extract('Deputy chief Somchai Baimoung stated that no warning had been issued.', '2012-04-12');
    expect(facts.claims).toHaveLength(1);
    expect(facts.claims[0]?.paraphrase).toBe('Somchai Baimoung stated that no warning had been issued.');
  });
});

describe('what is and is not a body’s name', () => {
  const names = (body: string) => extract(body, '2011-04-12').entities.map((e) => `${e.kind} ${e.name}`);

  test('"and" inside a name whose head comes after it, or inside a body’s "X of Y" name', () => {
    expect(names('The National Air and Space Museum said it would open.')).toContain('ORGANIZATION National Air and Space Museum');
    expect(names('The Department of Health and Human Services said the rules would change.')).toContain('AGENCY Department of Health and Human Services');
  });

  test('abbreviations of things, and Roman numerals, are not organisations', () => {
    const found = names('The quake struck at 10:00 GMT. Many IQ tests were lost. It was part XVII of the saga. Officials said the MDC and the DSB would stand.');
    expect(found).toContain('ORGANIZATION MDC');
    expect(found).toContain('ORGANIZATION DSB');
    expect(found.filter((n) => /GMT|IQ|XVII/.test(n))).toEqual([]);
  });
});

describe('unnamed sources', () => {
  test.each([
    ['The report says the decline is due to changes in the dairy industry.', 'report'],
    ['The study showed that a gene mutation had led to a change.', 'study'],
    ['A spokesman said nobody was hurt.', 'spokesman'],
    ['The authors say adding iodine to salt is simplest.', 'authors'],
  ])('%s', (body, speaker) => {
    const facts = extract(body, '2024-11-29');
    expect(entityName(facts, facts.claims[0]?.speakerId ?? null)).toBe(speaker);
  });
});

describe('speakers named by their role', () => {
  test('"the president", "the President", "the minister" are the person the article named with that title', () => {
    const body = 'President Robert Mugabe said he was open to talks. The president said the vote would go ahead. "We will win," said the President.\nHealth Minister Anna Berg visited the ward. The minister said more beds were needed.';
    const facts = extract(body, '2008-06-26');
    const speaker = (words: string) => entityName(facts, facts.claims.find((c) => c.evidence[0]?.text.includes(words))?.speakerId ?? null);
    expect(speaker('vote would go ahead')).toBe('Robert Mugabe');
    expect(speaker('We will win')).toBe('Robert Mugabe');
    expect(speaker('more beds')).toBe('Anna Berg');
  });

  test('a described speaker gets the description', () => {
    const facts = extract("The town's fire chief said nobody was hurt.", '2008-06-26');
    expect(entityName(facts, facts.claims[0]?.speakerId ?? null)).toBe('fire chief');
  });
});

describe('outlets and teams', () => {
  const kinds = (body: string) => Object.fromEntries(extract(body, '2016-02-08').entities.map((e) => [e.name, e.kind]));

  test('an outlet’s desk is the outlet', () => {
    expect(kinds('Reuters Health reported that the drug worked.')).toEqual({ 'Reuters Health': 'OUTLET' });
  });

  test('a given name that is also a city’s does not make a person: teams named for their city', () => {
    const found = kinds('The Denver Broncos beat the Carolina Panthers, and Peyton Manning said he was proud.');
    expect(found['Denver Broncos']).toBe('ORGANIZATION');
    expect(found['Carolina Panthers']).toBe('ORGANIZATION');
    expect(found['Peyton Manning']).toBe('PERSON');
  });
});

describe('places with no "in" before them', () => {
  test('"the city of X", "south of X", and "X and Y" after a place', () => {
    const facts = extract('Smoke rose over the city of Qaraqosh. Fighting spread to Homs and Talbiseh and Rastan. The village lies south of Tuz.', '2016-10-20');
    const kinds = Object.fromEntries(facts.entities.map((e) => [e.name, e.kind]));
    expect(kinds).toMatchObject({ Qaraqosh: 'PLACE', Homs: 'PLACE', Talbiseh: 'PLACE', Rastan: 'PLACE', Tuz: 'PLACE' });
  });

  test('"and" gives no place kind to what follows a person', () => {
    const facts = extract('Officials met Anna Berg and Kowalczyk on Monday.', '2016-10-20');
    expect(facts.entities.find((e) => e.name === 'Kowalczyk')?.kind).not.toBe('PLACE');
  });
});

describe('counts the first build dropped or misread', () => {
  const quantities = (body: string) => extract(body, '2024-11-29').quantities.map((q) => [q.value, q.unit]);
  test('"Two of the victims": part of a group named after "of"; "one of", "of them" are not counts', () => {
    expect(quantities('Two of the victims were children.')).toEqual([[2, 'victim']]);
    expect(quantities('One of the officers said so. Twelve of them were hurt.')).toEqual([]);
  });
  test('percentage points are not percent', () => {
    expect(quantities('Support fell 3 percentage points, to 41 percent.')).toEqual([[3, 'percentage point'], [41, 'percent']]);
  });
});

describe('numbers that are part of a name, a time or a year', () => {
  const quantities = (body: string) => extract(body, '2024-11-29').quantities.map((q) => [q.value, q.unit]);
  test.each([
    'The Delta 4 Heavy rocket lifted off.',
    'Internet Explorer 6 is the #2 browser.',
    'The Super Bowl 50 halftime show drew crowds.',
    'The quake struck at 6 p.m. local time.',
    'The 1998–2001 epidemics killed many.',
    'They built a three-dimensional model.',
  ])('%s', (body) => {
    expect(quantities(body)).toEqual([]);
  });

  test('a count after a capitalised word that opens the sentence is still a count', () => {
    expect(quantities('About 40 people came, and Police arrested 12 men.')).toEqual([[40, 'person'], [12, 'man']]);
  });
});

describe('stances on what follows the verb', () => {
  test('"criticized", "called for" make claims in the speaker’s judgement', () => {
    const facts = extract('Foreign minister Abdul Ati al-Obeidi criticized the dispatch of advisers. Rebel leader Omar Said called for foreign troops.', '2011-04-20');
    const claims = facts.claims.filter((c) => c.speakerId !== null);
    expect(claims.map((c) => [entityName(facts, c.speakerId), c.modality])).toEqual([['Abdul Ati al-Obeidi', 'OPINION'], ['Omar Said', 'OPINION']]);
    expect(claims[1]?.paraphrase).toBe('Omar Said called for foreign troops.');
  });
});

describe('a name and a colon introduce a quotation', () => {
  test('"Secretary of the Air Force James Roche: “No, Sir ...”" is Roche’s, over both its sentences', () => {
    const facts = extract('Secretary of the Air Force James Roche: "No, Sir, save it for later. We keep their record."', '2004-12-01');
    const quoted = facts.claims.filter((c) => c.quote !== null);
    expect(quoted.map((c) => entityName(facts, c.speakerId))).toEqual(['James Roche', 'James Roche']);
    expect(validateFacts(facts)).toEqual([]);
  });

  test('“Administrator Bolden” and “Charles Bolden” are one person, so “said Bolden” is his', () => {
    const facts = extract('NASA Administrator Charles Bolden spoke first. Even Administrator Bolden agreed. "We thank you," said Bolden to the crowd.', '2011-04-12');
    expect(entityName(facts, facts.claims.find((c) => c.quote !== null)?.speakerId ?? null)).toBe('Charles Bolden');
  });
});

describe('a quotation broken by its attribution, with a role before the name', () => {
  test('both pieces are the speaker’s, and the paraphrase quotes them rather than reporting "we"', () => {
    const facts = extract('"We are so interested in the contest," team member Rodaba Noori told the press, "to show that Afghan women can make robots too."', '2017-07-19');
    const claim = facts.claims.find((c) => c.quote !== null);
    expect(entityName(facts, claim?.speakerId ?? null)).toBe('Rodaba Noori');
    expect(claim?.quote).toBe('We are so interested in the contest … to show that Afghan women can make robots too.');
    expect(claim?.paraphrase).toBe('Rodaba Noori said: “We are so interested in the contest … to show that Afghan women can make robots too.”');
  });
});

describe('countries, regions and lists', () => {
  const kinds = (body: string) => Object.fromEntries(extract(body, '2015-09-17').entities.map((e) => [e.name, e.kind]));

  test('every country, not only the curated ones, and the world’s regions', () => {
    expect(kinds('Aid arrived in Uganda, Mozambique and the Maldives from Europe and Latin America.')).toMatchObject({
      Uganda: 'COUNTRY', Mozambique: 'COUNTRY', Maldives: 'COUNTRY', Europe: 'PLACE', 'Latin America': 'PLACE',
    });
  });

  test('a name listed after a typed one is the same kind of thing', () => {
    expect(kinds('Intel paid Dell Inc, Sony, Toshiba, and Fujitsu.')).toMatchObject({ Sony: 'ORGANIZATION', Toshiba: 'ORGANIZATION', Fujitsu: 'ORGANIZATION' });
  });

  test('a person named before "Country role," is a person, not a place', () => {
    expect(kinds('After the match, Hernan Dario Gomez, Panama coach, said he was proud.')['Hernan Dario Gomez']).toBe('PERSON');
  });
});

test('a description that fits anything of its kind ("the new government") is no alias', () => {
  const facts = extract('The Kenyan government opposed the project. Later the new government backed it. The Kenyan conservation authority agreed.', '2004-10-08');
  const government = facts.entities.find((e) => e.name.includes('government'));
  expect(government?.aliases ?? []).not.toContain('the new government');
});
