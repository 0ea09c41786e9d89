/**
 * Sets (recurrences): "every day", "weekly", "twice a week", "per year".
 * @module
 */
import { adder, type Matcher, B, E, MONTH_RE, NUM_RE, UNIT_RE, WEEKDAY_RE, cand, durationValue, parseNum, prevWord, unitOf } from './blocks.js';
import { DAY_PARTS, MONTHS, WEEKDAYS } from '../lexicon.js';

/** The sets matchers, in priority order. */
export const setsMatchers: Matcher[] = [];
const add = adder(setsMatchers);

// Sets: "every day", "each year", "every other week", "daily", "weekly", "annually", "twice a week", "every Monday"
add('set-every', `${B}(?<q>every|each)\\s+(?:(?<other>other|single)\\s+)?(?:(?<num>${NUM_RE})\\s+)?(?<unit>${UNIT_RE}|${WEEKDAY_RE}|${MONTH_RE}|morning|afternoon|evening|night)${E}`, (m, c) => {
  const g = m.groups!;
  const uw = g.unit.toLowerCase().replace(/\.$/, '');
  let value: string;
  if (uw in WEEKDAYS) value = `XXXX-WXX-${WEEKDAYS[uw]}`;
  else if (uw in MONTHS) value = `XXXX-${String(MONTHS[uw]).padStart(2, '0')}`;
  else if (uw in DAY_PARTS) value = `TXX`.replace('XX', DAY_PARTS[uw]);
  else {
    const n = g.other?.toLowerCase() === 'other' ? 2 : g.num ? parseNum(g.num) ?? 1 : 1;
    value = durationValue(n, unitOf(uw));
  }
  return cand(c, m.index, m.index + m[0].length, 'SET', { k: 'set', value, quant: g.q.toUpperCase() }, 'set', 3);
});
add('set-adverb', `${B}(?<w>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|semiannually|twice-yearly|biannually)${E}`, (m, c) => {
  const w = m.groups!.w.toLowerCase();
  // "quarterly dividend", "daily volume": an adjective, which TimeBank leaves unmarked.
  // "quarterly dividend" and "quarterly results" go unmarked in TimeBank; "daily rally", "weekly address" are marked.
  const np = c.posAt(m.index + m[0].length + 1);
  if (w === 'quarterly' && ((np === 'NOUN' || np === 'ADJ' || np === 'PROPN') && /^\s/.test(c.s.slice(m.index + m[0].length)) || /^(?:the|a|an|its|their|initial)$/i.test(prevWord(c.s, m.index)))) return null;
  if (/^(?:average)$/i.test(prevWord(c.s, m.index))) return null;
  // "the party daily Granma": a newspaper.
  if (/^\s+[A-Z][a-z]/.test(c.s.slice(m.index + m[0].length)) && c.posAt(m.index + m[0].length + 1) === 'PROPN') return null;
  const value = ({ daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P3M', hourly: 'PT1H', nightly: 'P1D', biweekly: 'P2W', semiannually: 'P6M', 'twice-yearly': 'P1Y', biannually: 'P6M' } as Record<string, string>)[w];
  return cand(c, m.index, m.index + m[0].length, 'SET', { k: 'set', value, freq: w === 'twice-yearly' ? '2X' : undefined }, 'set', 1);
});
add('set-times', `${B}(?<f>once|twice|three times|four times|(?:\\d+) times)\\s+(?:a|an|per|each|every)\\s+(?<unit>year|month|week|day|hour|decade)${E}`, (m, c) => {
  const g = m.groups!;
  const f = g.f.toLowerCase();
  const k = f === 'once' ? 1 : f === 'twice' ? 2 : parseNum(f.split(' ')[0]) ?? 1;
  return cand(c, m.index, m.index + m[0].length, 'SET', { k: 'set', value: durationValue(1, unitOf(g.unit)), freq: `${k}X` }, 'set', 3);
});

add('set-per', `${B}(?:a|per)\\s+(?<unit>year|month|week|day)${E}`, (m, c) => {
  const before = prevWord(c.s, m.index);
  // "$500 a year", "10,000 barrels a day": a rate.
  if (!/^(?:[\d.,]+|million|billion|thousand|hundred|percent|dollars|barrels|cents)$/i.test(before)) return null;
  return cand(c, m.index, m.index + m[0].length, 'SET', { k: 'set', value: durationValue(1, unitOf(m.groups!.unit)) }, 'set', 0);
});
