import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventFacts, Evidence, NewsEntity } from '../../src/domain/facts';
import { validateFacts } from '../../src/domain/validateFacts';
import { defaultSeedsDir, readSeedFacts } from '../../src/seeds/readSeed';

const facts: EventFacts = readSeedFacts();
const article = facts.articles[0]!;
const body = article.body;

/** Every Evidence in the bundle, named by the fact that carries it. */
function allEvidence(f: EventFacts): [string, Evidence][] {
  const out: [string, Evidence][] = [];
  f.mentions.forEach((m, i) => out.push([`mention[${i}] ${m.entityId}`, m.evidence]));
  f.claims.forEach((c) => c.evidence.forEach((e, i) => out.push([`claim ${c.id} evidence[${i}]`, e])));
  f.quantities.forEach((q) => out.push([`quantity ${q.id}`, q.evidence]));
  f.relations.forEach((r) => out.push([`relation ${r.id}`, r.evidence]));
  f.timeline.forEach((t) => out.push([`timeline ${t.id}`, t.evidence]));
  return out;
}

function entityByName(name: string): NewsEntity {
  const lower = name.toLowerCase();
  const found = facts.entities.filter(
    (e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower),
  );
  expect(found).toHaveLength(1);
  return found[0]!;
}

const claimsBy = (speakerId: string) => facts.claims.filter((c) => c.speakerId === speakerId);

describe('seed loader', () => {
  test('finds the seeds folder from src/seeds and from dist/src/seeds', () => {
    const root = path.resolve(__dirname, '../..');
    expect(defaultSeedsDir(path.join(root, 'src/seeds'))).toBe(path.join(root, 'seeds'));
    expect(defaultSeedsDir(path.join(root, 'dist/src/seeds'))).toBe(path.join(root, 'seeds'));
  });

  test('puts article.txt into the article body, untouched', () => {
    expect(body.startsWith('North Korea is sending around 10,000 troops')).toBe(true);
    expect(body.endsWith('he said.')).toBe(true);
    expect(body).toContain('“preparing”');
  });

  test('refuses a seed whose offsets no longer match article.txt, listing the problems', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-'));
    copyFileSync(path.join(defaultSeedsDir(), 'seed.json'), path.join(dir, 'seed.json'));
    const text = readFileSync(path.join(defaultSeedsDir(), 'article.txt'), 'utf8');
    writeFileSync(path.join(dir, 'article.txt'), `Breaking: ${text}`);
    expect(() => readSeedFacts(dir)).toThrow(/is invalid \(\d+ problems\):\n- article article sentence 0: text does not equal/);
  });

  test('the seed validates clean', () => {
    expect(validateFacts(facts)).toEqual([]);
  });
});

describe('every evidence span equals the body there', () => {
  test.each(allEvidence(facts))('%s', (_name, ev) => {
    expect(ev.articleId).toBe('article');
    expect(body.slice(ev.start, ev.end)).toBe(ev.text);
    const sentence = article.sentences[ev.sentenceIndex]!;
    expect(ev.start).toBeGreaterThanOrEqual(sentence.start);
    expect(ev.end).toBeLessThanOrEqual(sentence.end);
  });
});

describe('sentences', () => {
  test('tile the body paragraph by paragraph, without newlines', () => {
    expect(article.sentences).toHaveLength(18);
    for (const s of article.sentences) {
      expect(body.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).not.toMatch(/\n/);
    }
    expect(article.sentences.map((s) => s.text).join(' ').replace(/\s+/g, ' ')).toBe(body.replace(/\s+/g, ' '));
  });

  test('the Rutte quote paragraph is three sentences, closing quote kept with its sentence', () => {
    const texts = article.sentences.map((s) => s.text);
    expect(texts).toContain('“We have no evidence that North Korean soldiers are involved in the fight,” he said.');
    expect(texts).toContain('It’s highly worrying.”');
  });

  test('the article keeps unknowns unknown', () => {
    expect(article).toMatchObject({ id: 'article', title: null, outlet: null, url: null, publishedAt: null });
  });
});

describe('entities', () => {
  test('"Kyiv" is the Government of Ukraine', () => {
    expect(entityByName('Kyiv')).toMatchObject({ id: 'gov-ukraine', kind: 'GOVERNMENT', name: 'Government of Ukraine' });
  });

  test('"the western security alliance" is NATO', () => {
    expect(entityByName('the western security alliance')).toMatchObject({ id: 'nato', kind: 'ORGANIZATION' });
  });

  test.each([
    ['Zelensky', 'PERSON', 'President of Ukraine'],
    ['Rutte', 'PERSON', 'NATO Secretary-General'],
    ['Putin', 'PERSON', 'President of Russia'],
    ['Kim Jong Un', 'PERSON', 'North Korean leader'],
    ['the Biden administration', 'GOVERNMENT', null],
    ['South Korea’s spy agency', 'AGENCY', null],
    ['Yonhap', 'OUTLET', null],
  ])('%s is a %s', (name, kind, description) => {
    const e = entityByName(name);
    expect(e.kind).toBe(kind);
    if (description !== null) expect(e.description).toBe(description);
  });

  test('every entity is mentioned at least once', () => {
    const mentioned = new Set(facts.mentions.map((m) => m.entityId));
    for (const e of facts.entities) expect(mentioned).toContain(e.id);
  });
});

describe('claims', () => {
  const troops = facts.claims.find((c) => c.id === 'claim-zelensky-10000-troops')!;

  test('Zelensky asserts North Korea is sending around 10,000 troops, on Thursday in Brussels', () => {
    expect(troops).toMatchObject({ speakerId: 'zelensky', standing: 'ASSERTED', placeId: 'brussels' });
    expect(troops.date).toMatchObject({ precision: 'DAY', start: '2024-10-17', end: '2024-10-17' });
    expect(claimsBy('zelensky').length).toBeGreaterThanOrEqual(8);
    expect(claimsBy('zelensky').map((c) => c.quote)).toEqual(
      expect.arrayContaining([
        'preparing',
        'But they didn’t move them to Ukraine or to Russia',
        'not lose their unity we will not lose.',
        'Ukraine, together with our partners, knows how to achieve its goals',
      ]),
    );
  });

  test('Rutte has no evidence, in reply to Zelensky', () => {
    const noEvidence = claimsBy('rutte').find((c) => c.standing === 'NO_EVIDENCE')!;
    expect(noEvidence.quote).toBe('We have no evidence that North Korean soldiers are involved in the fight');
    expect(noEvidence.respondsToId).toBe(troops.id);
    expect(claimsBy('rutte').map((c) => c.quote)).toEqual(expect.arrayContaining(['very worried', 'It’s highly worrying.']));
  });

  test('the U.S. government has not confirmed and is looking into it', () => {
    const us = claimsBy('us-gov');
    expect(us.map((c) => c.standing).sort()).toEqual(['NOT_CONFIRMED', 'UNDER_INVESTIGATION']);
    for (const c of us) expect(c.respondsToId).toBe(troops.id);
  });

  test('South Korea’s spy agency speaks via Yonhap, on Friday, about a plan', () => {
    const [nis, ...others] = claimsBy('nis');
    expect(others).toEqual([]);
    expect(nis).toMatchObject({ viaId: 'yonhap', standing: 'ASSERTED', modality: 'PLANNED' });
    expect(nis!.date).toMatchObject({ precision: 'DAY', start: '2024-10-18' });
  });

  test('the article’s own statements have no speaker', () => {
    const own = facts.claims.filter((c) => c.speakerId === null).map((c) => c.id);
    expect(own).toEqual(
      expect.arrayContaining([
        'claim-article-shells-missiles',
        'claim-article-cooperation-deepened',
        'claim-article-defence-treaty',
        'claim-article-first-public-claim',
        'claim-article-reports-soldiers-died',
        'claim-article-front',
      ]),
    );
  });
});

describe('quantities', () => {
  test.each([
    ['around 10,000 troops', 10000, 'troop', 'PEOPLE', true, 'zelensky'],
    ['10,000 soldiers', 10000, 'soldier', 'PEOPLE', false, 'zelensky'],
    ['four brigades', 4, 'brigade', 'MILITARY_UNITS', false, 'nis'],
    ['around 12,000 troops', 12000, 'troop', 'PEOPLE', true, 'nis'],
    ['600-mile front', 600, 'mile', 'LENGTH', false, null],
    ['five-point victory plan', 5, 'point', 'COUNT', false, 'zelensky'],
  ])('"%s" is %d %s', (text, value, unit, measure, approximate, sourceId) => {
    const q = facts.quantities.find((x) => x.evidence.text === text);
    expect(q).toMatchObject({ value, valueMax: null, unit, measure, approximate, sourceId });
  });
});

describe('relations', () => {
  test.each([
    ['SUPPLY', 'north-korea', 'russia'],
    ['SUPPLY', 'russia', 'north-korea'],
    ['AGREEMENT', 'russia', 'north-korea'],
    ['SUPPORT', 'north-korea', 'russia'],
    ['CONFLICT', 'russia', 'ukraine'],
    ['MEETING', 'zelensky', 'rutte'],
    ['LEADERSHIP', 'zelensky', 'ukraine'],
    ['LEADERSHIP', 'rutte', 'nato'],
    ['LEADERSHIP', 'putin', 'russia'],
    ['LEADERSHIP', 'kim', 'north-korea'],
    ['PART_OF', 'nis', 'south-korea'],
    ['PART_OF', 'brussels', 'belgium'],
    ['PART_OF', 'donetsk', 'ukraine'],
  ])('%s %s → %s', (kind, subjectId, objectId) => {
    expect(facts.relations.some((r) => r.kind === kind && r.subjectId === subjectId && r.objectId === objectId)).toBe(true);
  });

  test('the treaty is dated June 2024', () => {
    const treaty = facts.relations.find((r) => r.kind === 'AGREEMENT')!;
    expect(treaty.date).toMatchObject({ precision: 'MONTH', start: '2024-06-01', end: '2024-06-30' });
  });
});

describe('timeline', () => {
  const byId = new Map(facts.timeline.map((t) => [t.id, t]));
  const seq = (id: string): number => byId.get(id)!.sequence;

  test('is sorted by sequence', () => {
    const sequences = facts.timeline.map((t) => t.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
  });

  test('follows the story: June → last month → this week → Thursday → Friday', () => {
    expect(seq('tl-putin-trip')).toBe(seq('tl-defence-treaty'));
    expect(seq('tl-defence-treaty')).toBeLessThan(seq('tl-victory-plan-presented'));
    expect(seq('tl-victory-plan-presented')).toBeLessThan(seq('tl-first-public-claim'));
    expect(seq('tl-reports-soldiers-died')).toBeLessThan(seq('tl-first-public-claim'));
    expect(seq('tl-first-public-claim')).toBeLessThan(seq('tl-zelensky-rutte-meeting'));
    expect(seq('tl-zelensky-rutte-meeting')).toBeLessThan(seq('tl-press-conference'));
    expect(seq('tl-press-conference')).toBeLessThan(seq('tl-nis-statement'));
  });

  test.each([
    ['tl-putin-trip', 'MONTH', '2024-06-01', '2024-06-30'],
    ['tl-defence-treaty', 'MONTH', '2024-06-01', '2024-06-30'],
    ['tl-victory-plan-presented', 'MONTH', '2024-09-01', '2024-09-30'],
    ['tl-first-public-claim', 'WEEK', '2024-10-14', '2024-10-20'],
    ['tl-victory-plan-unveiled', 'WEEK', '2024-10-14', '2024-10-20'],
    ['tl-zelensky-rutte-meeting', 'DAY', '2024-10-17', '2024-10-17'],
    ['tl-press-conference', 'DAY', '2024-10-17', '2024-10-17'],
    ['tl-nis-statement', 'DAY', '2024-10-18', '2024-10-18'],
    ['tl-reports-soldiers-died', 'UNRESOLVED', null, null],
  ])('%s is %s %s..%s', (id, precision, start, end) => {
    expect(byId.get(id)!.date).toMatchObject({ precision, start, end });
  });
});

describe('event', () => {
  test('is Thursday 17 October 2024 in Brussels', () => {
    expect(facts.event).toMatchObject({ id: 'event', placeId: 'brussels' });
    expect(facts.event.date).toMatchObject({ precision: 'DAY', start: '2024-10-17' });
  });
});
