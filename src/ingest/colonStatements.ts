// A statement introduced by a colon goes on past its sentence: "In a statement, the Church denied
// these allegations: She was not forced to be there. She was also never forced to work in the
// engine room." The sentences after it in the same paragraph, in the article's voice and without
// quotation marks, are the same speaker's words under the same verb (so the denial denies them too),
// until a sentence that has a speaker of its own.

import type { Sentence } from '../domain/facts';
import type { Attribution } from './attributions';
import { SPEECH_VERB_SET } from './lexicon/speech';

/** How many sentences an introduced statement may carry on for: a list of points, not a whole story. */
const MAX_CONTINUED = 3;
/** The colon comes soon after the verb: "denied these allegations:", "said in a statement:". */
const COLON_REACH = 60;

export function colonStatements(body: string, sentences: readonly Sentence[], attributions: readonly Attribution[]): Attribution[] {
  const result = [...attributions];
  const bySentence = new Map<number, number[]>();
  result.forEach((a, k) => {
    const list = bySentence.get(a.sentenceIndex) ?? [];
    if (list.length === 0) bySentence.set(a.sentenceIndex, list);
    list.push(k);
  });
  for (const sentence of sentences) {
    const introducer = (bySentence.get(sentence.index) ?? []).map((k) => result[k] as Attribution).find((a) => introduces(body, sentence, a));
    if (!introducer) continue;
    for (let next = sentence.index + 1, carried = 0; carried < MAX_CONTINUED; next += 1, carried += 1) {
      const following = sentences[next];
      const previous = sentences[next - 1];
      if (!following || !previous || body.slice(previous.end, following.start).includes('\n')) break;
      const members = bySentence.get(next) ?? [];
      const only = members.length === 1 ? result[members[0] as number] : undefined;
      if (!only || only.kind !== 'OWN_VOICE' || /[“”"]/.test(following.text)) break;
      // "They also claimed ...": a verb of saying starts a statement of its own, even one whose
      // speaker was not found.
      if (following.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => SPEECH_VERB_SET.has(w))) break;
      result[members[0] as number] = {
        ...only,
        kind: 'REPORTED',
        speakerId: introducer.speakerId,
        speakerMention: null,
        viaId: introducer.viaId,
        verb: introducer.verb,
      };
    }
  }
  return result;
}

/** A reported statement with a speaker whose words open after a colon and run to its sentence's end. */
function introduces(body: string, sentence: Sentence, a: Attribution): boolean {
  if (a.kind !== 'REPORTED' || !a.speakerId || a.quotes.length > 0) return false;
  const lead = body.slice(a.contentStart - 2, Math.min(a.contentEnd, a.contentStart + COLON_REACH));
  // "6:45 p.m." has a colon too, but no space after it.
  if (!/:\s/.test(lead)) return false;
  return /^[\s.!?]*$/.test(body.slice(a.contentEnd, sentence.end));
}
