// Named entities: proper-noun phrases found with the curated lexicons, titles and roles, and the shape
// of the name itself ("... Agency" is an agency, "in Donetsk" is a place, "Mark Rutte" a person).
//
// Coreference (surnames, "he", "the alliance") is a second pass over what this one finds: see
// coreference.ts.

import type { EntityKind, Sentence } from '../domain/facts';
import type { Dateline } from './dateline';
import type { EntityDraft, EntityTable } from './entityTable';
import { addMention, emptyTable, upsertEntity } from './entityTable';
import { mergeInto } from './entityNames';
import type { LexiconHit } from './lexicon';
import { BODY_NOUNS, HONORIFICS, LEADER_TITLES, LONGEST_SURFACE_WORDS, NAME_FIRST_WORDS, NAME_HEADS, TITLES, lookupName } from './lexicon';
import { isKnownPlace } from './lexicon/gazetteer';
import { isPeopleNoun } from './lexicon/peoples';
import { PERSON_ROLES } from './lexicon/personRoles';
import { isGivenName } from './lexicon/givenNames';
import { SPEECH_VERB_SET } from './lexicon/speech';
import type { Token } from './tokens';
import type { Word } from './words';
import { sentenceWords } from './words';

const TITLE_SET = new Set(TITLES);
const LONGEST_TITLE_WORDS = Math.max(...TITLES.map((t) => t.split(' ').length));
/** Capitalised abbreviations that name no organisation: time zones, units, conditions, titles, formats. */
const NOT_BODY_ABBREVIATIONS = new Set([
  'GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'BST', 'AM', 'PM', 'USD', 'EUR', 'GBP', 'GDP', 'GNP', 'CPI',
  'IQ', 'DNA', 'RNA', 'HIV', 'AIDS', 'SARS', 'TB', 'PC', 'PCS', 'TV', 'DVD', 'CD', 'CDS', 'FM', 'AM', 'HTML', 'HTTP',
  'URL', 'PDF', 'SMS', 'GPS', 'ID', 'OK', 'QC', 'KC', 'MP', 'MPS', 'MEP', 'CEO', 'CFO', 'COO', 'PHD', 'MBA', 'BS',
  'MW', 'KW', 'KM', 'KG', 'MPH', 'SUV', 'UFO', 'VIP', 'DIY', 'FAQ', 'ASAP', 'LOL',
]);

/** A family name joined to its particle: "al-Turabi", "bin-Laden", "van-Dijk", "d'Estaing". */
const PARTICLE_NAME = /^(?:al|el|ad|ash|as|at|az|ibn|bin|bint|abu|ben|da|de|di|du|van|von|der|den|le|la|d)[-'’]\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** Lowercase words inside a body's name, never inside a person's. */
const BODY_CONNECTORS = new Set(['of', 'for']);
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'da', 'van', 'von', 'der', 'al', 'bin', 'du', 'la', 'le']);
/** Capitalised words that are never part of a name by themselves. */
const NOT_NAMES = new Set([
  'I', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.',
  'Feb.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.', 'The', 'A', 'An', 'OK', 'TV', 'AM', 'PM', 'CEO',
  // Common nouns that open sentences as speakers ("Police said ..."): groups, not names.
  // "Shares of Nordlicht rose": the stock, not part of a name.
  'Shares', 'Stock',
  'Police', 'Officials', 'Authorities', 'Scientists', 'Researchers', 'Analysts', 'Experts', 'Residents', 'Witnesses', 'Meteorologists', 'Economists', 'Doctors', 'Investigators', 'Prosecutors',
  'Firefighters', 'Paramedics', 'Traders', 'Activists', 'Critics', 'Protesters', 'Survivors', 'Villagers', 'Neighbours',
  'Neighbors', 'Parents', 'Teachers', 'Shareholders', 'Investors', 'Executives', 'Lawmakers', 'Engineers', 'Employees',
  'Workers', 'Nurses', 'Rescuers', 'Sources', 'Observers', 'Forecasters',
]);
const PLACE_PREPOSITIONS = new Set([
  'in', 'at', 'from', 'near', 'outside', 'across', 'inside', 'around', 'into', 'toward', 'towards', 'through',
  'throughout', 'visited', 'visiting',
]);
const PREPOSITIONS = new Set([...PLACE_PREPOSITIONS, 'to', 'with', 'of', 'for', 'on', 'by', 'against', 'about', 'over']);
/** Lowercase words after a name that make it a place: "the Donetsk region". */
const GEO_NOUNS = new Set([
  'region', 'province', 'state', 'county', 'city', 'town', 'village', 'district', 'oblast', 'river', 'valley',
  'mountains', 'island', 'islands', 'coast', 'peninsula', 'area', 'prefecture', 'suburb', 'neighbourhood',
  'neighborhood', 'governorate',
]);
/** Last words of a capitalised phrase that name a place. */
const GEO_HEADS = new Set([
  'Street', 'Avenue', 'Road', 'Square', 'Bridge', 'Park', 'Stadium', 'Arena', 'Airport', 'Station', 'Mountain',
  'Mountains', 'River', 'Lake', 'Sea', 'Ocean', 'Bay', 'Island', 'Islands', 'Valley', 'Desert', 'Coast', 'Strait',
  'Gulf', 'Peninsula', 'County', 'Province', 'Region', 'Beach', 'Hills', 'Canyon', 'Harbour', 'Harbor', 'Port',
  'Reef', 'Glacier', 'Falls', 'Forest', 'Canal', 'Dam', 'Base', 'Hall', 'Tower', 'Towers',
]);
/** Capitalised phrases that are events, prizes, laws, storms: not entities we type. */
const SKIP_HEADS = new Set([
  'Prize', 'Award', 'Awards', 'Cup', 'Games', 'Olympics', 'Championship', 'Championships', 'Open', 'War', 'Act',
  'Bill', 'Plan', 'Day', 'Summit', 'Conference', 'Festival', 'Index', 'Treaty', 'Agreement', 'Accord', 'Telescope',
  'Mission', 'Probe', 'Rover', 'Satellite', 'Spacecraft', 'Vaccine', 'Virus',
]);
/**
 * Plural nouns that, after a nationality or a bloc ("Russian forces", "Western allies"), name a group
 * the article can say things about. Nouns of one class are the same group: "North Korean troops" and
 * "North Korean soldiers" are one set of people.
 */
const GROUP_NOUN_CLASS = new Map<string, string>([
  ['forces', 'military'], ['troops', 'military'], ['soldiers', 'military'], ['fighters', 'military'],
  ['officials', 'officials'], ['diplomats', 'diplomats'], ['authorities', 'authorities'], ['allies', 'allies'],
  ['lawmakers', 'lawmakers'], ['leaders', 'leaders'], ['voters', 'voters'], ['investigators', 'investigators'],
  ['prosecutors', 'prosecutors'], ['negotiators', 'negotiators'], ['regulators', 'regulators'], ['farmers', 'farmers'],
  ['workers', 'workers'], ['students', 'students'], ['doctors', 'doctors'], ['scientists', 'scientists'],
  ['nationals', 'nationals'], ['citizens', 'citizens'], ['refugees', 'refugees'], ['police', 'police'],
]);
/** Adjectives for blocs of countries, which no single country's lexicon entry covers. */
const BLOC_ADJECTIVES = new Set(['western', 'european', 'arab', 'african', 'asian', 'nordic', 'baltic', 'gulf', 'latin american', 'allied']);
/** After an organisation, the place that is its seat: "NATO headquarters", "the company's offices". */
const SEAT_NOUNS = new Set(['headquarters', 'offices', 'compound', 'embassy', 'consulate']);

/** After a company's possessive name: "Nordlicht's chief executive", "Nordlicht's shares". */
const CORPORATE_POSSESSIONS = new Set([
  'shares', 'stock', 'revenue', 'revenues', 'profit', 'profits', 'sales', 'earnings', 'board', 'shareholders',
  'chairman', 'chairwoman', 'subsidiary', 'customers', 'ceo', 'market',
]);
const CHIEF_TITLES = new Set(['executive', 'financial', 'operating', 'technology']);
/** Before "of"/"in" and a company's name: "shares of Nordlicht", "a stake in Kestrel". */
const HOLDINGS_NOUNS = new Set(['shares', 'stock', 'stake', 'shareholders', 'investors', 'acquisition', 'takeover']);
/** After "reported"/"posted": what a company reports ("Nordlicht reported revenue of ..."). */
const FINANCIAL_NOUNS = new Set(['revenue', 'revenues', 'profit', 'profits', 'sales', 'earnings', 'net', 'quarterly', 'annual', 'operating', 'record', 'loss', 'losses']);

const SKIP_FIRST_WORDS = new Set(['Hurricane', 'Storm', 'Typhoon', 'Cyclone', 'Tropical', 'Operation']);

/** A capitalised single word we could not type alone; resolved once every full name is known. */
interface PendingWord {
  readonly word: Word;
  readonly sentenceIndex: number;
  readonly afterPreposition: string | null;
  readonly beforeSpeechVerb: boolean;
  /** "Maersk said it ...": a body speaking of itself as "it". */
  readonly speaksAsIt: boolean;
  /** Used as only a company is: "shares of Nordlicht". */
  readonly corporate: boolean;
  /** "the city of X", "south of X": words that make what follows "of" a place. */
  readonly placeOf: boolean;
  /** "Homs and X", "Dell, Sony, X": where the name before "and"/"or"/a comma ends, to give X its kind. */
  readonly coordinatedAfter: number | null;
}

const PLACE_OF = /(?:^|\s)(?:city|town|village|province|region|state|county|district|capital|port|outskirts|suburbs?|islands?|(?:north|south|east|west)(?:east|west)?|outside)$/;

export function findNamedEntities(sentences: readonly Sentence[], tokens: readonly Token[], dateline: Dateline | null = null): EntityTable {
  const table = emptyTable();
  const pending: PendingWord[] = [];
  const groupsByClass = new Map<string, EntityDraft>();
  if (dateline) addDateline(table, dateline);
  for (const sentence of sentences) {
    let words = sentenceWords(sentence, tokens);
    if (dateline && sentence.index === 0) {
      // The dateline's capitals ("GENEVA") are not names to type by shape; the first word after it
      // opens the sentence, so it is capitalised for grammar ("Officials said ...").
      words = words.filter((w) => w.start >= dateline.end).map((w, k) => (k === 0 ? { ...w, clauseInitial: true, gapBefore: '' } : w));
    }
    scanSentence(table, sentence, words, pending, groupsByClass);
  }
  resolvePending(table, pending);
  mergeShortNames(table);
  return table;
}

/**
 * "De Vries" is Pieter de Vries; "Harbour City" is Harbour City FC. A name that is the end of a
 * person's full name, or the start of an organisation's, is the same entity.
 */
function mergeShortNames(table: EntityTable): void {
  const all = [...table.entities.values()];
  // Every way a name can be a short form of a longer one, looked up by that short form: comparing all
  // pairs of names is quadratic in the number of entities.
  const personsEndingWith = new Map<string, number[]>();
  const bodiesStartingWith = new Map<string, number[]>();
  const note = (map: Map<string, number[]>, key: string, k: number): void => {
    const list = map.get(key) ?? [];
    if (list.length === 0) map.set(key, list);
    list.push(k);
  };
  all.forEach((full, k) => {
    const fullLower = full.name.toLowerCase();
    for (let i = fullLower.indexOf(' '); i >= 0; i = fullLower.indexOf(' ', i + 1)) {
      if (full.kind === 'PERSON') note(personsEndingWith, fullLower.slice(i + 1), k);
      else note(bodiesStartingWith, fullLower.slice(0, i), k);
    }
  });
  const merged = new Map<string, string>();
  for (const short of all) {
    // A company typed from its context ("Nordlicht's chief executive") is the one named in full
    // ("Nordlicht Systems"); curated names ("FIFA") are whole names already.
    const shortCompany = short.kind === 'ORGANIZATION' && !short.name.includes(' ') && lookupName(short.name) === undefined;
    if (short.kind !== 'PERSON' && !shortCompany) continue;
    const lower = short.name.toLowerCase();
    const bodies = (bodiesStartingWith.get(lower) ?? []).filter((k) => !shortCompany || all[k]?.kind === 'ORGANIZATION');
    const candidates = [...(shortCompany ? [] : (personsEndingWith.get(lower) ?? [])), ...(short.description === null ? bodies : [])];
    // The first in table order, as a scan of every entity would find.
    const first = candidates.reduce((best, k) => (all[k] !== short && k < best ? k : best), all.length);
    const target = all[first];
    // A target merged away already stands for the entity it went into. Each step goes to a strictly
    // longer name, so a chain of merges cannot loop.
    const kept = target && table.entities.get(merged.get(target.id) ?? target.id);
    if (kept && kept !== short) mergeInto(table, short, kept, merged);
  }
}

function scanSentence(
  table: EntityTable,
  sentence: Sentence,
  words: readonly Word[],
  pending: PendingWord[],
  groupsByClass: Map<string, EntityDraft>,
): void {
  const s = sentence.index;
  const joinedBySpace = (i: number): boolean => i < words.length && /^ +$/.test(words[i]?.gapBefore ?? '');
  const prepositionBefore = (i: number): string | null => {
    const previous = words[i - 1];
    return previous && PREPOSITIONS.has(previous.lower) ? previous.lower : null;
  };

  // Longest lexicon match starting at i, only across words separated by single spaces.
  const lexiconAt = (i: number): { hit: LexiconHit; length: number } | null => {
    let surface = '';
    let best: { hit: LexiconHit; length: number } | null = null;
    for (let k = 0; k < LONGEST_SURFACE_WORDS && i + k < words.length; k += 1) {
      const word = words[i + k];
      if (!word || (k > 0 && !joinedBySpace(i + k))) break;
      surface = k === 0 ? word.text : `${surface} ${word.text}`;
      const hit = lookupName(surface);
      if (hit) best = { hit, length: k + 1 };
      if (word.possessive) break;
    }
    // "The" at the start of a sentence is grammar; "Guardian" alone still matches below.
    return best;
  };
  const titleAt = (i: number): number => {
    let phrase = '';
    let best = 0;
    for (let k = 0; k < LONGEST_TITLE_WORDS && i + k < words.length; k += 1) {
      const word = words[i + k];
      if (!word || (k > 0 && !joinedBySpace(i + k))) break;
      phrase = k === 0 ? word.lower : `${phrase} ${word.lower}`;
      if (TITLE_SET.has(phrase)) best = k + 1;
    }
    return best;
  };
  const isNameWord = (i: number): boolean => {
    const word = words[i];
    if (!word || !word.capitalised || NOT_NAMES.has(word.text)) return false;
    if (!/^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(word.text) && !/^[\p{Lu}\d&.-]+$/u.test(word.text)) return false;
    // "De Vries said ...": a name particle opening a sentence is still part of the name.
    const particle = CONNECTORS.has(word.lower) && (words[i + 1]?.capitalised ?? false);
    if (word.clauseInitial && word.pos !== 'PROPN' && !particle) return false;
    return lexiconAt(i) === null && titleAt(i) === 0;
  };
  // A run of capitalised words (with "of", "de", ... inside), ending at a possessive.
  const nameRunAt = (i: number): number => {
    if (!isNameWord(i)) return 0;
    let length = 1;
    while (!words[i + length - 1]?.possessive && joinedBySpace(i + length)) {
      const next = words[i + length];
      if (next && (isNameWord(i + length) || PARTICLE_NAME.test(next.text))) {
        length += 1;
      } else if (next?.lower === 'and' && joinedBySpace(i + length + 1) && !NAME_HEADS.has(words[i + length - 1]?.text ?? '')) {
        // "National Air and Space Museum", "Department of Health and Human Services": "and" inside a
        // name whose head word comes after it; "Smith and Jones" stays two names.
        const tail = nameRunAt(i + length + 1);
        const head = words[i + length + tail]?.text ?? '';
        // "Ministry of Trade and Industry": a body's "X of Y" name goes on after "and" too.
        const bodyOf = NAME_FIRST_WORDS.has(words[i]?.text ?? '') && words.slice(i, i + length).some((w) => BODY_CONNECTORS.has(w.text));
        if (tail > 0 && (bodyOf || NAME_HEADS.has(head) || SKIP_HEADS.has(head) || GEO_HEADS.has(head))) length += 1 + tail;
        break;
      } else if (next && CONNECTORS.has(next.lower) && joinedBySpace(i + length + 1) && words[i + length + 1]?.capitalised) {
        length += 2;
      } else break;
    }
    // A connector must not end the run.
    return length;
  };
  const textOf = (from: number, to: number): string => {
    const first = words[from];
    const last = words[to - 1];
    return first && last ? sentence.text.slice(first.start - sentence.start, last.end - sentence.start) : '';
  };
  const mention = (entity: EntityDraft, from: number, to: number, how: 'NAME' | 'DEMONYM', surface: string | null): void => {
    const first = words[from];
    const last = words[to - 1];
    if (!first || !last) return;
    addMention(
      table,
      { entityId: entity.id, sentenceIndex: s, start: first.start, end: last.end, how, afterPreposition: prepositionBefore(from) !== null },
      surface,
    );
  };
  const lexiconEntity = (hit: LexiconHit): EntityDraft =>
    hit.role === 'CAPITAL' && hit.country
      ? upsertEntity(table, hit.country, 'COUNTRY', ['country', 'nation'])
      : upsertEntity(table, hit.name, hit.kind, hit.nouns);

  // A person after an optional owner and a title: "Ukrainian President Volodymyr Zelensky".
  const personAfterTitle = (titleStart: number, owner: EntityDraft | null, ownerFrom: number = titleStart): number => {
    const titleLength = titleAt(titleStart);
    if (titleLength === 0) return 0;
    const runLength = nameRunAt(titleStart + titleLength);
    if (runLength === 0 || !joinedBySpace(titleStart + titleLength)) return 0;
    const nameFrom = titleStart + titleLength;
    const name = textOf(nameFrom, nameFrom + runLength);
    const title = textOf(titleStart, titleStart + titleLength);
    const person = upsertEntity(table, name, 'PERSON');
    if (!HONORIFICS.has(title.toLowerCase())) {
      if (person.description === null) person.description = owner ? `${titleCase(title)} of ${owner.name}` : titleCase(title);
      // "Health Minister Anna Berg" ... "the minister said": the title's head refers back to her.
      person.nouns.add(title.toLowerCase().split(' ').pop() ?? title.toLowerCase());
    }
    // The mention covers the whole phrase ("Ukrainian President Volodymyr Zelensky"): a clause that
    // ends before the speaker must end before the title too.
    mention(person, ownerFrom, nameFrom + runLength, 'NAME', null);
    person.aliases.delete(name);
    if (owner && LEADER_TITLES.has(title.toLowerCase())) {
      const first = words[titleStart];
      const last = words[nameFrom + runLength - 1];
      if (first && last) {
        table.leaderships.push({ personId: person.id, ofId: owner.id, title: titleCase(title), sentenceIndex: s, start: first.start, end: last.end });
      }
    }
    return titleLength + runLength;
  };
  // A body described through its country: "South Korea's spy agency", "the Japanese government".
  const bodyAfterOwner = (nounStart: number, owner: EntityDraft, ownerFrom: number): number => {
    for (const length of [2, 1]) {
      const nounWords = words.slice(nounStart, nounStart + length);
      if (nounWords.length < length || nounWords.some((w) => w.capitalised)) continue;
      if (!nounWords.every((_, k) => joinedBySpace(nounStart + k))) continue;
      const noun = nounWords.map((w) => w.lower).join(' ');
      const kind = BODY_NOUNS.get(noun);
      if (!kind) continue;
      const body = upsertEntity(table, `${owner.name}'s ${noun}`, kind, [noun, noun.split(' ').pop() ?? noun]);
      if (body.description === null) body.description = `${titleCase(noun)} of ${owner.name}`;
      mention(body, ownerFrom, nounStart + length, 'NAME', textOf(ownerFrom, nounStart + length));
      return length;
    }
    return 0;
  };

  // "Russian forces", "North Korean soldiers": a group named by its nationality (or bloc) and noun.
  const groupAfter = (nounAt: number, adjective: string, from: number): number => {
    const noun = words[nounAt];
    if (!noun || !joinedBySpace(nounAt) || noun.capitalised) return 0;
    const nounClass = GROUP_NOUN_CLASS.get(noun.lower);
    if (!nounClass) return 0;
    const key = `${adjective}|${nounClass}`;
    const existing = groupsByClass.get(key);
    const group = existing ?? upsertEntity(table, `${adjective} ${noun.lower}`, 'GROUP', [noun.lower]);
    groupsByClass.set(key, group);
    group.nouns.add(noun.lower);
    mention(group, from, nounAt + 1, 'NAME', `${adjective} ${noun.lower}`);
    return 1;
  };
  // "NATO headquarters", "the alliance's headquarters": the organisation's seat is a place.
  const seatAfter = (nounAt: number, owner: EntityDraft, from: number): number => {
    const noun = words[nounAt];
    const ownerWord = words[nounAt - 1];
    if (!noun || !ownerWord || noun.capitalised || !SEAT_NOUNS.has(noun.lower)) return 0;
    if (!joinedBySpace(nounAt) && !ownerWord.possessive) return 0;
    const seat = upsertEntity(table, `${owner.name} ${noun.lower}`, 'PLACE', [noun.lower]);
    seat.description ??= `${titleCase(noun.lower)} of ${owner.name}`;
    mention(seat, from, nounAt + 1, 'NAME', textOf(from, nounAt + 1));
    return 1;
  };

  const regionAround = (at: number): number => {
    const first = words[at];
    if (!first?.capitalised || lexiconAt(at)) return 0;
    for (let k = 3; k >= 2; k -= 1) {
      if (at + k > words.length) continue;
      let joined = true;
      for (let j = at + 1; j < at + k; j += 1) joined &&= joinedBySpace(j) && (words[j]?.capitalised ?? false) && !words[j - 1]?.possessive;
      if (!joined) continue;
      const name = textOf(at, at + k);
      const inner = lexiconAt(at + k - 1) ?? lexiconAt(at + 1);
      const continues = joinedBySpace(at + k) && (words[at + k]?.capitalised ?? false);
      const bodyAfter = continues && bodyHead(words.slice(at + k, at + k + nameRunAt(at + k))) !== null;
      if (inner && inner.hit.kind === 'COUNTRY' && isKnownPlace(name) && (!continues || bodyAfter)) return k;
    }
    return 0;
  };

  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (!word) break;
    const bloc = BLOC_ADJECTIVES.has(word.lower) ? groupAfter(i + 1, titleCase(word.lower), i) : 0;
    if (bloc > 0) {
      i += 1 + bloc;
      continue;
    }
    // "New Mexico", "South Australia", "Western Australia": a region whose name ends with a
    // country's is the region, when the gazetteer knows it and no longer name goes on after it.
    const region = regionAround(i);
    if (region > 0) {
      // "New Mexico State University": a body named after the region.
      const tail = nameRunAt(i + region);
      const body = tail > 0 && joinedBySpace(i + region) ? bodyHead(words.slice(i + region, i + region + tail)) : null;
      const end = body ? i + region + tail : i + region;
      const name = textOf(i, end);
      mention(upsertEntity(table, name, body?.kind ?? 'PLACE', body?.nouns ?? ['state', 'region', 'area']), i, end, 'NAME', name);
      i = end;
      continue;
    }
    const lexicon = lexiconAt(i);
    if (lexicon) {
      const { hit, length } = lexicon;
      const after = i + length;
      const ownerWord = words[after - 1];
      // "the Japan Meteorological Agency", "U.S. Geological Survey", "Saudi Interior Ministry": a
      // country opening a body's name is part of that name.
      const bodyRun = hit.kind === 'COUNTRY' && !ownerWord?.possessive && joinedBySpace(after) ? nameRunAt(after) : 0;
      const bodyKind = bodyRun > 0 ? bodyHead(words.slice(after, after + bodyRun)) : null;
      if (bodyKind) {
        const name = textOf(i, after + bodyRun);
        mention(upsertEntity(table, name, bodyKind.kind, bodyKind.nouns), i, after + bodyRun, 'NAME', name);
        i = after + bodyRun;
        continue;
      }
      // "Reuters Health reported": an outlet's desk is the outlet, not a person named "Health".
      const desk = words[after];
      if (hit.kind === 'OUTLET' && !ownerWord?.possessive && desk && joinedBySpace(after) && nameRunAt(after) === 1 && !isGivenName(desk.text)) {
        const name = textOf(i, after + 1);
        mention(upsertEntity(table, name, 'OUTLET', hit.nouns), i, after + 1, 'NAME', name);
        i = after + 1;
        continue;
      }
      // A capital is the city after "in", "from" ...; and before a body of its own ("the Lima
      // police", "Moscow's mayor"), whose owner is the city, not the country.
      const cityBody = hit.role === 'CAPITAL' && startsBodyNoun(words, after, joinedBySpace(after) || (ownerWord?.possessive ?? false));
      // Only a capital acting as the subject of a clause stands for its government ("Kyiv would
      // share", "Moscow said", "Beijing's position"); named anywhere else it is the city.
      const acts = (ownerWord?.possessive ?? false) || ACTING_AFTER_CAPITAL.test(words[after]?.lower ?? '') || SPEECH_VERB_SET.has(words[after]?.lower ?? '');
      const isPlace = hit.role === 'CAPITAL' && (cityBody || PLACE_PREPOSITIONS.has(words[i - 1]?.lower ?? '') || !acts);
      const entity = isPlace ? upsertEntity(table, hit.name, 'PLACE', hit.nouns) : lexiconEntity(hit);
      if (entity.kind === 'PLACE' && hit.country) entity.description ??= `City in ${hit.country}`;
      mention(entity, i, after, hit.role === 'DEMONYM' ? 'DEMONYM' : 'NAME', textOf(i, after));
      const canOwn = cityBody || (!isPlace && (hit.role === 'DEMONYM' || entity.kind !== 'PLACE'));
      if (hit.role === 'DEMONYM' && !ownerWord?.possessive) {
        const grouped = groupAfter(after, textOf(i, after), i);
        if (grouped > 0) {
          i = after + grouped;
          continue;
        }
      }
      if (canOwn && ownerWord && (joinedBySpace(after) || ownerWord.possessive)) {
        const consumed =
          personAfterTitle(after, entity, i) || bodyAfterOwner(after, entity, i) || (entity.kind !== 'COUNTRY' && hit.role !== 'DEMONYM' ? seatAfter(after, entity, i) : 0);
        i = after + consumed;
        continue;
      }
      i = after;
      continue;
    }
    const titled = personAfterTitle(i, null);
    if (titled > 0) {
      i += titled;
      continue;
    }
    let runLength = nameRunAt(i);
    // "Council on American-Islamic Relations Alia Salem", "Air Force Secretary James Roche": a given
    // name and surname closing a longer run that does not open with a given name are a person's.
    const closing = words[i + runLength - 2];
    // Not when the last word heads a body's or a place's name: "Salt Lake City", "Southern Poverty Law Center".
    const closingHead = words[i + runLength - 1]?.text ?? '';
    const headed = NAME_HEADS.has(closingHead) || GEO_HEADS.has(closingHead) || SKIP_HEADS.has(closingHead) || isKnownPlace(textOf(i, i + runLength));
    if (runLength >= 3 && closing && !headed && isGivenName(closing.text) && !isGivenName(word.text) && /^\p{Lu}\p{Ll}/u.test(closingHead)) {
      runLength -= 2;
    }
    if (runLength === 0) {
      i += 1;
      continue;
    }
    let from = i;
    const to = i + runLength;
    if (words[from]?.text === 'The' && to - from > 1) from += 1;
    const run = words.slice(from, to);
    const name = textOf(from, to);
    const next = words[to];
    const nextJoined = joinedBySpace(to);
    // "the Biden administration": a government named for its leader.
    if (next && nextJoined && !words[to - 1]?.possessive && (next.lower === 'administration' || next.lower === 'government')) {
      const government = upsertEntity(table, `${name} ${next.lower}`, 'GOVERNMENT', [next.lower, 'government']);
      mention(government, from, to + 1, 'NAME', textOf(from, to + 1));
      i = to + 1;
      continue;
    }
    // "Matthew Ingram of The Globe and Mail", "Justin Hawkins of The Darkness": a person's name
    // (a given name and one or two more words) and the body they belong to are two names.
    const ofAt = run.findIndex((w, k) => k >= 2 && k <= 3 && (w.text === 'of' || w.text === 'for'));
    if (ofAt > 0 && run[0] && isGivenName(run[0].text) && run.slice(1, ofAt).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !NAME_HEADS.has(w.text))) {
      const name = textOf(from, from + ofAt);
      mention(upsertEntity(table, name, 'PERSON'), from, from + ofAt, 'NAME', name);
      i = from + ofAt + 1;
      continue;
    }
    const typed = typeOfRun(run, words[i - 1]?.lower ?? null, next && nextJoined ? next : null, words, from, to);
    if (typed === 'SKIP') {
      i = to;
      continue;
    }
    if (typed === null) {
      if (run.length === 1 && word) {
        pending.push({
          word: run[0] ?? word,
          sentenceIndex: s,
          afterPreposition: words[from - 1]?.lower ?? null,
          beforeSpeechVerb: isSpeechAhead(words, to),
          speaksAsIt: isSpeechAhead(words, to) && words.slice(to, to + 4).some((w) => w.lower === 'it' || w.lower === 'its'),
          corporate: inCorporateContext(words, from, to),
          placeOf: words[from - 1]?.lower === 'of' && PLACE_OF.test(words[from - 2]?.lower ?? ''),
          coordinatedAfter: listedAfter(words, from),
        });
      }
      i = to;
      continue;
    }
    const ownsTitle = typed.kind === 'PERSON' && titleAt(to) > 0 && nameRunAt(to + titleAt(to)) > 0 && joinedBySpace(to);
    const entity = upsertEntity(table, name, ownsTitle ? 'ORGANIZATION' : typed.kind, ownsTitle ? ['organization'] : typed.nouns, !ownsTitle && typed.guessed === true);
    mention(entity, from, to, 'NAME', name);
    // "Apple chief executive Tim Cook": the phrase just named owns the title that follows.
    const owns = entity.kind !== 'PERSON' && entity.kind !== 'PLACE' && entity.kind !== 'COUNTRY';
    const consumed = owns ? personAfterTitle(to, entity, from) || seatAfter(to, entity, from) : 0;
    i = to + consumed;
  }
}

/**
 * The kind a run's head word gives a body's name: its last word ("Meteorological Agency"), its
 * first ("Department of Agriculture"), or the word before its first "of" ("Association of Retired
 * Persons"). Null when no head word types it.
 */
function bodyHead(run: readonly Word[]): { kind: EntityKind; nouns: readonly string[] } | null {
  const last = run[run.length - 1];
  const first = run[0];
  const beforeOf = run[run.findIndex((w) => BODY_CONNECTORS.has(w.text)) - 1];
  const typed = (last && NAME_HEADS.get(last.text)) ?? (first && NAME_FIRST_WORDS.get(first.text)) ?? (beforeOf && NAME_HEADS.get(beforeOf.text));
  return typed && typed.kind !== 'OUTLET' && typed.kind !== 'GROUP' ? typed : null;
}

/** A body's common noun ("police", "fire service") starts at `at`, lower case, joined to the name before. */
function startsBodyNoun(words: readonly Word[], at: number, joined: boolean): boolean {
  if (!joined) return false;
  const one = words[at];
  if (!one || one.capitalised) return false;
  const two = words[at + 1];
  return BODY_NOUNS.has(one.lower) || (two !== undefined && !two.capitalised && BODY_NOUNS.has(`${one.lower} ${two.lower}`));
}

/** The dateline's place is a place (or the country it names), its agency an outlet. */
function addDateline(table: EntityTable, dateline: Dateline): void {
  const known = lookupName(dateline.placeName);
  const place =
    known?.kind === 'COUNTRY' && known.role === 'NAME'
      ? upsertEntity(table, known.name, 'COUNTRY', known.nouns)
      : upsertEntity(table, dateline.placeName, 'PLACE', ['city']);
  if (place.kind === 'PLACE' && known?.country) place.description ??= `City in ${known.country}`;
  addMention(table, { entityId: place.id, sentenceIndex: 0, start: dateline.placeStart, end: dateline.placeEnd, how: 'NAME', afterPreposition: false }, null);
  const { agency } = dateline;
  if (!agency) return;
  const hit = lookupName(agency.name);
  const outlet = hit && hit.kind === 'OUTLET' ? upsertEntity(table, hit.name, 'OUTLET', hit.nouns) : upsertEntity(table, agency.name, 'OUTLET', ['agency', 'news agency']);
  addMention(table, { entityId: outlet.id, sentenceIndex: 0, start: agency.start, end: agency.end, how: 'NAME', afterPreposition: false }, agency.name);
}

/**
 * A name used the way only companies are: "shares of X", "X's chief executive", "X shares fell",
 * "X reported revenue". Checked before a name's shape makes it a person or a place.
 */
function inCorporateContext(words: readonly Word[], from: number, to: number): boolean {
  const last = words[to - 1];
  const after = words[to];
  const after2 = words[to + 1];
  const ofWord = words[from - 1]?.lower;
  if ((ofWord === 'of' || ofWord === 'in') && HOLDINGS_NOUNS.has(words[from - 2]?.lower ?? '')) return true;
  if (!last || !after) return false;
  if (last.possessive && (CORPORATE_POSSESSIONS.has(after.lower) || (after.lower === 'chief' && CHIEF_TITLES.has(after2?.lower ?? '')))) return true;
  if (!last.possessive && (after.lower === 'shares' || after.lower === 'stock')) return true;
  return (after.lower === 'reported' || after.lower === 'posted') && FINANCIAL_NOUNS.has(after2?.lower ?? '');
}

function isSpeechAhead(words: readonly Word[], at: number): boolean {
  for (let k = at; k < Math.min(words.length, at + 3); k += 1) {
    const word = words[k];
    if (!word) return false;
    if (SPEECH_VERB_SET.has(word.lower)) return true;
    if (!['has', 'had', 'have', 'also', 'later', 'then', 'previously', 'earlier', 'publicly'].includes(word.lower)) return false;
  }
  return false;
}

/**
 * The name is set off next to a noun for a person's role: "coach, Alireza Mehraban,",
 * "second-in-command, Tendai Biti", "Yoshiki Kuroda, a town planner", "X, the Church's spokeswoman".
 */
function roleAppositive(words: readonly Word[], from: number, to: number): boolean {
  const before = words[from - 1];
  if (before && !before.capitalised && /^\s*,\s*$/.test(words[from]?.gapBefore ?? '') && PERSON_ROLES.has(before.lower)) return true;
  if (!/^\s*,\s*$/.test(words[to]?.gapBefore ?? '')) return false;
  for (let k = to; k < Math.min(words.length, to + 5); k += 1) {
    const word = words[k];
    if (!word || (k > to && /[,.;:()]/.test(word.gapBefore))) return false;
    if (!word.capitalised && PERSON_ROLES.has(word.lower)) return true;
  }
  return false;
}

type RunType = { kind: EntityKind; nouns: readonly string[]; guessed?: boolean } | 'SKIP' | null;

/** What a capitalised phrase not in the lexicons names, from its words and what surrounds it. */
function typeOfRun(run: readonly Word[], before: string | null, next: Word | null, words: readonly Word[], from: number, to: number): RunType {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return null;
  const head = NAME_HEADS.get(last.text);
  if (head && (run.length > 1 || last.text === 'News')) return head;
  if (run.length > 1) {
    const firstWord = NAME_FIRST_WORDS.get(first.text);
    if (firstWord) return firstWord;
    if (SKIP_HEADS.has(last.text) || SKIP_FIRST_WORDS.has(first.text)) return 'SKIP';
    if (GEO_HEADS.has(last.text)) return { kind: 'PLACE', nouns: [last.lower] };
  }
  // "Americans", "Muslims", "Republicans": a people, a faith or a party's members, as a group.
  if (run.length === 1 && isPeopleNoun(first.text)) return { kind: 'GROUP', nouns: [] };
  if (run.length === 1 && /^[A-Z]{2,6}$/.test(first.text)) {
    // Abbreviations of things that are not bodies ("GMT", "HIV", "IQ") and Roman numerals ("XVII").
    if (NOT_BODY_ABBREVIATIONS.has(first.text) || /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/.test(first.text)) return 'SKIP';
    return { kind: 'ORGANIZATION', nouns: ['organization', 'group'] };
  }
  if (inCorporateContext(words, from, to)) return { kind: 'ORGANIZATION', nouns: ['company', 'firm'] };
  if (next && GEO_NOUNS.has(next.lower)) return { kind: 'PLACE', nouns: [next.lower] };
  // "Brussels, Belgium": a place followed by its country, the country closing the phrase
  // ("Hernan Dario Gomez, Panama coach, said" is a person and his team).
  const afterComma = words[to];
  const closesPhrase = !words[to + 1] || /[,.;:)—–]/.test(words[to + 1]?.gapBefore ?? '');
  if (afterComma && /^,\s*$/.test(afterComma.gapBefore) && closesPhrase && lookupName(afterComma.text)?.kind === 'COUNTRY') {
    return { kind: 'PLACE', nouns: ['city', 'town'] };
  }
  if (before && PLACE_PREPOSITIONS.has(before)) return { kind: 'PLACE', nouns: ['city', 'town', 'area'] };
  if (before && /^(?:journal|newspaper|magazine|tabloid|broadcaster|website)$/.test(before)) return { kind: 'OUTLET', nouns: [before] };
  // A large city or a region the text gives no other clue for: "Banda Aceh", "Tamil Nadu". (A single
  // word waits: it may be the surname of someone named later.)
  if (run.length > 1 && run.every((w) => w.pos === 'PROPN') && isKnownPlace(run.map((w) => w.text).join(' '))) return { kind: 'PLACE', nouns: ['city', 'region', 'area'], guessed: true };
  const nameShaped = run.every(
    (w) => /^[\p{Lu}][\p{Ll}\p{M}'’-]+$|^\p{Lu}\.$/u.test(w.text) || PARTICLE_NAME.test(w.text) || (CONNECTORS.has(w.text) && !BODY_CONNECTORS.has(w.text)),
  );
  if (run.length >= 2 && run.length <= 4 && nameShaped) {
    // A person's name opens with a given name ("Lydia Buchtmann") or is someone who speaks; other
    // pairs of capitalised words name shops, teams, bands and places ("Circuit City", "Sea Org").
    // A given name that is also a city's ("Houston", "Denver") decides nothing: "Denver Broncos".
    const givenFirst = isGivenName(first.text) && !isKnownPlace(first.text);
    if (givenFirst || /^\p{Lu}\.$/u.test(first.text) || isSpeechAhead(words, to) || roleAppositive(words, from, to)) return { kind: 'PERSON', nouns: [] };
    return { kind: 'ORGANIZATION', nouns: ['organization', 'group'], guessed: true };
  }
  // "Church of Scientology", "Movement for Democratic Change": of and for join the words of a body's name.
  // Not a person's name with a title or a band around it ("Justin Hawkins of The Darkness",
  // "Secretary of the Air Force James Roche"): no given name first, none before the last word.
  const personInside = isGivenName(first.text) || isGivenName(run[run.length - 2]?.text ?? '');
  if (run.length >= 3 && !personInside && run.some((w) => BODY_CONNECTORS.has(w.text))) return { kind: 'ORGANIZATION', nouns: ['organization', 'group'] };
  return null;
}

/** A surname's Arabic article or particle, joined by a hyphen: "al-Obeidi", "el-Sisi", "Al-Turabi". */
const PARTICLE_PREFIX = /^(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Uu]l)[-‑](\p{Lu}[\p{L}'’-]+)$/u;

/** Single capitalised words: a known person's surname, a speaker, a place, or nothing we can type. */
function resolvePending(table: EntityTable, pending: readonly PendingWord[]): void {
  const nameParts = new Map<string, Set<string>>();
  for (const entity of table.entities.values()) {
    if (entity.kind !== 'PERSON') continue;
    for (const whole of entity.name.split(/\s+/)) {
      // "al-Obeidi" is "Obeidi" when named alone: the particle is dropped with the given names.
      const bare = PARTICLE_PREFIX.exec(whole)?.[1];
      for (const part of bare ? [whole, bare] : [whole]) {
        if (!nameParts.has(part)) nameParts.set(part, new Set());
        nameParts.get(part)?.add(entity.id);
      }
    }
  }
  // "Nordlicht" after "Nordlicht Systems": the first word of one organisation's name is that body.
  const firstWords = new Map<string, Set<string>>();
  for (const entity of table.entities.values()) {
    const space = entity.name.indexOf(' ');
    if (entity.kind !== 'ORGANIZATION' || space < 0) continue;
    const firstWord = entity.name.slice(0, space);
    if (!firstWords.has(firstWord)) firstWords.set(firstWord, new Set());
    firstWords.get(firstWord)?.add(entity.id);
  }
  // The kind of the name ending at each offset, kept up to date as pending words are typed: a word
  // listed after a name ("Dell, Sony and X", "Homs and X") is the same kind of thing.
  const kindEnding = new Map<number, EntityKind>();
  for (const m of table.mentions) {
    const kind = table.entities.get(m.entityId)?.kind;
    if (kind && m.how === 'NAME') kindEnding.set(m.end, kind === 'COUNTRY' ? 'PLACE' : kind);
  }
  for (const item of pending) {
    const { word } = item;
    // "Bolden" named alone after "Administrator Bolden" and in full as "Charles Bolden": the full name.
    const named = nameParts.get(word.text);
    const fuller = named && named.size > 1 ? new Set([...named].filter((id) => table.entities.get(id)?.name !== word.text)) : named;
    const owners = fuller && fuller.size > 0 ? fuller : named;
    const bodies = firstWords.get(word.text);
    let entity: EntityDraft | undefined;
    if (owners && owners.size === 1) {
      entity = table.entities.get([...owners][0] ?? '');
    } else if (!owners && bodies && bodies.size === 1) {
      entity = table.entities.get([...bodies][0] ?? '');
    } else if (item.corporate) {
      entity = upsertEntity(table, word.text, 'ORGANIZATION', ['company', 'firm']);
    } else if (item.beforeSpeechVerb && !(word.clauseInitial && /\p{Ll}[^s']s$/u.test(word.text))) {
      // (A plural opening the sentence, "Estimates suggest", "Others highlighted", is no one's name.)
      entity = item.speaksAsIt ? upsertEntity(table, word.text, 'ORGANIZATION', ['company', 'organization']) : upsertEntity(table, word.text, 'PERSON');
    } else if ((item.afterPreposition && PLACE_PREPOSITIONS.has(item.afterPreposition)) || item.placeOf) {
      entity = upsertEntity(table, word.text, 'PLACE', ['city', 'town', 'area']);
    } else if (item.coordinatedAfter !== null && LISTABLE.has(kindEnding.get(item.coordinatedAfter) ?? 'GROUP')) {
      const kind = kindEnding.get(item.coordinatedAfter) ?? 'PLACE';
      entity = upsertEntity(table, word.text, kind, kind === 'PLACE' ? ['city', 'town', 'area'] : kind === 'ORGANIZATION' ? ['company', 'organization'] : [], true);
    } else if (word.pos === 'PROPN' && isKnownPlace(word.text)) {
      entity = upsertEntity(table, word.text, 'PLACE', ['city', 'town', 'area'], true);
    }
    if (!entity) continue;
    addMention(
      table,
      {
        entityId: entity.id,
        sentenceIndex: item.sentenceIndex,
        start: word.start,
        end: word.end,
        how: 'NAME',
        afterPreposition: item.afterPreposition !== null && PREPOSITIONS.has(item.afterPreposition),
      },
      word.text,
    );
    kindEnding.set(word.end, entity.kind === 'COUNTRY' ? 'PLACE' : entity.kind);
  }
}

/** Words after a capital that make it the subject of a clause: auxiliaries and verbs of acting. */
const ACTING_AFTER_CAPITAL = /^(?:would|will|has|have|had|is|was|wants|wanted|could|can|may|might|must|should|insists|accused|accuses|rejected|rejects|responded|hit|struck|launched|sent|sends|refused|refuses|demanded|demands|urged|urges|blamed|blames|agreed|backed|backs|supports|supported|opposes|opposed|sees|saw|did|does)$/;

/** Kinds a list passes on to an untyped name in it. */
const LISTABLE: ReadonlySet<EntityKind> = new Set(['PERSON', 'ORGANIZATION', 'PLACE']);

/** Where the name before a list separator ("X, Y", "X and Y", "X, and Y", "X or Y") ends, or null. */
function listedAfter(words: readonly Word[], from: number): number | null {
  const previous = words[from - 1];
  const word = words[from];
  if (!previous || !word) return null;
  if (/^(?:and|or)$/.test(previous.lower)) return words[from - 2]?.end ?? null;
  return /^\s*,\s*$/.test(word.gapBefore) ? previous.end : null;
}

function titleCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((w, k) => (k > 0 && (w === 'of' || w === 'the') ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
