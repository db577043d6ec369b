import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { closeQuotes, standAlone, unresolvedReference } from '../../../src/quiz/text/selfContained';
import { ARTICLE_ID, handFacts, type HandSpec } from './handFacts';

const people = [
  { id: 'bush', kind: 'PERSON' as const, name: 'George Bush', aliases: ['Bush'] },
  { id: 'berg', kind: 'PERSON' as const, name: 'Anna Berg', aliases: ['Berg'] },
  { id: 'chile', kind: 'COUNTRY' as const, name: 'Chile' },
];

/** The stand-alone text of sentence `n` of a hand-built article, or null. */
function alone(spec: Omit<HandSpec, 'entities'> & { entities?: HandSpec['entities'] }, n: number, keep?: string): string | null {
  const hand = handFacts({ entities: people, ...spec });
  const s = hand.facts.articles[0]!.sentences[n]!;
  const at = keep === undefined ? -1 : s.text.indexOf(keep);
  const result = standAlone(indexFacts(hand.facts), { articleId: ARTICLE_ID, start: s.start, text: s.text }, keep === undefined ? {} : { keep: { start: at, end: at + keep.length } });
  if (result === null) return null;
  if (keep !== undefined) expect(result.text.slice(result.keep!.start, result.keep!.end)).toBe(keep);
  return result.text;
}

describe('standAlone: pronouns', () => {
  const arrived = 'George Bush arrived in Ottawa on Tuesday.';
  it('names the person a leading “He” refers to', () => {
    expect(alone({ sentences: [arrived, 'He said the talks had gone well.'], mentions: [['bush', 0, 'George Bush'], ['bush', 1, 'He']] }, 1, 'talks')).toBe('George Bush said the talks had gone well.');
  });

  it('writes a possessive “His” as the name’s possessive', () => {
    expect(alone({ sentences: [arrived, 'His visit lasted two days.'], mentions: [['bush', 0, 'George Bush'], ['bush', 1, 'His']] }, 1)).toBe('George Bush’s visit lasted two days.');
  });

  it('tells the object “her” from the possessive “her”', () => {
    const first = 'Anna Berg spoke on Monday.';
    expect(alone({ sentences: [first, 'Officials told her that the bridge would open.'], mentions: [['berg', 0, 'Anna Berg'], ['berg', 1, 'her']] }, 1)).toBe('Officials told Anna Berg that the bridge would open.');
    expect(alone({ sentences: [first, 'Officials said her party had won the vote.'], mentions: [['berg', 0, 'Anna Berg'], ['berg', 1, 'her']] }, 1)).toBe('Officials said Anna Berg’s party had won the vote.');
  });

  it('leaves a pronoun alone when the text names its person before it', () => {
    expect(alone({ sentences: ['Bush said he was pleased with the welcome.'], mentions: [['bush', 0, 'Bush'], ['bush', 0, 'he']] }, 0)).toBe('Bush said he was pleased with the welcome.');
  });

  it('refuses a “He” that coreference did not resolve', () => {
    expect(alone({ sentences: [arrived, 'He said the talks had gone well.'], mentions: [['bush', 0, 'George Bush']] }, 1)).toBeNull();
  });

  it('names a leading “It” only when the facts resolve it, and refuses it otherwise', () => {
    const spec = { sentences: ['Chile joined in 1969.', 'It was a member of the Andean Community until 1976.'] };
    expect(alone({ ...spec, mentions: [['chile', 0, 'Chile'], ['chile', 1, 'It']] }, 1)).toBe('Chile was a member of the Andean Community until 1976.');
    expect(alone({ ...spec, mentions: [['chile', 0, 'Chile']] }, 1)).toBeNull();
  });

  it('keeps pronouns inside a quotation: they are the speaker’s', () => {
    expect(alone({ sentences: ['“He will come back,” Berg said.'], mentions: [['berg', 0, 'Berg'], ['bush', 0, 'He']] }, 0)).toBe('“He will come back,” Berg said.');
  });

  it('refuses the writer’s own “I”, or a “you” addressed to a listener, outside a quotation', () => {
    expect(alone({ sentences: ['I visited the festival on Saturday night with friends.'], mentions: [] }, 0)).toBeNull();
    expect(alone({ sentences: ['You may save a few more lives if you treat the sickest first.'], mentions: [] }, 0)).toBeNull();
  });

  it('refuses to put a one-word “person” for a pronoun: likely a noun the extractor took for a name', () => {
    const spec = (name: string, aliases: string[]) => ({
      entities: [{ id: 'p', kind: 'PERSON' as const, name, aliases }],
      sentences: [`${name} joined the group in 2001.`, 'Her passport was taken away by the managers of the ship.'],
      mentions: [['p', 0, name], ['p', 1, 'Her']] as const,
    });
    expect(alone(spec('Scientologist', []), 1)).toBeNull();
    expect(alone(spec('Ann Kos', ['Kos']), 1)).toBe("Ann Kos’ passport was taken away by the managers of the ship.");
  });
});

describe('standAlone: connectives and deictics', () => {
  it('drops a leading “But” and capitalises what follows', () => {
    expect(alone({ sentences: ['But the cooperation deepened this year after the visit.'], mentions: [] }, 0)).toBe('The cooperation deepened this year after the visit.');
  });

  it('keeps “So far” and “Then-President”: not connectives', () => {
    expect(alone({ sentences: ['So far, the plan has worked well for the town.'], mentions: [] }, 0)).toBe('So far, the plan has worked well for the town.');
  });

  it.each([
    'The move angered officials in Tokyo on Monday.',
    'This angered officials in Tokyo on Monday.',
    'Ten people died there on Monday night.',
    'Prices have risen since then across the region.',
  ])('refuses the unresolved deictic in “%s”', (sentence) => {
    expect(alone({ sentences: [sentence], mentions: [] }, 0)).toBeNull();
  });

  it.each(['This year the team won the cup again.', 'There were ten people on the boat.'])('keeps “%s”: a time or an existential, not a reference', (sentence) => {
    expect(alone({ sentences: [sentence], mentions: [] }, 0)).toBe(sentence);
  });
});

describe('standAlone: quotes, brackets and length', () => {
  it('closes a quotation a cut quote leaves open', () => {
    expect(alone({ sentences: ['Berg said “the bridge will open before winter.'], mentions: [] }, 0)).toBe('Berg said “the bridge will open before winter.”');
    expect(closeQuotes('Berg said "the bridge will open.')).toBe('Berg said "the bridge will open."');
  });

  it('refuses a sentence inside a quotation that runs on from the sentence before: its speaker is elsewhere', () => {
    expect(alone({ sentences: ['Berg said, “We waited for hours.', 'The bridge was closed all night long.'], mentions: [] }, 1)).toBeNull();
  });

  it('refuses a bracket left without its partner', () => {
    expect(alone({ sentences: ['The council (which met on Monday agreed to the plan.'], mentions: [] }, 0)).toBeNull();
  });

  it('cuts an over-long sentence to the clause that holds the kept words', () => {
    const long = 'The council met for six hours on Monday evening in the old town hall to discuss the budget for next year; the mayor said the new bridge would cost about twelve million dollars to build.';
    expect(alone({ sentences: [long], mentions: [] }, 0, 'twelve')).toBe('The mayor said the new bridge would cost about twelve million dollars to build.');
    expect(alone({ sentences: [long], mentions: [] }, 0, 'budget')).toBe('The council met for six hours on Monday evening in the old town hall to discuss the budget for next year.');
  });

  it('does not cut at “, and” joining two names: no clause follows', () => {
    const sentence = 'The report quoted critics like the barrister Colin Yeo of the Free Movement blog, and Joint Council campaigner Caitlin Boswell, with Boswell stating the plan was unfair.';
    const hand = handFacts({ sentences: [sentence], entities: people, mentions: [] });
    const s = hand.facts.articles[0]!.sentences[0]!;
    const at = s.text.indexOf('unfair');
    const r = standAlone(indexFacts(hand.facts), { articleId: ARTICLE_ID, start: 0, text: s.text }, { keep: { start: at, end: at + 6 }, maxWords: 10 });
    expect(r?.text).toBe(sentence);
  });
});

describe('unresolvedReference: the check on written stems', () => {
  it.each([
    ['He said the talks had failed.', 'He'],
    ['But the talks failed.', 'But'],
    ['The move angered Tokyo.', 'The move'],
    ['Officials met there on Monday.', 'there'],
  ])('finds the reference in “%s”', (text, found) => {
    expect(unresolvedReference(text)).toBe(found);
  });

  it.each(['George Bush said the talks had failed.', '“This is our land,” Berg said.', 'How many pillars are there?', 'This week the council met.'])('finds none in “%s”', (text) => {
    expect(unresolvedReference(text)).toBeNull();
  });
});
