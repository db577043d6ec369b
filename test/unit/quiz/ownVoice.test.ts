// Own-voice sentences as statements: what leans on its neighbours is left out, a connective is
// dropped, a long sentence is cut to its main clause. Expected texts are written by hand.
import { isQuotedSpan, ownVoiceStatement, standsAlone } from '../../../src/quiz/facts/ownVoice';

describe('an own-voice sentence as a statement', () => {
  it.each([
    ['But they failed, she said.', 'a speech tag with no named speaker'],
    ['They are afraid of women.', 'a pronoun with nothing to point at'],
    ['It was an unusual 16th birthday.', 'an opening "it"'],
    ['I do not even hate the Talib who shot me.', 'first-person words'],
    ['The extremists are afraid of books and pens, the teenager continued.', 'a speech tag'],
    ['Jim.', 'a fragment'],
    ['Who will pay for the new roads and the bridges?', 'a question'],
  ])('%s is left out (%s)', (sentence) => {
    expect(ownVoiceStatement(sentence)).toBeNull();
  });

  it('a connective tying the sentence to the one before is dropped and the statement capitalised', () => {
    expect(ownVoiceStatement('But, in Asia and Europe, stock markets generally did not show much reaction.')).toBe('In Asia and Europe, stock markets generally did not show much reaction');
  });

  it('"Instead of …" is no connective and stays', () => {
    expect(ownVoiceStatement('Instead of blowing out candles, Malala sat in the council chamber.')).toBe('Instead of blowing out candles, Malala sat in the council chamber');
  });

  it('a long sentence is cut before its relative clause, keeping the main clause', () => {
    const long = 'By 14 the schoolgirl from Mingora was on the radar of Archbishop Desmond Tutu and of many other public figures around the world, who suggested her for the International Children’s Peace Prize and praised her courage in public.';
    expect(ownVoiceStatement(long)).toBe('By 14 the schoolgirl from Mingora was on the radar of Archbishop Desmond Tutu and of many other public figures around the world');
  });

  it('a sentence that is itself quoted speech is left out even when it reads as a fact', () => {
    expect(ownVoiceStatement('Islam is a religion of peace, humanity and brotherhood.', true)).toBeNull();
    expect(ownVoiceStatement('Islam is a religion of peace, humanity and brotherhood.', false)).toBe('Islam is a religion of peace, humanity and brotherhood');
  });
});

describe('quoted spans', () => {
  const body = 'She spoke at the UN.\n“They fear books. They are afraid of women.” She smiled.\nThe petition grew.';
  it('a sentence inside an open quotation of its paragraph is quoted; one after it closes is not', () => {
    const inside = body.indexOf('They are afraid');
    expect(isQuotedSpan(body, inside, inside + 'They are afraid of women.'.length)).toBe(true);
    const after = body.indexOf('She smiled');
    expect(isQuotedSpan(body, after, after + 'She smiled.'.length)).toBe(false);
    const next = body.indexOf('The petition');
    expect(isQuotedSpan(body, next, next + 'The petition grew.'.length)).toBe(false);
  });
});

describe('labels that stand alone', () => {
  it('a short step label passes; one opening with a pronoun or holding "we" does not; "U.S." is not "us"', () => {
    expect(standsAlone('Zelensky presents victory plan')).toBe(true);
    expect(standsAlone('U.S. sanctions take effect')).toBe(true);
    expect(standsAlone('they met in Brussels')).toBe(false);
    expect(standsAlone('the talks we held ended')).toBe(false);
  });
});
