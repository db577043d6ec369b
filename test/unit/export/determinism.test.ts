// The same quiz gives the same file whenever it is exported: a download link and the API must
// hand out identical bytes, and nothing in a file may depend on the clock.
import { EXPORT_FORMATS, exportQuiz } from '../../../src/export';
import { EXPORT_QUIZ } from '../../fixtures/exportQuiz';

afterEach(() => jest.useRealTimers());

test.each(EXPORT_FORMATS)('%s: exporting at two different times gives identical bytes', async (format) => {
  jest.useFakeTimers({ now: new Date('2025-01-01T08:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  const morning = await exportQuiz(EXPORT_QUIZ, format);
  jest.setSystemTime(new Date('2026-06-30T17:45:13Z'));
  const later = await exportQuiz(EXPORT_QUIZ, format);
  expect(later.content.equals(morning.content)).toBe(true);
});
