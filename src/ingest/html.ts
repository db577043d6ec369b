// Article text from a web page: Readability finds the article, linkedom gives it a DOM without a
// browser. Paragraphs become lines, which is how the sentence splitter expects paragraphs.

import { Readability } from '@mozilla/readability';

// linkedom ships CommonJS (its "default" export condition) but types only its ES module build, so a
// static import from this CommonJS module does not type-check; require it, typed by those declarations.
type Linkedom = typeof import('linkedom', { with: { 'resolution-mode': 'import' } });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseHTML } = require('linkedom') as Linkedom;

const BLOCKS = 'p, h2, h3, h4, li, blockquote';

export function articleTextFromHtml(html: string): { title: string | null; text: string } {
  const { document } = parseHTML(html);
  const fallbackTitle = document.querySelector('title')?.textContent?.trim() || null;
  // Readability mutates the document it reads; it is ours alone here.
  const article = new Readability(document as unknown as Document).parse();
  const content = article?.content ?? '';
  const { document: fragment } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const elements = Array.from(fragment.querySelectorAll(BLOCKS)).filter((el) => !el.parentElement?.closest(BLOCKS));
  // Readability keeps the headline as the first heading; it is the title, not a paragraph.
  if (/^H[1-4]$/.test(elements[0]?.tagName ?? '')) elements.shift();
  const blocks = elements
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
  const text = blocks.length > 0 ? blocks.join('\n') : (article?.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();
  return { title: article?.title?.trim() || fallbackTitle, text };
}
