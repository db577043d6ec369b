import { XMLParser } from 'fast-xml-parser';
import { exportQuiz } from '../../../src/export';
import { explanationWithEvidence } from '../../../src/export/text/evidence';
import { sourceNames } from '../../../src/export/text/sourceNames';
import { EXPORT_QUIZ, questionOfKind } from '../../fixtures/exportQuiz';

interface MoodleText { text: string }
interface MoodleAnswer { fraction: string; text: string; tolerance?: string; feedback?: MoodleText }
interface MoodleQuestion {
  type: string;
  name: MoodleText;
  idnumber?: string;
  questiontext: MoodleText & { format: string };
  generalfeedback: MoodleText;
  answer?: MoodleAnswer[];
  subquestion?: (MoodleText & { answer: MoodleText[] })[];
  tags: { tag: MoodleText[] };
  units?: { unit: { unit_name: string } };
}

async function parsed(): Promise<MoodleQuestion[]> {
  const file = await exportQuiz(EXPORT_QUIZ, 'MOODLE_XML');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true, // decode character references (&#10;) as any XML parser must
    isArray: (name) => ['question', 'answer', 'subquestion', 'tag'].includes(name),
  });
  return (parser.parse(file.content.toString('utf8')) as { quiz: { question: MoodleQuestion[] } }).quiz.question;
}

/** By idnumber, where Moodle keeps the question's id; the name is a title for people. */
const named = (questions: MoodleQuestion[], id: string): MoodleQuestion => {
  const q = questions.find((x) => x.idnumber === id);
  if (q === undefined) throw new Error(`no Moodle question named ${id}`);
  return q;
};

describe('Moodle XML export, read back by fast-xml-parser', () => {
  test('a category comes first, then one question per quiz question, of the matching Moodle type', async () => {
    const questions = await parsed();
    expect(questions[0]?.type).toBe('category');
    expect(questions.slice(1).map((q) => [q.idnumber, q.type])).toEqual([
      ['q-mc-training', 'multichoice'],
      ['q-who-peskov', 'multichoice'],
      ['q-standing-pentagon', 'multichoice'],
      ['q-tf-confirmed', 'truefalse'],
      ['q-num-troops', 'numerical'],
      ['q-blank-region', 'shortanswer'],
      ['q-match-speakers', 'matching'],
      ['q-order-events', 'multichoice'],
    ]);
    // Names are titles a teacher scans the bank by, written out by hand here, never the id.
    expect(questions.slice(1).map((q) => q.name.text)).toEqual([
      'What did Ukraine’s military intelligence (HUR) say the…',
      'Who said: "We have no evidence of that & we won\'t comment on…',
      'How does the Pentagon treat the claim that the troops were…',
      'True or false: the Pentagon confirmed that North Korean…',
      'How many North Korean troops did Zelensky’s office say had…',
      'Zelensky’s office said the troops had been moved to Russia’s…',
      'Match each speaker to what they said.',
      // Ordering is asked as a choice over orders: titled by the question as it is asked there.
      'Put these in the order the article says they happened. Which…',
    ]);
  });

  test('multiple choice keeps prompt, options, fractions, per-option feedback, general feedback and tags', async () => {
    const question = questionOfKind('MULTIPLE_CHOICE');
    const moodle = named(await parsed(), question.id);
    expect(moodle.questiontext).toEqual({ format: 'plain_text', text: question.prompt });
    expect(moodle.answer?.map((a) => [a.text, a.fraction, a.feedback?.text])).toEqual(question.options.map((o) => [o.text, o.correct ? '100' : '0', o.rationale]));
    expect(moodle.generalfeedback.text).toBe(explanationWithEvidence(question.explanation, question.evidence, sourceNames(EXPORT_QUIZ)));
    expect(moodle.tags.tag.map((t) => t.text)).toEqual(['multiple_choice', 'medium']);
  });

  test('true/false, numeric (with tolerance and unit), short answer and matching keep their answers', async () => {
    const questions = await parsed();
    const tf = named(questions, 'q-tf-confirmed');
    expect(tf.answer?.map((a) => [a.text, a.fraction])).toEqual([['true', '0'], ['false', '100']]);
    const numeric = named(questions, 'q-num-troops');
    expect(numeric.answer?.map((a) => [a.text, a.tolerance])).toEqual([['11000', '0']]);
    expect(numeric.units?.unit.unit_name).toBe('troops');
    const short = named(questions, 'q-blank-region');
    expect(short.answer?.map((a) => [a.text, a.fraction])).toEqual([['Kursk', '100'], ['Kursk region', '100']]);
    const matching = questionOfKind('MATCHING');
    const moodleMatching = named(questions, matching.id);
    expect(moodleMatching.subquestion?.map((s) => [s.text, s.answer[0]?.text])).toEqual([
      ['The Pentagon', '“a dangerous escalation”'],
      ['Mark Rutte (NATO)', 'Allies are consulted {at 09:00 #CET}'],
      ['Dmitry Peskov', '"We have no evidence" & <no comment>'],
      ['', 'Kyiv’s offensive = over'],
    ]);
  });
});
