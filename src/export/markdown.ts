// Markdown: the questions, then the answer key after a rule, for teachers who paste into docs or an LMS.
import { BLANK } from '../domain/question';
import type { Question } from '../domain/question';
import { answerText, optionLetter } from './answerText';
import { filenameFor } from './filename';
import { sentenceNumber } from './text/evidence';
import { numberedParagraphText, passageMissing, passagesOf, SENTENCE_NUMBERS_NOTE } from './text/passage';
import { sourceNames, type SourceName } from './text/sourceNames';
import type { ExportableQuiz, ExportedFile } from './types';

/**
 * CommonMark lets any ASCII punctuation be backslash-escaped, and every renderer then shows it
 * literally: escaping all the characters that can start markup is simpler than knowing which
 * position makes each one special. A line break becomes a hard break (backslash, newline).
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, '\\\n');
}

const md = markdownText;

function promptMarkdown(question: Question): string {
  return question.kind === 'FILL_IN_THE_BLANK' ? question.prompt.split(BLANK).map(md).join('\\_\\_\\_\\_\\_\\_\\_\\_') : md(question.prompt);
}

function responseMarkdown(question: Question): string[] {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return question.options.map((o, i) => `   - ${optionLetter(i)}\\. ${md(o.text)}`);
    case 'TRUE_FALSE':
      return ['   - True', '   - False'];
    case 'NUMERIC':
      return [`   Answer: \\_\\_\\_\\_\\_\\_\\_\\_ ${md(question.answer.unit)}`];
    case 'FILL_IN_THE_BLANK':
      return [];
    case 'MATCHING':
      return [
        ...question.left.map((l, i) => `   - ${i + 1}\\. ${md(l.text)}`),
        '',
        ...question.right.map((r, i) => `   - ${optionLetter(i)}\\. ${md(r.text)}`),
      ];
    case 'ORDERING':
      return question.items.map((item) => `   - \\[ \\] ${md(item.text)}`);
  }
}

function keyMarkdown(question: Question, index: number, names: SourceName): string[] {
  const rationales =
    'options' in question ? question.options.flatMap((o, i) => (o.rationale === '' ? [] : [`   - ${optionLetter(i)}\\. ${md(o.rationale)}`])) : [];
  const evidence = question.evidence.flatMap((e) => [
    '',
    `   > ${md(e.text)}`,
    `   > — ${md(names(e.articleId))}, sentence ${sentenceNumber(e.sentenceIndex)}`,
  ]);
  return [`${index + 1}. **Answer:** ${md(answerText(question))}`, '', `   ${md(question.explanation)}`, ...(rationales.length > 0 ? ['', ...rationales] : []), ...evidence, ''];
}

export function quizMarkdown(quiz: ExportableQuiz): string {
  const names = sourceNames(quiz);
  const questions = quiz.questions.flatMap((q, i) => [`${i + 1}. ${promptMarkdown(q)}`, '', ...responseMarkdown(q), '']);
  // The article first, so the class reads it before the questions; sentences numbered as cited.
  const passages = passagesOf(quiz).flatMap((p) => [`## ${md(p.heading)}`, '', `*${md(p.attribution)}*`, '', `*${md(SENTENCE_NUMBERS_NOTE)}*`, '', ...p.paragraphs.flatMap((para) => [md(numberedParagraphText(para)), '']), '---', '']);
  return [`# ${md(quiz.title)}`, '', ...passages, ...questions, '---', '', `## Answer key`, '', ...quiz.questions.flatMap((q, i) => keyMarkdown(q, i, names))].join('\n');
}

export function writeMarkdown(quiz: ExportableQuiz): ExportedFile {
  return {
    filename: filenameFor(quiz.title, 'md'),
    mediaType: 'text/markdown; charset=utf-8',
    content: Buffer.from(quizMarkdown(quiz), 'utf8'),
    binary: false,
    warnings: passageMissing('MARKDOWN', quiz),
  };
}
