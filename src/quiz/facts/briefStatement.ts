// A sentence or clause of the article cut down to an option a student reads on its own: no
// attribution lead ("According to the ministry,"), no opening time phrase, no quotation, no pronoun
// or connective pointing outside it, at most MAX_BRIEF_WORDS words, cut only where a clause ends.
// Comprehension questions (main idea, cause and effect) offer such statements as options, so every
// option is the article's own words, shortened, never invented.
import { capitalize, withoutFinalStop } from '../text/format';
import { standsAlone } from './ownVoice';

export const MAX_BRIEF_WORDS = 22;
export const MIN_BRIEF_WORDS = 4;
/** A cut never leaves fewer words than this before it: a subject and its verb at least. */
const MIN_HEAD_WORDS = 5;

const LEADING_CONNECTIVE = /^(?:but|and|or|so|yet|however|meanwhile|also|moreover|in addition|still|nevertheless|as a result|consequently|because of this|as a consequence|finally|additionally|instead|indeed|in fact|in contrast|separately|elsewhere|overall|ultimately)\s*,?\s+/i;
/** An opening phrase before the main clause: "With the vote done,", "Unlike earlier robots,". */
const OPENING_PHRASE = /^(?:with|unlike|despite|coinciding with|based on|having|following|after|before|during|under|amid|as part of|in response to|in addition to|along with|besides|apart from)\b[^,]{1,80},\s+/i;
/** "According to the Saudi Interior Ministry," (with or without its comma when a capitalised name ends it). */
const ACCORDING_LEAD = /^[Aa]ccording to (?:[^,]{1,60},\s+|(?:the )?(?:[A-Z][\w’'.-]*\s+){1,6}(?=[a-z0-9]))/;
/** An opening time or place phrase set off by a comma: "Last week,", "On Monday,", "In 2006,". */
const TIME_LEAD = /^(?:(?:last|this|next|earlier|later|early|late) \w+(?: \w+)?|(?:on|in|by|during|since|at|earlier|later) [^,]{1,30}|(?:[\w-]+\s+){1,3}(?:later|earlier|ago)|yesterday|today|tonight|earlier|later|now),\s+/i;
/** Where a clause may end: a comma, a dash, a semicolon, a colon, a bracket. */
const CLAUSE_END = /,\s+|\s+[–—]\s+|\s+-\s+|;\s+|:\s+|\s+\(/g;
/** Words a cut must not leave hanging at the end. */
const DANGLING_END = /\b(?:a|an|the|of|to|in|on|at|by|for|with|from|and|or|but|as|that|which|who|than|its|their|his|her|is|are|was|were|be|been|has|have|had)$/i;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

function stripLeads(text: string): string {
  let t = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const lead of [LEADING_CONNECTIVE, ACCORDING_LEAD, TIME_LEAD, OPENING_PHRASE]) {
      const m = lead.exec(t);
      if (m !== null && words(t.slice(m[0].length)) >= MIN_HEAD_WORDS) {
        t = t.slice(m[0].length);
        changed = true;
      }
    }
  }
  return t;
}

/** The longest head of `text` that ends where a clause ends and fits MAX_BRIEF_WORDS, or null. */
function cutToClause(text: string): string | null {
  if (words(text) <= MAX_BRIEF_WORDS) return text;
  let best: string | null = null;
  for (const m of text.matchAll(CLAUSE_END)) {
    const head = text.slice(0, m.index).trim();
    if (words(head) > MAX_BRIEF_WORDS) break;
    // Never inside brackets: "three days in a row (starting Friday" is no clause.
    if (words(head) >= MIN_HEAD_WORDS && !DANGLING_END.test(head) && (head.match(/\(/g) ?? []).length === (head.match(/\)/g) ?? []).length) best = head;
  }
  return best;
}

const AUXILIARY = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|says|said|won|lost|took|went|made|found|gave|began|became|came|fell|rose|met|led|left|held|sent|told|saw|ran|hit|shot|spent|paid|brought|built|caught|chose|drove|flew|grew|knew|put|set|sold|spoke|stood|struck|threw|wore|wrote|broke|kept|got|beat|won|sank|fled|fought|bought|thought|taught|sought|meant|dealt|felt|heard|lay|laid|lit|read|rode|rang|sang|slept|stole|swam|swept|swore|tore|wept|wound)\b/i;

/** Common present-tense verbs ("The plan takes effect", "Web developers face problems"). */
const PRESENT_VERB = /\b(?:takes?|makes?|comes?|goes|gives?|shows?|plans?|wants?|needs?|faces?|remains?|includes?|expects?|calls?|hopes?|looks?|seems?|holds?|leads?|runs?|sees?|gets?|keeps?|begins?|means?|becomes?|lives?|works?|uses?|allows?|requires?|continues?|follows?|stands?|opens?|closes?|reports?|claims?|believes?|thinks?|knows?|tells?|asks?|tries|helps?|offers?|provides?|supports?|contains?|lies|sits?|rises?|falls?|grows?|owns?|costs?|serves?)\b/i;

/** Whether the text has a finite verb: a statement, not a noun phrase ("Mozilla Firefox, its main rival"). */
export function hasFiniteVerb(text: string): boolean {
  if (AUXILIARY.test(text)) return true;
  if (text.split(/\s+/).slice(1).some((w) => PRESENT_VERB.test(w) && PRESENT_VERB.exec(w)?.[0] === w.replace(/[,;:]$/, ''))) return true;
  // A past tense after the first word ("Miller ended the game"); "Based on …" opens with a participle.
  return text.split(/\s+/).slice(1).some((w) => /^[a-z]{3,}ed[,;:]?$/.test(w));
}

const PLURAL_NOUNS = /^(?:people|children|men|women|police|staff|crew|public|family|families|team|government|council|committee|media|youth|cattle)[,;]?$/i;

/** "They"/"them"/"their" with no plural noun before it in the statement points outside it. */
function unresolvedPlural(text: string): boolean {
  const m = /\b(?:they|them|their)\b/i.exec(text);
  if (m === null) return false;
  return !text
    .slice(0, m.index)
    .split(/\s+/)
    .some((w) => (/^[A-Za-z]{3,}s[,;]?$/.test(w) && !/(?:ss|us|is)[,;]?$/.test(w)) || PLURAL_NOUNS.test(w));
}

/**
 * The text as a short self-contained statement (capitalised, no final stop), or null when it cannot
 * be one: a question, a quotation, a speaker's first-person words, an opening pronoun or connective,
 * a fragment, or a sentence that cannot be cut short at a clause boundary.
 */
export function briefStatement(text: string): string | null {
  let t = withoutFinalStop(text.trim().replace(/[.!]+["”’]?$/, '').trim());
  if (t.endsWith('?') || /[“”"]/.test(t)) return null;
  t = stripLeads(t);
  // An option opening with a figure reads as a figure answer ("345 pilgrims …"), not a statement.
  if (!/^\p{L}/u.test(t)) return null;
  if (!standsAlone(t)) return null;
  const cut = cutToClause(t);
  if (cut === null || words(cut) < MIN_BRIEF_WORDS || DANGLING_END.test(cut) || /[:,;]$/.test(cut)) return null;
  if (!hasFiniteVerb(cut) || unresolvedPlural(cut)) return null;
  // A relative clause interrupted by an aside ("boats which, according to AFP") never closes once cut.
  if (cut !== t && /\b(?:which|who|whom|whose|where),\s/i.test(cut)) return null;
  // A statement opening with a subordinate clause ("If the vote passes") is a fragment once cut.
  if (/^(?:if|when|while|although|though|because|since|as|after|before|unless|whether|once)\b/i.test(cut) && cut !== t) return null;
  return capitalize(cut);
}
