// Moodle XML: Moodle's own question-bank format. All text is written as plain_text, so Moodle
// shows it exactly as given (no HTML to inject or to break), and XML escaping is the only layer.
import type { ChoiceQuestion, FillInTheBlankQuestion, MatchingQuestion, NumericQuestion, Question, TrueFalseQuestion } from '../domain/question';
import type { ChoiceItem } from './conversions/choiceItem';
import { orderingAsChoice } from './conversions/orderingAsChoice';
import { filenameFor } from './filename';
import { explanationWithEvidence } from './text/evidence';
import { passageMissing, passagePlainText, passagesOf, type Passage } from './text/passage';
import { questionTitle } from './text/questionTitle';
import { sourceNames, type SourceName } from './text/sourceNames';
import { plainDecimal } from './text/numbers';
import { escapeXml, fitsXml } from './text/xml';
import type { ExportableQuiz, ExportedFile, ExportWarning } from './types';

const text = (value: string): string => `<text>${escapeXml(value)}</text>`;
const formatted = (element: string, value: string): string => `<${element} format="plain_text">${text(value)}</${element}>`;

function header(question: Question, type: string, names: SourceName): string[] {
  return [
    `  <question type="${type}">`,
    `    <name>${text(questionTitle(question))}</name>`,
    `    ${formatted('questiontext', question.prompt)}`,
    `    ${formatted('generalfeedback', explanationWithEvidence(question.explanation, question.evidence, names))}`,
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(question.id)}</idnumber>`,
  ];
}

function footer(question: Question): string[] {
  const tags = [question.kind, question.difficulty.level].map((tag) => `      <tag>${text(tag.toLowerCase())}</tag>`);
  return ['    <tags>', ...tags, '    </tags>', '  </question>'];
}

function answer(fraction: number, value: string, feedback: string, extra: string[] = []): string[] {
  return [
    `    <answer fraction="${fraction}" format="plain_text">`,
    `      ${text(value)}`,
    ...extra.map((line) => `      ${line}`),
    `      ${formatted('feedback', feedback)}`,
    '    </answer>',
  ];
}

function multichoice(question: Question, item: ChoiceQuestion | ChoiceItem, names: SourceName): string[] {
  return [
    ...header(question, 'multichoice', names),
    '    <single>true</single>',
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answernumbering>abc</answernumbering>',
    ...item.options.flatMap((o) => answer(o.correct ? 100 : 0, o.text, o.rationale)),
    ...footer(question),
  ];
}

function trueFalse(question: TrueFalseQuestion, names: SourceName): string[] {
  const { value } = question.answer;
  return [...header(question, 'truefalse', names), ...answer(value ? 100 : 0, 'true', ''), ...answer(value ? 0 : 100, 'false', ''), ...footer(question)];
}

function numerical(question: NumericQuestion, names: SourceName): string[] {
  const { value, tolerance, unit } = question.answer;
  // The unit is shown but not graded (unitgradingtype 0): the figure is what the text states.
  const units = unit === '' ? [] : ['    <units>', '      <unit>', '        <multiplier>1</multiplier>', `        <unit_name>${escapeXml(unit)}</unit_name>`, '      </unit>', '    </units>'];
  return [
    ...header(question, 'numerical', names),
    ...answer(100, plainDecimal(value), '', [`<tolerance>${plainDecimal(tolerance)}</tolerance>`]),
    ...units,
    '    <unitgradingtype>0</unitgradingtype>',
    '    <unitpenalty>0</unitpenalty>',
    `    <showunits>${unit === '' ? 3 : 0}</showunits>`,
    '    <unitsleft>0</unitsleft>',
    ...footer(question),
  ];
}

function shortAnswer(question: FillInTheBlankQuestion, names: SourceName): string[] {
  return [...header(question, 'shortanswer', names), '    <usecase>0</usecase>', ...question.answer.accepted.flatMap((a) => answer(100, a, '')), ...footer(question)];
}

function matching(question: MatchingQuestion, names: SourceName): string[] {
  const right = new Map(question.right.map((item) => [item.id, item.text]));
  const paired = new Set(question.answer.pairs.map((pair) => pair.rightId));
  const sub = (left: string, answerText: string): string[] => [
    '    <subquestion format="plain_text">',
    `      ${text(left)}`,
    `      <answer>${text(answerText)}</answer>`,
    '    </subquestion>',
  ];
  return [
    ...header(question, 'matching', names),
    '    <shuffleanswers>true</shuffleanswers>',
    ...question.answer.pairs.flatMap((pair) => sub(question.left.find((l) => l.id === pair.leftId)?.text ?? '', right.get(pair.rightId) ?? '')),
    // A subquestion with no text is how Moodle holds a distractor answer.
    ...question.right.filter((item) => !paired.has(item.id)).flatMap((item) => sub('', item.text)),
    ...footer(question),
  ];
}

/** The article as a description question (text only, no grade): Moodle shows it on the quiz page. */
function passageLines(passage: Passage): string[] {
  return [
    '  <question type="description">',
    `    <name>${text(`Passage: ${passage.heading}`)}</name>`,
    `    ${formatted('questiontext', passagePlainText(passage))}`,
    `    ${formatted('generalfeedback', '')}`,
    '    <defaultgrade>0</defaultgrade>',
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    '  </question>',
  ];
}

function questionLines(question: Question, names: SourceName, warnings: ExportWarning[]): string[] {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return multichoice(question, question, names);
    case 'TRUE_FALSE':
      return trueFalse(question, names);
    case 'NUMERIC':
      return numerical(question, names);
    case 'FILL_IN_THE_BLANK':
      return shortAnswer(question, names);
    case 'MATCHING':
      return matching(question, names);
    case 'ORDERING': {
      const item = orderingAsChoice(question);
      if (item === null) {
        warnings.push({ questionId: question.id, message: 'MOODLE_XML: ORDERING left out: its answer does not name every item.' });
        return [];
      }
      warnings.push({ questionId: question.id, message: 'MOODLE_XML: ORDERING written as a multiple choice over whole sequences (core Moodle has no ordering question).' });
      return multichoice({ ...question, prompt: item.prompt }, item, names);
    }
  }
}

export function writeMoodleXml(quiz: ExportableQuiz): ExportedFile {
  const warnings: ExportWarning[] = [];
  const names = sourceNames(quiz);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  lines.push('  <question type="category">', `    <category>${text(`$course$/top/newsquiz/${quiz.title.replace(/\//g, ' ')}`)}</category>`, '  </question>');
  warnings.push(...passageMissing('MOODLE_XML', quiz));
  for (const passage of passagesOf(quiz)) {
    const written = passageLines(passage);
    if (written.every(fitsXml)) lines.push(...written);
    else warnings.push({ questionId: null, message: 'MOODLE_XML: the passage is left out: its text has control characters XML cannot carry.' });
  }
  for (const question of quiz.questions) {
    const written = questionLines(question, names, warnings);
    if (!written.every(fitsXml)) {
      warnings.push({ questionId: question.id, message: 'MOODLE_XML: left out: its text has control characters XML cannot carry.' });
      continue;
    }
    lines.push(...written);
  }
  lines.push('</quiz>', '');
  return {
    filename: filenameFor(quiz.title, 'moodle.xml'),
    mediaType: 'application/xml',
    content: Buffer.from(lines.join('\n'), 'utf8'),
    binary: false,
    warnings,
  };
}
