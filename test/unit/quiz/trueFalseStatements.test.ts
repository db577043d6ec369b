// True/false statements a person would write (issue 11 §1–§3): true ones as "<Speaker> said
// <reported content>", never the article's sentence behind "According to the article"; false ones
// that need reading (who said what, two figures of the text confused, an actor swapped, a main
// figure changed far enough), and the refusals: pronoun-led content, negatives swapped to another
// speaker, incidental figures. Every case is built by hand, so the expected text is written here.
import type { Claim, EntityKind, EventFacts, Evidence, Mention, NewsEntity, Quantity, QuantityMeasure } from '../../../src/domain/facts';
import type { Question } from '../../../src/domain/question';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { reportedClaim, reportedStatement } from '../../../src/quiz/facts/reportedClaim';
import { trueFalseQuestions } from '../../../src/quiz/generators/trueFalse';
import { backshift, HE, namedVoice, pastTense, reportQuote } from '../../../src/quiz/text/reportedSpeech';

interface ClaimSpec {
  readonly id: string;
  readonly speaker: string | null;
  readonly paraphrase: string;
  readonly quote?: string;
  readonly sentence: number;
  readonly standing?: Claim['standing'];
}

interface QuantitySpec {
  readonly id: string;
  readonly claim: string | null;
  readonly value: number;
  readonly unit: string;
  readonly measure: QuantityMeasure;
  readonly counts: string;
  readonly sentence: number;
  readonly text: string;
  readonly approximate?: boolean;
}

/** Facts over `sentences`, evidence spans computed from the text. */
function build(
  sentences: readonly string[],
  entities: readonly [id: string, kind: EntityKind, name: string, aliases?: readonly string[]][],
  claims: readonly ClaimSpec[],
  quantities: readonly QuantitySpec[] = [],
  pronouns: readonly [entityId: string, sentence: number, pronoun: string][] = [],
): EventFacts {
  const starts = sentences.map((_, i) => sentences.slice(0, i).reduce((n, s) => n + s.length + 1, 0));
  const body = sentences.join(' ');
  const ev = (i: number, text: string): Evidence => {
    const at = (sentences[i] as string).indexOf(text);
    if (at < 0) throw new Error(`"${text}" is not in sentence ${i}`);
    return { articleId: 'a', sentenceIndex: i, start: (starts[i] as number) + at, end: (starts[i] as number) + at + text.length, text };
  };
  const ents: NewsEntity[] = entities.map(([id, kind, name, aliases]) => ({ id, kind, name, aliases: aliases ?? [], description: null }));
  const mentions: Mention[] = [];
  for (const e of ents) sentences.forEach((s, i) => [e.name, ...e.aliases].forEach((n) => s.includes(n) && mentions.push({ entityId: e.id, evidence: ev(i, n) })));
  for (const [entityId, i, p] of pronouns) mentions.push({ entityId, evidence: ev(i, p) });
  return {
    event: { id: 'e', title: 'Test event', summary: 'A test event.', date: null, placeId: null },
    articles: [{ id: 'a', title: 'Test', outlet: null, url: null, publishedAt: '2026-01-05', body, sentences: sentences.map((text, index) => ({ index, start: starts[index] as number, end: (starts[index] as number) + text.length, text })) }],
    entities: ents,
    mentions,
    claims: claims.map((c) => ({
      id: c.id, articleId: 'a', speakerId: c.speaker, viaId: null, subjectIds: [], paraphrase: c.paraphrase, quote: c.quote ?? null,
      standing: c.standing ?? 'ASSERTED', modality: 'FACTUAL', date: null, placeId: null, respondsToId: null,
      evidence: [ev(c.sentence, (sentences[c.sentence] as string).replace(/[.]$/, ''))],
    })),
    quantities: quantities.map((q): Quantity => ({
      id: q.id, articleId: 'a', claimId: q.claim, value: q.value, valueMax: null, approximate: q.approximate ?? false, unit: q.unit,
      measure: q.measure, counts: q.counts, sourceId: null, evidence: ev(q.sentence, q.text),
    })),
    relations: [],
    timeline: [],
  };
}

const tf = (facts: EventFacts): { value: boolean; prompt: string }[] =>
  trueFalseQuestions(indexFacts(facts)).map((q: Question) => ({ value: q.kind === 'TRUE_FALSE' && q.answer.value, prompt: q.prompt }));
const prompts = (facts: EventFacts, value: boolean): string[] => tf(facts).filter((q) => q.value === value).map((q) => q.prompt);

describe('reported speech', () => {
  it('turns the first person into the speaker and moves the tense back', () => {
    expect(reportQuote('I am ready to help.', HE, null)).toBe('he was ready to help');
    expect(reportQuote('I agree', HE, null)).toBe('he agreed');
    expect(reportQuote('We will not proceed', null, namedVoice('ZANU-PF'))).toBe('ZANU-PF would not proceed');
    expect(reportQuote("We can't wait to see the results", null, namedVoice('the club'))).toBe("the club couldn't wait to see the results");
  });

  it('gives nothing when a person cannot be turned: no voice for "I", words to "you", a question, an elided quotation', () => {
    expect(reportQuote('I am ready to help.', null, null)).toBeNull();
    expect(reportQuote('You will see the results', HE, null)).toBeNull();
    expect(reportQuote('Is it over?', HE, null)).toBeNull();
    expect(reportQuote('Should we win... we will talk', HE, namedVoice('the party'))).toBeNull();
  });

  it('moves finite auxiliaries back but not a verb after a modal or "to"', () => {
    expect(backshift('the growth is surprising and will have effects')).toBe('the growth was surprising and would have effects');
    expect(backshift('they want to have more')).toBe('they want to have more');
    expect(pastTense('stop')).toBe('stopped');
    expect(pastTense('hope')).toBe('hoped');
    expect(pastTense('the')).toBeNull();
  });
});

describe('true statements: "<Speaker> said <content>", one clause', () => {
  const sentences = [
    'Opposition leader Morgan Tsvangirai spoke in Harare on Sunday.',
    '"I will not negotiate with an illegitimate leader," Tsvangirai said.',
    'Mark Potach says the growth is surprising.',
    '"It is something we cherish," Tsvangirai said.',
    'Bright Matonga says to do so would be illegal.',
    '"But maybe we should sleep on it," Potach said.',
    'Jan Egeland said that logistical bottlenecks were improving, with new coordination centers set up in Aceh, near the epicenter of the earthquake, and Jakarta.',
    'Freedonia said: "We are ready."',
  ];
  const entities: [string, EntityKind, string, string[]][] = [
    ['tsv', 'PERSON', 'Morgan Tsvangirai', ['Tsvangirai']],
    ['potach', 'PERSON', 'Mark Potach', ['Potach']],
    ['matonga', 'PERSON', 'Bright Matonga', ['Matonga']],
    ['egeland', 'PERSON', 'Jan Egeland', ['Egeland']],
    ['freedonia', 'COUNTRY', 'Freedonia', []],
  ];
  const claims: ClaimSpec[] = [
    { id: 'quote', speaker: 'tsv', paraphrase: 'Morgan Tsvangirai said: “I will not negotiate with an illegitimate leader.”', quote: 'I will not negotiate with an illegitimate leader.', sentence: 1 },
    { id: 'says', speaker: 'potach', paraphrase: 'Mark Potach says that the growth is surprising.', sentence: 2 },
    { id: 'it', speaker: 'tsv', paraphrase: 'Morgan Tsvangirai said: “It is something we cherish”', quote: 'It is something we cherish', sentence: 3 },
    { id: 'do-so', speaker: 'matonga', paraphrase: 'Bright Matonga says that to do so would be illegal.', sentence: 4 },
    { id: 'but', speaker: 'potach', paraphrase: 'Mark Potach said: “But maybe we should sleep on it”', quote: 'But maybe we should sleep on it', sentence: 5 },
    { id: 'long', speaker: 'egeland', paraphrase: 'Jan Egeland said that logistical bottlenecks were improving, with new coordination centers set up in Aceh, near the epicenter of the earthquake, and Jakarta.', sentence: 6 },
    { id: 'country', speaker: 'freedonia', paraphrase: 'Freedonia said: “We are ready.”', quote: 'We are ready.', sentence: 7 },
  ];
  const withPronoun = build(sentences, entities, claims);
  const reported = (facts: EventFacts, id: string): string | null => {
    const index = indexFacts(facts);
    const r = reportedClaim(index, index.claims.get(id) as Claim);
    return r === null ? null : reportedStatement(r);
  };

  it('reports a first-person quotation with the pronoun the article gives its speaker, and none without it', () => {
    const sentencesHe = [...sentences, 'He left the city.'];
    const he = build(sentencesHe, entities, claims, [], [['tsv', sentencesHe.length - 1, 'He']]);
    expect(reported(he, 'quote')).toBe('Morgan Tsvangirai said he would not negotiate with an illegitimate leader');
    expect(reported(withPronoun, 'quote')).toBeNull();
  });

  it('turns a present "says" into "said" with its tense', () => {
    expect(reported(withPronoun, 'says')).toBe('Mark Potach said the growth was surprising');
  });

  it('leaves out content that leans on words outside it: "it", "do so", an opening "But"', () => {
    expect(reported(withPronoun, 'it')).toBeNull();
    expect(reported(withPronoun, 'do-so')).toBeNull();
    expect(reported(withPronoun, 'but')).toBeNull();
  });

  it('cuts a long content to its main clause', () => {
    expect(reported(withPronoun, 'long')).toBe('Jan Egeland said logistical bottlenecks were improving');
  });

  it('gives a country no quotation: such a speaker is misread', () => {
    expect(reported(withPronoun, 'country')).toBeNull();
  });

  it('never emits doubled punctuation or a quotation mark in the statement', () => {
    for (const q of tf(withPronoun)) {
      expect(q.prompt).not.toMatch(/[.!?]["”’]?\.$|\.\.$|[“”]/);
      expect(q.prompt).toMatch(/^According to the article, [A-Z].*[^.]\.$/);
    }
  });
});

describe('false statements that need reading', () => {
  it('never copies an own-voice sentence as a true statement, but confuses two figures of the text in it', () => {
    const facts = build(
      ['However, 32 construction projects were approved at the summit.', 'The report identifies 350 potential infrastructure projects across the region.'],
      [],
      [
        { id: 'approved', speaker: null, paraphrase: 'However, 32 construction projects were approved at the summit.', sentence: 0 },
        { id: 'potential', speaker: null, paraphrase: 'The report identifies 350 potential infrastructure projects across the region.', sentence: 1 },
      ],
      [
        { id: 'q32', claim: 'approved', value: 32, unit: 'project', measure: 'COUNT', counts: 'construction projects approved at the summit', sentence: 0, text: '32 construction projects' },
        { id: 'q350', claim: 'potential', value: 350, unit: 'project', measure: 'COUNT', counts: 'potential infrastructure projects', sentence: 1, text: '350 potential infrastructure projects' },
      ],
    );
    expect(prompts(facts, true)).toEqual([]);
    expect(prompts(facts, false)).toContain('According to the article, 350 construction projects were approved at the summit.');
  });

  it('changes no incidental figure: a modifier ("26-hour visit") or one detail of a long sentence', () => {
    const facts = build(
      ['The 26-hour visit will take the president to Ottawa and Halifax.', 'Australia is widely tipped to win the opening match of the series, especially after New Zealand lost three frontline players to injury before the tour began.'],
      [],
      [
        { id: 'visit', speaker: null, paraphrase: 'The 26-hour visit will take the president to Ottawa and Halifax.', sentence: 0 },
        { id: 'tipped', speaker: null, paraphrase: 'Australia is widely tipped to win the opening match of the series, especially after New Zealand lost three frontline players to injury before the tour began.', sentence: 1 },
      ],
      [
        { id: 'q26', claim: 'visit', value: 26, unit: 'hour', measure: 'DURATION', counts: 'hours of the visit', sentence: 0, text: '26-hour' },
        { id: 'q3', claim: 'tipped', value: 3, unit: 'player', measure: 'PEOPLE', counts: 'frontline players lost to injury', sentence: 1, text: 'three frontline players' },
      ],
    );
    expect(tf(facts)).toEqual([]);
  });

  it('never puts in a figure the text does not give (two reviews deleted 13 of 14 such traps)', () => {
    const facts = build(
      ['About 12 Seahawk helicopters are involved in the operation.', 'Foreign trade accounts for 70% of the economy.'],
      [],
      [
        { id: 'heli', speaker: null, paraphrase: 'About 12 Seahawk helicopters are involved in the operation.', sentence: 0 },
        { id: 'trade', speaker: null, paraphrase: 'Foreign trade accounts for 70% of the economy.', sentence: 1 },
      ],
      [
        { id: 'q12', claim: 'heli', value: 12, unit: 'helicopter', measure: 'COUNT', counts: 'Seahawk helicopters involved in the operation', sentence: 0, text: '12 Seahawk helicopters', approximate: true },
        { id: 'q70', claim: 'trade', value: 70, unit: 'percent', measure: 'PERCENT', counts: 'share of the economy from foreign trade', sentence: 1, text: '70%' },
      ],
    );
    const falses = prompts(facts, false);
    expect(falses.filter((p) => p.includes('Seahawk') || p.includes('economy'))).toEqual([]);
  });

  const speakers = build(
    [
      'Scott Styris said the Australians talk tough before a series.',
      'Shane Warne said he would target the captain.',
      'Daniel Vettori has not confirmed the team for the first test.',
      'Styris added that he had seen it before.',
      'Warne later left the ground.',
    ],
    [
      ['styris', 'PERSON', 'Scott Styris', ['Styris']],
      ['warne', 'PERSON', 'Shane Warne', ['Warne']],
      ['vettori', 'PERSON', 'Daniel Vettori', ['Vettori']],
    ],
    [
      { id: 'talk', speaker: 'styris', paraphrase: 'Scott Styris said that the Australians talk tough before a series.', sentence: 0 },
      { id: 'target', speaker: 'warne', paraphrase: 'Shane Warne said that he would target the captain.', sentence: 1 },
      { id: 'fit', speaker: 'vettori', paraphrase: 'Daniel Vettori has not confirmed the team for the first test.', sentence: 2, standing: 'NOT_CONFIRMED' },
    ],
  );

  it('gives a positive claim to another speaker of the article: who said what', () => {
    expect(prompts(speakers, true)).toContain('According to the article, Scott Styris said the Australians talk tough before a series.');
    expect(prompts(speakers, false)).toContain('According to the article, Shane Warne said the Australians talk tough before a series.');
  });

  it('swaps no negative statement to another speaker, and no "he" whose pronoun the article does not give both speakers', () => {
    const falses = prompts(speakers, false);
    expect(falses.some((p) => p.includes('has not confirmed'))).toBe(false);
    expect(falses.some((p) => p.includes('would target the captain'))).toBe(false);
  });

  it('swaps the actor of an own-voice statement for another actor of the same kind the article names', () => {
    const facts = build(
      ['Kmart bought Sears for $11 billion.', 'Walmart said sales rose in the spring.', 'Walmart shares fell on Monday.'],
      [
        ['kmart', 'ORGANIZATION', 'Kmart'],
        ['sears', 'ORGANIZATION', 'Sears'],
        ['walmart', 'ORGANIZATION', 'Walmart'],
      ],
      [
        { id: 'buy', speaker: null, paraphrase: 'Kmart bought Sears for $11 billion.', sentence: 0 },
        { id: 'sales', speaker: 'walmart', paraphrase: 'Walmart said that sales rose in the spring.', sentence: 1 },
      ],
    );
    expect(prompts(facts, false)).toContain('According to the article, Walmart bought Sears for $11 billion.');
    expect(prompts(facts, true)).not.toContain('According to the article, Kmart bought Sears for $11 billion.');
  });

  it('confuses no figures of different magnitudes: $250,000 is not put where $110 billion stands', () => {
    const facts = build(
      ['The bill raises the deposit insurance cap to $250,000.', 'The rescue package is worth $110 billion.', 'An earlier rescue package was worth $70 billion.'],
      [],
      [
        { id: 'cap', speaker: null, paraphrase: 'The bill raises the deposit insurance cap to $250,000.', sentence: 0 },
        { id: 'package', speaker: null, paraphrase: 'The rescue package is worth $110 billion.', sentence: 1 },
        { id: 'plan', speaker: null, paraphrase: 'An earlier rescue package was worth $70 billion.', sentence: 2 },
      ],
      [
        { id: 'q-cap', claim: 'cap', value: 250000, unit: 'USD', measure: 'MONEY', counts: 'deposit insurance cap', sentence: 0, text: '$250,000' },
        { id: 'q-pkg', claim: 'package', value: 110000000000, unit: 'USD', measure: 'MONEY', counts: 'rescue package', sentence: 1, text: '$110 billion' },
        { id: 'q-plan', claim: 'plan', value: 70000000000, unit: 'USD', measure: 'MONEY', counts: 'rescue package', sentence: 2, text: '$70 billion' },
      ],
    );
    const falses = prompts(facts, false);
    // $250,000 is never confused with either billion (the 32/350 projects test shows a confusion made).
    for (const p of falses) expect(p).not.toMatch(/110,000,000,000|\$110 billion.*cap|cap to \$110/);
    expect(falses.some((p) => p.includes('rescue package is worth $250,000'))).toBe(false);
  });

  it('swaps no actor whose name only modifies the subject ("Amtrak services were suspended")', () => {
    const facts = build(
      ['Amtrak services were suspended in the city.', 'Amtrak said that trains would run again on Monday.', 'Greyhound said that buses were full.', 'Greyhound added more buses.'],
      [
        ['amtrak', 'ORGANIZATION', 'Amtrak'],
        ['greyhound', 'ORGANIZATION', 'Greyhound'],
      ],
      [
        { id: 'suspended', speaker: null, paraphrase: 'Amtrak services were suspended in the city.', sentence: 0 },
        { id: 'trains', speaker: 'amtrak', paraphrase: 'Amtrak said that trains would run again on Monday.', sentence: 1 },
        { id: 'buses', speaker: 'greyhound', paraphrase: 'Greyhound said that buses were full.', sentence: 2 },
      ],
    );
    expect(prompts(facts, false).some((p) => p.includes('services were suspended'))).toBe(false);
    expect(prompts(facts, false)).toContain('According to the article, Greyhound said trains would run again on Monday.');
  });

  it('states no participle phrase or piece that stops mid-thought as what was said', () => {
    const facts = build(
      ['Najib Razak said, discussing his concern in a public statement, that talks would go on.', 'Li Wei said one of the reasons was.'],
      [
        ['najib', 'PERSON', 'Najib Razak'],
        ['li', 'PERSON', 'Li Wei'],
      ],
      [
        { id: 'participle', speaker: 'najib', paraphrase: 'Najib Razak said that discussing his concern in a public statement, Malaysia’s Prime Minister.', sentence: 0 },
        { id: 'dangling', speaker: 'li', paraphrase: 'Li Wei said that one of the reasons was.', sentence: 1 },
      ],
    );
    expect(tf(facts)).toEqual([]);
  });

  it('drops the addressee of "told" and writes a sentence-initial "The" in lower case after the lead', () => {
    const facts = build(
      ['Karen Collins told the BBC that the planet was named as a joke.', 'Ken Lo works at The Robot Lab in Boston.', 'The robot moved at 11 centimeters per second during the test.', 'Ken Lo said that the lab worked hard.'],
      [
        ['collins', 'PERSON', 'Karen Collins'],
        ['lo', 'PERSON', 'Ken Lo'],
        ['bbc', 'OUTLET', 'BBC'],
      ],
      [
        { id: 'told', speaker: 'collins', paraphrase: 'Karen Collins said that the BBC that the planet was named as a joke.', sentence: 0 },
        { id: 'lab', speaker: 'lo', paraphrase: 'Ken Lo said that the lab worked hard.', sentence: 3 },
        { id: 'moved', speaker: null, paraphrase: 'The robot moved at 11 centimeters per second during the test.', sentence: 2 },
      ],
      [{ id: 'q11', claim: 'moved', value: 11, unit: 'centimeter', measure: 'LENGTH', counts: 'speed of the robot', sentence: 2, text: '11 centimeters' }],
    );
    expect(prompts(facts, true)).toContain('According to the article, Karen Collins said the planet was named as a joke.');
    const outlet = build(
      ['Karen Collins told the BBC the planet was named as a joke.', 'The BBC reported the news.'],
      [['collins', 'PERSON', 'Karen Collins'], ['bbc', 'OUTLET', 'BBC']],
      [{ id: 'told', speaker: 'collins', paraphrase: 'Karen Collins said that the BBC the planet was named as a joke.', sentence: 0 }],
    );
    expect(prompts(outlet, true)).toEqual(['According to the article, Karen Collins said the planet was named as a joke.']);
    const written = trueFalseQuestions(indexFacts(facts)).map((q) => q.prompt).find((p) => p.includes('robot moved'));
    expect(written === undefined || /^According to the article, the robot moved at \d+ centimeters per second during the test\.$/.test(written)).toBe(true);
  });
});
