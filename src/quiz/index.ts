// The quiz engine's public API: pure functions from event facts to questions. No database, no
// GraphQL, no clock, no Math.random; the same facts, options and seed give the same output.
export { adoptQuestionBank, hasQuestionBank, prepareQuestionBank, questionBank, type PreparedBank } from './bank';
export { QuizInputError, ResponseKindError } from './errors';
export { gradeResponse, type Grade, type QuestionResponse } from './grading';
export { checkQuiz, type CheckOptions, type Violation } from './rules';
export { generateQuiz, MAX_QUIZ_QUESTIONS, type QuizOptions } from './selection';
export { computeDifficulty, DIFFICULTY_THRESHOLDS, DIFFICULTY_WEIGHTS } from './difficulty';
export { createRng, hashString, type Rng } from './random';
