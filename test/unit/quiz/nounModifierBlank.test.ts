// Word blanks on a noun that names the kind of the noun after it ("a computer model",
// "placed under house arrest"): the content word of a sentence with no adjective to blank. Hand-built
// sentences, each a claim in the article's own voice with no name in it.
import type { FillInTheBlankQuestion } from '../../../src/domain/question';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { fillInTheBlankQuestions } from '../../../src/quiz/generators/fillInTheBlank';
import { questionViolations } from '../../../src/quiz/rules';
import { handFacts } from './handFacts';

function wordsBlanked(sentence: string): string[] {
  const index = indexFacts(handFacts({ sentences: ['Officials described the outbreak on Monday.', sentence], entities: [], mentions: [], claims: [{ id: 'c1', speakerId: null, sentence: 1 }] }).facts);
  const out = fillInTheBlankQuestions(index) as FillInTheBlankQuestion[];
  for (const q of out) expect(questionViolations(q, index)).toEqual([]);
  return out.map((q) => q.answer.accepted[0] ?? '');
}

describe('a noun modifying a noun as a word blank', () => {
  it('blanks the kind in a two-noun compound', () => {
    expect(wordsBlanked('Researchers placed the herd under house arrest after the outbreak.')).toEqual(['house']);
    expect(wordsBlanked('Researchers built a computer model of the outbreak.')).toEqual(['computer']);
  });

  it('does not blank a plural noun before a noun (often the tagger’s subject before its verb)', () => {
    expect(wordsBlanked('Officials said the parents plans had failed.')).toEqual([]);
  });

  it('does not blank a noun before an -ing word (the tagger’s verb)', () => {
    expect(wordsBlanked('Doctors watched the cornea melting under the lamp.')).toEqual([]);
  });

  it('does not blank a word joined to its neighbour by a hyphen', () => {
    expect(wordsBlanked('The campaign was meant to suppress left-wing opposition across the region.')).not.toContain('wing');
  });
});
