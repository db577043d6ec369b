// The standing a claim's own words give it, and whether it reports a fact, a plan or a judgement.
//
// The verb that reports the claim speaks first: "disputed", "refuted" and an unqualified "denied"
// deny what follows them; "rejected" and "dismissed" only when what they reject is a claim ("rejected
// the allegations", not "rejected the proposal"); a negated verb of saying ("has not said why",
// "declined to say") leaves the matter unconfirmed. Then the words themselves, checked in order,
// most specific first: "has not confirmed" must win over "confirmed", "no evidence" over anything it
// contains. The wording decides, not our view of the claim.

import type { ClaimModality, ClaimStanding } from '../domain/facts';

const NEGATION = String.raw`(?:not|never|n['’]t|cannot|unable to|declined to|refused to|yet to|failed to|neither)`;
const NEGATED_VERB = new RegExp(String.raw`(?:^|\s)${NEGATION}(?:\s|$)|n['’]t\b`, 'i');
/** "was denied bail", "were rejected": the subject undergoes the act; it does not deny anything. */
const PASSIVE_VERB = /\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+\s+)?\w+$/i;

/** Verbs of saying that, negated, say the speaker has not told: "have not said why", "declined to specify". */
const SAYING = new Set([
  'say', 'said', 'says', 'disclose', 'disclosed', 'reveal', 'revealed', 'specify', 'specified', 'elaborate', 'elaborated',
  'explain', 'explained', 'state', 'stated', 'announce', 'announced', 'tell', 'told', 'indicate', 'indicated', 'comment', 'commented',
]);
/** Verbs that deny whatever they report. */
const DENYING = new Set(['denied', 'denies', 'deny', 'denying', 'disputed', 'disputes', 'dispute', 'disputing', 'refuted', 'refutes', 'refute', 'rebutted', 'rebuts']);
/** Verbs that deny only a claim they name: "rejected the allegations", not "rejected the offer". */
const REJECTING = new Set(['rejected', 'rejects', 'reject', 'rejecting', 'dismissed', 'dismisses', 'dismiss', 'dismissing']);

/** "denied AMD access", "denied him entry", "denied visas": an act of refusing, not a denial. */
const REFUSED_THING = String.raw`(?:access|entry|admission|visas?|bail|parole|permission|asylum|licen[cs]es?|approval|permits?|passage|treatment|benefits|funding|service|the right|rights|(?:a|the) chance|(?:an|the) opportunity|membership|citizenship|(?:a|the) hearing|(?:a|the) request|requests|(?:an|the) appeal|coverage|care|boarding|landing|a place|a seat|a vote)`;
const NOT_A_VERB = String.raw`(?!(?:that|had|has|have|was|were|is|are|did|does|would|could|will|been|ever|any|all)\b)`;
const ACT_OBJECT = new RegExp(
  String.raw`^(?:(?:him|her|them|us|me|it|(?:the|a|an|his|her|their|its|our|some|many|other)\s+(?:${NOT_A_VERB}[\p{L}-]+\s+){0,2}?${NOT_A_VERB}[\p{L}-]+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+${NOT_A_VERB}\p{Ll}[\p{L}-]*s)?)\s+)?${REFUSED_THING}\b`,
  'u',
);
/** What a denial names: "the allegations", "Mandela's claims", "reports that ...", "the idea that ...". */
const CLAIM_OBJECT = new RegExp(
  String.raw`^(?:(?:the|these|those|this|such|any|all|his|her|their|its|our|recent|earlier|(?:\p{L}[\p{L}.-]*\s+){0,3}?[\p{L}.-]+['’]s?)\s+){0,3}(?:[\p{Ll}-]+\s+)?(?:claims?|allegations?|accusations?|charges?|reports?|rumou?rs?|speculation|assertions?|suggestions?|insinuations?|stories|story|accounts?|version|characteri[sz]ations?|findings?|conclusions?|results|figures|narrative|criticism|(?:idea|notion|view|argument|premise)\s+that)\b|\bas\s+(?:\w+\s+)?(?:false|untrue|baseless|groundless|unfounded|fabricat\w*|lies|a lie|nonsense|rubbish|absurd|ridiculous|fake|fiction|propaganda|slander|speculation|rumou?rs?|misinformation|disinformation|politically motivated)\b`,
  'iu',
);

const FALSE = String.raw`(?:not true|false|untrue|baseless|groundless|unfounded|fabricated|without (?:any )?(?:basis|foundation)|(?:a )?lies?|a fallacy|a fabrication|fake news|fiction|nonsense|rubbish)`;
const DENIAL_WORDS = new RegExp(
  [
    // "denied the reports", "denies that ...": a denial; "denied visas", "was denied bail", "did not deny" are not.
    String.raw`(?<!\b(?:not|never|n['’]t|is|are|was|were|be|been|being|get|got)\s+(?:\w+\s+)?)(?:denie[sd]|deny|denying)(?= (?:that|the|these|those|this|any|all|it|ever|having|being|reports?|claims?|allegations?|accusations?|charges?|responsibility|wrongdoing|involvement|knowledge)\b|\s*$|[,.;:])`,
    String.raw`(?<!\b(?:not|never|n['’]t|is|are|was|were|be|been|being)\s+(?:\w+\s+)?)(?:rejected|rejects?|dismisse[sd]|dismiss|refuted|refutes?) (?:the |these |those |such |any |all |(?:his|her|their|its|[\p{Lu}][\p{L}.-]*['’]s?) )(?:claim|allegation|report|accusation|charge|suggestion|assertion|rumou?r)s?`,
    String.raw`(?:is|was|are|were|'s|’s) (?:all |simply |completely |totally |absolutely |entirely |just )?${FALSE}`,
    String.raw`(?:it's|it is|that's|that is) a (?:lie|fallacy|myth)`,
    // Calling a claim false: "called the reports baseless", "described the allegations as lies".
    String.raw`(?:called|calling|calls|described|describing|describes|labell?ed|branded|termed) (?:the |these |those |such |his |her |their |its |this )?(?:[\p{L}’'-]+ ){0,2}?(?:claims?|allegations?|accusations?|reports?|charges?|rumou?rs?|stories|story|suggestions?) (?:as )?(?:a |an )?(?:completely |totally |utterly |entirely |simply )?(?:false|baseless|untrue|groundless|unfounded|fabricat\w*|lies|a lie|nonsense|absurd|ridiculous|fake|rubbish|fiction|slander|propaganda|a fabrication|misinformation|disinformation|politically motivated)`,
    // Denying a part in something: "had nothing to do with", "were not a factor", "played no role".
    String.raw`(?:had|has|have|having) nothing to do with`,
    String.raw`(?:played|plays|play|had|has|have|took|takes) no (?:part|role|hand|involvement)`,
    String.raw`(?:was|were|is|are|had been|has been|have been) (?:not|never) (?:a factor|involved|responsible|to blame|behind)`,
    String.raw`no truth (?:in|to)`,
    // Denying guilt: "pleaded not guilty", "maintains his innocence", "said she was innocent".
    String.raw`(?:pleaded|pleads|plead|pled|entered a plea of) not guilty|(?:maintain\w*|protest\w*|insist\w*|proclaim\w*|assert\w*) (?:his|her|their|its|my|our) innocence|\b(?:he|she|they|I|we) (?:is|was|are|were|am) (?:completely |entirely )?innocent\b`,
    String.raw`(?:did not|didn['’]t) (?:happen|take place|occur)\b|never (?:happened|took place|occurred)\b`,
  ].join('|'),
  'iu',
);

const STANDING_RULES: ReadonlyArray<readonly [ClaimStanding, RegExp]> = [
  [
    'NO_EVIDENCE',
    new RegExp(
      [
        String.raw`\b(?:no|not (?:seen |found |have )?any|little|without|lack of|lacks?|lacked|insufficient|not enough|scant) (?:hard |concrete |direct |credible |firm |clear |solid |scientific )?(?:evidence|proof)\b`,
        // "no sign of NATO" reports an absence; "no sign that", "no indication of foul play" a lack of evidence.
        String.raw`\bno (?:\w+ )?(?:indications?|signs?) (?:that|of (?:any )?(?:foul play|wrongdoing|criminal|terror\w*|involvement|a crime|an attack|sabotage|tampering|abuse|fraud|misconduct))\b`,
        String.raw`\bno indications?\b`,
        String.raw`\bnothing to (?:suggest|indicate|show|support)\b`,
        String.raw`\b(?:not|n['’]t|never|failed to) (?:yet )?(?:find|found|see|seen|uncover\w*|produce\w*|provide\w*|present\w*|offer\w*|show\w*) (?:any )?(?:\w+ )?(?:evidence|proof)\b`,
        String.raw`\bwithout (?:providing|offering|giving|presenting|citing|producing|showing) (?:any )?(?:evidence|proof)\b`,
        String.raw`\bno (?:reason|basis|grounds) to (?:believe|suspect|think|conclude)\b`,
        String.raw`\b(?:found|find|finds|finding) no (?:\w+ )?(?:link|connection|trace|wrongdoing|basis)\b`,
        String.raw`\b(?:unproven|unsubstantiated|not (?:been )?(?:proven|proved|substantiated))\b`,
      ].join('|'),
      'i',
    ),
  ],
  [
    'NOT_CONFIRMED',
    new RegExp(
      [
        String.raw`\b${NEGATION}\s+(?:\w+\s+){0,3}?(?:confirm|verify|corroborate|back|substantiate)(?:ed|s)?\b`,
        String.raw`\bunconfirmed\b|\bunverified\b|\bcould not be (?:independently )?(?:confirmed|verified|determined|established)\b`,
        String.raw`\b(?:not|un)\s*(?:yet )?(?:aware|sure|certain|clear) (?:of )?(?:whether|if)\b`,
        // "It was not immediately clear who fired": what is not known is not told as true.
        String.raw`\bnot (?:yet |immediately |entirely |fully )?(?:clear|known) (?:whether|if|what|who|why|how|when|where|which)\b`,
        String.raw`\b(?<!previously )(?:unclear|unknown) (?:whether|if|what|who|why|how|when|where|which)\b`,
        String.raw`\b(?:remains?|remained|is still|was still|are still|were still) (?:unclear|unknown|uncertain|not (?:yet )?known)\b`,
        String.raw`\b(?:is|was|are|were) (?:still |as yet |yet )?(?:unknown|not (?:yet )?known)\b`,
        String.raw`\bno (?:official |independent |immediate )?confirmation\b`,
        String.raw`\b(?:have|has|had) not (?:yet )?(?:determined|established) (?:whether|if|what|who|why|how|the cause)\b`,
      ].join('|'),
      'i',
    ),
  ],
  ['DENIED', DENIAL_WORDS],
  [
    'UNDER_INVESTIGATION',
    new RegExp(
      [
        String.raw`\b(?:(?:look|looking|looked|looks) into|(?:will|to|would) (?:investigate|review|examine|probe)|investigating|under investigation|under review|reviewing|examining|probing|assessing)\b`,
        String.raw`\b(?:launched|opened|ordered|began|begun|started|initiated|announced|conducting|carrying out) an? (?:\w+ )?(?:investigation|inquiry|probe|review|inquest)\b`,
        String.raw`\b(?:investigation|inquiry|probe|inquest)s? (?:is |was |are |were |has been |remains )?(?:under ?way|ongoing|continuing|in progress|open)\b`,
        String.raw`\b(?:is|are|was|were|be|been) (?:now |still |currently )?(?:being )?(?:investigated|probed|looked into)\b`,
        String.raw`\b(?:investigation|inquiry|probe|inquest)s? (?:\w+ )?(?:has been|have been|had been|was|were|will be|is being) (?:launched|opened|ordered|started|begun|set up)\b`,
        String.raw`\b(?:trying|working|seeking|attempting|struggling|waiting) to (?:determine|establish|find out|identify|ascertain|understand|confirm|verify|learn)\b`,
      ].join('|'),
      'i',
    ),
  ],
  ['CONFIRMED', /\b(?:confirm(?:ed|s)?|verified|corroborated|admit(?:ted|s)?|acknowledg(?:ed|es)|conceded|we (?:do )?know\b|it is clear\b)/i],
];

const PLANNED = /\b(?:preparing to|prepares? to|plans? to|planned to|planning to|will|is set to|are set to|intends? to|intended to|is going to|are going to|aims? to|is expected to|are expected to|would|scheduled to|due to (?!the\b)|vowed to|pledged to|promised to)\b/i;
const OPINION = /\b(?:worr(?:ied|ying|ies)|concern(?:ed|ing)|alarm(?:ed|ing)|disappoint(?:ed|ing)|unacceptable|outrageous|shameful|deplorable|welcome[sd]?|regret(?:s|ted)?|(?:I|we) (?:believe|think|feel|hope|fear)|should|must|deserve[sd]?|proud|delighted|thrilled|terrible|excellent|remarkable|tragic|devastat(?:ed|ing)|heartbroken|fantastic|great|best|worst|good news|bad news|encouraging|impressive|knows how to)\b/i;

/**
 * The standing of a statement: `content` is what the speaker says, `verb` the verb reporting it with
 * its auxiliaries ("has not said", "flatly denied"; empty for quoted words and the article's voice).
 */
export function standingOf(content: string, verb = ''): ClaimStanding {
  const text = withoutQuoteMarks(content).trim();
  const reporting = verb.trim().toLowerCase();
  const head = reporting.split(/\s+/).pop() ?? '';
  const negated = NEGATED_VERB.test(reporting);
  const passive = PASSIVE_VERB.test(reporting) && !head.endsWith('ing');
  let wording = reporting ? `${reporting} ${text}` : text;
  if (negated && SAYING.has(head)) return 'NOT_CONFIRMED';
  if (DENYING.has(head) || REJECTING.has(head)) {
    const denies = !negated && !passive && (REJECTING.has(head) ? CLAIM_OBJECT.test(text) : !ACT_OBJECT.test(text));
    if (denies) return 'DENIED';
    // A refusal or a rejected offer: only the words after the verb can still give a standing.
    wording = text;
  }
  for (const [standing, rule] of STANDING_RULES) if (rule.test(wording)) return standing;
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
