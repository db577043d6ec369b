import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { exportQuiz } from '../../../src/export';
import { ARTICLE_CITED_AS, EXPORT_QUIZ, HOSTILE_OPTION, HOSTILE_TEXT, hostileQuiz, PASSAGE_ATTRIBUTION, PASSAGE_QUIZ, PASSAGE_SENTENCES, QUESTIONS } from '../../fixtures/exportQuiz';
import { launchChromium } from '../../support/chromium';

const OUTPUT_DIR = join(__dirname, '..', '..', '..', 'test-output');

describe('printable worksheet, rendered in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const file = await exportQuiz(EXPORT_QUIZ, 'WORKSHEET_HTML');
    await page.setContent(file.content.toString('utf8'), { waitUntil: 'load' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const text = (selector: string): Promise<string> => page.locator(selector).innerText();

  test('the class section has every question and option, and none of the answers', async () => {
    const worksheet = await text('#worksheet');
    expect(await page.locator('#worksheet li.question').count()).toBe(QUESTIONS.length);
    expect(worksheet).toContain(HOSTILE_OPTION);
    for (const question of QUESTIONS) {
      expect(worksheet).not.toContain(question.explanation);
      for (const evidence of question.evidence) expect(worksheet).not.toContain(evidence.text);
    }
    expect(worksheet).not.toContain('Answer: B');
    expect(worksheet).not.toContain('11,000');
    expect(worksheet).not.toContain('Kursk region'); // the accepted answer to the blank
  });

  test('the answer key has each answer, explanation and quoted evidence with its citation', async () => {
    const key = await text('#answer-key');
    expect(key).toContain('Answer: B. Trained at');
    expect(key).toContain('Answer: False');
    expect(key).toContain('Answer: 11,000 troops');
    expect(key).toContain('Answer: Kursk / Kursk region');
    for (const question of QUESTIONS) {
      expect(key).toContain(question.explanation);
      for (const evidence of question.evidence) {
        expect(key).toContain(evidence.text);
        expect(key).toContain(`${ARTICLE_CITED_AS}, sentence ${evidence.sentenceIndex + 1}`);
      }
    }
  });

  test('printed, the answer key starts on a page of its own, after the class pages', async () => {
    await page.emulateMedia({ media: 'print' });
    const breakBefore = await page.locator('#answer-key').evaluate((el) => getComputedStyle(el).breakBefore);
    expect(breakBefore).toBe('page');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  });

  test('hostile text is shown exactly as written, never as markup', async () => {
    const other = await browser.newPage();
    const { quiz, question } = hostileQuiz();
    await other.setContent((await exportQuiz(quiz, 'WORKSHEET_HTML')).content.toString('utf8'));
    expect(await other.title()).toBe(HOSTILE_TEXT);
    expect(await other.locator('#worksheet .prompt').innerText()).toBe(question.prompt);
    expect(await other.locator('#worksheet ol.options li').allInnerTexts()).toContain(HOSTILE_TEXT);
    expect(await other.locator('#worksheet b').count()).toBe(0);
    await other.close();
  });

  test('a screenshot is saved for people to look at', async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const path = join(OUTPUT_DIR, 'worksheet.png');
    await page.screenshot({ path, fullPage: true });
    expect(path).toMatch(/worksheet\.png$/);
  });

  describe('with the article', () => {
    let withPassage: Page;
    beforeAll(async () => {
      withPassage = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      await withPassage.setContent((await exportQuiz(PASSAGE_QUIZ, 'WORKSHEET_HTML')).content.toString('utf8'), { waitUntil: 'load' });
    });
    afterAll(async () => {
      await withPassage?.close();
    });

    test('the article is printed before the questions, with its heading and attribution', async () => {
      const passage = withPassage.getByRole('region', { name: PASSAGE_QUIZ.sources![0]!.title! });
      expect(await passage.locator('.attribution').innerText()).toBe(PASSAGE_ATTRIBUTION);
      const before = await withPassage.evaluate(() => {
        const section = document.querySelector('#worksheet .passage');
        const questions = document.querySelector('#worksheet ol.questions');
        return section !== null && questions !== null && (section.compareDocumentPosition(questions) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      expect(before).toBe(true);
      expect(await passage.locator('p:not(.attribution):not(.numbering-note)').count()).toBe(2);
    });

    test('each sentence shows its number, 1 to 5, in front of its words', async () => {
      const sentences = await withPassage.locator('#worksheet .sentence').allInnerTexts();
      expect(sentences).toEqual(PASSAGE_SENTENCES.map((s) => `${s.index + 1} ${s.text}`));
    });

    test('every “sentence N” the answer key cites is the numbered sentence that holds the quoted words', async () => {
      const key = withPassage.locator('#answer-key li[data-question-id]');
      let checked = 0;
      for (const entry of await key.all()) {
        const quotes = await entry.locator('blockquote').allInnerTexts();
        const cites = await entry.locator('cite').allInnerTexts();
        for (const [i, cite] of cites.entries()) {
          const n = /sentence (\d+)$/.exec(cite)?.[1];
          expect(n).toBeDefined();
          const shown = await withPassage.locator(`#worksheet .sentence[data-sentence="${n}"]`).innerText();
          expect(shown).toContain(quotes[i]!);
          checked++;
        }
      }
      expect(checked).toBe(QUESTIONS.reduce((sum, q) => sum + q.evidence.length, 0));
    });

    test('the answers stay out of the questions even though the article is on the page', async () => {
      const questions = await withPassage.locator('#worksheet ol.questions').innerText();
      for (const question of QUESTIONS) expect(questions).not.toContain(question.explanation);
      expect(await withPassage.locator('#worksheet').innerText()).not.toContain('Answer: B');
    });

    test('a screenshot with the passage is saved for people to look at', async () => {
      mkdirSync(OUTPUT_DIR, { recursive: true });
      const path = join(OUTPUT_DIR, 'worksheet-passage.png');
      await withPassage.screenshot({ path, fullPage: true });
      expect(path).toMatch(/worksheet-passage\.png$/);
    });
  });
});
