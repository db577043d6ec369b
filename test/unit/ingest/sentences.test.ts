import { splitSentences } from '../../../src/ingest/sentences';

describe('splitSentences', () => {
  it('keeps a closing quotation mark with the sentence it closes and never crosses a newline', () => {
    const body = '“It’s highly worrying.” Rutte said so.\nNext paragraph here.';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual(['“It’s highly worrying.”', 'Rutte said so.', 'Next paragraph here.']);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not end a sentence at titles, initials, month abbreviations or "U.S. President"', () => {
    const body = 'Dr. Jane Q. Smith met U.S. President Joe Biden on Oct. 17 in Washington. Then she left.';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'Dr. Jane Q. Smith met U.S. President Joe Biden on Oct. 17 in Washington.',
      'Then she left.',
    ]);
  });

  it('ends a sentence after "U.S." when a plain sentence opener follows', () => {
    expect(splitSentences('He flew to the U.S. The trip was short.')).toHaveLength(2);
  });
});
