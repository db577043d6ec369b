// Cached event facts are reused while nothing they depend on changed, and reloaded when it did:
// an article joining the event, or any article teaching a known entity a new alias.
import { EventFactsCache } from '../../src/events/eventFactsCache';
import { saveArticleFacts } from '../../src/events/saveArticleFacts';
import { syntheticArticle } from '../../bench/syntheticFacts';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ SEED: 'false' });
});
afterAll(() => server?.stop());

test('reused until an article joins the event or an entity it names gains an alias', async () => {
  const ds = server.dataSource;
  const { eventId } = await saveArticleFacts(ds, syntheticArticle(1));
  const cache = new EventFactsCache();
  const first = await cache.load(ds, eventId);
  expect(await cache.load(ds, eventId)).toBe(first);

  // Another event's article calls one of this event's speakers by a new name.
  const other = syntheticArticle(2);
  const speaker = first.entities.find((e) => e.kind === 'PERSON')!;
  const renamed = { ...other, entities: other.entities.map((e) => (e.name === speaker.name ? { ...e, aliases: [...e.aliases, `Dr. ${speaker.name}`] } : e)) };
  await saveArticleFacts(ds, renamed);
  const second = await cache.load(ds, eventId);
  expect(second).not.toBe(first);
  expect(second.entities.find((e) => e.id === speaker.id)!.aliases).toContain(`Dr. ${speaker.name}`);
  expect(await cache.load(ds, eventId)).toBe(second);

  await saveArticleFacts(ds, syntheticArticle(3), { eventId });
  const third = await cache.load(ds, eventId);
  expect(third.articles).toHaveLength(2);
});

test('an unknown event is not kept as a failure', async () => {
  const cache = new EventFactsCache();
  await expect(cache.load(server.dataSource, 987654)).rejects.toThrow(/no event/);
  await expect(cache.load(server.dataSource, 987654)).rejects.toThrow(/no event/);
});
