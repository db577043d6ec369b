// Builds seeds/seed.json from seeds/article.txt. The curation (which facts, which words) is written
// here by hand, but every offset is computed from the body, so no span can drift from the text.
// Run: npx ts-node scripts/seed-tools/buildSeed.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type {
  Claim,
  ClaimModality,
  ClaimStanding,
  DateRef,
  EventFacts,
  Evidence,
  Mention,
  NewsEntity,
  Quantity,
  Relation,
  Sentence,
  TimelineEntry,
} from '../../src/domain/facts';
import { validateFacts } from '../../src/domain/validateFacts';
import { splitSentences } from './splitSentences';

const ARTICLE = 'article';
const seedsDir = path.resolve(__dirname, '../../seeds');
const body = readFileSync(path.join(seedsDir, 'article.txt'), 'utf8');
const sentences: readonly Sentence[] = splitSentences(body);

function sentence(s: number): Sentence {
  const found = sentences[s];
  if (found === undefined) throw new Error(`no sentence ${s}`);
  return found;
}

function span(s: number, start: number, end: number): Evidence {
  return { articleId: ARTICLE, sentenceIndex: s, start, end, text: body.slice(start, end) };
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Offset of the nth whole-word occurrence of `phrase` in sentence s ("he" must not match "the"). */
function find(s: number, phrase: string, nth = 0, from = 0): number {
  const { text, start } = sentence(s);
  let seen = 0;
  for (let i = text.indexOf(phrase, from); i !== -1; i = text.indexOf(phrase, i + 1)) {
    if (isWordChar(text[i - 1]) || isWordChar(text[i + phrase.length])) continue;
    if (seen++ === nth) return start + i;
  }
  throw new Error(`"${phrase}" #${nth} not found in sentence ${s}: ${text}`);
}

/** Evidence for the nth occurrence of a phrase inside sentence s. */
function ev(s: number, phrase: string, nth = 0): Evidence {
  const at = find(s, phrase, nth);
  return span(s, at, at + phrase.length);
}

/** Evidence from the first `from` to the first `to` after it, both inside sentence s. */
function between(s: number, from: string, to: string): Evidence {
  const a = find(s, from);
  const b = find(s, to, 0, a - sentence(s).start);
  return span(s, a, b + to.length);
}

function whole(s: number): Evidence {
  const { start, end } = sentence(s);
  return span(s, start, end);
}

// Dates resolved from the public record in /work/shared/seed/README.md.
const day = (text: string, iso: string): DateRef => ({ text, precision: 'DAY', start: iso, end: iso });
const THURSDAY = day('Thursday', '2024-10-17');
const FRIDAY = day('Friday', '2024-10-18');
const IN_JUNE: DateRef = { text: 'in June', precision: 'MONTH', start: '2024-06-01', end: '2024-06-30' };
const LAST_MONTH: DateRef = { text: 'last month', precision: 'MONTH', start: '2024-09-01', end: '2024-09-30' };
const THIS_WEEK: DateRef = { text: 'this week', precision: 'WEEK', start: '2024-10-14', end: '2024-10-20' };
const unresolved = (text: string): DateRef => ({ text, precision: 'UNRESOLVED', start: null, end: null });

const entity = (
  id: string,
  kind: NewsEntity['kind'],
  name: string,
  aliases: string[],
  description: string | null,
): NewsEntity => ({ id, kind, name, aliases, description });

const entities: NewsEntity[] = [
  entity('zelensky', 'PERSON', 'Volodymyr Zelensky', ['Zelensky', 'Ukrainian President Volodymyr Zelensky'], 'President of Ukraine'),
  entity('rutte', 'PERSON', 'Mark Rutte', ['Rutte', 'NATO Secretary-General Mark Rutte'], 'NATO Secretary-General'),
  entity('putin', 'PERSON', 'Vladimir Putin', ['Putin', 'Russian President Vladimir Putin'], 'President of Russia'),
  entity('kim', 'PERSON', 'Kim Jong Un', ['North Korean leader Kim Jong Un'], 'North Korean leader'),
  entity('nato', 'ORGANIZATION', 'NATO', ['North Atlantic Treaty Organization', 'the western security alliance'], 'Western security alliance'),
  entity('ukraine', 'COUNTRY', 'Ukraine', [], null),
  entity('north-korea', 'COUNTRY', 'North Korea', [], null),
  entity('russia', 'COUNTRY', 'Russia', [], null),
  entity('south-korea', 'COUNTRY', 'South Korea', [], null),
  entity('belgium', 'COUNTRY', 'Belgium', [], null),
  entity('brussels', 'PLACE', 'Brussels', [], 'City in Belgium'),
  entity('nato-hq', 'PLACE', 'NATO headquarters', ['the western security alliance’s headquarters'], 'NATO headquarters in Brussels'),
  entity('donetsk', 'PLACE', 'Donetsk region', ['the eastern Donetsk region'], 'Region in eastern Ukraine'),
  entity('gov-ukraine', 'GOVERNMENT', 'Government of Ukraine', ['Kyiv'], 'Ukraine’s government'),
  entity('us-gov', 'GOVERNMENT', 'United States government', ['the U.S.', 'U.S.', 'the Biden administration'], 'Government of the United States (the Biden administration)'),
  // The text only says "spy agency"; the name is public record, the alias is the text's words.
  entity('nis', 'AGENCY', 'National Intelligence Service', ['South Korea’s spy agency'], 'South Korea’s spy agency'),
  entity('yonhap', 'OUTLET', 'Yonhap News Agency', ['Yonhap'], 'News agency'),
  entity('russian-forces', 'GROUP', 'Russian forces', [], 'Russia’s armed forces'),
  entity('north-korean-troops', 'GROUP', 'North Korean troops', ['North Korean soldiers'], 'Soldiers of North Korea'),
  entity('western-allies', 'GROUP', 'Western allies', [], 'Ukraine’s western allies'),
];

// [sentence, phrase, entity, nth occurrence in that sentence]
const mentionList: [number, string, string, number?][] = [
  [0, 'North Korea', 'north-korea'],
  [0, 'around 10,000 troops', 'north-korean-troops'],
  [0, 'Ukraine', 'ukraine'],
  [0, 'Russian forces', 'russian-forces'],
  [0, 'Ukrainian President Volodymyr Zelensky', 'zelensky'],
  [1, 'Zelensky', 'zelensky'],
  [1, 'Brussels', 'brussels'],
  [1, 'Belgium', 'belgium'],
  [1, 'North Korea', 'north-korea'],
  [1, 'tactical personnel and officers', 'north-korean-troops'],
  [1, 'Ukraine', 'ukraine'],
  [1, '10,000 soldiers', 'north-korean-troops'],
  [2, 'they', 'north-korea'],
  [2, 'them', 'north-korean-troops'],
  [2, 'Ukraine', 'ukraine'],
  [2, 'Russia', 'russia'],
  [2, 'Zelensky', 'zelensky'],
  [2, 'Kyiv', 'gov-ukraine'],
  [3, 'Zelensky', 'zelensky'],
  [3, 'NATO Secretary-General Mark Rutte', 'rutte'],
  [3, 'NATO', 'nato'],
  [3, 'the western security alliance', 'nato'],
  [3, 'the western security alliance’s headquarters', 'nato-hq'],
  [3, 'Brussels', 'brussels'],
  [4, 'Rutte', 'rutte'],
  [4, 'he', 'rutte'],
  [4, 'North Korea', 'north-korea'],
  [4, 'Ukraine', 'ukraine'],
  [4, 'NATO', 'nato'],
  [4, 'Zelensky', 'zelensky'],
  [5, 'We', 'nato'],
  [5, 'North Korean soldiers', 'north-korean-troops'],
  [5, 'he', 'rutte'],
  [6, 'we', 'nato'],
  [6, 'North Korea', 'north-korea'],
  [6, 'Russia', 'russia'],
  [8, 'The U.S.', 'us-gov'],
  [8, 'North Korean soldiers', 'north-korean-troops'],
  [8, 'Ukraine', 'ukraine'],
  [8, 'the Biden administration', 'us-gov'],
  [8, 'it', 'us-gov'],
  [9, 'South Korea’s spy agency', 'nis'],
  [9, 'South Korea', 'south-korea'],
  [9, 'North Korea', 'north-korea'],
  [9, 'four brigades, around 12,000 troops', 'north-korean-troops'],
  [9, 'Ukraine', 'ukraine'],
  [9, 'Yonhap News Agency', 'yonhap'],
  [10, 'North Korea', 'north-korea'],
  [10, 'Russia', 'russia'],
  [11, 'Russian President Vladimir Putin', 'putin'],
  [11, 'North Korea', 'north-korea'],
  [12, 'Putin', 'putin'],
  [12, 'North Korean leader Kim Jong Un', 'kim'],
  [13, 'Zelensky', 'zelensky'],
  [13, 'North Korea', 'north-korea'],
  [13, 'troops', 'north-korean-troops'],
  [13, 'Ukraine', 'ukraine'],
  [13, 'the country', 'north-korea'],
  [13, 'some of the country’s soldiers', 'north-korean-troops'],
  [14, 'Russian forces', 'russian-forces'],
  [14, 'Ukraine', 'ukraine'],
  [14, 'the eastern Donetsk region', 'donetsk'],
  [15, 'Zelensky', 'zelensky'],
  [15, 'he', 'zelensky'],
  [15, 'the U.S.', 'us-gov'],
  [15, 'Ukraine', 'ukraine'],
  [15, 'NATO', 'nato'],
  [15, 'Kyiv', 'gov-ukraine'],
  [16, 'Zelensky', 'zelensky'],
  [16, 'western allies', 'western-allies'],
  [17, 'Ukraine', 'ukraine'],
  [17, 'our', 'ukraine'],
  [17, 'its', 'ukraine'],
  [17, 'he', 'zelensky'],
];
const mentions: Mention[] = mentionList.map(([s, phrase, entityId, nth]) => ({
  entityId,
  evidence: ev(s, phrase, nth ?? 0),
}));

interface ClaimSpec {
  id: string;
  speakerId: string | null;
  viaId?: string;
  subjectIds: string[];
  paraphrase: string;
  quote?: string;
  standing?: ClaimStanding;
  modality?: ClaimModality;
  date?: DateRef;
  placeId?: string;
  respondsToId?: string;
  evidence: Evidence[];
}
const claim = (c: ClaimSpec): Claim => ({
  id: c.id,
  articleId: ARTICLE,
  speakerId: c.speakerId,
  viaId: c.viaId ?? null,
  subjectIds: c.subjectIds,
  paraphrase: c.paraphrase,
  quote: c.quote ?? null,
  standing: c.standing ?? 'ASSERTED',
  modality: c.modality ?? 'FACTUAL',
  date: c.date ?? null,
  placeId: c.placeId ?? null,
  respondsToId: c.respondsToId ?? null,
  evidence: c.evidence,
});

// Context spans reused as second evidence: where and when Zelensky and Rutte spoke, who "he" is.
const AT_PRESS_CONFERENCE = between(1, 'Zelensky', 'Belgium');
const RUTTE_TOLD_REPORTERS = ev(4, 'Rutte told reporters');
const RUTTE_MEETING = between(3, 'Zelensky spoke after meeting Thursday', 'in Brussels');
const ZELENSKY_TOLD_REPORTERS = ev(16, 'Zelensky told reporters Thursday');
const TROOPS_CLAIM = 'claim-zelensky-10000-troops';

const claims: Claim[] = [
  // Zelensky, Thursday, press conference in Brussels.
  claim({
    id: TROOPS_CLAIM,
    speakerId: 'zelensky',
    subjectIds: ['north-korea', 'north-korean-troops', 'ukraine', 'russian-forces'],
    paraphrase: 'Zelensky said North Korea is sending around 10,000 troops to Ukraine to fight alongside Russian forces.',
    date: THURSDAY,
    placeId: 'brussels',
    evidence: [whole(0), AT_PRESS_CONFERENCE],
  }),
  claim({
    id: 'claim-zelensky-officers-sent',
    speakerId: 'zelensky',
    subjectIds: ['north-korea', 'north-korean-troops', 'ukraine'],
    paraphrase: 'Zelensky said North Korea has already sent tactical personnel and officers to Ukraine.',
    date: THURSDAY,
    placeId: 'brussels',
    evidence: [between(1, 'Zelensky', 'officers to Ukraine')],
  }),
  claim({
    id: 'claim-zelensky-preparing-10000-soldiers',
    speakerId: 'zelensky',
    subjectIds: ['north-korea', 'north-korean-troops'],
    paraphrase: 'Zelensky said North Korea is preparing to send 10,000 soldiers.',
    quote: 'preparing',
    modality: 'PLANNED',
    date: THURSDAY,
    placeId: 'brussels',
    evidence: [whole(1)],
  }),
  claim({
    id: 'claim-zelensky-not-moved',
    speakerId: 'zelensky',
    subjectIds: ['north-korea', 'north-korean-troops', 'ukraine', 'russia'],
    paraphrase: 'Zelensky said North Korea has not yet moved the soldiers to Ukraine or to Russia.',
    quote: 'But they didn’t move them to Ukraine or to Russia',
    date: THURSDAY,
    placeId: 'brussels',
    // Sentence 1 says who "they" (North Korea) and "them" (the soldiers) are.
    evidence: [between(2, '“But', 'Zelensky said'), whole(1)],
  }),
  claim({
    id: 'claim-zelensky-kyiv-will-share',
    speakerId: 'zelensky',
    subjectIds: ['gov-ukraine', 'north-korean-troops'],
    paraphrase: 'Zelensky said the Ukrainian government would share more information when it becomes available.',
    modality: 'PLANNED',
    date: THURSDAY,
    placeId: 'brussels',
    evidence: [between(2, 'Zelensky said', 'available')],
  }),
  claim({
    id: 'claim-zelensky-victory-plan',
    speakerId: 'zelensky',
    subjectIds: ['ukraine', 'nato', 'gov-ukraine'],
    paraphrase:
      'Zelensky’s five-point victory plan calls for accepting Ukraine into NATO, boosting air defence systems and lifting long-range weapons restrictions, strengthening the Ukrainian economy and providing a non-nuclear strategic deterrence to Ukraine, among other points.',
    modality: 'PLANNED',
    date: THIS_WEEK,
    evidence: [whole(15)],
  }),
  claim({
    id: 'claim-zelensky-unity',
    speakerId: 'zelensky',
    subjectIds: ['western-allies', 'ukraine'],
    paraphrase: 'Zelensky said that if western allies keep their unity, Ukraine and its allies will not lose.',
    quote: 'not lose their unity we will not lose.',
    modality: 'OPINION',
    date: THURSDAY,
    placeId: 'brussels',
    evidence: [whole(16), AT_PRESS_CONFERENCE],
  }),
  claim({
    id: 'claim-zelensky-achieve-goals',
    speakerId: 'zelensky',
    subjectIds: ['ukraine'],
    paraphrase: 'Zelensky said Ukraine, together with its partners, knows how to achieve its goals.',
    quote: 'Ukraine, together with our partners, knows how to achieve its goals',
    modality: 'OPINION',
    date: THURSDAY,
    placeId: 'brussels',
    evidence: [whole(17), ZELENSKY_TOLD_REPORTERS],
  }),
  // Rutte, Thursday, after meeting Zelensky at NATO headquarters.
  claim({
    id: 'claim-rutte-discussed-north-korea',
    speakerId: 'rutte',
    subjectIds: ['north-korea', 'ukraine'],
    paraphrase: 'Rutte said he discussed North Korea with Ukraine.',
    date: THURSDAY,
    placeId: 'brussels',
    evidence: [ev(4, 'Rutte told reporters that he discussed North Korea with Ukraine'), RUTTE_MEETING],
  }),
  claim({
    id: 'claim-rutte-nato-very-worried',
    speakerId: 'rutte',
    subjectIds: ['nato', 'north-korea'],
    paraphrase: 'Rutte said NATO was very worried about the situation involving North Korea.',
    quote: 'very worried',
    modality: 'OPINION',
    date: THURSDAY,
    placeId: 'brussels',
    evidence: [between(4, 'Rutte told reporters', 'about the situation'), RUTTE_MEETING],
  }),
  claim({
    id: 'claim-rutte-not-backed',
    speakerId: 'rutte',
    subjectIds: ['zelensky', 'north-korean-troops'],
    paraphrase: 'Rutte did not back Zelensky’s specific claims about North Korean troops.',
    standing: 'NOT_CONFIRMED',
    date: THURSDAY,
    placeId: 'brussels',
    respondsToId: TROOPS_CLAIM,
    evidence: [whole(4)],
  }),
  claim({
    id: 'claim-rutte-no-evidence',
    speakerId: 'rutte',
    subjectIds: ['north-korean-troops'],
    paraphrase: 'Rutte said NATO has no evidence that North Korean soldiers are involved in the fighting.',
    quote: 'We have no evidence that North Korean soldiers are involved in the fight',
    standing: 'NO_EVIDENCE',
    date: THURSDAY,
    placeId: 'brussels',
    respondsToId: TROOPS_CLAIM,
    evidence: [whole(5), RUTTE_TOLD_REPORTERS],
  }),
  claim({
    id: 'claim-rutte-north-korea-supporting-russia',
    speakerId: 'rutte',
    subjectIds: ['north-korea', 'russia'],
    paraphrase:
      'Rutte said North Korea is supporting Russia in many ways, through weapons supplies, technological supplies and innovation.',
    quote: 'But we do know that North Korea is supporting Russia in many ways, by weapons supplies, technological supplies, innovation.',
    date: THURSDAY,
    placeId: 'brussels',
    evidence: [whole(6), ev(5, 'he said'), RUTTE_TOLD_REPORTERS],
  }),
  claim({
    id: 'claim-rutte-highly-worrying',
    speakerId: 'rutte',
    subjectIds: ['north-korea', 'russia'],
    paraphrase: 'Rutte said North Korea’s support for Russia is highly worrying.',
    quote: 'It’s highly worrying.',
    modality: 'OPINION',
    date: THURSDAY,
    placeId: 'brussels',
    evidence: [whole(7), whole(6), ev(5, 'he said'), RUTTE_TOLD_REPORTERS],
  }),
  // The U.S. government.
  claim({
    id: 'claim-us-not-confirmed',
    speakerId: 'us-gov',
    subjectIds: ['north-korean-troops', 'ukraine'],
    paraphrase: 'The U.S. has not confirmed that North Korean soldiers are fighting in Ukraine.',
    standing: 'NOT_CONFIRMED',
    respondsToId: TROOPS_CLAIM,
    evidence: [ev(8, 'The U.S. has also not confirmed that North Korean soldiers are fighting in Ukraine')],
  }),
  claim({
    id: 'claim-us-looking-into',
    speakerId: 'us-gov',
    subjectIds: ['north-korean-troops'],
    paraphrase: 'The Biden administration said it is looking into the claims that North Korean soldiers are in Ukraine.',
    standing: 'UNDER_INVESTIGATION',
    respondsToId: TROOPS_CLAIM,
    evidence: [ev(8, 'the Biden administration has said it is looking into the claims')],
  }),
  // South Korea's spy agency, reported by Yonhap.
  claim({
    id: 'claim-nis-four-brigades',
    speakerId: 'nis',
    viaId: 'yonhap',
    subjectIds: ['north-korea', 'north-korean-troops', 'ukraine'],
    paraphrase: 'South Korea’s spy agency said North Korea is preparing to send four brigades, around 12,000 troops, to Ukraine.',
    modality: 'PLANNED',
    date: FRIDAY,
    evidence: [whole(9)],
  }),
  // The article's own voice: said in the article itself, so no date or place of utterance.
  claim({
    id: 'claim-article-meeting',
    speakerId: null,
    subjectIds: ['zelensky', 'rutte', 'nato-hq'],
    paraphrase: 'Zelensky met NATO Secretary-General Mark Rutte at NATO headquarters in Brussels on Thursday before speaking.',
    evidence: [whole(3)],
  }),
  claim({
    id: 'claim-article-shells-missiles',
    speakerId: null,
    subjectIds: ['north-korea', 'russia'],
    paraphrase:
      'North Korea has long supplied Russia with artillery shells and short-range ballistic missiles in return for access to critical technology and financial aid.',
    evidence: [whole(10)],
  }),
  claim({
    id: 'claim-article-cooperation-deepened',
    speakerId: null,
    subjectIds: ['north-korea', 'russia', 'putin'],
    paraphrase: 'Cooperation between North Korea and Russia deepened this year after Putin’s rare trip to North Korea in June.',
    evidence: [whole(11)],
  }),
  claim({
    id: 'claim-article-defence-treaty',
    speakerId: null,
    subjectIds: ['putin', 'kim', 'russia', 'north-korea'],
    paraphrase:
      'Putin and Kim Jong Un agreed to a mutual defence treaty under which Russia and North Korea will defend each other in the event of an armed attack.',
    evidence: [whole(12), whole(11)],
  }),
  claim({
    id: 'claim-article-first-public-claim',
    speakerId: null,
    subjectIds: ['zelensky', 'north-korea', 'north-korean-troops'],
    paraphrase: 'This week Zelensky claimed publicly for the first time that North Korea was sending troops to Ukraine.',
    evidence: [between(13, 'Zelensky', 'troops to Ukraine')],
  }),
  // The article only relays that such reports existed; it does not vouch for the deaths.
  claim({
    id: 'claim-article-reports-soldiers-died',
    speakerId: null,
    subjectIds: ['north-korean-troops'],
    paraphrase:
      'Before Zelensky’s first public claim, there had been reports that some North Korean soldiers had died in the fighting.',
    evidence: [ev(13, 'after reports that some of the country’s soldiers had died in the fighting'), whole(13)],
  }),
  claim({
    id: 'claim-article-front',
    speakerId: null,
    subjectIds: ['russian-forces', 'ukraine', 'donetsk'],
    paraphrase:
      'Russian forces are pressing Ukraine across the 600-mile front and making incremental progress in the eastern Donetsk region, at a high cost.',
    evidence: [whole(14)],
  }),
  claim({
    id: 'claim-article-victory-plan-unveiled',
    speakerId: null,
    subjectIds: ['zelensky', 'us-gov'],
    paraphrase: 'Zelensky unveiled a five-point victory plan this week, after first presenting it to the U.S. last month.',
    evidence: [between(15, 'Zelensky unveiled', 'last month')],
  }),
];

const quantity = (q: Omit<Quantity, 'articleId'>): Quantity => ({ articleId: ARTICLE, ...q });
const quantities: Quantity[] = [
  quantity({
    id: 'qty-10000-troops',
    claimId: TROOPS_CLAIM,
    value: 10000,
    valueMax: null,
    approximate: true,
    unit: 'troop',
    measure: 'PEOPLE',
    counts: 'North Korean troops being sent to Ukraine to fight alongside Russian forces',
    sourceId: 'zelensky',
    evidence: ev(0, 'around 10,000 troops'),
  }),
  quantity({
    id: 'qty-10000-soldiers',
    claimId: 'claim-zelensky-preparing-10000-soldiers',
    value: 10000,
    valueMax: null,
    approximate: false,
    unit: 'soldier',
    measure: 'PEOPLE',
    counts: 'North Korean soldiers North Korea is preparing to send',
    sourceId: 'zelensky',
    evidence: ev(1, '10,000 soldiers'),
  }),
  quantity({
    id: 'qty-four-brigades',
    claimId: 'claim-nis-four-brigades',
    value: 4,
    valueMax: null,
    approximate: false,
    unit: 'brigade',
    measure: 'MILITARY_UNITS',
    counts: 'North Korean brigades North Korea is preparing to send to Ukraine',
    sourceId: 'nis',
    evidence: ev(9, 'four brigades'),
  }),
  quantity({
    id: 'qty-12000-troops',
    claimId: 'claim-nis-four-brigades',
    value: 12000,
    valueMax: null,
    approximate: true,
    unit: 'troop',
    measure: 'PEOPLE',
    counts: 'North Korean troops in the four brigades North Korea is preparing to send to Ukraine',
    sourceId: 'nis',
    evidence: ev(9, 'around 12,000 troops'),
  }),
  quantity({
    id: 'qty-600-mile-front',
    claimId: 'claim-article-front',
    value: 600,
    valueMax: null,
    approximate: false,
    unit: 'mile',
    measure: 'LENGTH',
    counts: 'length of the front along which Russian forces are pressing Ukraine',
    sourceId: null,
    evidence: ev(14, '600-mile front'),
  }),
  quantity({
    id: 'qty-five-point-plan',
    claimId: 'claim-zelensky-victory-plan',
    value: 5,
    valueMax: null,
    approximate: false,
    unit: 'point',
    measure: 'COUNT',
    counts: 'points in Zelensky’s victory plan',
    sourceId: 'zelensky',
    evidence: ev(15, 'five-point victory plan'),
  }),
];

const relation = (
  id: string,
  kind: Relation['kind'],
  subjectId: string,
  objectId: string,
  description: string,
  evidence: Evidence,
  date: DateRef | null = null,
): Relation => ({ id, articleId: ARTICLE, kind, subjectId, objectId, description, date, evidence });

const relations: Relation[] = [
  relation('rel-north-korea-supplies-russia', 'SUPPLY', 'north-korea', 'russia',
    'North Korea supplies Russia with artillery shells and short-range ballistic missiles.',
    ev(10, 'North Korea has long supplied Russia with artillery shells and short-range ballistic missiles'), unresolved('long')),
  relation('rel-russia-supplies-north-korea', 'SUPPLY', 'russia', 'north-korea',
    'In return, Russia gives North Korea access to critical technology and financial aid.',
    ev(10, 'in return for access to critical technology and financial aid'), unresolved('long')),
  relation('rel-russia-north-korea-treaty', 'AGREEMENT', 'russia', 'north-korea',
    'Russia and North Korea agreed to a mutual defence treaty that includes defending each other in the event of an armed attack.',
    whole(12), IN_JUNE),
  relation('rel-putin-visits-north-korea', 'OTHER', 'putin', 'north-korea',
    'Putin traveled to North Korea in a rare trip.',
    ev(11, 'Russian President Vladimir Putin traveled to North Korea in a rare trip in June'), IN_JUNE),
  relation('rel-north-korea-supports-russia', 'SUPPORT', 'north-korea', 'russia',
    'North Korea supports Russia with weapons supplies, technological supplies and innovation, according to Rutte.',
    ev(6, 'North Korea is supporting Russia in many ways, by weapons supplies, technological supplies, innovation'), THURSDAY),
  relation('rel-russia-conflict-ukraine', 'CONFLICT', 'russia', 'ukraine',
    'Russian forces are fighting Ukraine along a 600-mile front, including in the eastern Donetsk region.',
    whole(14)),
  relation('rel-zelensky-meets-rutte', 'MEETING', 'zelensky', 'rutte',
    'Zelensky met NATO Secretary-General Mark Rutte at NATO headquarters in Brussels.',
    RUTTE_MEETING, THURSDAY),
  relation('rel-zelensky-leads-ukraine', 'LEADERSHIP', 'zelensky', 'ukraine',
    'Volodymyr Zelensky is the President of Ukraine.', ev(0, 'Ukrainian President Volodymyr Zelensky')),
  relation('rel-rutte-leads-nato', 'LEADERSHIP', 'rutte', 'nato',
    'Mark Rutte is NATO’s Secretary-General.', ev(3, 'NATO Secretary-General Mark Rutte')),
  relation('rel-putin-leads-russia', 'LEADERSHIP', 'putin', 'russia',
    'Vladimir Putin is the President of Russia.', ev(11, 'Russian President Vladimir Putin')),
  relation('rel-kim-leads-north-korea', 'LEADERSHIP', 'kim', 'north-korea',
    'Kim Jong Un is North Korea’s leader.', ev(12, 'North Korean leader Kim Jong Un')),
  relation('rel-nis-part-of-south-korea', 'PART_OF', 'nis', 'south-korea',
    'The National Intelligence Service is South Korea’s spy agency.', ev(9, 'South Korea’s spy agency')),
  relation('rel-brussels-part-of-belgium', 'PART_OF', 'brussels', 'belgium',
    'Brussels is in Belgium.', ev(1, 'Brussels, Belgium')),
  relation('rel-nato-hq-part-of-brussels', 'PART_OF', 'nato-hq', 'brussels',
    'NATO’s headquarters are in Brussels.', ev(3, 'the western security alliance’s headquarters in Brussels')),
  relation('rel-donetsk-part-of-ukraine', 'PART_OF', 'donetsk', 'ukraine',
    'The Donetsk region is in eastern Ukraine.', between(14, 'pressing Ukraine', 'Donetsk region')),
];

const entry = (
  id: string,
  sequence: number,
  label: string,
  date: DateRef,
  actorIds: string[],
  evidence: Evidence,
): TimelineEntry => ({ id, articleId: ARTICLE, label, date, sequence, actorIds, evidence });

// Sequence is a total preorder, so "the text cannot order these" must be expressed by sharing a
// number. The death reports are only known to come before this week; they share a step with last
// month's presentation of the plan, which is also before this week and not ordered against them.
const timeline: TimelineEntry[] = [
  entry('tl-north-korea-supplies-russia', 1, 'North Korea supplies Russia with artillery shells and missiles',
    unresolved('long'), ['north-korea', 'russia'], ev(10, 'North Korea has long supplied Russia')),
  entry('tl-putin-trip', 2, 'Putin makes a rare trip to North Korea', IN_JUNE, ['putin', 'north-korea'],
    ev(11, 'Russian President Vladimir Putin traveled to North Korea in a rare trip in June')),
  entry('tl-defence-treaty', 2, 'Putin and Kim Jong Un agree to a mutual defence treaty', IN_JUNE,
    ['putin', 'kim', 'russia', 'north-korea'], ev(12, 'Putin and North Korean leader Kim Jong Un agreed to a mutual defense treaty')),
  entry('tl-victory-plan-presented', 3, 'Zelensky first presents his victory plan to the U.S.', LAST_MONTH,
    ['zelensky', 'us-gov'], ev(15, 'a strategy he first presented to the U.S. last month')),
  entry('tl-reports-soldiers-died', 3, 'Reports say some North Korean soldiers have died in the fighting',
    unresolved('before this week'), ['north-korean-troops'],
    ev(13, 'reports that some of the country’s soldiers had died in the fighting')),
  entry('tl-first-public-claim', 4, 'Zelensky publicly claims for the first time that North Korea is sending troops', THIS_WEEK,
    ['zelensky', 'north-korea'], between(13, 'Zelensky publicly claimed', 'troops to Ukraine')),
  entry('tl-victory-plan-unveiled', 4, 'Zelensky unveils his five-point victory plan', THIS_WEEK, ['zelensky'],
    ev(15, 'Zelensky unveiled a five-point victory plan this week')),
  // "Zelensky spoke after meeting": the meeting comes before the press conference.
  entry('tl-zelensky-rutte-meeting', 5, 'Zelensky meets NATO Secretary-General Mark Rutte in Brussels', THURSDAY,
    ['zelensky', 'rutte'], RUTTE_MEETING),
  entry('tl-press-conference', 6, 'Zelensky says at a press conference that North Korea is sending troops', THURSDAY,
    ['zelensky', 'rutte'], ev(0, 'Ukrainian President Volodymyr Zelensky said on Thursday')),
  entry('tl-nis-statement', 7, 'South Korea’s spy agency says North Korea is preparing to send four brigades', FRIDAY,
    ['nis', 'yonhap'], between(9, 'South Korea’s spy agency said Friday', 'according to Yonhap News Agency')),
];

const facts: EventFacts = {
  event: {
    id: 'event',
    title: 'Zelensky says North Korea is sending troops to fight for Russia',
    summary:
      'At a press conference in Brussels after meeting NATO Secretary-General Mark Rutte, Ukrainian President Volodymyr Zelensky said North Korea is sending around 10,000 troops to fight alongside Russian forces. ' +
      'Rutte said NATO had no evidence North Korean soldiers were involved in the fighting, and the U.S. had not confirmed it and was looking into the claims. ' +
      'A day later, South Korea’s spy agency said North Korea is preparing to send four brigades, around 12,000 troops, to Ukraine.',
    date: THURSDAY,
    placeId: 'brussels',
  },
  articles: [{ id: ARTICLE, title: null, outlet: null, url: null, publishedAt: null, body, sentences }],
  entities,
  mentions,
  claims,
  quantities,
  relations,
  timeline,
};

const problems = validateFacts(facts);
if (problems.length > 0) throw new Error(`seed is invalid:\n${problems.join('\n')}`);

// The body lives in article.txt only; the loader puts it back.
const seed = {
  ...facts,
  articles: facts.articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, url: a.url, publishedAt: a.publishedAt, sentences: a.sentences })),
};
writeFileSync(path.join(seedsDir, 'seed.json'), `${JSON.stringify(seed, null, 2)}\n`);
console.log(
  `wrote seed.json: ${sentences.length} sentences, ${entities.length} entities, ${mentions.length} mentions, ` +
    `${claims.length} claims, ${quantities.length} quantities, ${relations.length} relations, ${timeline.length} timeline entries`,
);
