// Importing a teacher's questions from GIFT and Moodle XML: what comes in, as which kind, and
// what is listed as not imported, with why.
import type { ChoiceQuestion, FillInTheBlankQuestion, MatchingQuestion, NumericQuestion, OrderingQuestion, Question, TrueFalseQuestion } from '../../../src/domain/question';
import { BadInputError } from '../../../src/errors';
import { exportQuiz } from '../../../src/export';
import { questionBank } from '../../../src/quiz';
import { giftBlocks, importGift } from '../../../src/workspace/import/gift';
import { importMoodleXml } from '../../../src/workspace/import/moodleXml';
import { quizFacts } from '../../fixtures/quizFacts';

const GIFT = `// A teacher's file
$CATEGORY: $course$/Week 3

::Capital:: What is the capital of France? {=Paris#Right, the seat of government. ~Lyon#No, the third city. ~Marseille}

::Sky:: The sky on a clear day is blue. {T}

::Legs:: How many legs has a spider? {#8:0.5}

::Range:: Water boils between {#99..101} degrees at sea level.

::Author:: Who wrote Hamlet? {=Shakespeare =William Shakespeare}

::Pets:: Match each animal to its sound. {=cat -> meow =dog -> woof =cow -> moo}

::Essay:: Write about your holiday. {}

::Weighted:: Which are primes? {~%50%2 ~%50%3 ~4}

::Typo:: Which is a fruit? {=apple ~stone

Mary had a little {=lamb ~wolf} that followed her.
`;

describe('GIFT', () => {
  const report = importGift(GIFT);
  const byTitle = (n: number) => report.questions[n]!;

  test('each gradable question comes in as its kind, with its answer', () => {
    expect(report.questions.map((q) => q.kind)).toEqual(['MULTIPLE_CHOICE', 'TRUE_FALSE', 'NUMERIC', 'NUMERIC', 'FILL_IN_THE_BLANK', 'MATCHING', 'MULTIPLE_CHOICE']);
    const capital = byTitle(0) as ChoiceQuestion;
    expect(capital.prompt).toBe('What is the capital of France?');
    expect(capital.options).toEqual([
      { id: 'a', text: 'Paris', correct: true, rationale: 'Right, the seat of government.' },
      { id: 'b', text: 'Lyon', correct: false, rationale: 'No, the third city.' },
      { id: 'c', text: 'Marseille', correct: false, rationale: '' },
    ]);
    expect(capital.answer).toEqual({ optionId: 'a' });
    expect((byTitle(1) as TrueFalseQuestion).answer).toEqual({ value: true });
    expect((byTitle(2) as NumericQuestion).answer).toEqual({ value: 8, tolerance: 0.5, unit: '' });
    // {#99..101}: the middle of the range, give or take half its width.
    expect((byTitle(3) as NumericQuestion).answer).toEqual({ value: 100, tolerance: 1, unit: '' });
    const author = byTitle(4) as FillInTheBlankQuestion;
    expect(author.prompt).toBe('Who wrote Hamlet? _____');
    expect(author.answer.accepted).toEqual(['Shakespeare', 'William Shakespeare']);
    const pets = byTitle(5) as MatchingQuestion;
    const left = new Map(pets.left.map((i) => [i.id, i.text]));
    const right = new Map(pets.right.map((i) => [i.id, i.text]));
    expect(pets.answer.pairs.map((p) => `${left.get(p.leftId)} -> ${right.get(p.rightId)}`)).toEqual(['cat -> meow', 'dog -> woof', 'cow -> moo']);
    // A question with its answer inside the sentence keeps the blank where it was.
    expect(byTitle(6).prompt).toBe('Mary had a little _____ that followed her.');
  });

  test('what cannot be asked is listed by its number and title, with why; a typo costs only its own question', () => {
    expect(report.skipped).toEqual([
      { number: 7, title: 'Essay', reason: 'an essay question has no answer to grade' },
      { number: 8, title: 'Weighted', reason: expect.stringMatching(/partial credit or more than one right answer/) },
      { number: 9, title: 'Typo', reason: expect.stringMatching(/^not valid GIFT at line 20: /) },
    ]);
  });

  test('what was changed on the way is noted', () => {
    expect(report.notes).toEqual([{ number: 5, title: 'Author', message: 'the answer blank was added at the end of the prompt' }]);
  });

  test('every imported question is marked imported and cites nothing', () => {
    for (const q of report.questions) {
      expect(q.id).toMatch(/^imp-[0-9a-f]{20}$/);
      expect(q.evidence).toEqual([]);
      expect(q.tests).toEqual([]);
    }
  });

  test('a question twice in the file comes in once', () => {
    const twice = importGift('::A:: Is it? {T}\n\n::B:: Is it? {T}\n');
    expect(twice.questions).toHaveLength(1);
    expect(twice.skipped).toEqual([{ number: 2, title: 'B', reason: 'the same question appears earlier in the file' }]);
  });

  test('blocks are split at blank lines, with the line each starts on', () => {
    expect(giftBlocks('// only a comment\n\n::A:: x {T}\n\n\n::B::\ny {F}\n')).toEqual([
      { text: '::A:: x {T}', line: 3 },
      { text: '::B::\ny {F}', line: 6 },
    ]);
  });
});

const MOODLE = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Week 3</text></category></question>
  <question type="multichoice">
    <name><text>Capital</text></name>
    <questiontext format="html"><text><![CDATA[<p>What is the <b>capital</b> of France?</p>]]></text></questiontext>
    <generalfeedback format="html"><text>Paris has been the capital since 987.</text></generalfeedback>
    <single>true</single>
    <answer fraction="100" format="html"><text>Paris</text><feedback><text>Right.</text></feedback></answer>
    <answer fraction="0" format="html"><text>Lyon</text></answer>
    <answer fraction="0" format="html"><text>Nice</text></answer>
  </question>
  <question type="truefalse">
    <name><text>Sky</text></name>
    <questiontext format="plain_text"><text>The sky is green.</text></questiontext>
    <answer fraction="0"><text>true</text></answer>
    <answer fraction="100"><text>false</text><feedback><text>It is blue.</text></feedback></answer>
  </question>
  <question type="numerical">
    <name><text>Bridge</text></name>
    <questiontext format="plain_text"><text>How long is the bridge?</text></questiontext>
    <answer fraction="100"><text>1200</text><tolerance>50</tolerance></answer>
    <units><unit><multiplier>1</multiplier><unit_name>m</unit_name></unit></units>
  </question>
  <question type="shortanswer">
    <name><text>Blank</text></name>
    <questiontext format="plain_text"><text>The river through Paris is the _____.</text></questiontext>
    <answer fraction="100"><text>Seine</text></answer>
    <answer fraction="50"><text>Sein</text></answer>
  </question>
  <question type="matching">
    <name><text>Cities</text></name>
    <questiontext format="plain_text"><text>Match each city to its country.</text></questiontext>
    <subquestion format="plain_text"><text>Paris</text><answer><text>France</text></answer></subquestion>
    <subquestion format="plain_text"><text>Rome</text><answer><text>Italy</text></answer></subquestion>
    <subquestion format="plain_text"><text></text><answer><text>Spain</text></answer></subquestion>
  </question>
  <question type="ordering">
    <name><text>Steps</text></name>
    <questiontext format="plain_text"><text>Put the steps in order.</text></questiontext>
    <answer fraction="1"><text>Plan</text></answer>
    <answer fraction="2"><text>Build</text></answer>
    <answer fraction="3"><text>Test</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Primes</text></name>
    <questiontext format="plain_text"><text>Which are primes?</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>2</text></answer>
    <answer fraction="50"><text>3</text></answer>
    <answer fraction="-100"><text>4</text></answer>
  </question>
  <question type="calculated">
    <name><text>Area</text></name>
    <questiontext format="plain_text"><text>Area of a {r} circle?</text></questiontext>
  </question>
</quiz>`;

describe('Moodle XML', () => {
  const report = importMoodleXml(MOODLE);

  test('each supported type comes in as its kind, HTML reduced to text, feedback kept', () => {
    expect(report.questions.map((q) => q.kind)).toEqual(['MULTIPLE_CHOICE', 'TRUE_FALSE', 'NUMERIC', 'FILL_IN_THE_BLANK', 'MATCHING', 'ORDERING']);
    const [capital, sky, bridge, blank, cities, steps] = report.questions as [ChoiceQuestion, TrueFalseQuestion, NumericQuestion, FillInTheBlankQuestion, MatchingQuestion, OrderingQuestion];
    expect(capital.prompt).toBe('What is the capital of France?');
    expect(capital.explanation).toBe('Paris has been the capital since 987.');
    expect(capital.options.map((o) => [o.text, o.correct, o.rationale])).toEqual([['Paris', true, 'Right.'], ['Lyon', false, ''], ['Nice', false, '']]);
    expect(sky).toMatchObject({ prompt: 'The sky is green.', explanation: 'It is blue.', answer: { value: false } });
    expect(bridge.answer).toEqual({ value: 1200, tolerance: 50, unit: 'm' });
    expect(blank).toMatchObject({ prompt: 'The river through Paris is the _____.', answer: { accepted: ['Seine'] } });
    const right = new Map(cities.right.map((i) => [i.id, i.text]));
    expect(cities.answer.pairs.map((p) => right.get(p.rightId))).toEqual(['France', 'Italy']);
    const items = new Map(steps.items.map((i) => [i.id, i.text]));
    expect(steps.answer.order.map((id) => items.get(id))).toEqual(['Plan', 'Build', 'Test']);
  });

  test('the rest is listed with why, and what changed is noted', () => {
    expect(report.skipped).toEqual([
      { number: 7, title: 'Primes', reason: expect.stringMatching(/partial credit or more than one right answer/) },
      { number: 8, title: 'Area', reason: 'Moodle question type “calculated” cannot be asked here' },
    ]);
    expect(report.notes).toEqual([
      { number: 1, title: 'Capital', message: 'HTML formatting was reduced to plain text' },
      { number: 4, title: 'Blank', message: 'answers worth partial credit were left out' },
      { number: 5, title: 'Cities', message: 'right items with no left item (extra distractors) were left out' },
    ]);
  });

  test('a file that is not Moodle XML is refused whole, saying why', () => {
    const refusal = (source: string) => {
      try {
        importMoodleXml(source);
      } catch (error) {
        if (error instanceof BadInputError) return error.message;
      }
      return 'accepted';
    };
    expect(refusal('<quiz><question type="truefalse"></quiz>')).toMatch(/^not well-formed XML at line 1/);
    expect(refusal('<questions/>')).toBe('not Moodle XML: the file has no <quiz> element');
    expect(refusal('<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaa">]><quiz/>')).toBe('a DOCTYPE or ENTITY declaration is not accepted in Moodle XML');
  });
});

describe('our own exports read back', () => {
  const bank = questionBank(quizFacts);
  const one = (kind: Question['kind']) => bank.find((q) => q.kind === kind)!;
  const quiz = { id: 'q', title: 'Round trip', questions: [one('MULTIPLE_CHOICE'), one('TRUE_FALSE'), one('NUMERIC'), one('FILL_IN_THE_BLANK'), one('WHO_SAID_IT')] };
  const answerOf = (q: Question): unknown => {
    switch (q.kind) {
      case 'MULTIPLE_CHOICE':
      case 'WHO_SAID_IT':
      case 'SOURCE_AND_STANDING':
        return q.options.find((o) => o.correct)!.text;
      case 'TRUE_FALSE':
        return q.answer.value;
      case 'NUMERIC':
        return [q.answer.value, q.answer.tolerance];
      case 'FILL_IN_THE_BLANK':
        return q.answer.accepted[0];
      default:
        return null;
    }
  };

  test.each(['GIFT', 'MOODLE_XML'] as const)('%s: every question comes back with its answer', async (format) => {
    const file = await exportQuiz(quiz, format);
    const report = format === 'GIFT' ? importGift(String(file.content)) : importMoodleXml(String(file.content));
    expect(report.skipped).toEqual([]);
    expect(report.questions.map(answerOf)).toEqual(quiz.questions.map(answerOf));
    // Choice kinds all come back as multiple choice: neither format knows who-said-it.
    expect(report.questions.map((q) => q.kind)).toEqual(['MULTIPLE_CHOICE', 'TRUE_FALSE', 'NUMERIC', 'FILL_IN_THE_BLANK', 'MULTIPLE_CHOICE']);
  });
});
