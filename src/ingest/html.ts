// Article text from a web page: Readability finds the article, linkedom gives it a DOM without a
// browser. Paragraphs become lines, which is how the sentence splitter expects paragraphs.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const BLOCKS = 'p, h2, h3, h4, li, blockquote';

export function articleTextFromHtml(html: string): { title: string | null; text: string } {
  const { document } = parseHTML(html);
  const fallbackTitle = document.querySelector('title')?.textContent?.trim() || null;
  // Readability mutates the document it reads; it is ours alone here.
  const article = new Readability(document as unknown as Document).parse();
  const content = article?.content ?? '';
  const { document: fragment } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const blocks = [...fragment.querySelectorAll(BLOCKS)]
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
  const text = blocks.length > 0 ? blocks.join('\n') : (article?.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();
  return { title: article?.title?.trim() || fallbackTitle, text };
}
