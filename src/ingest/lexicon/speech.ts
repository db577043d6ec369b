// Verbs that introduce what someone says, and verbs that give a standing to what others said.

/** Stances on something named after the verb ("X criticized the dispatch of advisers"): judgements. */
export const STANCE_VERBS: readonly string[] = [
  'criticized', 'criticised', 'criticizes', 'criticises', 'condemned', 'condemns', 'praised', 'praises', 'welcomed',
  'welcomes', 'questioned', 'questions', 'demanded', 'demands', 'blamed', 'blames', 'recommended', 'recommends',
  'advised', 'advises', 'appealed', 'pleaded', 'called for', 'calls for', 'called on', 'calls on',
];

/** Verbs of saying: "X said that ...", "..., X told reporters". */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'announced', 'announces',
  'claimed', 'claims', 'warned', 'warns', 'insisted', 'insists', 'noted', 'notes', 'explained', 'explains',
  'wrote', 'writes', 'tweeted', 'posted', 'argued', 'argues', 'estimated', 'estimates', 'acknowledged',
  'acknowledges', 'admitted', 'admits', 'predicted', 'predicts', 'suggested', 'suggests', 'reported',
  'reports', 'concluded', 'concludes', 'declared', 'declares', 'revealed', 'reveals', 'disclosed', 'urged',
  'urges', 'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'maintained', 'maintains',
  'asserted', 'asserts', 'stressed', 'stresses', 'emphasised', 'emphasized', 'cautioned', 'conceded',
  'replied', 'responded', 'countered', 'testified', 'ruled', 'rules', 'forecast', 'forecasts', 'projected',
  'projects', 'believes', 'believed', 'thinks', 'alleged', 'alleges', 'accused', 'accuses', 'confirmed',
  'confirms', 'denied', 'denies', 'rejected', 'rejects', 'disputed', 'disputes', 'dismissed', 'dismisses',
  'found', 'finds', 'showed', 'shows', 'announced', 'expects', 'expected', 'hopes', 'hoped', 'fears', 'feared',
  'commented', 'comments', 'remarked', 'remarks', 'recalled', 'recalls', 'complained', 'complains', 'asked',
  'asks', 'mentioned', 'observed', 'observes', 'answered', 'joked', 'quipped',
  'shouted', 'explained', 'indicated', 'indicates', 'contended', 'contends', 'objected', 'recounted',
  // The plural present: "Estimates suggest", "Critics argue".
  'suggest', 'warn', 'argue', 'believe', 'think', 'predict', 'insist', 'expect', 'contend', 'allege', 'deny', 'admit', 'acknowledge', 'maintain', 'envision', 'envisions', 'envisioned',
  'highlighted', 'point out', 'points out', 'pointed out', 'criticize', 'criticise', 'condemn',
  ...STANCE_VERBS,
];

/** The same verbs as participles, joining a statement to a clause about its speaker ("..., saying it will ..."). */
export const SPEECH_PARTICIPLES: readonly string[] = [
  'adding', 'saying', 'noting', 'warning', 'insisting', 'claiming', 'stressing', 'arguing', 'stating', 'explaining',
  'telling', 'writing', 'declaring', 'announcing', 'asking', 'suggesting', 'admitting', 'acknowledging',
];

/** Verbs of saying in any of the forms above. */
export const SPEECH_VERB_SET: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...SPEECH_PARTICIPLES]);

/**
 * Verbs that name or describe rather than say ("called it", "dubbed", "described X as", "the letter
 * reads"): a statement only when quoted words follow them in the sentence.
 */
export const QUOTING_VERBS: readonly string[] = [
  'called', 'calls', 'described', 'describes', 'dubbed', 'dubs', 'characterized', 'characterised', 'characterizes',
  'labelled', 'labeled', 'termed', 'branded', 'read', 'reads', 'continued', 'continues', 'spoke of', 'speaks of',
];

/**
 * Plural present forms that are also nouns ("the state", "a report", "the claim"), and verbs that
 * are as often deeds ("agreed to a treaty"): verbs of saying only when "that" or a colon follows
 * ("Organizers state that", "They claim that", "both sides agreed that").
 */
export const NOUN_LIKE_VERBS: readonly string[] = [
  'state', 'report', 'claim', 'note', 'estimate', 'fear', 'show', 'stress', 'call for', 'call on', 'welcome',
  'agree', 'agrees', 'agreed',
];
