// Units of measure and counted nouns, and what they measure: a distractor for a troop count must be
// another count of people, not a length.

import type { QuantityMeasure } from '../../domain/facts';

const GROUPS: ReadonlyArray<readonly [QuantityMeasure, readonly string[]]> = [
  ['PEOPLE', [
    'troop', 'soldier', 'person', 'civilian', 'resident', 'worker', 'employee', 'staff', 'student', 'child', 'adult',
    'patient', 'victim', 'refugee', 'migrant', 'fan', 'spectator', 'voter', 'member', 'officer', 'personnel',
    'fighter', 'volunteer', 'passenger', 'player', 'casualty', 'death', 'man', 'woman', 'teacher', 'doctor',
    'nurse', 'firefighter', 'rescuer', 'survivor', 'evacuee', 'protester', 'participant', 'customer', 'user',
    'visitor', 'tourist', 'inhabitant', 'citizen', 'prisoner', 'hostage', 'delegate', 'scientist', 'researcher',
    'athlete', 'runner', 'competitor', 'candidate', 'lawmaker', 'job', 'household', 'family',
  ]],
  ['MILITARY_UNITS', ['brigade', 'battalion', 'division', 'regiment', 'squadron', 'platoon', 'corps']],
  ['LENGTH', [
    'mile', 'kilometre', 'kilometer', 'km', 'metre', 'meter', 'foot', 'ft', 'yard', 'inch', 'centimetre',
    'centimeter', 'cm', 'millimetre', 'millimeter', 'mm', 'light-year',
  ]],
  ['DURATION', ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'season']],
  ['MONEY', ['dollar', 'euro', 'pound', 'yen', 'yuan', 'rupee', 'won', 'rouble', 'ruble', 'franc']],
  ['PERCENT', ['percent', 'percentage point']],
  ['OTHER', [
    'tonne', 'ton', 'kilogram', 'kg', 'gram', 'degree', 'litre', 'liter', 'gallon', 'barrel', 'acre', 'hectare',
    'square mile', 'square kilometre', 'mph', 'knot', 'magnitude', 'megawatt', 'gigawatt', 'kilowatt',
  ]],
];

const MEASURES = new Map<string, QuantityMeasure>();
for (const [measure, units] of GROUPS) for (const unit of units) MEASURES.set(unit, measure);

const CURRENCY_CODES: Record<string, string> = { dollar: 'USD', euro: 'EUR', pound: 'GBP', yen: 'JPY', yuan: 'CNY', rupee: 'INR', won: 'KRW', rouble: 'RUB', ruble: 'RUB', franc: 'CHF' };
export const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', US$: 'USD', USD$: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY' };

export function measureOf(unit: string): QuantityMeasure {
  return MEASURES.get(unit) ?? 'COUNT';
}

/** The ISO code for a currency word, so "$2.5 billion" and "2.5 billion dollars" share a unit. */
export function currencyCode(unit: string): string | null {
  return CURRENCY_CODES[unit] ?? null;
}

const IRREGULAR: Record<string, string> = {
  people: 'person', children: 'child', men: 'man', women: 'woman', feet: 'foot', personnel: 'personnel',
  staff: 'staff', police: 'police', corps: 'corps', series: 'series', species: 'species', data: 'data',
  aircraft: 'aircraft', sheep: 'sheep', fish: 'fish', yen: 'yen', yuan: 'yuan', won: 'won', news: 'news',
};

/** "troops" → "troop", "casualties" → "casualty", "brigades" → "brigade". */
export function singular(noun: string): string {
  // "CDs", "MPs": an acronym keeps its capitals and loses only the plural s.
  if (/^[A-Z]{2,}s$/.test(noun)) return noun.slice(0, -1);
  // "year-old" (an age): the unit is the year.
  const word = noun.toLowerCase().replace(/-olds?$/, '');
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}
