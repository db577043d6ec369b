// Snippets come from the engines with the matched words between two private-use characters, never
// as HTML: a client renders the highlights as it likes, and no text of an article can inject
// markup. This turns the marked text into plain text and the ranges of its highlights.

export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

export interface Snippet {
  readonly text: string;
  /** [start, end) offsets into text, in UTF-16 code units, in order, not overlapping. */
  readonly highlights: readonly { start: number; end: number }[];
}

export function parseSnippet(marked: string): Snippet {
  let text = '';
  const highlights: { start: number; end: number }[] = [];
  let open: number | null = null;
  for (const ch of marked) {
    if (ch === HIGHLIGHT_START) open ??= text.length;
    else if (ch === HIGHLIGHT_END) {
      if (open !== null && text.length > open) {
        const last = highlights[highlights.length - 1];
        // Two highlighted words side by side read as one highlight.
        if (last && last.end === open) last.end = text.length;
        else highlights.push({ start: open, end: text.length });
      }
      open = null;
    } else text += ch;
  }
  return { text, highlights };
}
