// Each rule, shown catching one violation: take the valid seed, break one thing, expect the message.
import type { EventFacts } from '../../src/domain/facts';
import { validateFacts } from '../../src/domain/validateFacts';
import { readSeedFacts } from '../../src/seeds/readSeed';

type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;
type Facts = DeepMutable<EventFacts>;

const seed = readSeedFacts();

/** A fresh, mutable copy of the seed with one thing broken. */
function broken(breakIt: (f: Facts) => void): string[] {
  const f = structuredClone(seed) as Facts;
  breakIt(f);
  return validateFacts(f as EventFacts);
}

const claim = (f: Facts, id: string) => f.claims.find((c) => c.id === id)!;
const TROOPS = 'claim-zelensky-10000-troops';

test('the untouched seed is valid', () => {
  expect(validateFacts(seed)).toEqual([]);
});

describe('evidence', () => {
  test('text must equal the body over its span', () => {
    const problems = broken((f) => {
      f.mentions[0]!.evidence.text = 'South Korea';
    });
    expect(problems).toEqual(['mention[0]: evidence text does not equal body.slice(0, 11) of article']);
  });

  test('articleId must exist', () => {
    const problems = broken((f) => {
      claim(f, TROOPS).evidence[0]!.articleId = 'other';
    });
    expect(problems).toEqual([`claim ${TROOPS} evidence[0]: evidence articleId "other" is not a known article`]);
  });

  test('span must lie inside the body', () => {
    const problems = broken((f) => {
      f.quantities[0]!.evidence.end = 1_000_000;
    });
    expect(problems).toEqual([expect.stringContaining('quantity qty-10000-troops: evidence span [')]);
    expect(problems[0]).toContain('is not inside the body of article');
  });

  test('span must lie inside its sentence', () => {
    const problems = broken((f) => {
      f.relations[0]!.evidence.sentenceIndex = 0;
    });
    expect(problems).toEqual([expect.stringMatching(/^relation rel-north-korea-supplies-russia: evidence span \[\d+, \d+\) lies outside sentence 0 \[0, 146\)$/)]);
  });

  test('sentenceIndex must name a sentence', () => {
    const problems = broken((f) => {
      f.timeline[0]!.evidence.sentenceIndex = 99;
    });
    expect(problems).toEqual(['timeline entry tl-north-korea-supplies-russia: evidence sentenceIndex 99 is not a sentence of article']);
  });
});

describe('sentences tile the body', () => {
  test('no overlap', () => {
    const problems = broken((f) => {
      const s = f.articles[0]!.sentences[1]!;
      s.start -= 3;
      s.text = f.articles[0]!.body.slice(s.start, s.end);
    });
    expect(problems).toContainEqual('article article sentence 1: starts at 144, overlapping the previous sentence (ends 146)');
  });

  test('no gap', () => {
    const problems = broken((f) => {
      f.articles[0]!.sentences = f.articles[0]!.sentences.filter((s) => s.index !== 7);
      f.articles[0]!.sentences.forEach((s, i) => (s.index = i));
    });
    expect(problems).toContainEqual('article article sentence 7: text between 977 and 1001 belongs to no sentence');
  });

  test('nothing left after the last sentence', () => {
    const problems = broken((f) => {
      f.articles[0]!.sentences.pop();
    });
    expect(problems).toContainEqual(expect.stringMatching(/^article article: text after 2510 belongs to no sentence$/));
  });

  test('indices run in order', () => {
    const problems = broken((f) => {
      f.articles[0]!.sentences[2]!.index = 5;
    });
    expect(problems).toContainEqual('article article: sentence at position 2 has index 5, expected 2');
  });

  test('text matches the body', () => {
    const problems = broken((f) => {
      f.articles[0]!.sentences[0]!.text = 'Something else.';
    });
    expect(problems).toContainEqual('article article sentence 0: text does not equal body.slice(0, 146)');
  });

  test('a sentence does not cross a paragraph break', () => {
    const problems = broken((f) => {
      const [first, second, ...rest] = f.articles[0]!.sentences;
      const merged = { index: 0, start: first!.start, end: second!.end, text: f.articles[0]!.body.slice(first!.start, second!.end) };
      f.articles[0]!.sentences = [merged, ...rest];
      f.articles[0]!.sentences.forEach((s, i) => (s.index = i));
      // Evidence still names the old indices; only the paragraph message matters here.
    });
    expect(problems).toContainEqual('article article sentence 0: crosses a paragraph break');
  });
});

describe('references resolve', () => {
  test.each<[string, (f: Facts) => void, string]>([
    ['speakerId', (f) => (claim(f, TROOPS).speakerId = 'nobody'), `claim ${TROOPS}: speakerId "nobody" is not a known entity`],
    ['viaId', (f) => (claim(f, 'claim-nis-four-brigades').viaId = 'nobody'), 'claim claim-nis-four-brigades: viaId "nobody" is not a known entity'],
    ['subjectIds', (f) => claim(f, TROOPS).subjectIds.push('nobody'), `claim ${TROOPS}: subjectId "nobody" is not a known entity`],
    ['claim placeId', (f) => (claim(f, TROOPS).placeId = 'nowhere'), `claim ${TROOPS}: placeId "nowhere" is not a known entity`],
    ['respondsToId', (f) => (claim(f, 'claim-us-not-confirmed').respondsToId = 'claim-x'), 'claim claim-us-not-confirmed: respondsToId "claim-x" is not a known claim'],
    ['quantity claimId', (f) => (f.quantities[0]!.claimId = 'claim-x'), 'quantity qty-10000-troops: claimId "claim-x" is not a known claim'],
    ['quantity sourceId', (f) => (f.quantities[0]!.sourceId = 'nobody'), 'quantity qty-10000-troops: sourceId "nobody" is not a known entity'],
    ['relation subjectId', (f) => (f.relations[0]!.subjectId = 'nobody'), 'relation rel-north-korea-supplies-russia: subjectId "nobody" is not a known entity'],
    ['relation objectId', (f) => (f.relations[0]!.objectId = 'nobody'), 'relation rel-north-korea-supplies-russia: objectId "nobody" is not a known entity'],
    ['actorIds', (f) => f.timeline[0]!.actorIds.push('nobody'), 'timeline entry tl-north-korea-supplies-russia: actorId "nobody" is not a known entity'],
    ['mention entityId', (f) => (f.mentions[3]!.entityId = 'nobody'), 'mention[3]: entityId "nobody" is not a known entity'],
    ['event placeId', (f) => (f.event.placeId = 'nowhere'), 'event: placeId "nowhere" is not a known entity'],
    ['fact articleId', (f) => (f.quantities[1]!.articleId = 'other'), 'quantity qty-10000-soldiers: articleId "other" is not a known article'],
    ['respondsToId itself', (f) => (claim(f, TROOPS).respondsToId = TROOPS), `claim ${TROOPS}: respondsToId points at itself`],
  ])('%s', (_field, breakIt, message) => {
    expect(broken(breakIt)).toEqual([message]);
  });
});

describe('ids are unique per collection', () => {
  test.each<[string, (f: Facts) => void, string]>([
    ['entities', (f) => f.entities.push({ ...f.entities[0]!, aliases: [] }), 'entity id "zelensky" is not unique'],
    ['claims', (f) => f.claims.push(structuredClone(claim(f, TROOPS))), `claim id "${TROOPS}" is not unique`],
    ['quantities', (f) => (f.quantities[1]!.id = f.quantities[0]!.id), 'quantity id "qty-10000-troops" is not unique'],
    ['relations', (f) => (f.relations[1]!.id = f.relations[0]!.id), 'relation id "rel-north-korea-supplies-russia" is not unique'],
    ['timeline', (f) => (f.timeline[1]!.id = f.timeline[0]!.id), 'timeline entry id "tl-north-korea-supplies-russia" is not unique'],
  ])('%s', (_collection, breakIt, message) => {
    expect(broken(breakIt)).toContainEqual(message);
  });

  test('the same id in different collections is fine', () => {
    expect(broken((f) => (f.quantities[0]!.id = f.claims[0]!.id))).toEqual([]);
  });
});

describe('claims', () => {
  test('a quote must appear verbatim in the first evidence', () => {
    // Straight apostrophe instead of the body's curly one: a common extraction slip.
    const problems = broken((f) => (claim(f, 'claim-zelensky-not-moved').quote = "But they didn't move them to Ukraine or to Russia"));
    expect(problems).toEqual(['claim claim-zelensky-not-moved: quote not found in its evidence']);
  });

  test('a quotation broken by its attribution is its pieces, each verbatim and in order', () => {
    const text = seed.claims.find((c) => c.id === 'claim-zelensky-not-moved')!.evidence[0]!.text;
    const [first, second] = [text.slice(1, 10), text.slice(14, 24)];
    expect(broken((f) => (claim(f, 'claim-zelensky-not-moved').quote = `${first} … ${second}`))).toEqual([]);
    expect(broken((f) => (claim(f, 'claim-zelensky-not-moved').quote = `${second} … ${first}`))).toEqual([
      'claim claim-zelensky-not-moved: quote not found in its evidence',
    ]);
    expect(broken((f) => (claim(f, 'claim-zelensky-not-moved').quote = `${first} … `))).toEqual([
      'claim claim-zelensky-not-moved: quote not found in its evidence',
    ]);
  });

  test('a quote found only in later evidence does not count', () => {
    const problems = broken((f) => claim(f, 'claim-rutte-no-evidence').evidence.reverse());
    expect(problems).toEqual(['claim claim-rutte-no-evidence: quote not found in its evidence']);
  });

  test('a claim needs evidence', () => {
    const problems = broken((f) => (claim(f, TROOPS).evidence = []));
    expect(problems).toEqual([`claim ${TROOPS}: has no evidence`]);
  });

  test('standing must be a known standing', () => {
    const problems = broken((f) => ((claim(f, TROOPS) as { standing: string }).standing = 'MAYBE'));
    expect(problems).toEqual([expect.stringContaining(`claim ${TROOPS}: standing "MAYBE" is not one of ASSERTED,`)]);
  });
});

describe('dates', () => {
  test('must be real ISO dates', () => {
    const problems = broken((f) => (f.event.date = { text: 'Thursday', precision: 'DAY', start: '2024-02-30', end: '2024-02-30' }));
    expect(problems).toEqual([
      'event: date "Thursday" start "2024-02-30" is not a valid ISO date',
      'event: date "Thursday" end "2024-02-30" is not a valid ISO date',
    ]);
  });

  test('start must not be after end', () => {
    const problems = broken((f) => (f.timeline[1]!.date = { text: 'in June', precision: 'MONTH', start: '2024-06-30', end: '2024-06-01' }));
    expect(problems).toEqual(['timeline entry tl-putin-trip: date "in June" starts (2024-06-30) after it ends (2024-06-01)']);
  });

  test('a DAY is one day', () => {
    const problems = broken((f) => (claim(f, TROOPS).date = { text: 'Thursday', precision: 'DAY', start: '2024-10-17', end: '2024-10-18' }));
    expect(problems).toEqual([`claim ${TROOPS}: DAY date "Thursday" spans 2024-10-17..2024-10-18`]);
  });

  test('publishedAt must be an ISO date when set', () => {
    const problems = broken((f) => (f.articles[0]!.publishedAt = '17/10/2024'));
    expect(problems).toEqual(['article article: publishedAt "17/10/2024" is not a valid ISO date']);
  });
});

describe('entities', () => {
  test('aliases do not collide across entities, ignoring case', () => {
    const problems = broken((f) => f.entities.find((e) => e.id === 'ukraine')!.aliases.push('KYIV'));
    expect(problems).toEqual(['entity gov-ukraine: name or alias "kyiv" is already used by entity ukraine']);
  });

  test('an alias may not be another entity’s name', () => {
    const problems = broken((f) => f.entities.find((e) => e.id === 'russia')!.aliases.push('Russian forces'));
    expect(problems).toEqual(['entity russian-forces: name or alias "russian forces" is already used by entity russia']);
  });
});

describe('quantities', () => {
  test.each<[string, (f: Facts) => void, string]>([
    ['NaN value', (f) => (f.quantities[0]!.value = Number.NaN), 'quantity qty-10000-troops: value NaN is not a finite number'],
    ['infinite value', (f) => (f.quantities[0]!.value = Number.POSITIVE_INFINITY), 'quantity qty-10000-troops: value Infinity is not a finite number'],
    ['valueMax below value', (f) => (f.quantities[0]!.valueMax = 9000), 'quantity qty-10000-troops: valueMax 9000 is less than value 10000'],
    ['infinite valueMax', (f) => (f.quantities[0]!.valueMax = Number.POSITIVE_INFINITY), 'quantity qty-10000-troops: valueMax Infinity is not a finite number'],
  ])('%s', (_case, breakIt, message) => {
    expect(broken(breakIt)).toEqual([message]);
  });

  test('a range with valueMax above value is fine', () => {
    expect(broken((f) => (f.quantities[0]!.valueMax = 12000))).toEqual([]);
  });
});

describe('what must not be empty', () => {
  test('a claim’s paraphrase', () => {
    expect(broken((f) => (claim(f, TROOPS).paraphrase = '  '))).toEqual([`claim ${TROOPS}: paraphrase is empty`]);
  });

  test('a quote (reported speech has quote null instead)', () => {
    expect(broken((f) => (claim(f, 'claim-zelensky-not-moved').quote = ' '))).toEqual([
      'claim claim-zelensky-not-moved: quote is empty (use null for reported speech)',
    ]);
  });

  test('a quote with no evidence at all cannot be found', () => {
    expect(broken((f) => (claim(f, 'claim-zelensky-not-moved').evidence = []))).toEqual([
      'claim claim-zelensky-not-moved: has no evidence',
      'claim claim-zelensky-not-moved: quote not found in its evidence',
    ]);
  });

  test('a quantity’s unit, an entity’s name, any id', () => {
    expect(broken((f) => (f.quantities[0]!.unit = ' '))).toEqual(['quantity qty-10000-troops: unit is empty']);
    const entity = seed.entities[0]!;
    expect(broken((f) => (f.entities[0]!.name = ' '))).toEqual([`entity ${entity.id}: name is empty`]);
    expect(broken((f) => (f.relations[0]!.id = ' '))).toContainEqual('relation id is empty');
  });
});

describe('evidence spans', () => {
  const mention = seed.mentions[0]!;

  test('a zero-length span is refused, even with empty text', () => {
    const problems = broken((f) => {
      f.mentions[0]!.evidence = { ...f.mentions[0]!.evidence, end: mention.evidence.start, text: '' };
    });
    expect(problems).toEqual([`mention[0]: evidence span [${mention.evidence.start}, ${mention.evidence.start}) is not inside the body of article`]);
  });

  test('a negative or fractional start is refused', () => {
    expect(broken((f) => (f.mentions[0]!.evidence.start = -1))).toEqual([expect.stringContaining('mention[0]: evidence span [-1, ')]);
    expect(broken((f) => (f.mentions[0]!.evidence.start = 0.5))).toEqual([expect.stringContaining('mention[0]: evidence span [0.5, ')]);
    expect(broken((f) => (f.mentions[0]!.evidence.end = mention.evidence.end + 0.5))).toEqual([expect.stringContaining('is not inside the body')]);
  });

  test('a span may end at the very end of the body, and no further', () => {
    const article = seed.articles[0]!;
    const last = article.sentences[article.sentences.length - 1]!;
    const atEnd = { articleId: article.id, sentenceIndex: last.index, start: last.start, end: last.end, text: last.text };
    expect(last.end).toBe(article.body.trimEnd().length);
    expect(broken((f) => (f.mentions[0]!.evidence = atEnd))).toEqual([]);
    expect(broken((f) => (f.mentions[0]!.evidence = { ...atEnd, end: article.body.length + 1 }))).toEqual([expect.stringContaining('is not inside the body')]);
  });

  test('the span must start inside its sentence, not only end inside it', () => {
    const sentence = seed.articles[0]!.sentences.find((s) => s.index === mention.evidence.sentenceIndex)!;
    const next = seed.articles[0]!.sentences.find((s) => s.index === sentence.index + 1)!;
    const body = seed.articles[0]!.body;
    // From inside the sentence across into the next one.
    const crossing = { ...mention.evidence, start: sentence.end - 3, end: next.start + 3, text: body.slice(sentence.end - 3, next.start + 3) };
    expect(broken((f) => (f.mentions[0]!.evidence = crossing))).toEqual([expect.stringContaining(`lies outside sentence ${sentence.index}`)]);
    // Starting in the next sentence, named as this one.
    const later = { ...mention.evidence, start: next.start, end: next.start + 3, text: body.slice(next.start, next.start + 3) };
    expect(broken((f) => (f.mentions[0]!.evidence = later))).toEqual([expect.stringContaining(`lies outside sentence ${sentence.index}`)]);
  });
});

describe('closed vocabularies', () => {
  test.each<[string, (f: Facts) => void, string]>([
    ['modality', (f) => ((claim(f, TROOPS) as { modality: string }).modality = 'GUESSED'), `claim ${TROOPS}: modality "GUESSED" is not one of `],
    ['measure', (f) => ((f.quantities[0] as { measure: string }).measure = 'WEIGHT?'), 'quantity qty-10000-troops: measure "WEIGHT?" is not one of '],
    ['relation kind', (f) => ((f.relations[0] as { kind: string }).kind = 'LIKES'), 'relation rel-north-korea-supplies-russia: kind "LIKES" is not one of '],
    ['entity kind', (f) => ((f.entities[0] as { kind: string }).kind = 'ANIMAL'), `entity ${seed.entities[0]!.id}: kind "ANIMAL" is not one of `],
  ])('%s', (_field, breakIt, message) => {
    const problems = broken(breakIt);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${message.replace(/[?]/g, '\\?')}[A-Z_]+(, [A-Z_]+)+$`));
  });
});

describe('more dates and numbers', () => {
  test('an unresolved date carries no range', () => {
    expect(broken((f) => (f.event.date = { text: 'soon', precision: 'UNRESOLVED', start: null, end: null }))).toEqual([]);
    expect(broken((f) => (f.event.date = { text: 'soon', precision: 'UNRESOLVED', start: '2024-01-01', end: null } as never))).toEqual([
      'event: UNRESOLVED date "soon" has a range',
    ]);
    expect(broken((f) => (f.event.date = { text: 'soon', precision: 'UNRESOLVED', start: null, end: '2024-01-01' } as never))).toEqual([
      'event: UNRESOLVED date "soon" has a range',
    ]);
  });

  test('an ISO date is exactly YYYY-MM-DD', () => {
    expect(broken((f) => (f.articles[0]!.publishedAt = 'x2024-10-17'))).toHaveLength(1);
    expect(broken((f) => (f.articles[0]!.publishedAt = '2024-10-17x'))).toHaveLength(1);
    expect(broken((f) => (f.articles[0]!.publishedAt = '2024-10-17'))).toEqual([]);
    expect(broken((f) => (f.articles[0]!.publishedAt = null))).toEqual([]);
  });

  test('only the bad end of a date is named', () => {
    expect(broken((f) => (f.event.date = { text: 'June', precision: 'MONTH', start: '2024-06-01', end: '2024-06-31' }))).toEqual([
      'event: date "June" end "2024-06-31" is not a valid ISO date',
    ]);
  });

  test('a range may be a single value; a timeline sequence is a whole number', () => {
    expect(broken((f) => (f.quantities[0]!.valueMax = f.quantities[0]!.value))).toEqual([]);
    expect(broken((f) => (f.timeline[0]!.sequence = 1.5))).toEqual([`timeline entry ${seed.timeline[0]!.id}: sequence 1.5 is not an integer`]);
  });

  test('an entity may list its own name as an alias', () => {
    expect(broken((f) => f.entities[0]!.aliases.push(` ${f.entities[0]!.name.toUpperCase()} `))).toEqual([]);
  });
});

describe('edges the first tests left open', () => {
  const text = seed.claims.find((c) => c.id === 'claim-zelensky-not-moved')!.evidence[0]!.text;
  const first = text.slice(1, 10);

  test('a quote piece of only spaces does not count as found', () => {
    expect(broken((f) => (claim(f, 'claim-zelensky-not-moved').quote = `${first} …   … ${first}`))).toEqual(['claim claim-zelensky-not-moved: quote not found in its evidence']);
  });

  test('each piece is looked for after the one before: a piece the text holds once cannot appear twice', () => {
    expect(text.indexOf(first)).toBe(text.lastIndexOf(first));
    expect(broken((f) => (claim(f, 'claim-zelensky-not-moved').quote = `${first} … ${first}`))).toEqual(['claim claim-zelensky-not-moved: quote not found in its evidence']);
  });

  test('a repeated article id is named as an article’s', () => {
    expect(broken((f) => f.articles.push(structuredClone(f.articles[0]!)))).toContainEqual('article id "article" is not unique');
  });

  test('a quantity need not belong to a claim', () => {
    expect(broken((f) => (f.quantities[0]!.claimId = null))).toEqual([]);
  });

  test('a sentence whose span leaves the body is reported once, and its text not compared', () => {
    const article = seed.articles[0]!;
    const last = article.sentences[article.sentences.length - 1]!;
    const problems = broken((f) => (f.articles[0]!.sentences[article.sentences.length - 1]!.end = article.body.length + 5));
    expect(problems).toEqual([
      `article article sentence ${last.index}: span [${last.start}, ${article.body.length + 5}) is not inside the body (length ${article.body.length})`,
      `article article: text after ${article.sentences[article.sentences.length - 2]!.end} belongs to no sentence`,
    ]);
  });

  test('whitespace after the last sentence is not text', () => {
    expect(broken((f) => (f.articles[0]!.body += '\n\n  '))).toEqual([]);
  });

  test('a bad start alone stops the date’s other checks', () => {
    expect(broken((f) => (f.event.date = { text: 'June', precision: 'MONTH', start: '2024-13-01', end: '2024-06-30' }))).toEqual([
      'event: date "June" start "2024-13-01" is not a valid ISO date',
    ]);
  });

  test('names are compared trimmed: an alias with spaces around another’s name still clashes', () => {
    expect(broken((f) => f.entities.find((e) => e.id === 'russia')!.aliases.push('  Russian forces  '))).toEqual([
      'entity russian-forces: name or alias "russian forces" is already used by entity russia',
    ]);
  });
});
