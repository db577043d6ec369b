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

describe('the reporting verb gives the standing', () => {
  test.each([
    ['have not said', 'why the team was refused entry', 'NOT_CONFIRMED'],
    ['declined to say', 'how many soldiers had been wounded', 'NOT_CONFIRMED'],
    ['would not disclose', 'the price the company paid', 'NOT_CONFIRMED'],
    ['did not specify', 'when the talks would resume', 'NOT_CONFIRMED'],
    ['disputed', 'the figures the ministry released', 'DENIED'],
    ['disputes', 'that the soldiers fired first', 'DENIED'],
    ['refuted', 'the report in a statement', 'DENIED'],
    ['flatly denied', 'the mayor was ever paid by the firm', 'DENIED'],
    ['rejected', 'the allegations as baseless', 'DENIED'],
    ['rejected', 'the government’s claim that the strike was legal', 'DENIED'],
    ['dismissed', 'the reports as rumours', 'DENIED'],
    ['dismissed', 'suggestions that he would resign', 'DENIED'],
    ['rejected', 'the characterization of the deal', 'DENIED'],
    ['rejected', 'the official results', 'DENIED'],
  ])('%s %s → %s', (verb, content, standing) => {
    expect(standingOf(content, verb)).toBe(standing);
  });

  test.each([
    // An act of refusing, not a denial of anything said.
    ['denied', 'the reporters access to the site'],
    ['denied', 'him entry at the border'],
    ['denied', 'AMD access to the consortium'],
    ['denied', 'Palestinian Authority officials entry'],
    ['denied', 'visas to the whole team'],
    // The subject undergoes the refusal.
    ['was denied', 'bail on Monday'],
    ['were denied', 'a fair trial'],
    // Rejecting an offer or a plan is a decision, not a denial.
    ['rejected', 'the proposal in October'],
    ['has rejected', 'any tax increases'],
    ['dismissed', 'the coach after the defeat'],
    // A negated denial denies nothing.
    ['did not deny', 'the reports'],
    // A verb of saying that is not negated says something.
    ['said', 'why the team was refused entry'],
  ])('%s %s stays ASSERTED', (verb, content) => {
    expect(standingOf(content, verb)).toBe('ASSERTED');
  });
});

describe('the words deny a part in what happened', () => {
  test.each([
    'the boy’s religion was not a factor in the decision',
    'the company had nothing to do with the leak',
    'the army played no role in the coup',
    'the ministry was not involved in the sale',
    'the reports are completely untrue',
    'the attack never took place',
    'the police called the allegations baseless',
    'the court rejected these claims',
    'the claims were nonsense',
    'Hollis pleaded not guilty to theft',
    'the minister maintains his innocence',
    'she was innocent',
  ])('%s → DENIED', (content) => {
    expect(standingOf(content, 'said')).toBe('DENIED');
  });

  test.each([
    'the disputed claims to the islands go back a century',
    'this is not the case in many other countries',
    'the factor that mattered most was the weather',
  ])('%s stays ASSERTED', (content) => {
    expect(standingOf(content, 'said')).toBe('ASSERTED');
  });
});

describe('what is not known, not proven or being looked into', () => {
  test.each([
    ['it was not immediately clear who fired the shots', 'NOT_CONFIRMED'],
    ['the cause of the fire remains unknown', 'NOT_CONFIRMED'],
    ['it is not yet known if the dam was damaged', 'NOT_CONFIRMED'],
    ['could not be independently verified', 'NOT_CONFIRMED'],
    ['there was nothing to suggest the crash was deliberate', 'NO_EVIDENCE'],
    ['investigators found no link between the two fires', 'NO_EVIDENCE'],
    ['there was no indication of foul play', 'NO_EVIDENCE'],
    ['the claims are unsubstantiated', 'NO_EVIDENCE'],
    ['police are trying to determine what caused the blast', 'UNDER_INVESTIGATION'],
    ['an investigation is under way', 'UNDER_INVESTIGATION'],
    ['the deaths are being investigated', 'UNDER_INVESTIGATION'],
    ['the ministry ordered an inquiry into the sale', 'UNDER_INVESTIGATION'],
    ['a criminal investigation has been opened', 'UNDER_INVESTIGATION'],
    ['inspectors did not find any evidence of fraud', 'NO_EVIDENCE'],
    ['the rebels have not provided proof', 'NO_EVIDENCE'],
    ['the spy was poisoned, without providing evidence', 'NO_EVIDENCE'],
    ['there was no immediate confirmation of the deaths', 'NOT_CONFIRMED'],
  ])('%s → %s', (content, standing) => {
    expect(standingOf(content, 'said')).toBe(standing);
  });

  test.each([
    'no sign of the rebels',
    'workers are unsure of when work will come',
    'it had been previously unknown why the disease spread',
    'the opening of the inquiry was delayed',
    'innocent civilians were killed',
    'the team found the evidence it needed',
  ])('%s stays ASSERTED', (content) => {
    expect(standingOf(content, 'said')).toBe('ASSERTED');
  });
});
