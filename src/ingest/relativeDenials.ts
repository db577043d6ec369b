// Denials told in a relative clause: "... it would amount to amnesty, which the Home Office rejects",
// "He faces charges of fraud, which he denies", "..., a claim the company disputes." The clause
// before the comma is what the named party denies: a statement of theirs, DENIED, and no longer part
// of what any other speaker in the sentence is reported to say.

import type { Sentence } from '../domain/facts';
import type { Attribution } from './attributions';
import type { EntityTable, MentionDraft } from './entityTable';

const DENIAL_VERB = String.raw`(?:denie[sd]|deny|disputes?|disputed|rejects?|rejected|refutes?|refuted)`;
const AUXILIARY = String.raw`(?:has|have|had|also|strongly|flatly|firmly|vehemently|repeatedly|consistently|always|since|long|now|today|yesterday|still|publicly|officially)`;
/**
 * ", which the Home Office today rejects", ", an allegation he has denied", ", charges that she denies":
 * the relative word, then the subject's words (up to six), auxiliaries, the verb, and the clause's end.
 */
const RELATIVE_DENIAL = new RegExp(
  String.raw`,\s+(?:which|(?:a|an)\s+(?:claim|allegation|accusation|charge|report|suggestion|assertion)|(?:claims|allegations|accusations|charges|reports|suggestions))(?:\s+that)?\s+((?:[\p{L}.'’-]+\s+){1,6}?)((?:${AUXILIARY}\s+)*)(${DENIAL_VERB})(?=\s*(?:[,.;:)]|$)|\s+(?:and|but)\b)`,
  'giu',
);

export function relativeDenials(body: string, sentences: readonly Sentence[], attributions: Attribution[], table: EntityTable): Attribution[] {
  const mentionsBySentence = new Map<number, MentionDraft[]>();
  for (const m of table.mentions) {
    const list = mentionsBySentence.get(m.sentenceIndex) ?? [];
    if (list.length === 0) mentionsBySentence.set(m.sentenceIndex, list);
    list.push(m);
  }
  const result: Attribution[] = [];
  let k = 0;
  for (const sentence of sentences) {
    const own: Attribution[] = [];
    while (k < attributions.length && (attributions[k]?.sentenceIndex ?? Infinity) <= sentence.index) own.push(attributions[k++] as Attribution);
    const added: Attribution[] = [];
    RELATIVE_DENIAL.lastIndex = 0;
    for (let match = RELATIVE_DENIAL.exec(sentence.text); match; match = RELATIVE_DENIAL.exec(sentence.text)) {
      const comma = sentence.start + match.index;
      const subjectStart = comma + match[0].length - (match[1]?.length ?? 0) - (match[2]?.length ?? 0) - (match[3]?.length ?? 0);
      const verbStart = comma + match[0].length - (match[3]?.length ?? 0) - (match[2]?.length ?? 0);
      const verbEnd = comma + match[0].length;
      // The subject is one named party (or a pronoun standing for one), with nothing but "the" before it.
      const speaker = (mentionsBySentence.get(sentence.index) ?? []).find(
        (m) => m.start >= subjectStart && m.end <= verbStart && /^(?:the\s+)?$/i.test(body.slice(subjectStart, m.start)) && /^\s*$/.test(body.slice(m.end, verbStart)) && table.entities.get(m.entityId)?.kind !== 'PLACE' && m.how !== 'DEMONYM',
      );
      if (!speaker) continue;
      // What is denied: the clause before the comma, from where the statement holding it starts.
      const holder = own.find((a) => a.contentStart < comma && a.contentEnd > comma);
      const boundary = Math.max(sentence.start, ...[...body.slice(sentence.start, comma).matchAll(/[;:—–]\s*/g)].map((b) => sentence.start + (b.index ?? 0) + b[0].length));
      const contentStart = holder ? Math.max(holder.contentStart, boundary) : boundary;
      if (comma - contentStart < 3) continue;
      for (const [i, a] of own.entries()) {
        if (a.contentStart >= comma || a.contentEnd <= comma) continue;
        // The denial is no part of what the other speaker says: it becomes their statement's aside,
        // or, where it already has one, the statement ends before it.
        if (a.aside === null && a.contentEnd > verbEnd) own[i] = { ...a, aside: { start: comma, end: verbEnd } };
        else own[i] = { ...a, contentEnd: comma, spanEnd: a.spanEnd === a.contentEnd ? comma : a.spanEnd };
      }
      added.push({
        kind: 'REPORTED',
        sentenceIndex: sentence.index,
        speakerId: speaker.entityId,
        speakerMention: speaker,
        viaId: null,
        // The verb with its perfect auxiliary only: "today" or "strongly" would read oddly in a paraphrase.
        verb: `${/\b(?:has|have|had)\b/i.exec(match[2] ?? '')?.[0] ?? ''} ${match[3] ?? ''}`.trim(),
        contentStart,
        contentEnd: comma,
        spanStart: contentStart,
        spanEnd: verbEnd,
        quotes: [],
        date: null,
        placeId: null,
        aside: null,
        speakerSpan: null,
        standing: 'DENIED',
      });
    }
    result.push(...[...own, ...added].sort((a, b) => a.spanStart - b.spanStart || a.contentStart - b.contentStart));
  }
  while (k < attributions.length) result.push(attributions[k++] as Attribution);
  return result;
}
