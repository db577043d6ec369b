// One question as a QTI assessment item, in QTI 2.1 names (qti21.ts and qti30.ts rename it).
// Scoring uses the standard response-processing templates; only a numeric answer with a tolerance
// needs its own rule, since no template compares within a tolerance.
import { BLANK } from '../../domain/question';
import type { ChoiceOption, FillInTheBlankQuestion, MatchingQuestion, NumericQuestion, OrderingQuestion, Question } from '../../domain/question';
import { citation } from '../text/evidence';
import type { SourceName } from '../text/sourceNames';
import { plainDecimal } from '../text/numbers';
import { el, type XmlElement, type XmlNode } from './xmlTree';

export type RpTemplate = 'match_correct' | 'map_response';

export interface ItemTree {
  /** assessmentItem's children, in schema order, with templates named symbolically. */
  readonly declarations: XmlElement[];
  readonly body: XmlElement;
  readonly processing: XmlElement;
  readonly feedback: XmlNode[];
}

const RESPONSE = 'RESPONSE';

const value = (text: string): XmlElement => el('value', {}, [text]);
const correctResponse = (values: readonly string[]): XmlElement => el('correctResponse', {}, values.map(value));
const response = (cardinality: string, baseType: string, correct: readonly string[], extra: XmlElement[] = []): XmlElement =>
  el('responseDeclaration', { identifier: RESPONSE, cardinality, baseType }, [correctResponse(correct), ...extra]);
const template = (name: RpTemplate): XmlElement => el('responseProcessing', { template: name });
const prompt = (text: string): XmlElement => el('prompt', {}, [text]);

/** Local identifiers: the model's ids are not guaranteed to be XML names, positions always are. */
const choiceId = (index: number): string => `CHOICE_${index + 1}`;

function choiceItem(question: Question, options: readonly Pick<ChoiceOption, 'text' | 'correct'>[]) {
  const correct = options.flatMap((o, i) => (o.correct ? [choiceId(i)] : []));
  return {
    declarations: [response('single', 'identifier', correct)],
    body: el('itemBody', {}, [
      el('choiceInteraction', { responseIdentifier: RESPONSE, shuffle: 'false', maxChoices: '1' }, [
        prompt(question.prompt),
        ...options.map((o, i) => el('simpleChoice', { identifier: choiceId(i) }, [o.text])),
      ]),
    ]),
    processing: template('match_correct'),
  };
}

function uniqueIgnoringCase(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fillInTheBlank(question: FillInTheBlankQuestion) {
  const accepted = uniqueIgnoringCase(question.answer.accepted);
  const at = question.prompt.indexOf(BLANK);
  const entry = el('textEntryInteraction', { responseIdentifier: RESPONSE, expectedLength: String(Math.max(...accepted.map((a) => a.length), 10)) });
  const paragraph: XmlNode[] = at < 0 ? [`${question.prompt} `, entry] : [question.prompt.slice(0, at), entry, question.prompt.slice(at + BLANK.length)];
  const mapping = el(
    'mapping',
    { defaultValue: '0' },
    accepted.map((a) => el('mapEntry', { mapKey: a, mappedValue: '1', caseSensitive: 'false' })),
  );
  return {
    declarations: [response('single', 'string', [accepted[0] ?? ''], [mapping])],
    body: el('itemBody', {}, [el('p', {}, paragraph.filter((part) => part !== ''))]),
    processing: template('map_response'),
  };
}

function setScore(score: string): XmlElement {
  return el('setOutcomeValue', { identifier: 'SCORE' }, [el('baseValue', { baseType: 'float' }, [score])]);
}

function numeric(question: NumericQuestion) {
  const { value: answer, tolerance, unit } = question.answer;
  const entry = el('textEntryInteraction', { responseIdentifier: RESPONSE, expectedLength: String(plainDecimal(answer).length + 2) });
  const within =
    tolerance === 0
      ? template('match_correct')
      : el('responseProcessing', {}, [
          el('responseCondition', {}, [
            el('responseIf', {}, [
              el('equal', { toleranceMode: 'absolute', tolerance: `${plainDecimal(tolerance)} ${plainDecimal(tolerance)}` }, [
                el('variable', { identifier: RESPONSE }),
                el('correct', { identifier: RESPONSE }),
              ]),
              setScore('1'),
            ]),
            el('responseElse', {}, [setScore('0')]),
          ]),
        ]);
  return {
    declarations: [response('single', 'float', [plainDecimal(answer)])],
    body: el('itemBody', {}, [el('p', {}, [question.prompt]), el('p', {}, unit === '' ? [entry] : [entry, ` ${unit}`])]),
    processing: within,
  };
}

function ordering(question: OrderingQuestion) {
  const local = new Map(question.items.map((item, i) => [item.id, choiceId(i)]));
  return {
    declarations: [response('ordered', 'identifier', question.answer.order.map((id) => local.get(id) ?? id))],
    body: el('itemBody', {}, [
      el('orderInteraction', { responseIdentifier: RESPONSE, shuffle: 'false' }, [
        prompt(question.prompt),
        ...question.items.map((item, i) => el('simpleChoice', { identifier: choiceId(i) }, [item.text])),
      ]),
    ]),
    processing: template('match_correct'),
  };
}

function matching(question: MatchingQuestion) {
  const leftId = new Map(question.left.map((item, i) => [item.id, `LEFT_${i + 1}`]));
  const rightId = new Map(question.right.map((item, i) => [item.id, `RIGHT_${i + 1}`]));
  const uses = (id: string): number => question.answer.pairs.filter((pair) => pair.rightId === id).length;
  const pairs = question.answer.pairs.map((pair) => `${leftId.get(pair.leftId) ?? ''} ${rightId.get(pair.rightId) ?? ''}`);
  return {
    declarations: [response('multiple', 'directedPair', pairs)],
    body: el('itemBody', {}, [
      el('matchInteraction', { responseIdentifier: RESPONSE, shuffle: 'false', maxAssociations: String(question.left.length) }, [
        prompt(question.prompt),
        el('simpleMatchSet', {}, question.left.map((item) => el('simpleAssociableChoice', { identifier: leftId.get(item.id) ?? '', matchMax: '1' }, [item.text]))),
        el(
          'simpleMatchSet',
          {},
          question.right.map((item) => el('simpleAssociableChoice', { identifier: rightId.get(item.id) ?? '', matchMax: String(Math.max(1, uses(item.id))) }, [item.text])),
        ),
      ]),
    ]),
    processing: template('match_correct'),
  };
}

/**
 * Explanation, evidence and each option's rationale, shown once the answer is submitted: the
 * FEEDBACK outcome is never set, and showHide="hide" shows feedback whose identifier it lacks.
 */
function explanationFeedback(question: Question, names: SourceName): XmlElement {
  const rationales =
    'options' in question
      ? question.options.filter((o) => o.rationale !== '').map((o) => el('p', {}, [`${o.text}: ${o.rationale}`]))
      : [];
  return el('modalFeedback', { outcomeIdentifier: 'FEEDBACK', identifier: 'EXPLANATION', showHide: 'hide', title: 'Explanation' }, [
    el('p', {}, [question.explanation]),
    ...question.evidence.map((e) => el('p', {}, [`Evidence: ${citation(e, names)}`])),
    ...rationales,
  ]);
}

export function itemTree(question: Question, names: SourceName): ItemTree {
  const parts = (() => {
    switch (question.kind) {
      case 'MULTIPLE_CHOICE':
      case 'WHO_SAID_IT':
      case 'SOURCE_AND_STANDING':
        return choiceItem(question, question.options);
      case 'TRUE_FALSE':
        return choiceItem(question, [
          { text: 'True', correct: question.answer.value },
          { text: 'False', correct: !question.answer.value },
        ]);
      case 'FILL_IN_THE_BLANK':
        return fillInTheBlank(question);
      case 'NUMERIC':
        return numeric(question);
      case 'ORDERING':
        return ordering(question);
      case 'MATCHING':
        return matching(question);
    }
  })();
  const outcomes = [
    el('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float' }, [el('defaultValue', {}, [value('0')])]),
    el('outcomeDeclaration', { identifier: 'FEEDBACK', cardinality: 'single', baseType: 'identifier' }),
  ];
  return {
    declarations: [...parts.declarations, ...outcomes],
    body: parts.body,
    processing: parts.processing,
    feedback: [explanationFeedback(question, names)],
  };
}
