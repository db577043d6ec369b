// Sentence spans for the seed article. Paragraphs are split on "\n"; inside a paragraph a sentence
// ends at . ! or ? (with its closing quotation mark, if any) when the next word starts a new
// sentence (a capital or an opening quote), so "the U.S. last month" stays one sentence.
import type { Sentence } from '../../src/domain/facts';

const BOUNDARY = /[.!?][”"’]?(?=\s+[“"A-Z])/g;

export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraphStart = 0;
  for (const paragraph of body.split('\n')) {
    let start = 0;
    const ends = [...paragraph.matchAll(BOUNDARY)].map((m) => (m.index ?? 0) + m[0].length);
    for (const end of [...ends, paragraph.length]) {
      const raw = paragraph.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text !== '') {
        const s = paragraphStart + start + lead;
        sentences.push({ index: sentences.length, start: s, end: s + text.length, text });
      }
      start = end;
    }
    paragraphStart += paragraph.length + 1;
  }
  return sentences;
}
