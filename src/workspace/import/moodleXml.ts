// Moodle XML (the question bank's export format), read with fast-xml-parser. Each <question> is
// read on its own: a type this quiz cannot ask (essay, cloze, calculated, drag-and-drop …) is
// listed as skipped with its type, and the rest still come in.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BLANK } from '../../domain/question';
import { BadInputError } from '../../errors';
import { plainText, reportOf, type ImportReport, type ReadQuestion } from './importReport';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Text stays text: "007" and "true" are an answer's words, not a number or a boolean.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['question', 'answer', 'subquestion'].includes(name),
  // A file is data, not a document to expand: no entity declarations honoured.
  processEntities: true,
  htmlEntities: false,
});

const asNode = (v: unknown): Node => (v !== null && typeof v === 'object' ? (v as Node) : { '#text': v ?? '' });
const list = (v: unknown): Node[] => (Array.isArray(v) ? v.map(asNode) : v === undefined ? [] : [asNode(v)]);

/** The text of a <questiontext>, <answer>, <feedback> …: its <text> child, HTML reduced when the format says so. */
function textOf(v: unknown, notes: string[]): string {
  if (v === undefined) return '';
  const node = asNode(v);
  const inner = node.text !== undefined ? node.text : node['#text'];
  const raw = typeof inner === 'object' && inner !== null ? String((inner as Node)['#text'] ?? '') : String(inner ?? '');
  const format = String(node['@_format'] ?? 'html');
  if (format === 'html' || format === 'moodle_auto_format') {
    const plain = plainText(raw);
    if (plain !== raw.trim()) notes.push('HTML formatting was reduced to plain text');
    return plain;
  }
  return raw.trim();
}

const fraction = (a: Node) => Number(a['@_fraction'] ?? 0);

function readQuestion(q: Node): ReadQuestion | null {
  const type = String(q['@_type'] ?? '');
  if (type === 'category') return null;
  const notes: string[] = [];
  const title = q.name !== undefined ? textOf(q.name, []) || null : null;
  const prompt = textOf(q.questiontext, notes);
  const explanation = textOf(q.generalfeedback, notes);
  const answers = list(q.answer);
  switch (type) {
    case 'multichoice': {
      const single = String(q.single ?? 'true').trim() !== 'false';
      const right = answers.filter((a) => fraction(a) >= 100);
      if (!single || right.length !== 1 || answers.some((a) => fraction(a) > 0 && fraction(a) < 100)) {
        return { title, skip: 'a choice question with partial credit or more than one right answer cannot be asked here (exactly one option is right)' };
      }
      const options = answers.map((a) => ({ text: textOf(a, notes), correct: fraction(a) >= 100, rationale: textOf(a.feedback, notes) }));
      return { title, kind: 'MULTIPLE_CHOICE', draft: { prompt, explanation, options }, notes };
    }
    case 'truefalse': {
      const right = answers.find((a) => fraction(a) >= 100);
      const word = right ? textOf(right, []).toLowerCase() : '';
      if (word !== 'true' && word !== 'false') return { title, skip: 'a true/false question whose right answer is neither true nor false' };
      return { title, kind: 'TRUE_FALSE', draft: { prompt, explanation: explanation || textOf(right!.feedback, notes), booleanAnswer: word === 'true' }, notes };
    }
    case 'shortanswer': {
      const accepted = answers.filter((a) => fraction(a) >= 100).map((a) => textOf(a, notes));
      if (answers.some((a) => fraction(a) > 0 && fraction(a) < 100)) notes.push('answers worth partial credit were left out');
      if (accepted.some((a) => a.includes('*'))) notes.push('a * wildcard in an answer is taken as the character *');
      const blanked = prompt.includes(BLANK) ? prompt : `${prompt} ${BLANK}`;
      if (!prompt.includes(BLANK)) notes.push('the answer blank was added at the end of the prompt');
      return { title, kind: 'FILL_IN_THE_BLANK', draft: { prompt: blanked, explanation, acceptedAnswers: accepted }, notes };
    }
    case 'numerical': {
      const right = answers.filter((a) => fraction(a) >= 100);
      if (right.length === 0) return { title, skip: 'a numeric question with no answer worth full credit' };
      if (answers.length > 1) notes.push(`only the first full-credit answer was kept; ${answers.length - 1} other answer${answers.length > 2 ? 's were' : ' was'} left out`);
      const value = Number(textOf(right[0], []));
      const tolerance = Number(String(right[0]!.tolerance ?? '0').trim() || '0');
      if (!Number.isFinite(value)) return { title, skip: `the numeric answer “${textOf(right[0], [])}” is not a number` };
      const units = list(asNode(q.units).unit);
      const unit = units.length ? String(units[0]!.unit_name ?? '').trim() : '';
      return { title, kind: 'NUMERIC', draft: { prompt, explanation, numberAnswer: value, tolerance: Math.abs(tolerance), unit }, notes };
    }
    case 'matching': {
      const subs = list(q.subquestion);
      const pairs = subs.filter((s) => textOf(s, []) !== '').map((s) => ({ left: textOf(s, notes), right: textOf(list(s.answer)[0], notes) }));
      if (pairs.length < subs.length) notes.push('right items with no left item (extra distractors) were left out');
      return { title, kind: 'MATCHING', draft: { prompt, explanation, pairs }, notes };
    }
    case 'ordering':
      // qtype_ordering lists its items in the right order.
      return { title, kind: 'ORDERING', draft: { prompt, explanation, orderedItems: answers.map((a) => textOf(a, notes)) }, notes };
    case 'description':
      return { title, skip: 'a description is not a question' };
    case 'essay':
      return { title, skip: 'an essay question has no answer to grade' };
    default:
      return { title, skip: `Moodle question type “${type}” cannot be asked here` };
  }
}

export function importMoodleXml(source: string): ImportReport {
  // Entity declarations can expand a small file into a huge one; Moodle never writes them.
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) throw new BadInputError('a DOCTYPE or ENTITY declaration is not accepted in Moodle XML', ['input', 'content']);
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new BadInputError(`not well-formed XML at line ${valid.err.line}: ${valid.err.msg}`, ['input', 'content']);
  const doc = parser.parse(source) as Node;
  if (doc.quiz === undefined) throw new BadInputError('not Moodle XML: the file has no <quiz> element', ['input', 'content']);
  const read = list(asNode(doc.quiz).question).flatMap((q) => {
    const r = readQuestion(q);
    return r === null ? [] : [r];
  });
  return reportOf(read);
}
