// The passage's paragraphs as HTML (worksheet, cartridge web page): each sentence behind the number
// citations give it, so a reader finds "sentence 12" without counting.
import { escapeHtml } from './html';
import type { Passage } from './passage';

export function passageParagraphsHtml(passage: Passage): string {
  return passage.paragraphs
    .map(
      (paragraph) =>
        `<p>${paragraph
          .map(
            (s) =>
              `<span class="sentence" data-sentence="${s.number}"><span class="sentence-number">${s.number}</span> ${escapeHtml(s.text)}</span>`,
          )
          .join(' ')}</p>`,
    )
    .join('\n');
}

/** How the sentence numbers look: small and raised, so the text still reads as prose. */
export const SENTENCE_NUMBER_STYLE =
  '.sentence-number { font-family: system-ui, sans-serif; font-size: .7em; font-weight: 700; vertical-align: super; margin-right: .15em; color: #333; }';
