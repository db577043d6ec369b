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

const LEADING_CONNECTIVE = /^(?:but|and|or|so|yet|however|meanwhile|also|moreover|in addition|still|nevertheless|as a result|consequently|because of this|as a consequence)\s*,?\s+/i;
/** "According to the Saudi Interior Ministry," (with or without its comma when a capitalised name ends it). */
const ACCORDING_LEAD = /^[Aa]ccording to (?:[^,]{1,60},\s+|(?:the )?(?:[A-Z][\w’'.-]*\s+){1,6}(?=[a-z0-9]))/;
/** An opening time or place phrase set off by a comma: "Last week,", "On Monday,", "In 2006,". */
const TIME_LEAD = /^(?:(?:last|this|next|earlier|later|early|late) \w+(?: \w+)?|(?:on|in|by|during|since|at|earlier|later) [^,]{1,30}|yesterday|today|tonight|earlier|later|now),\s+/i;
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
    for (const lead of [LEADING_CONNECTIVE, ACCORDING_LEAD, TIME_LEAD]) {
      const m = lead.exec(t);
      if (m !== null && m[0].length < t.length) {
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
    if (words(head) >= MIN_HEAD_WORDS && !DANGLING_END.test(head)) best = head;
  }
  return best;
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
  if (cut === null || words(cut) < MIN_BRIEF_WORDS || DANGLING_END.test(cut)) return null;
  // A statement opening with a subordinate clause ("If the vote passes") is a fragment once cut.
  if (/^(?:if|when|while|although|though|because|since|as|after|before|unless|whether|once)\b/i.test(cut) && cut !== t) return null;
  return capitalize(cut);
}
