// One quiz as a QTI 1.2 `questestinterop` assessment, the dialect Canvas Classic Quizzes write and
// read (its question_type metadata names each kind), and that Blackboard and Brightspace import.
// The same document is the assessment inside the Common Cartridge export.
import { BLANK } from '../../domain/question';
import type { FillInTheBlankQuestion, MatchingQuestion, NumericQuestion, Question } from '../../domain/question';
import type { ChoiceItem } from '../conversions/choiceItem';
import { orderingAsChoice } from '../conversions/orderingAsChoice';
import { allText, el, serialize, type XmlElement, type XmlNode } from '../qti/xmlTree';
import { explanationWithEvidence } from '../text/evidence';
import { plainDecimal, readableNumber } from '../text/numbers';
import { matchingAsChoices } from '../conversions/matchingAsChoices';
import { sourceNames, type SourceName } from '../text/sourceNames';
import { fitsXml } from '../text/xml';
import type { ExportableQuiz, ExportWarning } from '../types';
import { questionTitle } from '../text/questionTitle';
import { passageMissing, passagePlainText, passagesOf, type Passage } from '../text/passage';

export const QTI12_NAMESPACE = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const mattext = (text: string): XmlElement => el('material', {}, [el('mattext', { texttype: 'text/plain' }, [text])]);
const metadata = (fields: Record<string, string>): XmlElement =>
  el('itemmetadata', {}, [
    el(
      'qtimetadata',
      {},
      Object.entries(fields).map(([label, entry]) => el('qtimetadatafield', {}, [el('fieldlabel', {}, [label]), el('fieldentry', {}, [entry])])),
    ),
  ]);
const outcomes = (): XmlElement => el('outcomes', {}, [el('decvar', { maxvalue: '100', minvalue: '0', varname: 'SCORE', vartype: 'Decimal' })]);
const setScore = (score: string, action = 'Set'): XmlElement => el('setvar', { action, varname: 'SCORE' }, [score]);
const showFeedback = (): XmlElement => el('displayfeedback', { feedbacktype: 'Response', linkrefid: 'general_fb' });
/** Shown whatever the answer: Canvas's "general" feedback, holding the explanation and the evidence. */
const alwaysFeedback = (): XmlElement => el('respcondition', { continue: 'Yes' }, [el('conditionvar', {}, [el('other')]), showFeedback()]);

/**
 * Who reads the assessment. Canvas names each item's kind in question_type metadata; a Common
 * Cartridge names it in cc_profile and allows only choice, true/false and fill-in items.
 */
export type Qti12Profile = 'CANVAS' | 'COMMON_CARTRIDGE';

const CC_PROFILES: Record<string, string> = {
  multiple_choice_question: 'cc.multiple_choice.v0p1',
  true_false_question: 'cc.true_false.v0p1',
  short_answer_question: 'cc.fib.v0p1',
};

function itemMetadata(profile: Qti12Profile, type: string): XmlElement {
  return profile === 'CANVAS'
    ? metadata({ question_type: type, points_possible: '1' })
    : metadata({ cc_profile: CC_PROFILES[type] ?? 'cc.multiple_choice.v0p1', cc_weighting: '1' });
}

function item(profile: Qti12Profile, ident: string, title: string, type: string, presentation: XmlElement, conditions: XmlElement[], feedback: string): XmlElement {
  return el('item', { ident, title }, [
    itemMetadata(profile, type),
    presentation,
    el('resprocessing', {}, [outcomes(), alwaysFeedback(), ...conditions]),
    el('itemfeedback', { ident: 'general_fb' }, [el('flow_mat', {}, [mattext(feedback)])]),
  ]);
}

function choice(profile: Qti12Profile, ident: string, title: string, prompt: string, options: ChoiceItem['options'], feedback: string, type = 'multiple_choice_question'): XmlElement {
  const labels = options.map((o, i) => el('response_label', { ident: `${ident}_C${i + 1}` }, [mattext(o.text)]));
  const right = options.findIndex((o) => o.correct);
  const presentation = el('presentation', {}, [
    mattext(prompt),
    el('response_lid', { ident: 'response1', rcardinality: 'Single' }, [el('render_choice', { shuffle: 'No' }, labels)]),
  ]);
  const correct = el('respcondition', { continue: 'No' }, [
    el('conditionvar', {}, [el('varequal', { respident: 'response1' }, [`${ident}_C${right + 1}`])]),
    setScore('100'),
  ]);
  return item(profile, ident, title, type, presentation, [correct], feedback);
}

/** Right when the answer is the figure or within its tolerance, as Canvas writes numerical answers. */
function numeric(profile: Qti12Profile, ident: string, title: string, question: NumericQuestion, feedback: string): XmlElement {
  const { value, tolerance, unit } = question.answer;
  const prompt = unit === '' ? question.prompt : `${question.prompt} (in ${unit})`;
  const presentation = el('presentation', {}, [
    mattext(prompt),
    el('response_str', { ident: 'response1', rcardinality: 'Single' }, [el('render_fib', { fibtype: 'Decimal' }, [el('response_label', { ident: 'answer1' })])]),
  ]);
  const exact = el('varequal', { respident: 'response1' }, [plainDecimal(value)]);
  const range = el('and', {}, [
    el('vargte', { respident: 'response1' }, [plainDecimal(value - tolerance)]),
    el('varlte', { respident: 'response1' }, [plainDecimal(value + tolerance)]),
  ]);
  const condition = el('conditionvar', {}, tolerance === 0 ? [exact] : [el('or', {}, [exact, range])]);
  return item(profile, ident, title, 'numerical_question', presentation, [el('respcondition', { continue: 'No' }, [condition, setScore('100')])], feedback);
}

function fillInTheBlank(profile: Qti12Profile, ident: string, title: string, question: FillInTheBlankQuestion, feedback: string): XmlElement {
  const prompt = question.prompt.split(BLANK).join('________');
  const presentation = el('presentation', {}, [
    mattext(prompt),
    el('response_str', { ident: 'response1', rcardinality: 'Single' }, [el('render_fib', { fibtype: 'String' }, [el('response_label', { ident: 'answer1', rshuffle: 'No' })])]),
  ]);
  const accepted = question.answer.accepted.map((a) => el('varequal', { respident: 'response1', case: 'No' }, [a]));
  return item(profile, ident, title, 'short_answer_question', presentation, [el('respcondition', { continue: 'No' }, [el('conditionvar', {}, accepted), setScore('100')])], feedback);
}

/** One response per left item over every right item; each right pair adds its share of the score. */
function matching(profile: Qti12Profile, ident: string, title: string, question: MatchingQuestion, feedback: string): XmlElement {
  const rightId = new Map(question.right.map((r, i) => [r.id, `${ident}_R${i + 1}`]));
  const responses = question.left.map((left, i) =>
    el('response_lid', { ident: `response_L${i + 1}` }, [
      mattext(left.text),
      el('render_choice', {}, question.right.map((r) => el('response_label', { ident: rightId.get(r.id) ?? '' }, [mattext(r.text)]))),
    ]),
  );
  const share = plainDecimal(Math.round((100 / Math.max(1, question.left.length)) * 100) / 100);
  const conditions = question.left.flatMap((left, i) => {
    const pair = question.answer.pairs.find((p) => p.leftId === left.id);
    if (pair === undefined) return [];
    return [el('respcondition', {}, [el('conditionvar', {}, [el('varequal', { respident: `response_L${i + 1}` }, [rightId.get(pair.rightId) ?? ''])]), setScore(share, 'Add')])];
  });
  return item(profile, ident, title, 'matching_question', el('presentation', {}, [mattext(question.prompt), ...responses]), conditions, feedback);
}

/**
 * The cartridge's profile has no numeric item; an exact figure is a fill-in answered by the
 * figure as digits (11000) or as printed (11,000). A tolerance cannot be expressed: left out.
 */
function numericAsTypedText(profile: Qti12Profile, ident: string, title: string, question: NumericQuestion, feedback: string, formatName: string, warnings: ExportWarning[]): XmlElement | null {
  const { value, tolerance, unit } = question.answer;
  if (tolerance !== 0) {
    warnings.push({ questionId: question.id, message: `${formatName}: NUMERIC left out: Common Cartridge has no numeric question, and a typed answer cannot accept a range (± ${plainDecimal(tolerance)}).` });
    return null;
  }
  warnings.push({ questionId: question.id, message: `${formatName}: NUMERIC written as a typed answer accepting the figure with or without thousands separators.` });
  const prompt = unit === '' ? question.prompt : `${question.prompt} (in ${unit})`;
  const presentation = el('presentation', {}, [
    mattext(prompt),
    el('response_str', { ident: 'response1', rcardinality: 'Single' }, [el('render_fib', {}, [el('response_label', { ident: 'answer1' })])]),
  ]);
  const forms = [...new Set([plainDecimal(value), readableNumber(value)])].map((f) => el('varequal', { respident: 'response1', case: 'No' }, [f]));
  return item(profile, ident, title, 'short_answer_question', presentation, [el('respcondition', { continue: 'No' }, [el('conditionvar', {}, forms), setScore('100')])], feedback);
}

function questionItem(profile: Qti12Profile, question: Question, ident: string, names: SourceName, formatName: string, warnings: ExportWarning[]): XmlElement | XmlElement[] | null {
  const feedback = explanationWithEvidence(question.explanation, question.evidence, names);
  const title = questionTitle(question);
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return choice(profile, ident, title, question.prompt, question.options, feedback);
    case 'TRUE_FALSE':
      return choice(
        profile,
        ident,
        title,
        question.prompt,
        [
          { text: 'True', correct: question.answer.value, rationale: '' },
          { text: 'False', correct: !question.answer.value, rationale: '' },
        ],
        feedback,
        'true_false_question',
      );
    case 'NUMERIC':
      if (profile === 'COMMON_CARTRIDGE') return numericAsTypedText(profile, ident, title, question, feedback, formatName, warnings);
      return numeric(profile, ident, title, question, feedback);
    case 'FILL_IN_THE_BLANK':
      return fillInTheBlank(profile, ident, title, question, feedback);
    case 'MATCHING':
      if (profile === 'COMMON_CARTRIDGE') {
        // The cartridge's QTI profile has no matching item: one choice per left item instead.
        const split = matchingAsChoices(question);
        warnings.push({ questionId: question.id, message: `${formatName}: MATCHING written as ${split.length} multiple-choice questions, one per item to match (Common Cartridge has no matching question).` });
        return split.map((part, i) => choice(profile, `${ident}_${i + 1}`, `${title} (${i + 1})`, part.prompt, part.options, feedback));
      }
      return matching(profile, ident, title, question, feedback);
    case 'ORDERING': {
      // QTI 1.2 can declare an ordered response (rcardinality="Ordered"), but only through a
      // render_extension no importer here reads; Canvas Classic has no ordering question at all.
      const converted = orderingAsChoice(question);
      if (converted === null) {
        warnings.push({ questionId: question.id, message: `${formatName}: ORDERING left out: its answer does not name every item.` });
        return null;
      }
      warnings.push({ questionId: question.id, message: `${formatName}: ORDERING written as a multiple choice over whole sequences (Canvas Classic Quizzes have no ordering question).` });
      return choice(profile, ident, title, converted.prompt, converted.options, feedback);
    }
  }
}

/** The passage as an unscored text item, Canvas's text_only_question, before the questions. */
function passageItem(passage: Passage, index: number): XmlElement {
  return el('item', { ident: `PASSAGE_${index + 1}`, title: passage.heading }, [
    metadata({ question_type: 'text_only_question', points_possible: '0' }),
    el('presentation', {}, [mattext(passagePlainText(passage))]),
  ]);
}

export interface Qti12Assessment {
  readonly xml: string;
  readonly itemCount: number;
}

export function qti12Assessment(
  quiz: ExportableQuiz,
  ident: string,
  formatName: string,
  warnings: ExportWarning[],
  profile: Qti12Profile = 'CANVAS',
): Qti12Assessment {
  const names = sourceNames(quiz);
  const items: XmlNode[] = [];
  // A cartridge carries the passage as a web page of its own beside the assessment.
  const passages = profile === 'CANVAS' ? passagesOf(quiz) : [];
  if (profile === 'CANVAS') warnings.push(...passageMissing(formatName, quiz));
  passages.forEach((passage, i) => {
    if (fitsXml(passagePlainText(passage))) items.push(passageItem(passage, i));
    else warnings.push({ questionId: null, message: `${formatName}: the passage is left out: its text has control characters XML cannot carry.` });
  });
  let count = 0;
  quiz.questions.forEach((question, index) => {
    const result = questionItem(profile, question, `ITEM_${String(index + 1).padStart(3, '0')}`, names, formatName, warnings);
    if (result === null) return;
    const written = Array.isArray(result) ? result : [result];
    if (!written.flatMap(allText).every(fitsXml)) {
      warnings.push({ questionId: question.id, message: `${formatName}: left out: its text has control characters XML cannot carry.` });
      return;
    }
    if (question.kind === 'TRUE_FALSE') {
      warnings.push({ questionId: question.id, message: `${formatName}: TRUE_FALSE written as a two-option choice (True, False), marked as a true/false question.` });
    }
    items.push(...written);
    count++;
  });
  const root = el(
    'questestinterop',
    { xmlns: QTI12_NAMESPACE, 'xmlns:xsi': XSI, 'xsi:schemaLocation': `${QTI12_NAMESPACE} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd` },
    [
      el('assessment', { ident, title: quiz.title }, [
        el(
          'qtimetadata',
          {},
          Object.entries(profile === 'CANVAS' ? { cc_maxattempts: '1' } : { cc_profile: 'cc.exam.v0p1', qmd_assessmenttype: 'Examination', cc_maxattempts: '1' }).map(
            ([label, entry]) => el('qtimetadatafield', {}, [el('fieldlabel', {}, [label]), el('fieldentry', {}, [entry])]),
          ),
        ),
        el('section', { ident: 'root_section' }, items),
      ]),
    ],
  );
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`, itemCount: count };
}
