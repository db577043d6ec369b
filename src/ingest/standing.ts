// The standing a claim's own words give it, and whether it reports a fact, a plan or a judgement.
//
// Checked in order, most specific first: "has not confirmed" must win over "confirmed", "no evidence"
// over anything it contains. The wording decides, not our view of the claim.

import type { ClaimModality, ClaimStanding } from '../domain/facts';

const NEGATION = String.raw`(?:not|never|n['’]t|cannot|unable to|declined to|refused to|yet to|failed to)`;

const STANDING_RULES: ReadonlyArray<readonly [ClaimStanding, RegExp]> = [
  ['NO_EVIDENCE', /\b(?:no|not (?:seen |found |have )?any|little|without) (?:hard |concrete |direct |credible |firm )?(?:evidence|proof|indication|sign)s?\b/i],
  ['NOT_CONFIRMED', new RegExp(String.raw`\b${NEGATION}\s+(?:\w+\s+){0,3}?(?:confirm|verify|corroborate|back|substantiate)(?:ed|s)?\b|\bunconfirmed\b|\bunverified\b|\bcould not be (?:independently )?(?:confirmed|verified)\b|\b(?:not|un)\s*(?:yet )?(?:aware|sure|certain|clear) (?:of )?(?:whether|if)\b|\b(?:unclear|unknown) (?:whether|if)\b`, 'i')],
  // "denied the reports", "denies that ...": a denial; "denied visas", "denied AMD access" are acts.
  ['DENIED', /\b(?:(?:denie[sd]|deny|denying)(?= (?:that|the|these|those|this|any|all|it|ever|reports?|claims?|allegations?|accusations?|charges?|responsibility|wrongdoing|involvement|knowledge)\b|\s*$|[,.;:])|^(?:has |have |had )?(?:also |strongly |flatly )?denie[sd]\b|rejected the (?:claim|allegation|report|accusation)s?|dismissed the (?:claim|allegation|report|accusation)s?|rejects? (?:the |these |those )?(?:claim|allegation|report|accusation)s?|(?:is|was|are|were) (?:all )?(?:not true|false|untrue|baseless|groundless|unfounded|fabricated|(?:a )?lies?|a fallacy|a fabrication)|(?:it's|it is) a (?:lie|fallacy|myth))\b/i],
  ['UNDER_INVESTIGATION', /\b(?:(?:look|looking|looked|looks) into|(?:will|to|would) (?:investigate|review|examine|probe)|investigating|under investigation|under review|reviewing|examining|probing|assessing|launched an? (?:investigation|inquiry|probe|review)|opened an? (?:investigation|inquiry|probe))\b/i],
  ['CONFIRMED', /\b(?:confirm(?:ed|s)?|verified|corroborated|admit(?:ted|s)?|acknowledg(?:ed|es)|conceded|we (?:do )?know\b|it is clear\b)/i],
];

const PLANNED = /\b(?:preparing to|prepares? to|plans? to|planned to|planning to|will|is set to|are set to|intends? to|intended to|is going to|are going to|aims? to|is expected to|are expected to|would|scheduled to|due to (?!the\b)|vowed to|pledged to|promised to)\b/i;
const OPINION = /\b(?:worr(?:ied|ying|ies)|concern(?:ed|ing)|alarm(?:ed|ing)|disappoint(?:ed|ing)|unacceptable|outrageous|shameful|deplorable|welcome[sd]?|regret(?:s|ted)?|(?:I|we) (?:believe|think|feel|hope|fear)|should|must|deserve[sd]?|proud|delighted|thrilled|terrible|excellent|remarkable|tragic|devastat(?:ed|ing)|heartbroken|fantastic|great|best|worst|good news|bad news|encouraging|impressive|knows how to)\b/i;

export function standingOf(wording: string): ClaimStanding {
  const text = withoutQuoteMarks(wording);
  for (const [standing, rule] of STANDING_RULES) if (rule.test(text)) return standing;
  return 'ASSERTED';
}

/** A judgement wins over a plan: "it would be a disaster" is an opinion about a possibility. */
export function modalityOf(wording: string): ClaimModality {
  const text = withoutQuoteMarks(wording);
  if (OPINION.test(text)) return 'OPINION';
  if (PLANNED.test(text)) return 'PLANNED';
  return 'FACTUAL';
}

/** "is “preparing” to send" reads as "is preparing to send" for these rules. */
function withoutQuoteMarks(text: string): string {
  return text.replace(/[“”"]/g, '');
}
