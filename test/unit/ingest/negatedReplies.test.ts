// A party's negated statement right after someone else's claim about that party answers it: a denial,
// linked to the claim it answers. Hand-built pairs of sentences, one condition each.
import type { EventFacts } from '../../../src/domain/facts';
import { validateFacts } from '../../../src/domain/validateFacts';
import { extract } from './helpers';

const claimOver = (facts: EventFacts, words: string) => facts.claims.find((c) => c.evidence[0]?.text.includes(words));
const claim = 'Mark Hollis said the painting was returned to the Tate Gallery in May.';

describe('a negated reply to a claim about the one replying', () => {
  it('denies the claim and answers it', () => {
    const facts = extract(`${claim} The Tate Gallery said it had not received the painting.`, '2024-05-01');
    const reply = claimOver(facts, 'not received');
    expect(reply?.standing).toBe('DENIED');
    expect(reply?.respondsToId).toBe(claimOver(facts, 'was returned')?.id);
    expect(validateFacts(facts)).toEqual([]);
  });
  it('in the same sentence too', () => {
    const facts = extract('Mark Hollis said the painting was returned to the Tate Gallery, but the Tate Gallery said it had never received it.', '2024-05-01');
    expect(claimOver(facts, 'never received')?.standing).toBe('DENIED');
  });
  it('not when the same speaker goes on', () => {
    const facts = extract(`${claim} Hollis said the Tate Gallery had not paid him.`, '2024-05-01');
    expect(claimOver(facts, 'not paid')?.standing).toBe('ASSERTED');
  });
  it('not when the earlier claim does not name the one replying', () => {
    const facts = extract('Mark Hollis said the painting was returned in May. The Tate Gallery said it had not received other works.', '2024-05-01');
    expect(claimOver(facts, 'not received')?.standing).toBe('ASSERTED');
  });
  it('not when only a condition is negated', () => {
    const facts = extract(`${claim} The Tate Gallery said it would sue if the painting was not returned.`, '2024-05-01');
    expect(claimOver(facts, 'would sue')?.standing).toBe('ASSERTED');
  });
  it('not when nothing is negated', () => {
    const facts = extract(`${claim} The Tate Gallery said it had received the painting.`, '2024-05-01');
    expect(claimOver(facts, 'had received')?.standing).toBe('ASSERTED');
  });
  it('not when a sentence in the article’s voice stands between them', () => {
    const facts = extract(`${claim} The museum reopened in June. The Tate Gallery said it had not received the painting.`, '2024-05-01');
    expect(claimOver(facts, 'not received')?.standing).toBe('ASSERTED');
  });
});
