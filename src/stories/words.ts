// Content words for comparing wording: lower case, stop words and short words out, a light stem.

const STOP = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own said same says she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours ' +
    'told according would could may might must shall new one two three first last year years week weeks day days today yesterday monday tuesday wednesday thursday friday saturday sunday people time news report reports reported ' +
    'january february march april may june july august september october november december mr mrs ms')
    .split(' '),
);

function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('es') && !w.endsWith('ses')) return w.slice(0, -1);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}][\p{L}\p{N}'-]*/gu)) {
    const w = m[0].replace(/'s$/, '').replace(/'/g, '');
    if (w.length < 3 || STOP.has(w)) continue;
    const s = stem(w);
    if (!STOP.has(s)) out.push(s);
  }
  return out;
}
