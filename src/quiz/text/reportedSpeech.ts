// Direct speech into reported speech, as a person writes it after "X said": "I am ready" → "he was
// ready", "we will not proceed" → "the party would not proceed". First-person words become the
// speaker's (a pronoun or a name the caller gives); tenses move one step back (is → was, will →
// would, can't → couldn't). Whatever cannot be turned soundly (words addressed to "you", a
// question, an elided quotation, a first person with no voice to give it, a verb whose past is not
// known) makes the whole result null: a statement left half in the speaker's voice is worse than none.

/** How the speaker is referred to in the third person: "he/him/his/himself" or "the party/the party/the party’s/itself". */
export interface Voice {
  readonly subject: string;
  readonly object: string;
  readonly possessive: string;
  readonly reflexive: string;
  readonly plural: boolean;
}

export const HE: Voice = { subject: 'he', object: 'him', possessive: 'his', reflexive: 'himself', plural: false };
export const SHE: Voice = { subject: 'she', object: 'her', possessive: 'her', reflexive: 'herself', plural: false };
export const IT: Voice = { subject: 'it', object: 'it', possessive: 'its', reflexive: 'itself', plural: false };
export const THEY: Voice = { subject: 'they', object: 'them', possessive: 'their', reflexive: 'themselves', plural: true };

/** A body named in full: "we will not proceed" → "ZANU-PF would not proceed". */
export function namedVoice(name: string): Voice {
  return { subject: name, object: name, possessive: `${name}’s`, reflexive: 'itself', plural: false };
}

/** One step back in time for a finite auxiliary or copula (the verbs whose past every reader knows). */
const BACKSHIFT: Readonly<Record<string, string>> = {
  am: 'was', is: 'was', are: 'were', will: 'would', can: 'could', shall: 'should', may: 'might',
  has: 'had', have: 'had', does: 'did', do: 'did',
  "isn't": "wasn't", "aren't": "weren't", "won't": "wouldn't", "can't": "couldn't", cannot: 'could not',
  "don't": "didn't", "doesn't": "didn't", "haven't": "hadn't", "hasn't": "hadn't", "shan't": "shouldn't",
};

/** Words after which "have"/"do"/"be" is not finite ("will have", "to do") and keeps its form. */
const NON_FINITE_BEFORE = /^(to|will|would|can|could|shall|should|may|might|must|not|never|did|didn't|does|do|n't)$/;

const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  be: 'was', become: 'became', begin: 'began', bring: 'brought', build: 'built', buy: 'bought', catch: 'caught',
  choose: 'chose', come: 'came', cut: 'cut', deal: 'dealt', do: 'did', draw: 'drew', drive: 'drove', eat: 'ate',
  fall: 'fell', feel: 'felt', fight: 'fought', find: 'found', forget: 'forgot', get: 'got', give: 'gave', go: 'went',
  grow: 'grew', have: 'had', hear: 'heard', hold: 'held', keep: 'kept', know: 'knew', lead: 'led', leave: 'left',
  let: 'let', lose: 'lost', make: 'made', mean: 'meant', meet: 'met', pay: 'paid', put: 'put', read: 'read',
  run: 'ran', say: 'said', see: 'saw', seek: 'sought', sell: 'sold', send: 'sent', set: 'set', sit: 'sat',
  speak: 'spoke', spend: 'spent', stand: 'stood', take: 'took', teach: 'taught', tell: 'told', think: 'thought',
  understand: 'understood', win: 'won', write: 'wrote',
};

/** Adverbs that may stand between a subject and its verb ("I just want", "we also hope"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['just', 'also', 'really', 'still', 'now', 'never', 'always', 'all', 'both', 'only', 'already', 'certainly', 'truly', 'fully', 'not']);

/** Words no verb is: a first-person subject followed by one of these is not a clause we can turn. */
const NOT_A_VERB = /^(the|a|an|and|or|but|of|in|on|at|to|for|with|from|that|this|which|who|if|as|so|because|my|our|your)$/;

/** The simple past of a verb in its plain form, or null when it does not look like one. */
export function pastTense(verb: string): string | null {
  const v = verb.toLowerCase();
  const irregular = IRREGULAR_PAST[v];
  if (irregular !== undefined) return irregular;
  if (!/^[a-z]{2,}$/.test(v) || NOT_A_VERB.test(v) || /(ing|ed|ly|s)$/.test(v)) return null;
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  // Short closed syllables double their consonant: stop → stopped, plan → planned.
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(v) && v.length <= 4) return `${v}${v.slice(-1)}ed`;
  return `${v}ed`;
}

/** Words that show the quotation is addressed to someone or asks something: no sound third-person form. */
const SECOND_PERSON = /\b(you|your|yours|yourself|yourselves|you're|you’re|you've|you’ve|you'll|you’ll)\b/i;

const CONTRACTION: Readonly<Record<string, readonly [string, string | null]>> = {
  "i'm": ['i', 'am'], "i've": ['i', 'have'], "i'll": ['i', 'will'], "i'd": ['i', 'would'],
  "we're": ['we', 'are'], "we've": ['we', 'have'], "we'll": ['we', 'will'], "we'd": ['we', 'would'],
};

function straight(word: string): string {
  return word.replace(/’/g, "'");
}

/** Tokens: words (with inner apostrophes), and everything else as it stands. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z][A-Za-z’']*[A-Za-z]|[A-Za-z]|[^A-Za-z]+/g) ?? [];
}

const isWord = (t: string): boolean => /^[A-Za-z]/.test(t);

/** Keep the case of the first letter of the word replaced ("Will" → "Would"). */
function likeCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) && original !== 'I' ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * Direct speech in reported form, without its final stop, or null when it cannot be turned soundly.
 * `singular` speaks for "I", `plural` for "we"; null for either means that person cannot be turned.
 */
export function reportQuote(quote: string, singular: Voice | null, plural: Voice | null): string | null {
  const text = quote.trim().replace(/[\s"”’]+$/, '').replace(/^[\s"“]+/, '');
  if (/\?\s*$/.test(text) || /\.\.\.|…|\. \. \./.test(text) || SECOND_PERSON.test(text)) return null;
  const body = text.replace(/[.!,;:]+$/, '');
  const parts = tokens(body);
  const out: string[] = [];
  // After a turned first-person subject, its verb must agree with the new subject and move back.
  let pending: Voice | null = null;
  let previous = '';
  for (let i = 0; i < parts.length; i++) {
    const raw = parts[i] as string;
    if (!isWord(raw)) {
      out.push(raw);
      continue;
    }
    const w = straight(raw).toLowerCase();
    const contraction = CONTRACTION[w];
    const [word, rest] = contraction ?? [w, null];
    const voiceFor = word === 'i' || word === 'me' || word === 'my' || word === 'myself' ? singular : word === 'we' || word === 'us' || word === 'our' || word === 'ourselves' ? plural : undefined;
    if (voiceFor !== undefined || word === 'mine' || word === 'ours') {
      if (voiceFor === null || voiceFor === undefined) return null;
      const replaced = word === 'i' || word === 'we' ? voiceFor.subject : word === 'me' || word === 'us' ? voiceFor.object : word === 'my' || word === 'our' ? voiceFor.possessive : voiceFor.reflexive;
      out.push(replaced);
      if (word === 'i' || word === 'we') {
        pending = voiceFor;
        if (rest !== null) {
          out.push(' ', agreeingPast(rest, voiceFor) ?? rest);
          pending = null;
        }
      }
      previous = word;
      continue;
    }
    if (pending !== null) {
      if (BETWEEN_SUBJECT_AND_VERB.has(w)) {
        out.push(raw);
        previous = w;
        continue;
      }
      const verb = agreeingPast(w, pending);
      if (verb === null) return null;
      out.push(verb);
      pending = null;
      previous = w;
      continue;
    }
    const shifted = NON_FINITE_BEFORE.test(previous) ? undefined : BACKSHIFT[w];
    out.push(shifted === undefined ? raw : likeCase(raw, shifted));
    previous = w;
  }
  if (pending !== null) return null;
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** The past of a verb after a turned subject: "am" → "was"/"were", "agree" → "agreed". */
function agreeingPast(verb: string, voice: Voice): string | null {
  if (verb === 'am' || verb === 'are' || verb === 'is' || verb === 'was' || verb === 'were') return voice.plural ? 'were' : 'was';
  const shifted = BACKSHIFT[verb];
  if (shifted !== undefined) return shifted;
  if (/^(would|could|should|might|must|had|did|didn't|wouldn't|couldn't|hadn't)$/.test(verb)) return verb;
  return pastTense(verb);
}

/**
 * Reported speech already in the third person ("the growth is surprising", from "X says the growth
 * is surprising") moved back a tense to follow "said": finite auxiliaries and copulas only, the
 * forms whose past is certain; words inside quotation marks keep their form.
 */
export function backshift(text: string): string {
  const out: string[] = [];
  let previous = '';
  let quoted = false;
  for (const raw of tokens(text)) {
    if (!isWord(raw)) {
      if ((raw.match(/["“”]/g) ?? []).length % 2 === 1) quoted = !quoted;
      out.push(raw);
      continue;
    }
    const w = straight(raw).toLowerCase();
    const shifted = quoted || NON_FINITE_BEFORE.test(previous) ? undefined : BACKSHIFT[w];
    out.push(shifted === undefined ? raw : likeCase(raw, shifted));
    previous = w;
  }
  return out.join('');
}
