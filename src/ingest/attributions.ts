// Who says what: reported speech ("X said that ...", "..., X said on Thursday", "X told reporters",
// "X has said it is ..."), stances on others' claims ("X has not confirmed that ..."), direct quotes
// with their speaker (split quotes "...," he said. "..." carry the speaker across), "according to Y"
// (the channel when someone else speaks, the source when nobody does), and the article's own voice
// for sentences nobody is said to say.

import type { ClaimStanding, Sentence } from '../domain/facts';
import type { Dateline } from './dateline';
import type { DateMention } from './dates';
import type { EntityTable, MentionDraft } from './entityTable';
import { addMention, upsertEntity } from './entityTable';
import { NOUN_LIKE_VERBS, QUOTING_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './lexicon/speech';
import type { QuoteSegment } from './quotations';
import { colonStatements } from './colonStatements';
import { relativeDenials } from './relativeDenials';

export type AttributionKind = 'REPORTED' | 'QUOTE' | 'ACCORDING_TO' | 'OWN_VOICE';

export interface Attribution {
  readonly kind: AttributionKind;
  readonly sentenceIndex: number;
  readonly speakerId: string | null;
  /** The words naming the speaker here ("he", "Zelensky"), when the sentence names them. */
  readonly speakerMention: MentionDraft | null;
  viaId: string | null;
  /** The verb with its auxiliaries and negation: "has also not confirmed". */
  readonly verb: string;
  readonly contentStart: number;
  contentEnd: number;
  /** The whole statement: speaker, verb and content. */
  readonly spanStart: number;
  spanEnd: number;
  readonly quotes: QuoteSegment[];
  readonly date: DateMention | null;
  readonly placeId: string | null;
  /**
   * The attribution itself when it stands inside what was said ("Revenue rose 3%[, the company
   * said], and profit rose 4%"): part of the content span, but not of the speaker's words.
   */
  readonly aside: { readonly start: number; readonly end: number } | null;
  /**
   * Who speaks, when that lies outside this statement's span: the second of two coordinated
   * "that"-clauses ("X said A and that B") has its own span, and names its speaker through this.
   */
  readonly speakerSpan: { readonly start: number; readonly end: number } | null;
  /** A standing the sentence's construction gives, whatever the words say ("..., which X denies"). */
  readonly standing?: ClaimStanding;
}

const AUXILIARIES = [
  'has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'could', 'can',
  'cannot', 'may', 'might', 'also', 'not', 'never', 'yet', 'already', 'publicly', 'repeatedly', 'previously',
  'later', 'earlier', 'further', 'again', 'first', 'since', 'long', 'now', 'then', 'reportedly', 'separately',
  'independently', 'still', 'been able to', 'be able to', 'able to', 'unable to', 'declined to', 'refused to',
  'been', 'to', 'so far', 'yet to', "didn't", 'didn’t', "hasn't", 'hasn’t', "haven't", 'haven’t', "couldn't",
  'couldn’t', "wouldn't", 'wouldn’t', "doesn't", 'doesn’t', "can't", 'can’t', "isn't", 'isn’t', "aren't", 'aren’t',
  'openly', 'officially', 'privately', 'quickly', 'immediately', 'flatly', 'strongly', 'firmly',
  // How a denial is made: "categorically denied", "vehemently rejects".
  'categorically', 'vehemently', 'emphatically', 'adamantly', 'consistently', 'angrily',
  'however', 'though', 'meanwhile', 'too', 'recently', 'subsequently', 'initially', 'ultimately', 'finally',
];
/** Verbs that only take a stand when negated or progressive ("did not back", "is looking into"). */
const NEGATED_ONLY = new Set(['back', 'backed', 'confirm', 'verify', 'verified', 'corroborate', 'corroborated']);
const PROGRESSIVE = ['looking into', 'investigating', 'reviewing', 'examining', 'probing', 'assessing'];
const PARTICIPLES = SPEECH_PARTICIPLES;
const QUOTING: ReadonlySet<string> = new Set(QUOTING_VERBS);
const NOUN_LIKE: ReadonlySet<string> = new Set(NOUN_LIKE_VERBS);
const ALL_VERBS = [...new Set([...SPEECH_VERBS, ...NEGATED_ONLY, ...PROGRESSIVE, ...PARTICIPLES, ...QUOTING_VERBS, ...NOUN_LIKE_VERBS])].sort((a, b) => b.length - a.length);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FRAME = new RegExp(
  `(?<![\\p{L}'’])((?:(?:${AUXILIARIES.map(escape).sort((a, b) => b.length - a.length).join('|')})\\s+)*)(${ALL_VERBS.map(escape).join('|')})(?![\\p{L}])`,
  'giu',
);
const NEGATED = /\b(?:not|never|n['’]t|cannot|unable|declined|refused|yet to)\b/i;
const GROUP_SUBJECT = /(?:^|[\s,])((?:(?:(?!(?:A|An|The)\b)[A-Z][\p{L}.]*|(?!than\b|that\b|and\b|but\b|had\b|have\b|the\b|of\b|a\b|an\b)[a-z-]+)\s+)?(?:officials|police|authorities|experts|scientists|researchers|analysts|witnesses|residents|prosecutors|investigators|doctors|rescuers|forecasters|economists|organisers|organizers|lawyers|diplomats|sources|observers|spokespeople|officers|advocates|groups|operators|meteorologists|firefighters|paramedics|traders|activists|critics|protesters|survivors|villagers|neighbou?rs|parents|teachers|shareholders|investors|executives|lawmakers|engineers|employees|workers|nurses|association|federation|league|union|company|club|council|committee|authors|opponents|supporters|campaigners|spokesman|spokeswoman|spokesperson|chief|official|director|mayor|governor|judge|witness|resident|lawyer|coach|report|study|survey|poll|statement|investigation|analysis|complaint|lawsuit|website))\s*$/u;
/**
 * Any other described source opening its clause right before the verb: a determiner and a noun ("the
 * astronomers say", "a model predicts", "one attendee noted"), or a plural noun with up to two
 * modifiers ("Estimates suggest", "local media reports suggest", "Organizers state").
 */
const NOT_IN_DESCRIPTION = '(?!(?:of|and|or|that|who|which|this|thus|plus|it|its|his|hers|ours|theirs|us|does|has|have|had|is|are|was|were|will|would|can|could|may|might|should|must|not|to)\\b)';
const DESCRIBED_SUBJECT = new RegExp(
  `(?:^|,\\s+|[”"]\\s+|\\b(?:and|but|while|whereas|meanwhile|however)\\s+)((?:the|a|an|one|another|some|many|most|several|other)\\s+(?:${NOT_IN_DESCRIPTION}[\\p{Ll}-]+\\s+){0,2}?(?!(?:same|latter|former|rest)\\b)${NOT_IN_DESCRIPTION}\\p{Ll}[\\p{Ll}-]*(?<!ed)|(?:${NOT_IN_DESCRIPTION}[\\p{Ll}-]+\\s+){0,2}?${NOT_IN_DESCRIPTION}\\p{Ll}[\\p{Ll}-]*[^\\Ws]s)\\s*$`,
  'u',
);
const OBJECT_AFTER_TELL = /^\s+(?:reporters|journalists|lawmakers|legislators|parliament|senators|supporters|students|(?:him|her|them|us|me)\b|(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:media|press|parliament|newspaper|broadcaster|court|jury|committee|council|audience|crowd|conference|briefing|radio|station|channel|agency|outlet))/iu;
const CIRCUMSTANCE = /^\s*,?\s*(?:in (?:a|an|his|her|their|its) (?:[\p{L}-]+\s+){0,2}?(?:statement|interview|post|speech|address|briefing|letter|report|message|video)(?:\s+(?:with|to|on)\s+(?:[\p{L}.'’-]+\s*){1,4}?(?=,|\s+that\b|$))?|on (?:social media|television|X|Twitter|Facebook|Telegram)|at (?:a|an|the) (?:[\p{L}-]+\s+){0,2}?(?:conference|briefing|event|summit|hearing|meeting)|for the first time|late|early|earlier|later|also|again|publicly|separately)\b/iu;

interface Frame {
  speaker: MentionDraft | null;
  speakerId: string | null;
  subjectStart: number;
  verbStart: number;
  verbEnd: number;
  verb: string;
  inverted: boolean;
  trailing: boolean;
  contentStart: number;
  contentEnd: number;
  date: DateMention | null;
  placeId: string | null;
  aside: { start: number; end: number } | null;
}

export function findAttributions(
  body: string,
  sentences: readonly Sentence[],
  table: EntityTable,
  dates: readonly DateMention[],
  segments: readonly QuoteSegment[],
  dateline: Dateline | null = null,
): Attribution[] {
  const mentionsBySentence: MentionDraft[][] = sentences.map(() => []);
  for (const mention of table.mentions) mentionsBySentence[mention.sentenceIndex]?.push(mention);
  for (const list of mentionsBySentence) list.sort((a, b) => a.start - b.start || b.end - a.end);

  const datesBySentence = groupBySentence(sentences, dates);
  const segmentsBySentence = groupBySentence(sentences, segments);
  const attributions: Attribution[] = [];
  const quoteSpeaker = new Map<number, Attribution>();
  const subjects = new Map<number, string>();
  for (const whole of sentences) {
    // The first sentence's statement starts after the dateline: "GENEVA (AP) —" is nobody's words,
    // and the agency in it is not the subject of the verb that follows.
    const sentence = whole.index === 0 && dateline ? { ...whole, start: dateline.end, text: body.slice(dateline.end, whole.end) } : whole;
    const here = (mentionsBySentence[sentence.index] ?? []).filter((m) => m.start >= sentence.start);
    const previous = mentionsBySentence[sentence.index - 1] ?? [];
    const datesHere = datesBySentence[sentence.index] ?? [];
    const quotesHere = segmentsBySentence[sentence.index] ?? [];
    const frames = findFrames(body, sentence, here, previous, table, datesHere, quotesHere);

    const made: Attribution[] = frames.flatMap((frame) => splitCoordinated(body, quotesHere, {
      kind: 'REPORTED',
      sentenceIndex: sentence.index,
      speakerId: frame.speakerId,
      speakerMention: frame.speaker,
      viaId: null,
      verb: body.slice(frame.verbStart, frame.verbEnd),
      contentStart: frame.contentStart,
      contentEnd: frame.contentEnd,
      spanStart: Math.min(frame.subjectStart, frame.contentStart),
      spanEnd: Math.max(frame.contentEnd, frame.verbEnd, frame.date?.end ?? 0),
      quotes: [],
      date: frame.date,
      placeId: frame.placeId,
      aside: frame.aside,
      speakerSpan: null,
    }));

    for (const segment of quotesHere) {
      const owner = made.find((a) => segment.start >= a.contentStart - 1 && segment.end <= a.contentEnd + 1);
      if (owner) {
        owner.quotes.push(segment);
        quoteSpeaker.set(segment.quotation, owner);
        continue;
      }
      // A quotation that goes on after its speaker was named, or a new one right after the last
      // attributed quotation of the same paragraph ("...," he said. "...").
      const earlier = quoteSpeaker.get(segment.quotation) ?? lastQuotedInParagraph(body, attributions, sentence);
      // "Secretary of the Air Force James Roche: “No, Sir, ...”": a name and a colon introduce the quotation.
      const introducer = segment.part === 0 ? here.find((m) => /^\s*:\s*[“"]?\s*$/.test(body.slice(m.end, segment.start)) && table.entities.get(m.entityId)?.kind !== 'PLACE') : undefined;
      // "Craig Barrett threatened Acer's chairman with “severe consequences”": words quoted in a
      // sentence that names no speaker are its subject's.
      const subject = !introducer && !earlier && segment.part === 0 ? clauseSubject(body, sentence.start, segment.start, here, table, quotesHere) : null;
      const subjectSpeaks = subject && QUOTE_SUBJECT_KINDS.has(table.entities.get(subject.entityId)?.kind ?? '') ? subject : null;
      const named = introducer ?? subjectSpeaks;
      const speaker = named ? { speakerId: named.entityId, viaId: null, verb: 'said', date: null, placeId: null } : earlier;
      if (!speaker?.speakerId) continue;
      const quoted = quoteOf(segment, sentence.index, speaker);
      quoteSpeaker.set(segment.quotation, quoted);
      made.push(quoted);
    }

    const according = accordingTo(sentence, here, table);
    if (according) {
      const others = made.filter((a) => a.speakerId !== according.mention.entityId);
      if (others.length > 0) {
        for (const a of others) {
          a.viaId = according.mention.entityId;
          // The channel is not part of what was said.
          if (a.contentEnd > according.phraseStart && a.contentStart < according.phraseStart) {
            [, a.contentEnd] = trimSpan(body, a.contentStart, according.phraseStart);
          }
        }
      } else if (made.length === 0) {
        made.push(wholeSentence(body, sentence, 'ACCORDING_TO', [according.contentStart, according.contentEnd], according.mention));
      }
    }
    if (made.length === 0) {
      made.push(wholeSentence(body, sentence, 'OWN_VOICE', [sentence.start, sentence.end], null));
    }
    made.sort((a, b) => a.spanStart - b.spanStart || a.contentStart - b.contentStart);
    attributions.push(...made);
    // A sentence in the article's voice about someone ("Matonga later clarified the president's
    // comments."): its subject may speak in the quotation that follows.
    if (made.length === 1 && made[0]?.kind === 'OWN_VOICE') {
      const subject = clauseSubject(body, sentence.start, sentence.end, here, table, quotesHere);
      if (subject) subjects.set(sentence.index, subject.entityId);
    }
  }
  const carried = soundBites(body, sentences, carryQuoteSpeakers(body, sentences, attributions, segmentsBySentence, quoteSpeaker, subjects), table);
  return relativeDenials(body, sentences, colonStatements(body, sentences, carried), table);
}

/** Words only speech has: fillers, and the speaker's "I" and "we" outside any quotation. */
const SPOKEN = /(?:^|[\s,.;(])(?:[Uu]h|[Uu]m|[Uu]mm|I|I['’]m|I['’]ve|I['’]d|[Ww]e|[Ww]e['’]re|[Ww]e['’]ve)(?=[\s,.;:!?)])/;

/**
 * Broadcast transcripts give a sound bite as its own paragraph, without quotation marks, right after
 * the paragraph that names the speaker ("Mark Potach says such groups grew rapidly." ¶ "We in fact
 * have seen, uh, ..."). A paragraph in the article's voice throughout, with no quotation marks but
 * words only speech has (fillers, "I", "we"), is the words of the person who spoke last in the
 * paragraph before.
 */
function soundBites(body: string, sentences: readonly Sentence[], attributions: Attribution[], table: EntityTable): Attribution[] {
  const paragraphOf: number[] = [];
  let paragraph = 0;
  sentences.forEach((sentence, k) => {
    const previous = sentences[k - 1];
    if (previous && body.slice(previous.end, sentence.start).includes('\n')) paragraph += 1;
    paragraphOf[sentence.index] = paragraph;
  });
  const byParagraph = new Map<number, number[]>();
  attributions.forEach((a, k) => {
    const p = paragraphOf[a.sentenceIndex] ?? -1;
    const list = byParagraph.get(p) ?? [];
    if (list.length === 0) byParagraph.set(p, list);
    list.push(k);
  });
  const result = [...attributions];
  for (const [p, members] of byParagraph) {
    if (!members.every((k) => attributions[k]?.kind === 'OWN_VOICE')) continue;
    const first = attributions[members[0] ?? -1];
    const last = attributions[members[members.length - 1] ?? -1];
    if (!first || !last) continue;
    const text = body.slice(first.spanStart, last.spanEnd);
    if (/[“”"]/.test(text) || !SPOKEN.test(text)) continue;
    const before = byParagraph.get(p - 1) ?? [];
    let speaker: Attribution | undefined;
    for (let j = before.length - 1; j >= 0 && !speaker; j -= 1) {
      const a = result[before[j] ?? -1];
      if (a && a.kind !== 'OWN_VOICE' && a.speakerId) speaker = a;
    }
    if (!speaker?.speakerId || table.entities.get(speaker.speakerId)?.kind !== 'PERSON') continue;
    for (const k of members) {
      const a = result[k];
      if (a) result[k] = { ...a, kind: 'REPORTED', speakerId: speaker.speakerId, speakerMention: null, verb: 'said', viaId: speaker.viaId };
    }
  }
  return result;
}

/** A quotation piece that is most of its sentence: the sentence is the speaker's words. */
function fillsSentence(segment: QuoteSegment, sentence: Sentence): boolean {
  const words = sentence.text.replace(/[\s“”"‘’',.:;!?—–-]/g, '').length;
  return words > 0 && segment.text.replace(/[\s“”"‘’',.:;!?—–-]/g, '').length >= 0.6 * words;
}

/**
 * Quotations the reading pass could not attribute as it went. A quotation over several sentences
 * is attributed where it ends ("...," he said), so its earlier sentences get that speaker now. A
 * quotation attributed nowhere that opens the sentence right after one whose speaker the text
 * named ("X said the rules would change. “We need ...”", or a quote paragraph after "X said:") is
 * that speaker's. Sentences left in the article's own voice become the speaker's quoted words;
 * nothing else changes.
 */
function carryQuoteSpeakers(
  body: string,
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
  segmentsBySentence: ReadonlyArray<readonly QuoteSegment[]>,
  quoteSpeaker: Map<number, Attribution>,
  subjects: ReadonlyMap<number, string>,
): Attribution[] {
  const result: Attribution[] = [];
  let lastSpoken: Attribution | null = null;
  for (let k = 0; k < attributions.length; ) {
    const sentenceIndex = attributions[k]?.sentenceIndex ?? -1;
    const group: Attribution[] = [];
    while (k < attributions.length && attributions[k]?.sentenceIndex === sentenceIndex) group.push(attributions[k++] as Attribution);
    const sentence = sentences[sentenceIndex];
    const segments = segmentsBySentence[sentenceIndex] ?? [];
    const only = group.length === 1 ? group[0] : undefined;
    if (sentence && only?.kind === 'OWN_VOICE' && segments.length > 0) {
      const quoted = segments.flatMap((segment) => {
        let owner = quoteSpeaker.get(segment.quotation);
        if (!owner && lastSpoken && segment.part === 0 && fillsSentence(segment, sentence) && segment.start - sentence.start <= 1) {
          if (lastSpoken.sentenceIndex === sentenceIndex - 1) owner = lastSpoken;
        }
        // "Cornyn issued a statement. “Like many Texans, ...”": the quotation opening the next
        // sentence of the paragraph (or the paragraph after a colon) is the subject's.
        const previous = sentences[sentenceIndex - 1];
        const subjectId = subjects.get(sentenceIndex - 1);
        if (!owner && subjectId && previous && segment.part === 0 && segment.start - sentence.start <= 1) {
          const gap = body.slice(previous.end, sentence.start);
          if (!gap.includes('\n') || /:\s*$/.test(previous.text)) owner = { ...(only as Attribution), kind: 'QUOTE', speakerId: subjectId, verb: 'said' };
        }
        if (!owner?.speakerId || !fillsSentence(segment, sentence)) return [];
        quoteSpeaker.set(segment.quotation, owner);
        return [quoteOf(segment, sentenceIndex, owner)];
      });
      if (quoted.length > 0) group.splice(0, 1, ...quoted);
    }
    for (const a of group) if (a.kind !== 'OWN_VOICE' && a.speakerId) lastSpoken = a;
    result.push(...group);
  }
  return result;
}

function quoteOf(segment: QuoteSegment, sentenceIndex: number, owner: Pick<Attribution, 'speakerId' | 'viaId' | 'verb' | 'date' | 'placeId'>): Attribution {
  return {
    kind: 'QUOTE',
    sentenceIndex,
    speakerId: owner.speakerId,
    speakerMention: null,
    viaId: owner.viaId,
    verb: owner.verb,
    contentStart: segment.start,
    contentEnd: segment.end,
    spanStart: segment.start,
    spanEnd: segment.end,
    quotes: [segment],
    date: owner.date,
    placeId: owner.placeId,
    aside: null,
    speakerSpan: null,
  };
}

function findFrames(
  body: string,
  sentence: Sentence,
  here: readonly MentionDraft[],
  previous: readonly MentionDraft[],
  table: EntityTable,
  dates: readonly DateMention[],
  quotes: readonly QuoteSegment[],
): Frame[] {
  const frames: Frame[] = [];
  const text = sentence.text;
  FRAME.lastIndex = 0;
  for (let match = FRAME.exec(text); match; match = FRAME.exec(text)) {
    const aux = match[1] ?? '';
    const verb = (match[2] ?? '').toLowerCase();
    const verbStart = sentence.start + match.index;
    const verbEnd = verbStart + match[0].length;
    if (quotes.some((q) => verbStart >= q.start && verbStart < q.end)) continue;
    if (here.some((m) => verbStart >= m.start && verbStart < m.end)) continue;
    if (NEGATED_ONLY.has(verb) && !NEGATED.test(aux)) continue;
    if (PROGRESSIVE.includes(verb) && !/\b(?:is|are|was|were|been)\b/i.test(aux)) continue;
    if (NOUN_LIKE.has(verb) && !/^\s*(?:that\b|:)/i.test(body.slice(verbEnd, verbEnd + 8))) continue;
    // "called it “a textbook case”": only with the quoted words after it, in its clause.
    if (QUOTING.has(verb) && !quotes.some((q) => q.start > verbEnd && !/[.;]\s/.test(body.slice(verbEnd, q.start)) && q.start - verbEnd <= 160)) continue;
    const before = body.slice(sentence.start, verbStart);
    const isParticiple = PARTICIPLES.includes(verb);

    let speaker: MentionDraft | null = null;
    let speakerId: string | null = null;
    let subjectStart = verbStart;
    let inverted = false;
    let placeId: string | null = null;
    const lastFrame = frames[frames.length - 1];

    // "Zelensky said", "Zelensky, speaking in Brussels, said", "he said"
    for (let k = here.length - 1; k >= 0 && !speaker; k -= 1) {
      const m = here[k];
      if (!m || m.end > verbStart) continue;
      const kind = table.entities.get(m.entityId)?.kind;
      if (kind === 'PLACE' || m.how === 'DEMONYM') continue;
      const between = body.slice(m.end, verbStart);
      if (/^\s*$/.test(between)) {
        speaker = m;
      } else if (/^\s*,\s*$/.test(between) && kind === 'PERSON' && /,\s*$/.test(body.slice(sentence.start, m.start))) {
        // "Its manager, Owen Price, rejected ...": the name is the appositive.
        speaker = m;
      } else if (/^\s*,[^“”"]{1,200},\s*$/.test(between) && atClauseStart(withoutRole(body.slice(sentence.start, m.start)))) {
        speaker = m;
        placeId = here.find((p) => p.start >= m.end && p.end <= verbStart && table.entities.get(p.entityId)?.kind === 'PLACE')?.entityId ?? null;
      }
    }
    if (speaker) {
      speakerId = speaker.entityId;
      subjectStart = Math.min(speaker.start, ...here.filter((m) => m.end === speaker?.end).map((m) => m.start));
      if (/\b[Tt]he\s+$/.test(body.slice(sentence.start, subjectStart))) subjectStart -= /[Tt]he\s+$/.exec(body.slice(sentence.start, subjectStart))?.[0].length ?? 0;
    }
    if (!speakerId && !isParticiple) {
      // "Cornyn's statement added", "the ministry's website says": a document speaks for its owner.
      const document = /['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|letter|website|blog|post|tweet|account|press release|release|message|email|e-mail)\s*$/u.exec(before);
      const owner = document ? here.find((m) => m.end === sentence.start + document.index && table.entities.get(m.entityId)?.kind !== 'PLACE') : undefined;
      if (owner) {
        speaker = owner;
        speakerId = owner.entityId;
        subjectStart = owner.start;
      }
    }
    if (!speakerId && !isParticiple) {
      // "Analysts said", "Witnesses told reporters": a plural noun opening the sentence is capitalised
      // for grammar only, so it is matched lower-cased (same offsets) and named as written.
      const lowered = before.charAt(0).toLowerCase() + before.slice(1);
      // A described source needs an active verb: "the discovery was reported", "speeches is
      // expected to", "earmarks added into the bill" and "opportunities mentioned by" are not speech.
      const passive = /\b(?:is|are|was|were|be|been|being)\b/i.test(aux) || /^\s+(?:by|in|into|to|on|at|from|with|for)\b/i.test(body.slice(verbEnd, verbEnd + 8));
      const describedMatch = passive ? null : DESCRIBED_SUBJECT.exec(lowered);
      const group = GROUP_SUBJECT.exec(lowered) ?? describedMatch;
      const matched = group?.[1];
      if (matched && group) {
        const offset = (group.index ?? 0) + group[0].indexOf(matched);
        // "the astronomers", "one attendee": the determiner is no part of the description.
        const determiner = /^(?:the|a|an)\s+/i.exec(before.slice(offset, offset + matched.length))?.[0].length ?? 0;
        const phrase = before.slice(offset + determiner, offset + matched.length);
        const start = sentence.start + offset + determiner;
        const words = phrase.split(/\s+/);
        const isSentenceStart = start === sentence.start;
        // A description matched lower-cased is common words throughout: "Local media reports".
        const described = group === describedMatch;
        const name = isSentenceStart && (words.length === 1 || described) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
        const entity = upsertEntity(table, name, 'GROUP', [words[words.length - 1] ?? phrase]);
        const mention: MentionDraft = { entityId: entity.id, sentenceIndex: sentence.index, start, end: start + phrase.length, how: 'NAME', afterPreposition: false };
        addMention(table, mention, phrase);
        speaker = mention;
        speakerId = entity.id;
        subjectStart = start;
      }
    }
    if (!speakerId && /\b[Ii]t\s*$/.test(before)) {
      // "the administration has said it is ...": "it" is the nearest body named before it.
      const candidates = [...here.filter((m) => m.end <= verbStart), ...previous];
      const body_ = [...candidates].reverse().find((m) => {
        const kind = table.entities.get(m.entityId)?.kind;
        return kind !== undefined && kind !== 'PERSON' && kind !== 'PLACE' && m.how !== 'DEMONYM' && !m.afterPreposition;
      });
      if (body_) {
        speakerId = body_.entityId;
        speaker = body_;
        subjectStart = verbStart - (before.length - before.search(/[Ii]t\s*$/));
      }
    }
    // "..., with one poster writing “...”", "with a scientist at the centre noting that": the
    // source is the phrase after "with".
    if (!speakerId && isParticiple) {
      const withPhrase = /\bwith\s+((?:the|a|an|one|another|some|many|several)\s+[^,;:“”"]{1,80}?)\s*$/iu.exec(before);
      const phrase = withPhrase?.[1];
      const introduces = /^\s*(?:that\b|[“"]|:|,)/.test(body.slice(verbEnd, verbEnd + 6));
      if (withPhrase && phrase && introduces && !here.some((m) => m.start >= sentence.start + withPhrase.index && m.end <= verbStart && table.entities.get(m.entityId)?.kind === 'PERSON')) {
        const offset = withPhrase.index + withPhrase[0].indexOf(phrase);
        const determiner = /^(?:the|a|an)\s+/i.exec(phrase)?.[0].length ?? 0;
        const name = phrase.slice(determiner);
        const start = sentence.start + offset + determiner;
        const words = name.split(/\s+/);
        const entity = upsertEntity(table, name, 'GROUP', [words[words.length - 1] ?? name]);
        const mention: MentionDraft = { entityId: entity.id, sentenceIndex: sentence.index, start, end: start + name.length, how: 'NAME', afterPreposition: false };
        addMention(table, mention, name);
        speaker = mention;
        speakerId = entity.id;
        subjectStart = start;
      }
    }
    // A participle joins a statement to its clause ("..., adding that", "and saying"); "no warning
    // had been issued" is a noun.
    if (isParticiple && !speaker && !/(?:[,;:—–]|\b(?:and|but|while|before|after|by|then|also))\s*$/i.test(before)) continue;
    // "..., but did not back ...", "..., adding ...": the subject of the clause before.
    if (!speakerId && lastFrame && (isParticiple || /(?:,|\band|\bbut)\s*$/i.test(before))) {
      speakerId = lastFrame.speakerId;
      speaker = null;
      subjectStart = verbStart;
    }
    // "Sambur defended the decision, saying ...": with no statement before it, a participle is said
    // by the subject of its sentence.
    if (!speakerId && isParticiple && !lastFrame) {
      const subject = clauseSubject(body, sentence.start, verbStart, here, table, quotes);
      if (subject) {
        speaker = subject;
        speakerId = subject.entityId;
        subjectStart = verbStart;
      }
    }
    // "..., said Zelensky." / "..., said the spokesman."
    if (!speakerId && !isParticiple && /,\s*[”"]?\s*$/.test(before)) {
      // "..., said the spokesman", "..., says coauthor Erik Demaine": a few words of role may stand first.
      const after = here.find((m) => m.start >= verbEnd && /^\s*(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,3}$/iu.test(body.slice(verbEnd, m.start)));
      if (after && table.entities.get(after.entityId)?.kind !== 'PLACE') {
        speaker = after;
        speakerId = after.entityId;
        inverted = true;
        subjectStart = verbStart;
      }
    }
    if (!speakerId) continue;
    // "has said it is looking into ...": the inner clause is what was said, not a second statement.
    if (lastFrame && /^\s*(?:that\s+)?$/i.test(body.slice(lastFrame.verbEnd, subjectStart))) continue;

    // What follows the verb: an addressee, circumstances and the date, then "that" and the content.
    let cursor = verbEnd;
    let date: DateMention | null = null;
    for (let guard = 0; guard < 6; guard += 1) {
      const rest = body.slice(cursor, sentence.end);
      const told = /^(?:told|tells|tell)\b/i.test(verb) || guard > 0 ? OBJECT_AFTER_TELL.exec(rest) : null;
      const nextMention = here.find((m) => m.start >= cursor && /^\s*$/.test(body.slice(cursor, m.start)));
      const nextDate = dates.find((d) => d.start >= cursor && /^\s*,?\s*(?:on|in|late|early|last)?\s*$/i.test(body.slice(cursor, d.start)));
      const circumstance = CIRCUMSTANCE.exec(rest);
      if (told && told[0].length > 0) cursor += told[0].length;
      else if (nextDate) {
        date ??= nextDate;
        cursor = nextDate.end;
      } else if (/^(?:told|tells|tell)$/i.test(verb) && nextMention && guard === 0) cursor = nextMention.end;
      else if (circumstance && circumstance[0].trim().length > 0) cursor += circumstance[0].length;
      else break;
    }
    const rest = body.slice(cursor, sentence.end);
    const that = /^\s*,?\s*(?:that\b|:)?\s*/.exec(rest)?.[0] ?? '';
    let contentStart = cursor + that.length;
    let contentEnd = sentence.end;
    let trailing = false;
    let aside: { start: number; end: number } | null = null;
    const remainder = body.slice(contentStart, sentence.end);
    const clauseStart = lastFrame ? lastFrame.contentEnd : sentence.start;
    const lead = body.slice(clauseStart, subjectStart);
    // "Revenue reached $3 billion, the company said, and profit rose 4%": an attribution set off by
    // commas between reported clauses reports both; the clause before it is not left behind.
    // The speaker may carry an untitled role before the name: ", council leader Tom Reyes said,".
    // So may a quotation broken by its attribution: "“A,” team member X told the press, “B.”"
    const setOff = /\S\s*,[”"]?(?:\s*\p{Ll}[\p{L}'’-]*){0,3}\s*$/u.test(lead) && /^\s*,/.test(rest) && !/\bthat\b|:/i.test(that) && /\S/.test(remainder);
    const afterQuote = /(?:[,?!]|\p{L}\)?)[”"]\s*$/u.test(body.slice(sentence.start, subjectStart)) && !/^\s*that\b/i.test(rest);
    if (setOff && !inverted && !afterQuote) {
      aside = { start: clauseStart + lead.lastIndexOf(','), end: cursor };
      contentStart = clauseStart;
    } else if (inverted || afterQuote || /^[\s.,;:!?”"]*$/.test(remainder) || /^,?\s*(?:adding|saying|noting)\b/i.test(remainder)) {
      // "..., Zelensky said." : the content is the clause before the speaker.
      if (subjectStart - clauseStart < 3) continue;
      trailing = true;
      contentStart = clauseStart;
      contentEnd = inverted ? verbStart : subjectStart;
      if (inverted && speaker) date ??= dates.find((d) => d.start >= speaker.end) ?? null;
      // "..., said the company, and profit rose 4%": the clause after the speaker is reported too.
      const continued = inverted && speaker && /,\s*$/.test(lead) ? /^\s*,\s*(?=(?:and|but|while)\s)/i.exec(body.slice(speaker.end, sentence.end)) : null;
      if (continued && speaker) {
        aside = { start: clauseStart + lead.lastIndexOf(','), end: speaker.end };
        contentEnd = sentence.end;
        trailing = false;
      }
    }
    [contentStart, contentEnd] = trimSpan(body, contentStart, contentEnd);
    if (contentEnd <= contentStart) continue;
    if (lastFrame && !lastFrame.trailing && lastFrame.contentEnd > subjectStart) {
      [, lastFrame.contentEnd] = trimSpan(body, lastFrame.contentStart, subjectStart);
    }
    if (aside && (aside.start < contentStart || aside.end > contentEnd)) aside = null;
    frames.push({ speaker, speakerId, subjectStart, verbStart, verbEnd, verb: aux + verb, inverted, trailing, contentStart, contentEnd, date, placeId, aside });
  }
  return frames;
}

/** Words after a name that show it is no clause subject: prepositions, conjunctions, relatives. */
const NOT_A_VERB = new Set([
  'of', 'for', 'and', 'or', 'but', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'who', 'which', 'that', 'as', 'than',
  'into', 'over', 'under', 'after', 'before', 'about', 'against', 'between', 'during', 'since', 'through', 'via', 'whose',
  'where', 'when', 'while', 'if', 'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'per',
]);
const QUOTE_SUBJECT_KINDS: ReadonlySet<string> = new Set(['PERSON', 'ORGANIZATION', 'GOVERNMENT', 'GROUP', 'AGENCY']);
const SUBJECT_KINDS: ReadonlySet<string> = new Set(['PERSON', 'ORGANIZATION', 'GOVERNMENT', 'GROUP', 'AGENCY', 'OUTLET', 'COUNTRY']);

/**
 * The subject of the clause in [from, limit): the first person or body named outside quotation marks,
 * not after a preposition, and followed by a lower-case word that is not a preposition, conjunction
 * or article (the verb: "Marvin Sambur defended", "Matonga later clarified"). Titles and names of
 * bodies inside a longer name ("Secretary of the Air Force for Acquisition Marvin Sambur") are
 * followed by "for", "of" and the like, and so skipped.
 */
export function clauseSubject(
  body: string,
  from: number,
  limit: number,
  here: readonly MentionDraft[],
  table: EntityTable,
  quotes: readonly QuoteSegment[],
): MentionDraft | null {
  for (const m of here) {
    if (m.start < from || m.end > limit) continue;
    if (m.afterPreposition || m.how === 'DEMONYM') continue;
    if (quotes.some((q) => m.start >= q.start - 1 && m.start < q.end + 1)) continue;
    const kind = table.entities.get(m.entityId)?.kind;
    if (!kind || !SUBJECT_KINDS.has(kind)) continue;
    // Several mentions over the same words: the longest, which comes first in the sort.
    // An abbreviation in brackets or an appositive may stand before the verb: "John Cornyn,
    // Republican from Texas, issued", "Steve Ellis, offered" after "Vice President of X,".
    const next = /^(?:\s*\([^)]{1,40}\))?(?:\s*,[^,;“”"]{1,80},|\s*,)?\s+(\p{Ll}[\p{L}'’-]*)/u.exec(body.slice(m.end, Math.min(limit, m.end + 140)));
    const word = next?.[1]?.toLowerCase();
    if (!word || NOT_A_VERB.has(word)) continue;
    if (/^['’]s\b/.test(body.slice(m.end, m.end + 3))) continue;
    // Only what opens the clause: nothing but a role or an opening phrase set off by a comma before it.
    const lead = body.slice(from, m.start);
    // The role's words are capitalised or join capitalised ones ("Secretary of the Air Force for
    // Acquisition"); a lower-case word must be followed by a capitalised one ("council leader Tom").
    if (!/^\s*(?:[^,;“”"]{0,80},\s*)?(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for|and|on|[\p{Ll}-]+(?=\s+\p{Lu}))\s+){0,8}$/u.test(lead)) continue;
    if (/\b(?:said|says|told|added)\b/i.test(lead)) continue;
    return m;
  }
  return null;
}

/** "..., and that ...", "...; that ...": where one reported clause ends and a coordinated one starts. */
const COORDINATED_THAT = /(?:\s*,)?\s+(?:and|but)\s+(?:also\s+)?that\s+|\s*;\s*(?:and\s+)?that\s+/giu;

/**
 * "X said A and that B" is two statements by X: each clause is its own claim, with its own evidence
 * span, so a quiz can ask about one without the other. Only when the speaker comes first: a set-off
 * or trailing attribution already reads its clauses as one.
 */
function splitCoordinated(body: string, quotes: readonly QuoteSegment[], a: Attribution): Attribution[] {
  if (a.aside || a.contentStart <= a.spanStart) return [a];
  const content = body.slice(a.contentStart, a.contentEnd);
  const cuts: Array<{ end: number; next: number; that: number }> = [];
  COORDINATED_THAT.lastIndex = 0;
  for (let m = COORDINATED_THAT.exec(content); m; m = COORDINATED_THAT.exec(content)) {
    const at = a.contentStart + m.index;
    // A "that" inside a quotation is the quoted speaker's grammar, not a second statement here.
    if (quotes.some((q) => at >= q.start && at < q.end)) continue;
    cuts.push({ end: at, next: at + m[0].length, that: at + m[0].toLowerCase().lastIndexOf('that') });
  }
  if (cuts.length === 0) return [a];
  // The speaker's words without the "that" that opens the first clause.
  const speakerWords = body.slice(a.spanStart, a.contentStart).replace(/(?:\s*,?\s*\bthat)?\s*$/i, '');
  const [speakerStart, speakerEnd] = trimSpan(body, a.spanStart, a.spanStart + speakerWords.length);
  const parts: Attribution[] = [];
  for (let k = 0; k <= cuts.length; k += 1) {
    const from = k === 0 ? a.contentStart : (cuts[k - 1]?.next ?? a.contentStart);
    const to = k === cuts.length ? a.contentEnd : (cuts[k]?.end ?? a.contentEnd);
    const [contentStart, contentEnd] = trimSpan(body, from, to);
    if (contentEnd <= contentStart) return [a];
    parts.push({
      ...a,
      contentStart,
      contentEnd,
      spanStart: k === 0 ? a.spanStart : (cuts[k - 1]?.that ?? contentStart),
      spanEnd: k === cuts.length ? a.spanEnd : contentEnd,
      quotes: [],
      speakerSpan: k === 0 ? null : { start: speakerStart, end: speakerEnd },
    });
  }
  return parts;
}

/** Items per sentence, in their original order: filtering the whole list per sentence is quadratic. */
function groupBySentence<T extends { readonly sentenceIndex: number }>(sentences: readonly Sentence[], items: readonly T[]): T[][] {
  const groups: T[][] = sentences.map(() => []);
  for (const item of items) groups[item.sentenceIndex]?.push(item);
  return groups;
}

/** The text before a name without the untitled role that opens it: "Senior researcher " → "". */
function withoutRole(before: string): string {
  return before.replace(/(?:^|(?<=[\s,;:]))(?:\p{Lu}?\p{Ll}[\p{L}'’-]*\s+){1,4}$/u, '');
}

function atClauseStart(before: string): boolean {
  return /^\s*$|[,;:]\s*$|[”"]\s*$|\b(?:and|but|that|while|as|when)\s+$/i.test(before);
}

/** Trim spaces, connectors and trailing punctuation, but keep quotation marks the span opens. */
function trimSpan(body: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  for (let changed = true; changed; ) {
    changed = false;
    while (s < e && /\s/.test(body[s] ?? '')) (s += 1), (changed = true);
    while (e > s && /[\s,.;:!?]/.test(body[e - 1] ?? '')) (e -= 1), (changed = true);
    const tail = /(?:^|\s)(?:and|but|or)$/i.exec(body.slice(s, e));
    if (tail) (e -= tail[0].length), (changed = true);
    const closing = body[e - 1];
    if ((closing === '”' || closing === '"') && !/[“"]/.test(body.slice(s, e - 1))) (e -= 1), (changed = true);
  }
  return [s, e];
}

function lastQuotedInParagraph(body: string, attributions: readonly Attribution[], sentence: Sentence): Attribution | undefined {
  for (let k = attributions.length - 1; k >= 0; k -= 1) {
    const a = attributions[k];
    if (!a) continue;
    if (a.sentenceIndex < sentence.index - 1) return undefined;
    if (body.slice(a.spanEnd, sentence.start).includes('\n')) return undefined;
    if (a.quotes.length > 0 && a.speakerId) return a;
  }
  return undefined;
}

/** "..., according to Yonhap News Agency." / "According to police, ...". */
function accordingTo(
  sentence: Sentence,
  here: readonly MentionDraft[],
  table: EntityTable,
): { mention: MentionDraft; phraseStart: number; contentStart: number; contentEnd: number } | null {
  const match = /\b(?:according to|citing|as reported by)\s+/i.exec(sentence.text);
  if (!match) return null;
  const phraseStart = sentence.start + match.index;
  const after = phraseStart + match[0].length;
  // The source is the phrase up to the next comma: "according to Afghan Ambassador Hamdullah Mohib"
  // names the ambassador, not Afghanistan. A person named in it wins; else its first body.
  const phraseLimit = sentence.start + (/[,;:]|\s(?:that|the\s+\w+\s+(?:said|says))\b/.exec(sentence.text.slice(after - sentence.start))?.index ?? sentence.text.length) + (after - sentence.start);
  const inPhrase = here.filter((m) => m.start >= after && m.start < phraseLimit && m.how !== 'DEMONYM' && m.how !== 'PRONOUN' && table.entities.get(m.entityId)?.kind !== 'PLACE');
  const first = inPhrase[0];
  const mention = inPhrase.find((m) => table.entities.get(m.entityId)?.kind === 'PERSON') ?? (first && first.start - after <= 4 ? first : undefined);
  return mention ? accordingToResult(sentence, mention, phraseStart, match.index < 2) : null;
}

function accordingToResult(
  sentence: Sentence,
  mention: MentionDraft,
  phraseStart: number,
  atStart: boolean,
): { mention: MentionDraft; phraseStart: number; contentStart: number; contentEnd: number } {
  const phraseEnd = sentence.start + (/[,.]/.exec(sentence.text.slice(mention.end - sentence.start))?.index ?? sentence.text.length) + (mention.end - sentence.start);
  return atStart
    ? { mention, phraseStart, contentStart: Math.min(phraseEnd + 1, sentence.end), contentEnd: sentence.end }
    : { mention, phraseStart, contentStart: sentence.start, contentEnd: phraseStart };
}

/**
 * A statement that is its whole sentence: reported "according to" someone, or the article's own
 * voice when `speaker` is null.
 */
function wholeSentence(
  body: string,
  sentence: Sentence,
  kind: 'ACCORDING_TO' | 'OWN_VOICE',
  [start, end]: readonly [number, number],
  speaker: MentionDraft | null,
): Attribution {
  const [contentStart, contentEnd] = trimSpan(body, start, end);
  return {
    kind,
    sentenceIndex: sentence.index,
    speakerId: speaker?.entityId ?? null,
    speakerMention: speaker,
    viaId: null,
    verb: kind === 'ACCORDING_TO' ? 'according to' : '',
    contentStart,
    contentEnd,
    spanStart: sentence.start,
    spanEnd: sentence.end,
    quotes: [],
    date: null,
    placeId: null,
    aside: null,
    speakerSpan: null,
  };
}
