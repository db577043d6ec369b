// Date expressions and what they resolve to against the publication date.
//
// Relative words ("Thursday", "last month", "in June") mean the most recent such day or period on or
// before publication: news reports what has happened. "next ..." looks forward. Without a
// publication date, anything relative stays UNRESOLVED with the text's words; a date that carries its
// year ("17 October 2024") resolves either way.

import type { DateRef, Sentence } from '../domain/facts';
import { addDays, dayOf, isoOf, mondayOf, monthIndexOf, monthRange, parseIsoDate, WEEKDAYS } from './calendar';
import { parseNumber, SPELLED_NUMBER_WORDS } from './numbers';

export interface DateMention {
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
  readonly ref: DateRef;
}

const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const FULL_MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))?';
const QUARTERS: Record<string, number> = { first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3 };
/** Plural nouns without an s: "of 1709 schoolchildren" is a count, not a year. */
const COUNTED_PLURALS = '[a-z]*(?:children|people|men|women)|staff|personnel|police|cattle|sheep|fish';
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Set when the words before a weekday look ahead ("will", "plans to"): then it is the coming one. */
type Resolver = (match: RegExpExecArray, published: Date | null, forward: boolean) => DateRef | null;
const LOOKS_AHEAD = /\b(?:will|plans? to|planning to|(?:is|are|was|were) (?:set|due|scheduled|expected) to|intends? to|is to|are to|(?:promised|pledged|vowed|hopes?|hoped|expects?|expected|agreed|threatened) to)\b[^.;]*$/i;

interface DatePattern {
  readonly pattern: RegExp;
  readonly resolve: Resolver;
}

/** "in|since" → "[Ii]n|[Ss]ince": a word opening a sentence is capitalised ("In March ..."). */
function anyCase(words: string): string {
  const alternatives = words.split('|').map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`);
  return `(?:${alternatives.join('|')})`;
}

const unresolved = (text: string): DateRef => ({ text, precision: 'UNRESOLVED', start: null, end: null });
const day = (text: string, date: Date): DateRef => ({ text, precision: 'DAY', start: isoOf(date), end: isoOf(date) });

/** A month and day without a year: the year that puts it nearest the publication date. */
function nearestYear(monthIndex: number, dayOfMonth: number, published: Date): Date | null {
  const year = published.getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => dayOf(y, monthIndex, dayOfMonth)).filter((d): d is Date => d !== null);
  candidates.sort((a, b) => Math.abs(a.getTime() - published.getTime()) - Math.abs(b.getTime() - published.getTime()));
  return candidates[0] ?? null;
}

function explicitDay(text: string, monthWord: string, dayText: string, yearText: string | undefined, published: Date | null, forward = false): DateRef | null {
  const monthIndex = monthIndexOf(monthWord);
  if (monthIndex === null) return null;
  const dayOfMonth = Number(dayText);
  if (yearText) {
    const date = dayOf(Number(yearText), monthIndex, dayOfMonth);
    return date ? day(text, date) : null;
  }
  if (!published) return unresolved(text);
  // "will run from November 20": the coming one, however far; else the one nearest publication.
  const coming = forward ? [0, 1].map((k) => dayOf(published.getUTCFullYear() + k, monthIndex, dayOfMonth)).find((d) => d !== null && d >= published) : undefined;
  const date = coming ?? nearestYear(monthIndex, dayOfMonth, published);
  return date ? day(text, date) : null;
}

const PATTERNS: readonly DatePattern[] = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => {
      const date = parseIsoDate(m[0]);
      return date ? day(m[0], date) : null;
    },
  },
  {
    // "Oct. 17", "October 17, 2024"
    pattern: new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    resolve: (m, published, forward) => explicitDay(m[0], m[1] ?? '', m[2] ?? '', m[3], published, forward),
  },
  {
    // "17 October 2024", "17th October"
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})(?:\\s+(\\d{4})\\b)?`, 'g'),
    resolve: (m, published, forward) => explicitDay(m[0], m[2] ?? '', m[1] ?? '', m[3], published, forward),
  },
  {
    // "June 2024", "June of 2014"
    pattern: new RegExp(`\\b(${FULL_MONTH})\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'),
    resolve: (m) => {
      const monthIndex = monthIndexOf(m[1] ?? '');
      if (monthIndex === null) return null;
      return { text: m[0], precision: 'MONTH', ...monthRange(Number(m[2]), monthIndex) };
    },
  },
  {
    // "in June", "last March", "next May", "early June": a month name alone needs a word that makes
    // it a date, because "may" and "march" are also verbs.
    pattern: new RegExp(`\\b(?:${anyCase('in|since|until|by|during|from|through|of|early|late|mid|mid-')}\\s+|(${anyCase('last|this|next')})\\s+)(${FULL_MONTH})\\b(?!\\s+\\d)`, 'g'),
    resolve: (m, published) => {
      const text = m[1] ? m[0] : (m[2] ?? '');
      if (!published) return unresolved(text);
      const monthIndex = monthIndexOf(m[2] ?? '');
      if (monthIndex === null) return null;
      const year = published.getUTCFullYear();
      const which = m[1]?.toLowerCase();
      const thisYearAllowed = which === 'next' ? monthIndex > published.getUTCMonth() : monthIndex <= published.getUTCMonth();
      const chosen = which === 'next' ? (thisYearAllowed ? year : year + 1) : thisYearAllowed ? year : year - 1;
      return { text, precision: 'MONTH', ...monthRange(chosen, monthIndex) };
    },
  },
  {
    // "in 2022", "since 2019", "by 2030"
    // "In 2004", "since 2019", "by 2030", "in 1817"
    pattern: new RegExp(`\\b(?:${anyCase('in|since|until|by|during|from|of|before|after|between|and|to')})\\s+((?:1[5-9]|20)\\d{2})\\b(?!\\d|,\\d|\\s*(?:%|percent|${COUNTED_PLURALS}|[a-z]+s\\b))`, 'g'),
    resolve: (m) => ({ text: m[1] ?? '', precision: 'YEAR', start: `${m[1]}-01-01`, end: `${m[1]}-12-31` }),
  },
  {
    // "the 1991 Hajj", "the 2015 NFL season": a year naming an event.
    pattern: /\b[Tt]he\s+((?:1[5-9]|20)\d{2})\s+(?=\p{Lu})/gu,
    resolve: (m) => ({ text: m[1] ?? '', precision: 'YEAR', start: `${m[1]}-01-01`, end: `${m[1]}-12-31` }),
  },
  {
    // "the fourth quarter of 2004", "third quarter 2023"
    pattern: /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?((?:19|20)\d{2})\b/gi,
    resolve: (m) => {
      const quarter = QUARTERS[(m[1] ?? '').toLowerCase()] ?? 0;
      const first = monthRange(Number(m[2]), 3 * quarter);
      const last = monthRange(Number(m[2]), 3 * quarter + 2);
      return { text: m[0], precision: 'MONTH', start: first.start, end: last.end };
    },
  },
  {
    pattern: new RegExp(`\\b(?:(last|this|next|past)\\s+)?(${WEEKDAY})${PART_OF_DAY}\\b`, 'g'),
    resolve: (m, published, forward) => {
      const text = m[0];
      if (!published) return unresolved(text);
      const target = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
      const today = published.getUTCDay();
      if (m[1] === 'next' || (forward && m[1] !== 'last')) return day(text, addDays(published, ((target - today + 6) % 7) + 1));
      const back = (today - target + 7) % 7;
      return day(text, addDays(published, m[1] === 'last' && back === 0 ? -7 : -back));
    },
  },
  {
    pattern: /\b(?:yesterday|today|tomorrow|tonight|last night)\b/gi,
    resolve: (m, published) => {
      if (!published) return unresolved(m[0]);
      const word = m[0].toLowerCase();
      const offset = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
      return day(m[0], addDays(published, offset));
    },
  },
  {
    pattern: /\b(?:(?:earlier|later)\s+)?(this|last|next|past)\s+(week|month|year|weekend)\b/gi,
    resolve: (m, published) => {
      if (!published) return unresolved(m[0]);
      const which = (m[1] ?? '').toLowerCase();
      const shift = which === 'last' || which === 'past' ? -1 : which === 'next' ? 1 : 0;
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'week' || unit === 'weekend') {
        const monday = addDays(mondayOf(published), 7 * shift);
        if (unit === 'weekend') {
          const saturday = which === 'this' && published.getUTCDay() !== 0 && published.getUTCDay() !== 6 && shift === 0 ? addDays(monday, -2) : addDays(monday, 5);
          return { text: m[0], precision: 'WEEK', start: isoOf(saturday), end: isoOf(addDays(saturday, 1)) };
        }
        return { text: m[0], precision: 'WEEK', start: isoOf(monday), end: isoOf(addDays(monday, 6)) };
      }
      if (unit === 'month') {
        const first = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + shift, 1));
        return { text: m[0], precision: 'MONTH', ...monthRange(first.getUTCFullYear(), first.getUTCMonth()) };
      }
      const year = published.getUTCFullYear() + shift;
      return { text: m[0], precision: 'YEAR', start: `${year}-01-01`, end: `${year}-12-31` };
    },
  },
  {
    // "three days ago", "Seventeen years ago", "a decade ago"
    pattern: new RegExp(`\\b(\\d+|a|an|${SPELLED_NUMBER_WORDS.join('|')}(?:[- ](?:${SPELLED_NUMBER_WORDS.join('|')}))?)\\s+(day|week|month|year|decade)s?\\s+ago\\b`, 'gi'),
    resolve: (m, published) => {
      if (!published) return unresolved(m[0]);
      const words = (m[1] ?? '').toLowerCase();
      const count = (COUNT_WORDS[words] ?? parseNumber(words) ?? 1) * ((m[2] ?? '').toLowerCase() === 'decade' ? 10 : 1);
      const unit = (m[2] ?? '').toLowerCase() === 'decade' ? 'year' : (m[2] ?? '').toLowerCase();
      if (unit === 'day') return day(m[0], addDays(published, -count));
      if (unit === 'week') {
        const monday = addDays(mondayOf(published), -7 * count);
        return { text: m[0], precision: 'WEEK', start: isoOf(monday), end: isoOf(addDays(monday, 6)) };
      }
      if (unit === 'month') {
        const first = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - count, 1));
        return { text: m[0], precision: 'MONTH', ...monthRange(first.getUTCFullYear(), first.getUTCMonth()) };
      }
      const year = published.getUTCFullYear() - count;
      return { text: m[0], precision: 'YEAR', start: `${year}-01-01`, end: `${year}-12-31` };
    },
  },
];

/** Every date expression in the article, in text order, longest first where two overlap. */
export function findDates(sentences: readonly Sentence[], publishedAt: string | null): DateMention[] {
  const published = publishedAt ? parseIsoDate(publishedAt) : null;
  const found: DateMention[] = [];
  for (const sentence of sentences) {
    const candidates: DateMention[] = [];
    for (const { pattern, resolve } of PATTERNS) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
        const ref = resolve(match, published, LOOKS_AHEAD.test(sentence.text.slice(0, match.index)));
        if (!ref) continue;
        // The span is the date's own words: "in June" keeps "June", "last month" keeps both words.
        const offset = match[0].lastIndexOf(ref.text);
        const start = sentence.start + match.index + Math.max(0, offset);
        candidates.push({ sentenceIndex: sentence.index, start, end: start + ref.text.length, ref });
      }
    }
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    // Only this sentence's dates can overlap a candidate: comparing with every date kept so far
    // would be quadratic in the article's length.
    const kept: DateMention[] = [];
    for (const candidate of candidates) {
      if (candidates.some((other) => other !== candidate && other.start <= candidate.start && other.end >= candidate.end && other.end - other.start > candidate.end - candidate.start)) continue;
      if (kept.some((k) => k.start < candidate.end && candidate.start < k.end)) continue;
      kept.push(candidate);
    }
    found.push(...joinRanges(sentence, kept));
  }
  return found;
}

/** "from 1973 until 1990", "between July 2003 and December 2004": two dates that are one range. */
const RANGE_OPENER = /\b(?:from|between)\s+$/i;
const RANGE_JOINER = /^\s*(?:to|until|till|through|and|-|–)\s*$/i;
const PRECISION_ORDER = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;

function joinRanges(sentence: Sentence, dates: readonly DateMention[]): DateMention[] {
  const joined: DateMention[] = [];
  for (let k = 0; k < dates.length; k += 1) {
    const from = dates[k] as DateMention;
    const to = dates[k + 1];
    const at = (offset: number): number => offset - sentence.start;
    const opens = RANGE_OPENER.test(sentence.text.slice(Math.max(0, at(from.start) - 12), at(from.start)));
    if (
      to &&
      opens &&
      RANGE_JOINER.test(sentence.text.slice(at(from.end), at(to.start))) &&
      from.ref.precision !== 'UNRESOLVED' &&
      to.ref.precision !== 'UNRESOLVED' &&
      from.ref.start <= to.ref.end
    ) {
      const text = sentence.text.slice(at(from.start), at(to.end));
      // The range is as coarse as its span: "November 20 to December 11" is no single day.
      const days = (Date.parse(to.ref.end) - Date.parse(from.ref.start)) / 86_400_000;
      const spanned = days < 1 ? 'DAY' : days < 7 ? 'WEEK' : days < 31 ? 'MONTH' : 'YEAR';
      const precision = PRECISION_ORDER[Math.max(PRECISION_ORDER.indexOf(from.ref.precision), PRECISION_ORDER.indexOf(to.ref.precision), PRECISION_ORDER.indexOf(spanned))] ?? 'YEAR';
      joined.push({ sentenceIndex: from.sentenceIndex, start: from.start, end: to.end, ref: { text, precision, start: from.ref.start, end: to.ref.end } });
      k += 1;
    } else joined.push(from);
  }
  return joined;
}
