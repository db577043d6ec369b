// The tasks a worker runs: pure functions of structured-cloneable input (text in, facts out; facts
// in, questions out). They are the same calls the shell would make in-process.
import type { EventFacts } from '../domain/facts';
import { checkArticleText, extractFacts } from '../ingest';
import { prepareQuestionBank, type PreparedBank } from '../quiz';

export type ExtractInput = Parameters<typeof extractFacts>[0];
export type { PreparedBank };

export type Reading = { readonly ok: true; readonly facts: EventFacts } | { readonly ok: false; readonly reason: string };

/** Checks a submitted text (see checkArticleText) and, when it can be read, extracts its facts. */
export function read(input: ExtractInput): Reading {
  const check = checkArticleText(input.body);
  return check.ok ? { ok: true, facts: extractFacts({ ...input, body: check.normalised }) } : { ok: false, reason: check.reason };
}

/** The event's full question bank and its conflict pairs: the expensive part of a first quiz. */
export function prepareBank(facts: EventFacts): PreparedBank {
  return prepareQuestionBank(facts);
}
