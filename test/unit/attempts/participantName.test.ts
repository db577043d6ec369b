// Issue 17 §3: a name that looks the same is the same student. Each case is a second submission a
// student could make to get a second attempt; the expected keys are written out by hand.
import { cleanParticipantName, participantKey } from '../../../src/attempts/participantName';

test('invisible characters inside a name do not make a new student', () => {
  for (const disguised of ['Ada\u200B Lovelace', 'A\u200Dda Lovelace', 'Ada\u200C Lovelace', '\uFEFFAda Lovelace', 'Ada Love\u00ADlace', 'Ada\u2060 Lovelace']) {
    expect(participantKey(disguised)).toBe('ada lovelace');
  }
});

test('a right-to-left override or isolate is removed from the name shown and compared', () => {
  expect(cleanParticipantName('\u202EAda\u202C Lovelace')).toBe('Ada Lovelace');
  expect(participantKey('\u2067Ada\u2069 Lovelace')).toBe('ada lovelace');
});

test('full-width and compatibility forms are the plain letters (NFKC)', () => {
  expect(participantKey('Ａｄａ Ｌｏｖｅｌａｃｅ')).toBe('ada lovelace');
  expect(participantKey('Ada\u00A0Lovelace')).toBe('ada lovelace');
});

test('Cyrillic and Greek look-alike letters compare as the Latin ones', () => {
  // а (U+0430), е (U+0435), о (U+043E) Cyrillic; ο (U+03BF) Greek
  expect(participantKey('\u0410da L\u043Ev\u0435lace')).toBe('ada lovelace');
  expect(participantKey('Ada L\u03BFvelace')).toBe('ada lovelace');
  expect(participantKey('B0b')).toBe(participantKey('Bob'));
});

test('names that only look alike in part stay two students', () => {
  expect(participantKey('Ali')).not.toBe(participantKey('All'));
  expect(participantKey('Ada Lovelace')).not.toBe(participantKey('Ada Lovelaces'));
  expect(participantKey('José')).not.toBe(participantKey('Jose'));
});
