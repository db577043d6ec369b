// Moodle GIFT: plain text Moodle (and gift-pegjs) read. Every text goes through `giftText`.
import { BLANK } from '../domain/question';
import type { ChoiceQuestion, FillInTheBlankQuestion, MatchingQuestion, NumericQuestion, Question } from '../domain/question';
import type { ChoiceItem } from './conversions/choiceItem';
import { orderingAsChoice } from './conversions/orderingAsChoice';
import { filenameFor } from './filename';
import { explanationWithEvidence } from './text/evidence';
import { passageMissing, passagePlainText, passagesOf, type Passage } from './text/passage';
import { questionTitle } from './text/questionTitle';
import { sourceNames, type SourceName } from './text/sourceNames';
import { plainDecimal } from './text/numbers';
import type { ExportableQuiz, ExportedFile, ExportWarning } from './types';

/**
 * GIFT's specials (`~ = # { } :`) and the backslash itself are escaped; a line break becomes `\n`
 * because a blank line would end the question. `[` and `]` need no escape and are left alone.
 */
export function giftText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\~=#{}:]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');
}

function generalFeedback(question: Question, names: SourceName): string {
  return `####${giftText(explanationWithEvidence(question.explanation, question.evidence, names))}`;
}

/** A readable name a teacher scans the question bank by (the prompt's opening words), never the id. */
function title(question: Question): string {
  return `::${giftText(questionTitle(question))}::`;
}

/** The article as a description item (a GIFT question with no answer block), first in the file. */
function passageDescription(passage: Passage): string {
  return `::${giftText(`Passage: ${passage.heading}`)}:: ${giftText(passagePlainText(passage))}`;
}

function choiceOption(text: string, correct: boolean, rationale: string): string {
  const feedback = rationale === '' ? '' : `#${giftText(rationale)}`;
  return `\t${correct ? '=' : '~'}${giftText(text)}${feedback}`;
}

function choice(question: ChoiceQuestion | ChoiceItem, generalFeedbackLine: string, name: string): string {
  const options = question.options.map((o) => choiceOption(o.text, o.correct, o.rationale));
  return [`${name} ${giftText(question.prompt)} {`, ...options, `\t${generalFeedbackLine}`, '}'].join('\n');
}

function numeric(question: NumericQuestion, names: SourceName): string {
  const { value, tolerance } = question.answer;
  return `${title(question)} ${giftText(question.prompt)} {#${plainDecimal(value)}:${plainDecimal(tolerance)}\n\t${generalFeedback(question, names)}\n}`;
}

/** The blank becomes the answer block in place, which Moodle reads as a short-answer question. */
function fillInTheBlank(question: FillInTheBlankQuestion, names: SourceName): string {
  const at = question.prompt.indexOf(BLANK);
  const before = at < 0 ? question.prompt : question.prompt.slice(0, at);
  const after = at < 0 ? '' : question.prompt.slice(at + BLANK.length);
  const answers = question.answer.accepted.map((answer) => `=${giftText(answer)}`).join(' ');
  return `${title(question)} ${giftText(before)}{${answers}\n\t${generalFeedback(question, names)}\n}${giftText(after)}`;
}

function matching(question: MatchingQuestion, names: SourceName): string {
  const rightText = new Map(question.right.map((item) => [item.id, item.text]));
  const paired = new Set(question.answer.pairs.map((pair) => pair.rightId));
  const pairs = question.answer.pairs.map((pair) => {
    const left = question.left.find((item) => item.id === pair.leftId)?.text ?? '';
    return `\t=${giftText(left)} -> ${giftText(rightText.get(pair.rightId) ?? '')}`;
  });
  // Right items nobody pairs with are distractors: GIFT writes them with an empty left side.
  const extras = question.right.filter((item) => !paired.has(item.id)).map((item) => `\t= -> ${giftText(item.text)}`);
  return [`${title(question)} ${giftText(question.prompt)} {`, ...pairs, ...extras, `\t${generalFeedback(question, names)}`, '}'].join('\n');
}

function questionText(question: Question, names: SourceName, warnings: ExportWarning[]): string | null {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return choice(question, generalFeedback(question, names), title(question));
    case 'TRUE_FALSE':
      return `${title(question)} ${giftText(question.prompt)} {${question.answer.value ? 'TRUE' : 'FALSE'}\n\t${generalFeedback(question, names)}\n}`;
    case 'NUMERIC':
      return numeric(question, names);
    case 'FILL_IN_THE_BLANK':
      return fillInTheBlank(question, names);
    case 'MATCHING': {
      // GIFT has no escape for "->", the arrow that splits a pair; Moodle would split the text there.
      const texts = [...question.left, ...question.right].map((item) => item.text);
      if (texts.some((text) => text.includes('->'))) {
        warnings.push({ questionId: question.id, message: 'GIFT: MATCHING left out: an item contains "->", which GIFT cannot escape.' });
        return null;
      }
      return matching(question, names);
    }
    case 'ORDERING': {
      const item = orderingAsChoice(question);
      if (item === null) {
        warnings.push({ questionId: question.id, message: 'GIFT: ORDERING left out: its answer does not name every item.' });
        return null;
      }
      warnings.push({ questionId: question.id, message: 'GIFT: ORDERING written as a multiple choice over whole sequences (GIFT has no ordering question).' });
      return choice(item, generalFeedback(question, names), title(question));
    }
  }
}

export function writeGift(quiz: ExportableQuiz): ExportedFile {
  const warnings: ExportWarning[] = [...passageMissing('GIFT', quiz)];
  const names = sourceNames(quiz);
  // The category line is read to the end of the line, unescaped: only line breaks need care.
  const blocks = [`$CATEGORY: newsquiz/${quiz.title.replace(/[\r\n/]+/g, ' ')}`, ...passagesOf(quiz).map(passageDescription)];
  for (const question of quiz.questions) {
    const text = questionText(question, names, warnings);
    if (text !== null) blocks.push(text);
  }
  return {
    filename: filenameFor(quiz.title, 'gift.txt'),
    mediaType: 'text/plain; charset=utf-8',
    content: Buffer.from(`${blocks.join('\n\n')}\n`, 'utf8'),
    binary: false,
    warnings,
  };
}
