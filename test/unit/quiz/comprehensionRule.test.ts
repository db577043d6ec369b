// The comprehension-holds rule: each generated comprehension question passes it, and the same
// question broken by hand (its key moved, a distractor that is the main point, a cause sentence
// without a link) fails it.
import type { ChoiceQuestion } from '../../../src/domain/question';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { causeEffectQuestions } from '../../../src/quiz/generators/causeEffect';
import { mainIdeaQuestions } from '../../../src/quiz/generators/mainIdea';
import { comprehensionHolds } from '../../../src/quiz/rules/comprehensionHolds';
import { articleFacts } from './comprehensionFacts';

const FILLER = [
  'The city library reopened its reading room on the east side of town.',
  'A new bus timetable for the northern suburbs takes effect next month.',
  'Local farmers reported a good apple harvest in the valley this autumn.',
];

/** The question with its key moved to the first wrong option. */
function keyMoved(q: ChoiceQuestion): ChoiceQuestion {
  const wrong = q.options.find((o) => !o.correct) as ChoiceQuestion['options'][number];
  const options = q.options.map((o) => ({ ...o, correct: o.id === wrong.id }));
  return { ...q, options, answer: { optionId: wrong.id } };
}

function withDistractorText(q: ChoiceQuestion, text: string): ChoiceQuestion {
  const wrong = q.options.find((o) => !o.correct) as ChoiceQuestion['options'][number];
  return { ...q, options: q.options.map((o) => (o.id === wrong.id ? { ...o, text } : o)) };
}

describe('comprehension-holds on main-idea questions', () => {
  const facts = articleFacts('Hundreds dead in Hajj stampede', [
    'Hundreds of pilgrims were killed in a stampede near Mecca on Thursday.',
    'The crowd had gathered at the bridge before dawn for the final rites.',
    ...FILLER,
  ]);
  const index = indexFacts(facts);
  const q = mainIdeaQuestions(index)[0] as ChoiceQuestion;

  test('the generated question passes', () => {
    expect(comprehensionHolds.check(q, index)).toEqual([]);
  });

  test('a key moved to a detail fails: not the opening, no headline word', () => {
    const problems = comprehensionHolds.check(keyMoved(q), index);
    expect(problems.some((p) => /not the opening/.test(p))).toBe(true);
    expect(problems.some((p) => /shares no word with the headline/.test(p))).toBe(true);
  });

  test('a distractor that repeats the headline fails: it may be the main point', () => {
    expect(comprehensionHolds.check(withDistractorText(q, 'The stampede left hundreds dead'), index)).toEqual([
      'distractor “The stampede left hundreds dead” repeats the headline, so it may be the main point',
    ]);
  });
});

describe('comprehension-holds on cause-and-effect questions', () => {
  const facts = articleFacts('Storm', ['The match was abandoned because the pitch was flooded.', ...FILLER, 'The museum added a winter exhibition of maritime paintings to its programme.']);
  const index = indexFacts(facts);
  const q = causeEffectQuestions(index)[0] as ChoiceQuestion;

  test('the generated question passes', () => {
    expect(comprehensionHolds.check(q, index)).toEqual([]);
  });

  test('a distractor taken from the sentence that states the link fails', () => {
    expect(comprehensionHolds.check(withDistractorText(q, 'The match was abandoned'), index)).toEqual(['distractor “The match was abandoned” comes from the sentence that states the link']);
  });

  test('evidence with no causal link fails', () => {
    const other = facts.articles[0]?.sentences[1] as (typeof facts.articles)[number]['sentences'][number];
    const broken = { ...q, evidence: [{ articleId: 'a1', sentenceIndex: other.index, start: other.start, end: other.end, text: other.text }] };
    expect(comprehensionHolds.check(broken, index)).toContain('no cited sentence states a causal link');
  });
});
