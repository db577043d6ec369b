// /play/:code: the whole quiz on one page (students can review every answer before submitting,
// and a phone scrolls better than it pages), then the score with each explanation and its quote,
// or, for a quiz whose answers wait until it closes, the score and which answers were right.
import { answerList, ATTEMPT_FIELDS, scoreHeading, type Attempt } from './attempt.js';
import { ApiError, el, focusOn, gql } from './graphql.js';

interface Item {
  id: string;
  text: string;
}
interface StudentQuestion {
  __typename: string;
  id: string;
  number: number;
  kind: string;
  prompt: string;
  options?: Item[];
  unit?: string;
  left?: Item[];
  right?: Item[];
  items?: Item[];
}
interface PassageSentence {
  number: number;
  paragraph: number;
  text: string;
}
interface Passage {
  heading: string;
  attribution: string;
  url: string | null;
  sentences: PassageSentence[];
}
interface PublishedQuiz {
  code: string;
  title: string;
  passages: Passage[];
  questions: StudentQuestion[];
}
interface Answer {
  questionId: string;
  optionId?: string;
  booleanValue?: boolean;
  numberValue?: number;
  text?: string;
  pairs?: { leftId: string; rightId: string }[];
  order?: string[];
}
const QUIZ = `query($code: String!) { quizByCode(code: $code) { code title
  passages { heading attribution url sentences { number paragraph text } }
  questions { __typename id number kind prompt
  ... on StudentChoiceQuestion { options { id text } }
  ... on StudentNumericQuestion { unit }
  ... on StudentMatchingQuestion { left { id text } right { id text } }
  ... on StudentOrderingQuestion { items { id text } } } } }`;

const SUBMIT = `mutation($input: SubmitAttemptInput!) {
  submitAttempt(input: $input) { userErrors { message code } attempt { reviewToken ${ATTEMPT_FIELDS} } } }`;

const app = document.getElementById('app') as HTMLElement;

function showProblem(message: string, withLink: boolean): void {
  const alert = el('div', { class: 'problem', role: 'alert' }, el('p', {}, message), withLink && el('p', {}, el('a', { href: '/play' }, 'Enter another code')));
  app.replaceChildren(alert);
  focusOn(alert);
}

/** Current order of each ordering question, kept outside the DOM so moves re-render simply. */
const orders = new Map<string, Item[]>();

function choiceField(q: StudentQuestion, options: { value: string; text: string }[]): HTMLElement[] {
  return options.map((o, i) =>
    el('div', { class: 'choice' },
      el('input', { type: 'radio', name: `q-${q.id}`, id: `q-${q.id}-${i}`, value: o.value }),
      el('label', { for: `q-${q.id}-${i}` }, o.text)),
  );
}

function renderOrdering(q: StudentQuestion, list: HTMLOListElement, status: HTMLElement, focus?: { id: string; direction: 'up' | 'down' }): void {
  const items = orders.get(q.id)!;
  list.replaceChildren(
    ...items.map((item, i) => {
      const move = (direction: 'up' | 'down') => {
        const j = direction === 'up' ? i - 1 : i + 1;
        [items[i], items[j]] = [items[j]!, items[i]!];
        status.textContent = `${item.text}: now ${j + 1} of ${items.length}.`;
        // Keep focus on the moved item's button, or its other button at either end of the list.
        const atEdge = (direction === 'up' && j === 0) || (direction === 'down' && j === items.length - 1);
        renderOrdering(q, list, status, { id: item.id, direction: atEdge ? (direction === 'up' ? 'down' : 'up') : direction });
      };
      const up = el('button', { type: 'button', class: 'move', 'aria-label': `Move “${item.text}” earlier`, 'data-item': item.id, 'data-direction': 'up', disabled: i === 0 }, '↑');
      const down = el('button', { type: 'button', class: 'move', 'aria-label': `Move “${item.text}” later`, 'data-item': item.id, 'data-direction': 'down', disabled: i === items.length - 1 }, '↓');
      up.addEventListener('click', () => move('up'));
      down.addEventListener('click', () => move('down'));
      return el('li', { 'data-item': item.id }, el('span', { class: 'item-text' }, item.text), el('span', { class: 'moves' }, up, down));
    }),
  );
  if (focus) list.querySelector<HTMLButtonElement>(`button[data-item="${CSS.escape(focus.id)}"][data-direction="${focus.direction}"]`)?.focus();
}

function questionFieldset(q: StudentQuestion, total: number): HTMLFieldSetElement {
  const legend = el('legend', {}, el('span', { class: 'qnum' }, `Question ${q.number} of ${total}`), el('span', { class: 'prompt' }, q.prompt));
  const fieldset = el('fieldset', { class: 'question', 'data-question': q.id }, legend);
  switch (q.__typename) {
    case 'StudentChoiceQuestion':
      fieldset.append(...choiceField(q, q.options!.map((o) => ({ value: o.id, text: o.text }))));
      break;
    case 'StudentTrueFalseQuestion':
      fieldset.append(...choiceField(q, [{ value: 'true', text: 'True' }, { value: 'false', text: 'False' }]));
      break;
    case 'StudentNumericQuestion':
      fieldset.append(
        el('label', { for: `q-${q.id}` }, q.unit ? `Your answer (${q.unit})` : 'Your answer'),
        el('input', { type: 'text', inputmode: 'decimal', id: `q-${q.id}`, name: `q-${q.id}`, autocomplete: 'off', 'aria-describedby': `q-${q.id}-hint` }),
        el('p', { class: 'hint', id: `q-${q.id}-hint` }, 'A number, like 12000 or 12,000.'),
      );
      break;
    case 'StudentFillInTheBlankQuestion':
      fieldset.append(el('label', { for: `q-${q.id}` }, 'The missing words'), el('input', { type: 'text', id: `q-${q.id}`, name: `q-${q.id}`, autocomplete: 'off', maxlength: '500' }));
      break;
    case 'StudentMatchingQuestion':
      for (const [i, left] of q.left!.entries()) {
        const select = el('select', { id: `q-${q.id}-${i}`, 'data-left': left.id }, el('option', { value: '' }, 'Choose…'), ...q.right!.map((r) => el('option', { value: r.id }, r.text)));
        fieldset.append(el('div', { class: 'match' }, el('label', { for: `q-${q.id}-${i}` }, left.text), select));
      }
      break;
    case 'StudentOrderingQuestion': {
      orders.set(q.id, [...q.items!]);
      const hint = el('p', { class: 'hint' }, 'Earliest first. Use the arrow buttons to move an item.');
      const list = el('ol', { class: 'ordering' });
      const status = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
      fieldset.append(hint, list, status);
      renderOrdering(q, list, status);
      break;
    }
  }
  return fieldset;
}

/** Reads the form. Blank fields are left out (they score 0); a number that is not one is refused. */
function collectAnswers(form: HTMLFormElement, quiz: PublishedQuiz): { answers: Answer[]; problem: HTMLElement | null } {
  const answers: Answer[] = [];
  for (const q of quiz.questions) {
    const checked = form.querySelector<HTMLInputElement>(`input[name="q-${CSS.escape(q.id)}"]:checked`);
    const input = form.querySelector<HTMLInputElement>(`input#q-${CSS.escape(q.id)}`);
    switch (q.__typename) {
      case 'StudentChoiceQuestion':
        if (checked) answers.push({ questionId: q.id, optionId: checked.value });
        break;
      case 'StudentTrueFalseQuestion':
        if (checked) answers.push({ questionId: q.id, booleanValue: checked.value === 'true' });
        break;
      case 'StudentNumericQuestion': {
        const raw = input?.value.trim().replace(/,/g, '') ?? '';
        if (raw === '') break;
        const value = Number(raw);
        if (!Number.isFinite(value)) return { answers, problem: input! };
        answers.push({ questionId: q.id, numberValue: value });
        break;
      }
      case 'StudentFillInTheBlankQuestion':
        if (input && input.value.trim() !== '') answers.push({ questionId: q.id, text: input.value.trim() });
        break;
      case 'StudentMatchingQuestion': {
        const pairs = Array.from(form.querySelectorAll<HTMLSelectElement>(`fieldset[data-question="${CSS.escape(q.id)}"] select`))
          .filter((s) => s.value !== '')
          .map((s) => ({ leftId: s.dataset.left!, rightId: s.value }));
        if (pairs.length) answers.push({ questionId: q.id, pairs });
        break;
      }
      case 'StudentOrderingQuestion':
        // The list always holds a whole order: what the student sees is what is graded.
        answers.push({ questionId: q.id, order: orders.get(q.id)!.map((i) => i.id) });
        break;
    }
  }
  return { answers, problem: null };
}

/**
 * The review link carries the token in its fragment: browsers never send a fragment to the server,
 * so the token stays out of request logs, and the review page posts it to the API instead.
 */
function reviewLink(token: string, answersRevealed: boolean): HTMLElement {
  const text = answersRevealed
    ? 'Keep this link to see your answers again later'
    : 'Keep this link to see your answers when your teacher closes the quiz';
  return el('p', { class: 'keep', id: 'review-link' },
    el('a', { href: `/play/review#${token}` }, text),
    el('span', { class: 'hint' }, ' (bookmark it, or copy it somewhere safe: it is shown only now, and anyone with it can see your answers).'));
}

function showResults(attempt: Attempt & { reviewToken: string }, title: string): void {
  const heading = scoreHeading(attempt);
  const intro = attempt.answersRevealed
    ? `Thank you, ${attempt.participant}. Here is each answer with the sentence that shows it.`
    : `Thank you, ${attempt.participant}. Here is which answers were right; your teacher will go over the right answers once the quiz has closed.`;
  app.replaceChildren(
    el('h1', {}, title),
    heading,
    el('p', { id: 'results-intro' }, intro),
    reviewLink(attempt.reviewToken, attempt.answersRevealed),
    answerList(attempt),
    el('p', {}, el('a', { href: '/play' }, 'Take another quiz')),
  );
  focusOn(heading);
}

/**
 * The article before the questions, each sentence behind the number explanations cite it by
 * ("sentence 12"), so a student finds it without counting. Text only, never HTML.
 */
function passageSection(passage: Passage, index: number): HTMLElement {
  const headingId = `passage-${index + 1}-heading`;
  const paragraphs: HTMLParagraphElement[] = [];
  let current: HTMLParagraphElement | null = null;
  let paragraph = 0;
  for (const s of passage.sentences) {
    if (current === null || s.paragraph !== paragraph) {
      current = el('p', {});
      paragraphs.push(current);
      paragraph = s.paragraph;
    } else current.append(' ');
    current.append(
      el('span', { class: 'sentence', id: `passage-${index + 1}-sentence-${s.number}`, 'data-sentence': String(s.number) },
        el('span', { class: 'sentence-number' }, String(s.number)), ` ${s.text}`),
    );
  }
  const source = passage.url
    ? el('p', { class: 'attribution' }, `${passage.attribution.replace(`, ${passage.url}`, '')}, `, el('a', { href: passage.url, rel: 'noopener noreferrer' }, passage.url))
    : el('p', { class: 'attribution' }, passage.attribution);
  return el('section', { class: 'passage', 'aria-labelledby': headingId },
    el('h2', { id: headingId }, passage.heading),
    source,
    el('p', { class: 'hint' }, 'Each sentence has its number in front of it; the explanations after you submit point to sentences by these numbers.'),
    ...paragraphs);
}

function showQuiz(quiz: PublishedQuiz): void {
  document.title = `${quiz.title} – newsquiz`;
  const nameHint = el('p', { class: 'hint', id: 'participant-hint' }, 'Your teacher sees this name with your score. Up to 100 characters.');
  const name = el('input', { type: 'text', id: 'participant', name: 'participant', autocomplete: 'name', maxlength: '100', required: true, 'aria-describedby': 'participant-hint' });
  const message = el('div', { id: 'form-message', role: 'alert' });
  const submit = el('button', { type: 'submit', class: 'primary' }, 'Submit answers');
  const form = el('form', { novalidate: true },
    el('fieldset', { class: 'who' }, el('legend', {}, 'About you'), el('label', { for: 'participant' }, 'Your name'), name, nameHint),
    ...quiz.questions.map((q) => questionFieldset(q, quiz.questions.length)),
    message,
    submit,
  );
  const heading = el('h1', {}, quiz.title);
  const intro = quiz.passages.length > 0
    ? `Read the article, then answer the ${quiz.questions.length} questions below it, all on this page. Unanswered questions score 0.`
    : `${quiz.questions.length} questions, all on this page. Unanswered questions score 0.`;
  app.replaceChildren(heading, el('p', {}, intro), ...quiz.passages.map(passageSection), form);
  focusOn(heading);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    name.removeAttribute('aria-invalid');
    if (name.value.trim() === '') {
      message.textContent = 'Please type your name before submitting.';
      name.setAttribute('aria-invalid', 'true');
      name.focus();
      return;
    }
    const { answers, problem } = collectAnswers(form, quiz);
    if (problem) {
      message.textContent = 'One answer is not a number. Please correct it.';
      problem.setAttribute('aria-invalid', 'true');
      problem.focus();
      return;
    }
    if (answers.length === 0) {
      // The server refuses a blank attempt too; saying so here saves the round trip.
      message.textContent = 'Please answer at least one question before submitting.';
      focusOn(message);
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Submitting…';
    try {
      const { submitAttempt } = await gql<{ submitAttempt: { userErrors: { message: string; code: string }[]; attempt: (Attempt & { reviewToken: string }) | null } }>(SUBMIT, {
        input: { code: quiz.code, participant: name.value.trim(), answers },
      });
      const [refused] = submitAttempt.userErrors;
      if (refused || !submitAttempt.attempt) throw new ApiError(refused?.message ?? 'The server sent an empty answer.', refused?.code ?? null);
      showResults(submitAttempt.attempt, quiz.title);
    } catch (error) {
      submit.disabled = false;
      submit.textContent = 'Submit answers';
      message.textContent = error instanceof ApiError ? error.message : 'Something went wrong. Please try again.';
      focusOn(message);
    }
  });
}

async function start(): Promise<void> {
  const code = app.dataset.code ?? '';
  try {
    const { quizByCode } = await gql<{ quizByCode: PublishedQuiz }>(QUIZ, { code });
    showQuiz(quizByCode);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') showProblem(`No quiz is open under the code “${code}”. Check it with your teacher.`, true);
    else showProblem(error instanceof Error ? error.message : 'The quiz could not be loaded.', true);
  }
}

void start();
