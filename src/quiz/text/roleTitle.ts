// A role as a person writes it in a question. The extractor describes a leader as "Captain of New
// Zealand" or "Leader of MDC" (a title, capitalised, without its article); asked as it stands the
// question reads "who is Captain of New Zealand?". A team or party role reads best before its
// title ("the New Zealand captain", "the MDC leader"); an office of state after it ("the president
// of South Africa").

/** Titles of a team: after its name always ("the New Zealand captain"). */
const TEAM_TITLE = /^(captain|coach|manager|skipper|goalkeeper)$/i;
/** Titles of a body: after its name ("the MDC leader"), but "the leader of Libya" for a country. */
const BODY_TITLE = /^(leader|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chair|head|chief)$/i;

/**
 * "is Captain of New Zealand" → "is the New Zealand captain"; "is President of South Africa" → "is
 * the president of South Africa". Other predicates are returned as they are.
 */
export function roleTitlePredicate(predicate: string, isCountry: (name: string) => boolean = () => false): string {
  const m = /^(is|was) ((?:[A-Z][\w-]*)(?: [A-Z][\w-]*)*) of ((?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*)$/.exec(predicate.trim());
  if (m === null) return predicate;
  const [, verb, title, of] = m as unknown as [string, string, string, string];
  const lowerTitle = title.toLowerCase();
  const bare = of.replace(/^the /, '');
  if (TEAM_TITLE.test(title) || (BODY_TITLE.test(title) && !isCountry(bare))) return `${verb} the ${bare} ${lowerTitle}`;
  return `${verb} the ${lowerTitle} of ${of}`;
}
