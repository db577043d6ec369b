// A prompt over a format's length limit, said in fewer words without changing what it asks. Only
// rewrites that keep every fact are made: the quiz is about one article, so "According to the
// article," adds nothing a player needs. Never a cut: a prompt still too long stays as it is and
// the format's limits leave it out, saying why.
const ATTRIBUTION_TO_ARTICLE = /^According to the article,\s+/i;

export function shorterPrompt(prompt: string, maxLength: number): string {
  if (prompt.length <= maxLength) return prompt;
  const rest = prompt.replace(ATTRIBUTION_TO_ARTICLE, '');
  if (rest === prompt) return prompt;
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}
