// /play/review#<token>: a student's own attempt again, from the link shown after submitting. The
// token is read from the fragment, which the browser never sends to the server, and is posted to
// the API in a body (request logs record paths only), so it appears in no log on the way.
import { answerList, ATTEMPT_FIELDS, scoreHeading, type Attempt } from './attempt.js';
import { ApiError, el, focusOn, gql } from './graphql.js';

interface Review {
  quizTitle: string;
  reveal: 'AFTER_SUBMISSION' | 'AFTER_CLOSE';
  closedAt: string | null;
  answersRevealed: boolean;
  attempt: Attempt;
}

const REVIEW = `query($token: String!) { attemptReview(token: $token) { quizTitle reveal closedAt answersRevealed attempt { ${ATTEMPT_FIELDS} } } }`;

const app = document.getElementById('app') as HTMLElement;

function showProblem(message: string): void {
  const alert = el('div', { class: 'problem', role: 'alert' }, el('p', {}, message), el('p', {}, el('a', { href: '/play' }, 'Take a quiz')));
  app.replaceChildren(el('h1', {}, 'Your answers'), alert);
  focusOn(alert);
}

function introOf(review: Review): string {
  const name = review.attempt.participant;
  if (review.answersRevealed) return `${name}, here is each of your answers with the right answer, why, and the sentence that shows it.`;
  return `${name}, here is which of your answers were right. Your teacher has not closed the quiz yet: come back to this link once they have, to see the right answers and why.`;
}

function showReview(review: Review): void {
  document.title = `Your answers: ${review.quizTitle} – newsquiz`;
  const heading = scoreHeading(review.attempt);
  app.replaceChildren(
    el('h1', {}, review.quizTitle),
    heading,
    el('p', { id: 'review-intro' }, introOf(review)),
    answerList(review.attempt),
    el('p', {}, el('a', { href: '/play' }, 'Take another quiz')),
  );
  focusOn(heading);
}

async function start(): Promise<void> {
  // decodeURIComponent: a link pasted through a chat app may come back percent-encoded.
  let token = '';
  try {
    token = decodeURIComponent(location.hash.slice(1)).trim();
  } catch {
    token = '';
  }
  if (token === '') return showProblem('This page needs the whole link you were given after submitting a quiz, including the part after #.');
  try {
    const { attemptReview } = await gql<{ attemptReview: Review }>(REVIEW, { token });
    showReview(attemptReview);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') showProblem('No attempt has this link. Check that the whole link was copied, including the part after #.');
    else showProblem(error instanceof Error ? error.message : 'Your answers could not be loaded.');
  }
}

// A fragment change reloads nothing by itself: a second link pasted into the same tab is read here.
window.addEventListener('hashchange', () => void start());
void start();
