// Who answered whose claim, and how. One responder may answer one claim several ways (Rutte "did
// not back" it and "has no evidence"); questions treat them as one response so that two true
// wordings never appear as competing options.
import type { Claim, ClaimStanding, NewsEntity } from '../../domain/facts';
import { claimGist } from '../facts/claimText';
import type { FactIndex } from '../facts/factIndex';
import { STANDING_SPECIFICITY } from '../text/standing';

export interface ResponseGroup {
  readonly responder: NewsEntity;
  readonly target: Claim;
  readonly claimant: NewsEntity;
  /** What the target claim says, without its speaker. */
  readonly gist: string;
  readonly responses: readonly Claim[];
  /** The most specific standing among the responses. */
  readonly standing: Exclude<ClaimStanding, 'ASSERTED'>;
}

export function responseGroups(index: FactIndex): ResponseGroup[] {
  const groups = new Map<string, Claim[]>();
  for (const c of index.facts.claims) {
    if (c.respondsToId === null || c.speakerId === null || c.standing === 'ASSERTED') continue;
    const key = `${c.speakerId}|${c.respondsToId}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: ResponseGroup[] = [];
  for (const responses of groups.values()) {
    const first = responses[0] as Claim;
    const responder = index.entity(first.speakerId);
    const target = index.claims.get(first.respondsToId as string);
    const claimant = target === undefined ? undefined : index.entity(target.speakerId);
    const gist = target === undefined ? null : claimGist(index, target);
    if (responder === undefined || target === undefined || claimant === undefined || gist === null) continue;
    const standing = STANDING_SPECIFICITY.find((s) => responses.some((r) => r.standing === s));
    if (standing === undefined || standing === 'ASSERTED') continue;
    // The response that carries the chosen standing leads, so explanations cite its words first.
    const ordered = [...responses].sort((a, b) => (a.standing === standing ? 0 : 1) - (b.standing === standing ? 0 : 1));
    out.push({ responder, target, claimant, gist, responses: ordered, standing });
  }
  return out;
}
