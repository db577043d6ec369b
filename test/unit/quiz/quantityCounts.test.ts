// A figure is asked about only when the text names what it counts beyond its unit: otherwise the
// stem can only be "what figure is given for days?", which no teacher would write.
import { howMany } from '../../../src/quiz/facts/quantityText';
import type { Quantity } from '../../../src/domain/facts';
import { countsNamesThing } from '../../../src/quiz/facts/quantityText';

const quantity = (counts: string, unit: string): Quantity => ({
  id: 'q', articleId: 'a', claimId: null, value: 2, valueMax: null, approximate: false, unit, measure: 'COUNT', counts, sourceId: null,
  evidence: { articleId: 'a', sentenceIndex: 0, start: 0, end: 1, text: '2' },
});

describe('what a figure counts', () => {
  it.each([
    ['days of music', 'day'],
    ['days', 'day'],
    ['donors', 'donor'],
    ['GMT', 'GMT'],
    ['years for the girl', 'year'],
  ])('"%s" names nothing beyond its unit: no question', (counts, unit) => {
    expect(countsNamesThing(quantity(counts, unit))).toBe(false);
  });

  it.each([
    ['mid-air tanker aircraft from Boeing', 'aircraft'],
    ['points in Zelensky’s victory plan', 'point'],
    ['pillars of the Islamic faith', 'pillar'],
  ])('"%s" names what is counted', (counts, unit) => {
    expect(countsNamesThing(quantity(counts, unit))).toBe(true);
  });
});

describe('how-many stems name what is counted as a person would', () => {
  it.each([
    ['North Korean troops being sent to Ukraine', 'how many North Korean troops are being sent to Ukraine'],
    ['people injured in the fire', 'how many people were injured in the fire'],
    ['North Korean brigades', 'how many North Korean brigades are there'],
    ['hundred volunteers', 'how many hundred volunteers are there'],
  ])('“%s” → “%s”', (counts, stem) => {
    expect(howMany(counts)).toBe(stem);
  });
});
