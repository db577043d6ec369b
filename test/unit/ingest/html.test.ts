import { articleTextFromHtml, extractFacts } from '../../../src/ingest';
import { readFixture } from './helpers';

describe('articleTextFromHtml', () => {
  const page = articleTextFromHtml(readFixture('html-bridge-reopening.html'));

  it('keeps the article paragraphs, one a line, and drops navigation, asides and footers', () => {
    const lines = page.text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^The Eastport harbour bridge reopened/);
    expect(page.text).not.toMatch(/Most read|Home|©/);
    expect(page.title).toMatch(/Harbour bridge reopens/);
  });

  it('gives text the pipeline reads: the mayor is the speaker of the quote', () => {
    const facts = extractFacts({ title: page.title, body: page.text, url: null, outlet: 'The Coastal Herald', publishedAt: '2024-03-12' });
    const quote = facts.claims.find((c) => c.quote?.startsWith('Drivers will save'));
    expect(facts.entities.find((e) => e.id === quote?.speakerId)?.name).toBe('Linda Osei');
    const money = facts.quantities.find((q) => q.measure === 'MONEY');
    expect(money).toMatchObject({ value: 38_000_000, unit: 'USD', approximate: true });
  });
});
