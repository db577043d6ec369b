// A statement introduced by a colon goes on in the sentences after it: the same speaker, the same
// verb, so a denial denies each of them. Hand-built paragraphs, one condition each.
import type { EventFacts } from '../../../src/domain/facts';
import { validateFacts } from '../../../src/domain/validateFacts';
import { entityName, extract } from './helpers';

const claimOver = (facts: EventFacts, words: string) => facts.claims.find((c) => c.evidence[0]?.text.includes(words));
const intro = 'In a statement, the Acme Corporation denied the allegations: The workers were paid on time.';

describe('sentences after a statement introduced by a colon', () => {
  it('are the speaker’s, under the same verb', () => {
    const facts = extract(`${intro} They were never locked in the factory.`, '2024-05-01');
    const carried = claimOver(facts, 'locked in the factory');
    expect(entityName(facts, carried?.speakerId ?? null)).toBe('Acme Corporation');
    expect(carried?.standing).toBe('DENIED');
    expect(validateFacts(facts)).toEqual([]);
  });
  it('not across a paragraph break', () => {
    const facts = extract(`${intro}\nThey were never locked in the factory.`, '2024-05-01');
    expect(claimOver(facts, 'locked in the factory')?.speakerId ?? null).toBeNull();
  });
  it('not past a sentence with a verb of saying of its own', () => {
    // "Many of them" is no speaker the text names, but "claimed" still starts a statement.
    const facts = extract(`${intro} Many of them later claimed the doors were locked. The doors were locked at night.`, '2024-05-01');
    expect(claimOver(facts, 'doors were locked.')?.speakerId ?? null).toBeNull();
    expect(claimOver(facts, 'locked at night')?.speakerId ?? null).toBeNull();
  });
  it('not when the introduced words are in quotation marks (quotations carry their own speaker)', () => {
    const facts = extract('In a statement, the Acme Corporation denied the allegations: "The workers were paid on time." They were never locked in the factory.', '2024-05-01');
    expect(claimOver(facts, 'locked in the factory')?.speakerId ?? null).toBeNull();
  });
  it('not after a statement without a colon', () => {
    const facts = extract('In a statement, the Acme Corporation denied that the workers were paid late. They were never locked in the factory.', '2024-05-01');
    expect(claimOver(facts, 'locked in the factory')?.speakerId ?? null).toBeNull();
  });
});
