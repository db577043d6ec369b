import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { exportQuiz } from '../../../src/export';
import { ARTICLE_CITED_AS, EXPORT_QUIZ, HOSTILE_OPTION, HOSTILE_TEXT, hostileQuiz, QUESTIONS } from '../../fixtures/exportQuiz';
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
});
