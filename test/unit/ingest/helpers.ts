import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Evidence, EventFacts } from '../../../src/domain/facts';
import { extractFacts } from '../../../src/ingest';

export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'articles');

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function extract(body: string, publishedAt: string | null): EventFacts {
  return extractFacts({ title: null, body, url: null, outlet: null, publishedAt });
}

/** Every evidence span in the bundle points at exactly its text in the body. */
export function allEvidence(facts: EventFacts): Evidence[] {
  return [
    ...facts.mentions.map((m) => m.evidence),
    ...facts.claims.flatMap((c) => c.evidence),
    ...facts.quantities.map((q) => q.evidence),
    ...facts.relations.map((r) => r.evidence),
    ...facts.timeline.map((t) => t.evidence),
  ];
}

export function entityName(facts: EventFacts, id: string | null): string | null {
  return id === null ? null : (facts.entities.find((e) => e.id === id)?.name ?? null);
}
