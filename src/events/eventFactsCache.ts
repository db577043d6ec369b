// An event's facts, kept between requests. They change only when an article joins the event, or
// when any ingestion gives a known entity a new alias (entities are shared across events), so
// (article count, newest article id, newest alias id) is a fingerprint that every instance checks
// with one indexed query: no instance serves another's stale facts. Reusing the same facts object
// also lets the quiz engine reuse the question bank it built from it (about 45 ms a time on the
// seed event), which is most of the cost of generateQuiz.
import type { DataSource } from 'typeorm';
import type { EventFacts } from '../domain/facts';
import { loadEventFacts } from './loadEventFacts';

interface Cached {
  readonly fingerprint: string;
  readonly facts: Promise<EventFacts>;
}

export class EventFactsCache {
  private readonly entries = new Map<number, Cached>();
  constructor(private readonly maxEvents = 64) {}

  async load(ds: DataSource, eventId: number): Promise<EventFacts> {
    const [sql, parameters] = ds.driver.escapeQueryWithParameters(
      `SELECT (SELECT COUNT(*) FROM event_article WHERE event_id = :eventId) AS n,
              (SELECT MAX(article_id) FROM event_article WHERE event_id = :eventId) AS m,
              (SELECT MAX(id) FROM entity_alias) AS a`,
      { eventId },
    );
    const [row] = (await ds.query(sql, parameters)) as { n: number | string; m: number | string | null; a: number | string | null }[];
    const fingerprint = `${row?.n ?? 0}:${row?.m ?? ''}:${row?.a ?? ''}`;
    const cached = this.entries.get(eventId);
    if (cached?.fingerprint === fingerprint) {
      this.entries.delete(eventId);
      this.entries.set(eventId, cached);
      return cached.facts;
    }
    const facts = loadEventFacts(ds, eventId);
    this.entries.set(eventId, { fingerprint, facts });
    // A failed load (unknown event) must not stay cached.
    facts.catch(() => this.entries.get(eventId)?.facts === facts && this.entries.delete(eventId));
    if (this.entries.size > this.maxEvents) this.entries.delete(this.entries.keys().next().value as number);
    return facts;
  }
}
