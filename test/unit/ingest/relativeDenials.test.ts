// A denial told in a relative clause ("..., which the ministry denies"): the clause before it is the
// denier's statement, DENIED, and it is cut out of what anyone else in the sentence says.
import type { EventFacts } from '../../../src/domain/facts';
import { validateFacts } from '../../../src/domain/validateFacts';
import { entityName, extract } from './helpers';

const claimsOver = (facts: EventFacts, words: string) => facts.claims.filter((c) => c.evidence[0]?.text.includes(words));

describe('a relative clause denying the clause before it', () => {
  it('"..., which the Home Office rejects" is the Home Office denying it', () => {
    const facts = extract('The plan was dropped by Prime Minister Boris Johnson over fears it would amount to amnesty, which the Home Office rejects.', '2024-05-01');
    const denial = claimsOver(facts, 'amount to amnesty').find((c) => c.standing === 'DENIED');
    expect(entityName(facts, denial?.speakerId ?? null)).toBe('Home Office');
    expect(validateFacts(facts)).toEqual([]);
  });
  it('a pronoun after "charges" denies them too', () => {
    const facts = extract('Mark Hollis was arrested on Monday. Police said Hollis stole the painting, charges he denies.', '2024-05-01');
    const denial = facts.claims.find((c) => c.standing === 'DENIED');
    expect(entityName(facts, denial?.speakerId ?? null)).toBe('Mark Hollis');
    expect(denial?.evidence[0]?.text).toContain('stole the painting');
    // The police's claim no longer carries the denial, so it stays asserted.
    const police = facts.claims.find((c) => c.standing !== 'DENIED' && c.evidence[0]?.text.includes('stole the painting'));
    expect(police?.standing).toBe('ASSERTED');
    expect(police?.paraphrase).not.toMatch(/denies/);
    expect(validateFacts(facts)).toEqual([]);
  });
  it('a relative clause about something else denies nothing', () => {
    const facts = extract('The council approved the budget, which the Home Office funds.', '2024-05-01');
    expect(facts.claims.every((c) => c.standing === 'ASSERTED')).toBe(true);
  });
  it('a verb with more of its clause after it ("which the Home Office rejected in 2020") is a deed, not a denial', () => {
    const facts = extract('The council approved the budget, which the Home Office rejected in 2020.', '2024-05-01');
    expect(facts.claims.every((c) => c.standing === 'ASSERTED')).toBe(true);
  });
});
