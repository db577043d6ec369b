// The standing the words give a claim: each rule with wording it must catch and wording it must not.
import { standingOf } from '../../../src/ingest/standing';

test.each([
  ['said they were not aware whether a tsunami had occurred', 'NOT_CONFIRMED'],
  ['said it was unclear whether the ship had sunk', 'NOT_CONFIRMED'],
  ['said the claims made about him were lies', 'DENIED'],
  ['said it is a fallacy that the sickest are left waiting', 'DENIED'],
  ['denied the reports', 'DENIED'],
  ['denies that it paid anyone', 'DENIED'],
  ['said the department will look into the incident', 'UNDER_INVESTIGATION'],
  ['said police would investigate', 'UNDER_INVESTIGATION'],
  ['admitted to being part of the effort', 'CONFIRMED'],
  ['acknowledged the error', 'CONFIRMED'],
])('%s → %s', (wording, standing) => {
  expect(standingOf(wording)).toBe(standing);
});

test.each([
  'said the team was initially denied visas',
  'said Intel denied AMD access to the consortium',
  'said the bridge was not built in a year',
  'said the ministry is aware of the risks',
])('a denial, doubt or inquiry only in the words’ sense, not by a word alone: %s', (wording) => {
  expect(standingOf(wording)).toBe('ASSERTED');
});
