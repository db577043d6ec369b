// Relations between entities where the sentence pattern is plain: meetings ("met with", "meeting ...
// with"), agreements ("A and B signed/agreed to a ... treaty"), supply ("A supplied B with X",
// "A supplied X to B"), support ("A is supporting B"), conflict ("A invaded B", "forces are pressing
// B"), membership ("accepting A into B", "A joined B"), fighting alongside, and leadership from titles.

import type { DateRef, Relation, RelationKind, Sentence } from '../domain/facts';
import type { DateMention } from './dates';
import type { EntityTable, MentionDraft } from './entityTable';
import { evidenceOf } from './evidence';

interface RelationRule {
  readonly kind: RelationKind;
  readonly verb: RegExp;
  /** Where the object is: right after the verb, or after "to"/"with"/"into" further on. */
  readonly object: 'NEXT' | 'WITH' | 'TO' | 'INTO';
  readonly describe: (subject: string, object: string, phrase: string) => string;
}

const RULES: readonly RelationRule[] = [
  { kind: 'MEETING', verb: /\b(?:met|meets|meeting|held talks|holds talks)\b/gi, object: 'WITH', describe: (s, o) => `${s} met ${o}` },
  {
    kind: 'AGREEMENT',
    verb: /\b(?:signed|agreed to|agreed on|concluded|reached|struck|sealed)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:treaty|agreement|deal|accord|pact|partnership)\b/giu,
    object: 'WITH',
    describe: (s, o, phrase) => `${s} and ${o} ${phrase}`,
  },
  { kind: 'SUPPLY', verb: /\b(?:supplied|supplies|supply|provided|provides|delivered|delivers|shipped|ships|sold|sells)\b/gi, object: 'NEXT', describe: (s, o) => `${s} supplies ${o}` },
  { kind: 'SUPPORT', verb: /\b(?:supporting|supports|supported|backs|backing)\b/gi, object: 'NEXT', describe: (s, o) => `${s} supports ${o}` },
  { kind: 'CONFLICT', verb: /\b(?:invaded|invades|attacked|attacks|pressing|bombed|shelled|fighting against|at war with|went to war with)\b/gi, object: 'NEXT', describe: (s, o) => `${s} is in conflict with ${o}` },
  { kind: 'MEMBERSHIP', verb: /\b(?:accepting|admitting|admit|accept|welcoming)\b/gi, object: 'INTO', describe: (s, o) => `${s} joining ${o}` },
  { kind: 'MEMBERSHIP', verb: /\b(?:joined|joins)\b/gi, object: 'NEXT', describe: (s, o) => `${s} joined ${o}` },
  { kind: 'ALLIANCE', verb: /\b(?:alongside|allied with|in alliance with)\b/gi, object: 'NEXT', describe: (s, o) => `${s} fights alongside ${o}` },
];

const PARTY_KINDS = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION', 'AGENCY', 'GOVERNMENT', 'GROUP']);

export function findRelations(
  body: string,
  articleId: string,
  sentences: readonly Sentence[],
  table: EntityTable,
  dates: readonly DateMention[],
): Relation[] {
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const push = (kind: RelationKind, subject: MentionDraft, object: MentionDraft, description: string, sentenceIndex: number, date: DateRef | null): void => {
    if (subject.entityId === object.entityId) return;
    const key = `${kind}|${subject.entityId}|${object.entityId}`;
    if (seen.has(key)) return;
    seen.add(key);
    const start = Math.min(subject.start, object.start);
    const end = Math.max(subject.end, object.end);
    relations.push({
      id: `relation-${relations.length + 1}`,
      articleId,
      kind,
      subjectId: subject.entityId,
      objectId: object.entityId,
      description,
      date,
      evidence: evidenceOf(body, articleId, sentenceIndex, start, end),
    });
  };
  const nameOf = (m: MentionDraft): string => table.entities.get(m.entityId)?.name ?? body.slice(m.start, m.end);
  const isParty = (m: MentionDraft): boolean => PARTY_KINDS.has(table.entities.get(m.entityId)?.kind ?? 'PLACE');

  // Grouped once by sentence: filtering every mention and date for each sentence is quadratic.
  const partiesBySentence: MentionDraft[][] = sentences.map(() => []);
  for (const m of table.mentions) if (isParty(m)) partiesBySentence[m.sentenceIndex]?.push(m);
  const dateBySentence: Array<DateRef | null> = sentences.map(() => null);
  for (const d of dates) {
    if (d.ref.precision !== 'UNRESOLVED' && dateBySentence[d.sentenceIndex] === null) dateBySentence[d.sentenceIndex] = d.ref;
  }
  for (const sentence of sentences) {
    const here = (partiesBySentence[sentence.index] ?? []).sort((a, b) => a.start - b.start || b.end - a.end);
    const date = dateBySentence[sentence.index] ?? null;
    for (const rule of RULES) {
      rule.verb.lastIndex = 0;
      for (let match = rule.verb.exec(sentence.text); match; match = rule.verb.exec(sentence.text)) {
        const verbStart = sentence.start + match.index;
        const verbEnd = verbStart + match[0].length;
        const object = objectOf(body, here, verbEnd, rule.object, sentence.end);
        if (!object && rule.kind !== 'AGREEMENT') continue;
        const before = here.filter((m) => m.end <= verbStart && !m.afterPreposition && body.slice(m.end, verbStart).length < 200);
        if (rule.kind === 'AGREEMENT') {
          // "Putin and North Korean leader Kim Jong Un agreed to ...": the parties joined by "and".
          const parties = before.filter((m) => table.entities.get(m.entityId)?.kind === 'PERSON' || m.how === 'NAME');
          const withObject = object && /^\s+with\b/.test(body.slice(verbEnd, verbEnd + 6)) ? object : null;
          const first = parties.find((m) => !parties.some((p) => p !== m && p.start <= m.start && p.end >= m.end && p.end - p.start > m.end - m.start));
          const second = withObject ?? [...parties].reverse().find((m) => m.entityId !== first?.entityId && table.entities.get(m.entityId)?.kind === table.entities.get(first?.entityId ?? '')?.kind);
          if (first && second) push('AGREEMENT', first, second, rule.describe(nameOf(first), nameOf(second), match[0]), sentence.index, date);
          continue;
        }
        if (!object) continue;
        if (rule.object === 'INTO') {
          // "accepting Ukraine into NATO": the one accepted is right after the verb.
          const member = here.find((m) => m.start >= verbEnd && /^\s*$/.test(body.slice(verbEnd, m.start)));
          if (member) push(rule.kind, member, object, rule.describe(nameOf(member), nameOf(object), match[0]), sentence.index, date);
          continue;
        }
        const subject = rule.kind === 'MEETING' || rule.kind === 'ALLIANCE' ? before.find((m) => m.how !== 'DEMONYM' || rule.kind === 'ALLIANCE') : before[before.length - 1];
        if (!subject) continue;
        const described = rule.kind === 'SUPPLY' ? supplyDescription(body, nameOf(subject), nameOf(object), object.end, sentence.end) : rule.describe(nameOf(subject), nameOf(object), match[0]);
        push(rule.kind, subject, object, described, sentence.index, date);
      }
    }
  }
  for (const leadership of table.leaderships) {
    const person = table.entities.get(leadership.personId);
    const of = table.entities.get(leadership.ofId);
    if (!person || !of) continue;
    const subject: MentionDraft = { entityId: person.id, sentenceIndex: leadership.sentenceIndex, start: leadership.start, end: leadership.end, how: 'NAME', afterPreposition: false };
    push('LEADERSHIP', subject, { ...subject, entityId: of.id }, `${person.name} is ${leadership.title} of ${of.name}`, leadership.sentenceIndex, null);
  }
  return relations;
}

function objectOf(body: string, here: readonly MentionDraft[], verbEnd: number, where: RelationRule['object'], limit: number): MentionDraft | null {
  const after = here.filter((m) => m.start >= verbEnd && m.start < limit);
  if (where === 'NEXT') {
    const next = after[0];
    return next && /^\s*(?:the\s+)?$/i.test(body.slice(verbEnd, next.start)) ? next : null;
  }
  const preposition = where === 'WITH' ? /\bwith\s+(?:the\s+)?$/i : where === 'TO' ? /\bto\s+(?:the\s+)?$/i : /\b(?:into|to)\s+(?:the\s+)?$/i;
  for (const m of after) {
    if (m.start - verbEnd > 120) break;
    const gap = body.slice(verbEnd, m.start);
    if (/[.;]/.test(gap)) break;
    if (preposition.test(gap)) {
      // "with NATO Secretary-General Mark Rutte": the person the titled phrase names.
      const person = after.find((p) => p.start > m.start && p.start - m.end < 25 && /^\s*[\p{Lu}][\p{L}-]*\s*$/u.test(body.slice(m.end, p.start)));
      return person ?? m;
    }
  }
  return null;
}

/** "North Korea supplies Russia with artillery shells and short-range ballistic missiles". */
function supplyDescription(body: string, subject: string, object: string, objectEnd: number, limit: number): string {
  const what = /^\s+with\s+([^,.;]+?)(?:\s+in return\b|\s+in exchange\b|[,.;]|$)/.exec(body.slice(objectEnd, limit))?.[1];
  return what ? `${subject} supplies ${object} with ${what.trim()}` : `${subject} supplies ${object}`;
}
