// A graded attempt drawn as a list, shared by the result after submitting (play.ts) and the review
// page (review.ts), so a student sees their answers the same way both times.
import { el, formatNumber } from './graphql.js';

export interface GradedAnswer {
  number: number;
  prompt: string;
  answered: boolean;
  responseText: string | null;
  /** Null, with score, until the quiz's answers are revealed: they would give the key away. */
  correct: boolean | null;
  credit: number | null;
  /** These three are null when the quiz holds its answers back until it closes. */
  correctAnswer: { text: string } | null;
  explanation: string | null;
  evidence: { text: string }[] | null;
}
export interface Attempt {
  participant: string;
  answersRevealed: boolean;
  score: { points: number; maxPoints: number; percent: number } | null;
  answers: GradedAnswer[];
}

/** The fields both pages ask for, so the two queries cannot drift apart. */
export const ATTEMPT_FIELDS = `participant answersRevealed score { points maxPoints percent }
  answers { number prompt answered responseText correct credit correctAnswer { text } explanation evidence { text } }`;

function verdict(a: GradedAnswer): string {
  if (!a.answered) return 'Not answered';
  if (a.correct === null || a.credit === null) return 'Answered; marked when your teacher closes the quiz';
  if (a.correct) return 'Right';
  if (a.credit > 0) return `Partly right (${formatNumber(a.credit * 100, 0)}% credit)`;
  return 'Wrong';
}

export function scoreHeading(attempt: Attempt): HTMLHeadingElement {
  if (!attempt.score) return el('h2', { id: 'score' }, 'Submitted: your score comes when your teacher closes the quiz');
  const { points, maxPoints, percent } = attempt.score;
  return el('h2', { id: 'score' }, `Your score: ${formatNumber(points, 2)} out of ${maxPoints} (${formatNumber(percent, 0)}%)`);
}

export function answerList(attempt: Attempt): HTMLOListElement {
  return el('ol', { class: 'results' },
    ...attempt.answers.map((a) =>
      el('li', { class: `result ${a.correct === null ? 'held' : a.correct ? 'right' : (a.credit ?? 0) > 0 ? 'partial' : 'wrong'}` },
        el('h3', {}, `Question ${a.number}: ${verdict(a)}`),
        el('p', { class: 'prompt' }, a.prompt),
        el('p', {}, el('strong', {}, 'Your answer: '), a.responseText ?? '(none)'),
        a.correctAnswer && el('p', {}, el('strong', {}, 'Right answer: '), a.correctAnswer.text),
        a.explanation !== null && el('p', { class: 'explanation' }, a.explanation),
        ...(a.evidence ?? []).map((e) => el('blockquote', {}, el('p', {}, e.text))),
      ),
    ),
  );
}
