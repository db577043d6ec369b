// How a denial is made stands between its speaker and its verb: "categorically denied" is still the
// speaker's denial.
import { entityName, extract } from './helpers';

test.each(['categorically denied', 'vehemently denies', 'emphatically rejected'])('"Acme Corporation %s the reports" is Acme’s denial', (verb) => {
  const facts = extract(`Acme Corporation ${verb} the reports.`, '2024-05-01');
  const denial = facts.claims.find((c) => c.standing === 'DENIED');
  expect(entityName(facts, denial?.speakerId ?? null)).toBe('Acme Corporation');
});
