// The ids a share gives its students (issue 17 §2): derived from the share's own random key, so
// they say nothing of the bank id without it, and differ between shares of one quiz.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createTestStore, type TestStore } from '../../support/postgres';
import { openDataSource } from '../../../src/db/dataSource';
import { QuizShareRecord } from '../../../src/db/entities';
import { ShareQuestionKeys1765062000000 } from '../../../src/db/migrations/1765062000000-ShareQuestionKeys';
import { bankIdsOfShare, isShareQuestionId, newShareQuestionKey, questionKeyOf, shareQuestionId } from '../../../src/attempts/shareQuestionIds';
import { publishQuiz, unpublishQuiz } from '../../../src/attempts/shareStore';
import { saveQuiz } from '../../../src/quizzes/quizStore';
import { seedStore } from '../../../src/seeds/seedStore';
import type { TrueFalseQuestion } from '../../../src/domain/question';

const BANK = ['q-true-false-0e2de286af6fc8163114', 'q-multiple-choice-107f95251df90209a971', 'edit-3f1a'];

describe('share question ids', () => {
  test('one key gives each bank id one id of the students\' shape, the same every time; another key gives others', () => {
    const key = newShareQuestionKey();
    const ids = BANK.map((b) => shareQuestionId(key, b));
    expect(ids.every(isShareQuestionId)).toBe(true);
    expect(new Set(ids).size).toBe(BANK.length);
    expect(BANK.map((b) => shareQuestionId(key, b))).toEqual(ids);
    const other = BANK.map((b) => shareQuestionId(newShareQuestionKey(), b));
    for (const id of other) expect(ids).not.toContain(id);
    // Nothing of the bank id shows through.
    for (const [i, id] of ids.entries()) expect(id).not.toContain(BANK[i]!.slice(2, 10));
  });

  test('back to bank ids only for the questions given; anything else is left for the caller to refuse', () => {
    const key = newShareQuestionKey();
    const back = bankIdsOfShare(key, BANK);
    for (const b of BANK) expect(back(shareQuestionId(key, b))).toBe(b);
    expect(back(shareQuestionId(key, 'q-not-in-this-quiz'))).toBe(shareQuestionId(key, 'q-not-in-this-quiz'));
    expect(back(shareQuestionId(newShareQuestionKey(), BANK[0]!))).not.toBe(BANK[0]);
    // The quiz's own ids pass through untouched.
    expect(back(BANK[0]!)).toBe(BANK[0]);
  });

  test('bank ids, quiz-scoped ids and option ids are not of the students\' shape', () => {
    for (const id of [...BANK, `UXVpejox.${BANK[0]}`, `${shareQuestionId('k', 'q')}.a`, 'sq_short', '']) expect(isShareQuestionId(id)).toBe(false);
  });

  test('a share without a key is a broken store, not a client mistake', () => {
    expect(() => questionKeyOf({ id: 4, questionKey: null })).toThrow('share 4 has no question key');
  });
});

describe('the ShareQuestionKeys migration and publishing', () => {
  // SQLite in a scratch file, or a scratch PostgreSQL database under scripts/with-postgres.sh.
  let ds: DataSource;
  let store: TestStore;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-share-keys-'));
    store = await createTestStore(path.join(dir, 'store.sqlite'));
    ds = await openDataSource(store.database);
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await store?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('every publish draws a new key; the migration gives shares made before it keys of their own', async () => {
    const eventId = String((await seedStore(ds)).eventId);
    const question: TrueFalseQuestion = {
      id: 'q-tf', kind: 'TRUE_FALSE', prompt: 'True?', answer: { value: true }, explanation: 'because', evidence: [], tests: [],
      difficulty: { level: 'EASY', score: 0, factors: { distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false } },
    };
    const quiz = await saveQuiz(ds, { eventId, ownerId: '7', title: 'Keys', seed: 's', requestedCount: 1, kinds: [], difficulty: null, warnings: [], createdAt: new Date().toISOString(), questions: [question] });
    const first = await publishQuiz(ds, Number(quiz.id), null);
    await unpublishQuiz(ds, Number(quiz.id));
    const second = await publishQuiz(ds, Number(quiz.id), null);
    expect(first.questionKey).toBeTruthy();
    expect(second.questionKey).toBeTruthy();
    expect(second.questionKey).not.toBe(first.questionKey);

    // As before the migration: the column gone, then added and filled.
    const runner = ds.createQueryRunner();
    try {
      const migration = new ShareQuestionKeys1765062000000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const keys = (await ds.manager.find(QuizShareRecord, { order: { id: 'ASC' } })).map((s) => s.questionKey);
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(keys[0]).not.toBe(keys[1]);
  });
});
