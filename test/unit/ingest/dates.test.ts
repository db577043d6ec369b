import { findDates } from '../../../src/ingest/dates';
import { splitSentences } from '../../../src/ingest/sentences';

const resolve = (text: string, publishedAt: string | null) => findDates(splitSentences(text), publishedAt).map((d) => d.ref);

describe('findDates', () => {
  // 2024-10-18 is a Friday.
  it.each([
    ['He spoke on Thursday.', { text: 'Thursday', start: '2024-10-17', end: '2024-10-17', precision: 'DAY' }],
    ['It happened on Friday.', { text: 'Friday', start: '2024-10-18', precision: 'DAY' }],
    ['They met last Friday.', { text: 'last Friday', start: '2024-10-11' }],
    ['It rained yesterday.', { text: 'yesterday', start: '2024-10-17' }],
    ['He went there in June.', { text: 'June', start: '2024-06-01', end: '2024-06-30', precision: 'MONTH' }],
    ['They met in November.', { text: 'November', start: '2023-11-01', end: '2023-11-30' }],
    ['It was shown last month.', { text: 'last month', start: '2024-09-01', end: '2024-09-30' }],
    ['It was unveiled this week.', { text: 'this week', start: '2024-10-14', end: '2024-10-20', precision: 'WEEK' }],
    ['The deadline is Oct. 17.', { text: 'Oct. 17', start: '2024-10-17' }],
    ['It opened on 17 October 2024.', { text: '17 October 2024', start: '2024-10-17' }],
    ['It closed three days ago.', { text: 'three days ago', start: '2024-10-15' }],
    ['In March the plant closed.', { text: 'March', start: '2024-03-01', end: '2024-03-31', precision: 'MONTH' }],
    ['In 2004 he left office.', { text: '2004', start: '2004-01-01', end: '2004-12-31', precision: 'YEAR' }],
    ['The rules date from 1817.', { text: '1817', start: '1817-01-01', precision: 'YEAR' }],
    ['She came here seventeen years ago.', { text: 'seventeen years ago', start: '2007-01-01', end: '2007-12-31' }],
    ['It began nearly a decade ago.', { text: 'a decade ago', start: '2014-01-01', end: '2014-12-31' }],
    ['He ruled from 1973 until 1990.', { text: '1973 until 1990', start: '1973-01-01', end: '1990-12-31', precision: 'YEAR' }],
    ['Tests ran between July 2003 and December 2004.', { text: 'July 2003 and December 2004', start: '2003-07-01', end: '2004-12-31' }],
  ])('%s', (text, expected) => {
    expect(resolve(text, '2024-10-18')[0]).toMatchObject(expected);
  });

  it('looks forward after a promise: "promised to return on Friday" is the coming Friday', () => {
    // 2024-10-16 is a Wednesday.
    expect(resolve('He promised to return on Friday.', '2024-10-16')[0]).toMatchObject({ start: '2024-10-18' });
    expect(resolve('He returned on Friday.', '2024-10-16')[0]).toMatchObject({ start: '2024-10-11' });
  });

  it('"June of 2014" is June 2014', () => {
    expect(resolve('It opened in June of 2014.', '2024-10-16')[0]).toMatchObject({ text: 'June of 2014', start: '2014-06-01', end: '2014-06-30' });
  });

  it('a count of things after "in" or "of" is no year: "in 1500 homes", "of 1709 schoolchildren"', () => {
    expect(resolve('Power was cut in 1500 homes.', '2024-10-18')).toEqual([]);
    expect(resolve('A study of 1709 schoolchildren ended.', '2024-10-18')).toEqual([]);
  });

  it('a year naming an event, and a quarter of a year', () => {
    expect(resolve('Deaths rose during the 1991 Hajj.', '2024-10-18')[0]).toMatchObject({ text: '1991', start: '1991-01-01', end: '1991-12-31' });
    expect(resolve('Sales fell in the fourth quarter of 2004.', '2024-10-18')[0]).toMatchObject({ start: '2004-10-01', end: '2004-12-31', precision: 'MONTH' });
  });

  it('looks forward after "will" for a day without its year, however far off', () => {
    // Nearest to publication would be 2023-11-20; "will run" makes it the coming one.
    expect(resolve('The vote will run from November 20 to December 11.', '2024-05-10')[0]).toMatchObject({ start: '2024-11-20', end: '2024-12-11', precision: 'MONTH' });
  });

  it('looks forward after "will": "will vote on Tuesday" is the coming Tuesday', () => {
    expect(resolve('The board will vote on Tuesday.', '2024-10-18')[0]).toMatchObject({ start: '2024-10-22' });
  });

  it('keeps relative dates UNRESOLVED without a publication date, but resolves a full date', () => {
    expect(resolve('He spoke on Thursday.', null)[0]).toEqual({ text: 'Thursday', precision: 'UNRESOLVED', start: null, end: null });
    expect(resolve('It opened on 17 October 2024.', null)[0]).toMatchObject({ precision: 'DAY', start: '2024-10-17' });
  });

  it('does not read the verbs "may" and "march" as months', () => {
    expect(resolve('Protesters may march to the square.', '2024-10-18')).toEqual([]);
  });
});
