// The quiz pages in a real browser (Debian's headless Chromium): a student types the code,
// answers every question with the keyboard and mouse, submits and reads the score; the educator's
// results page then shows the attempt. Screenshots land in test-output/.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { asStudentAnswer, educatorHeaders, makeQuiz, publish, rightAnswer, type EducatorQuestion } from '../support/attempts';
import { launchChromium } from '../support/chromium';
import { startTestServer, type TestServer } from '../support/server';

const OUTPUT = path.join(__dirname, '../../test-output');
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(OUTPUT, { recursive: true });
  // Both start at once, and each handle is kept as soon as it exists: with Promise.all a browser
  // that fails to launch would leave the server running unseen, and Jest would never exit.
  const started = await Promise.allSettled([
    startTestServer().then((s) => (server = s)),
    launchChromium().then((b) => (browser = b)),
  ]);
  for (const result of started) if (result.status === 'rejected') throw result.reason;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Script errors, and anything the page's Content-Security-Policy refused (Chromium reports a
 * refusal on the console): the pages must work under the policy the server sends.
 */
function collectErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
}

/** Answers one question right through the page, the way a student would. */
async function answer(page: Page, q: EducatorQuestion, index: number): Promise<void> {
  // The page names questions, options and items by the share's ids, not the educator's.
  const fieldset = page.locator('fieldset.question').nth(index);
  const studentId = (await fieldset.getAttribute('data-question'))!;
  const educator = rightAnswer(q);
  const right = asStudentAnswer(educator, studentId);
  if (right.optionId !== undefined) {
    const text = q.options!.find((o) => o.id === educator.optionId)!.text;
    await fieldset.getByLabel(text, { exact: true }).check();
  } else if (right.booleanValue !== undefined) {
    await fieldset.getByLabel(right.booleanValue ? 'True' : 'False', { exact: true }).check();
  } else if (right.numberValue !== undefined) {
    await fieldset.locator('input').fill(right.numberValue.toLocaleString('en-US'));
  } else if (right.text !== undefined) {
    await fieldset.locator('input').fill(right.text);
  } else if (right.pairs) {
    for (const p of right.pairs) await fieldset.locator(`select[data-left="${p.leftId}"]`).selectOption(p.rightId);
  } else if (right.order) {
    // Bring each item up to its place with the "earlier" button, pressed from the keyboard.
    for (const [target, id] of right.order.entries()) {
      const current = await fieldset.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item')));
      for (let at = current.indexOf(id); at > target; at--) {
        await fieldset.locator(`button[data-item="${id}"][data-direction="up"]`).focus();
        await page.keyboard.press('Enter');
      }
    }
  }
}

test('a student takes a quiz by code and sees the score; the results page shows the attempt', async () => {
  const teacher = await educatorHeaders(server);
  const quiz = await makeQuiz(server, teacher, 12, 'browser');
  const code = await publish(server, teacher, quiz.id);
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const errors: string[] = [];
  collectErrors(page, errors);

  await page.goto(`${server.url}/play`);
  await page.getByLabel('Quiz code').fill(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`);
  await page.screenshot({ path: path.join(OUTPUT, 'play-code.png') });
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/play/${code}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.locator('fieldset.question').count()).toBe(quiz.questions.length);

  await page.getByLabel('Your name').fill('Grace');
  for (const [i, q] of quiz.questions.entries()) await answer(page, q, i);
  await page.screenshot({ path: path.join(OUTPUT, 'play-quiz.png'), fullPage: true });
  await page.getByRole('button', { name: 'Submit answers' }).click();

  const score = page.locator('#score');
  await score.waitFor();
  expect(await score.textContent()).toBe(`Your score: ${quiz.questions.length} out of ${quiz.questions.length} (100%)`);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('score');
  expect(await page.locator('.result blockquote').count()).toBeGreaterThanOrEqual(quiz.questions.length);
  await page.screenshot({ path: path.join(OUTPUT, 'play-results.png'), fullPage: true });

  const results = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  collectErrors(results, errors);
  await results.goto(`${server.url}/quizzes/${quiz.id}/results`);
  // Results are private: the page asks for the educator's key once and keeps it for the tab.
  await results.getByLabel('Educator API key').fill(teacher.authorization!.replace('Bearer ', ''));
  await results.keyboard.press('Enter');
  await results.locator('#attempt-count').waitFor();
  expect(await results.locator('#attempt-count').textContent()).toBe('1');
  expect(await results.locator('table.attempts tbody th').allTextContents()).toEqual(['Grace']);
  expect(await results.locator('svg.chart rect.bar').count()).toBe(10);
  expect(await results.locator('table.questions tbody tr').count()).toBe(quiz.questions.length);
  await results.screenshot({ path: path.join(OUTPUT, 'quiz-results.png'), fullPage: true });
  expect(errors).toEqual([]);
});

test('a student reads the article on /play before the questions, each sentence numbered as the explanations cite it', async () => {
  const teacher = await educatorHeaders(server);
  const quiz = await makeQuiz(server, teacher, 10, 'passage');
  const code = await publish(server, teacher, quiz.id);
  // The stored article, read through the public API: its sentences and their indices.
  const stored = await server.gql<{ articles: { nodes: { title: string | null; sentences: { index: number; text: string }[] }[] } }>('{ articles(first: 1) { nodes { title sentences { index text } } } }');
  const article = stored.data!.articles.nodes[0]!;
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const errors: string[] = [];
  collectErrors(page, errors);
  await page.goto(`${server.url}/play/${code}`);
  const passage = page.getByRole('region', { name: article.title ?? 'The article' });
  await passage.waitFor();
  expect(await passage.locator('.attribution').innerText()).toMatch(/^Source: /);
  // The article comes before the first question.
  const first = await page.evaluate(() => {
    const section = document.querySelector('section.passage');
    const question = document.querySelector('fieldset.question');
    return section !== null && question !== null && (section.compareDocumentPosition(question) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  expect(first).toBe(true);
  // Every stored sentence, behind the number index + 1, read as the student sees it.
  const shown = await passage.locator('.sentence').allInnerTexts();
  expect(shown).toEqual(article.sentences.map((s) => `${s.index + 1} ${s.text}`));
  await page.screenshot({ path: path.join(OUTPUT, 'play-passage.png'), fullPage: true });

  await page.getByLabel('Your name').fill('Ida');
  for (const [i, q] of quiz.questions.entries()) await answer(page, q, i);
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await page.locator('#score').waitFor();
  // Each "“quoted words” (sentence N)" in an explanation is sentence N as the page numbers it.
  const explanations = await page.locator('.result .explanation').allInnerTexts();
  const citations = explanations.flatMap((e) => [...e.matchAll(/“([^”]+)” \(sentence (\d+)\)/g)].map((m) => ({ words: m[1]!, n: Number(m[2]) })));
  expect(citations.length).toBeGreaterThan(0);
  for (const { words, n } of citations) {
    const sentence = article.sentences.find((s) => s.index + 1 === n);
    expect(sentence?.text.replace(/[“”"]/g, '')).toContain(words.replace(/[“”"]/g, ''));
  }
  await page.close();
  expect(errors).toEqual([]);
});

test('a quiz that holds its answers until it closes shows the score and which answers were right, and the review link shows the rest once it is closed', async () => {
  const teacher = await educatorHeaders(server);
  // A seed whose four questions hold no ordering question: its items always stand in some order, so it would count as answered.
  const quiz = await makeQuiz(server, teacher, 4, 'browser-exam-4');
  const code = await publish(server, teacher, quiz.id, 'AFTER_CLOSE');
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const errors: string[] = [];
  collectErrors(page, errors);
  await page.goto(`${server.url}/play/${code}`);
  await page.getByRole('heading', { level: 1 }).waitFor();

  await page.getByLabel('Your name').fill('Hedy');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  expect(await page.getByRole('alert').textContent()).toBe('Please answer at least one question before submitting.');

  await answer(page, quiz.questions[0]!, 0);
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await page.locator('#score').waitFor();
  // Issue 17 §2 (b): no score and no right/wrong before the reveal.
  expect(await page.locator('#score').textContent()).toBe('Submitted: your score comes when your teacher closes the quiz');
  expect(await page.locator('#results-intro').textContent()).toMatch(/your teacher will go over the right answers once the quiz has closed/);
  expect(await page.locator('.result h3').allTextContents()).toEqual(['Question 1: Answered; marked when your teacher closes the quiz', 'Question 2: Not answered', 'Question 3: Not answered', 'Question 4: Not answered']);
  expect(await page.getByText('Right answer:').count()).toBe(0);
  expect(await page.locator('.result .explanation, .result blockquote').count()).toBe(0);
  await page.screenshot({ path: path.join(OUTPUT, 'play-results-held-back.png'), fullPage: true });

  // The review link: the token rides in the fragment, which never reaches the server.
  const link = page.getByRole('link', { name: 'Keep this link to see your answers when your teacher closes the quiz' });
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/play\/review#nqr_[A-Za-z0-9_-]{32}$/);
  await link.click();
  await page.waitForURL(`**${href}`);
  await page.locator('#review-intro').waitFor();
  expect(await page.locator('#review-intro').textContent()).toMatch(/Your teacher has not closed the quiz yet/);
  expect(await page.locator('.result .explanation').count()).toBe(0);

  const closed = await server.gql('mutation($id: ID!) { unpublishQuiz(input: { quizId: $id }) { stopped } }', { id: quiz.id }, teacher);
  expect(closed.errors).toBeUndefined();
  await page.reload();
  await page.locator('#review-intro').waitFor();
  expect(await page.locator('#score').textContent()).toBe(`Your score: 1 out of ${quiz.questions.length} (25%)`);
  expect(await page.locator('#review-intro').textContent()).toMatch(/with the right answer, why, and the sentence that shows it/);
  expect(await page.locator('.result .explanation').count()).toBe(quiz.questions.length);
  expect(await page.getByText('Right answer:').count()).toBe(quiz.questions.length);
  expect(await page.locator('.result blockquote').count()).toBeGreaterThanOrEqual(quiz.questions.length);
  await page.screenshot({ path: path.join(OUTPUT, 'play-review-after-close.png'), fullPage: true });

  await page.goto(`${server.url}/play/review#nqr_${'A'.repeat(32)}`);
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').textContent()).toMatch(/No attempt has this link/);
  expect(errors).toEqual([]);
});

test('a mistyped code is refused on the form; an unknown one says so on the quiz page', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/play?code=abc`);
  expect(await page.getByRole('alert').textContent()).toMatch(/not a quiz code/);
  await page.goto(`${server.url}/play/ZZZZZZZZ`);
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').textContent()).toMatch(/No quiz is open under the code “ZZZZZZZZ”/);
});
