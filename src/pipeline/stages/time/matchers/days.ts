/**
 * Days and parts of days: weekdays, "today", "this morning", "this year"/"last week" (deictic units).
 * @module
 */
import { adder, type Matcher, B, DATE_PREPS, E, PART_RE, WEEKDAY_RE, calUnit, cand, cap, groupStart, nextWord, prevWord } from './blocks.js';
import { DAY_PARTS, MONTHS, WEEKDAYS } from '../lexicon.js';
import type { Sem, TimexType } from '../types.js';

/** The days matchers, in priority order. */
export const daysMatchers: Matcher[] = [];
const add = adder(daysMatchers);

// Weekdays: "Friday", "last Friday", "next Tuesday", "Friday night", "the previous Friday"
add('weekday', `${B}(?:(?<dir>last|next|this|this past|this coming|the previous|the following|the next|the preceding|the same)\\s+)?(?<wd>${WEEKDAY_RE})(?:\\s+(?<part>${PART_RE}))?${E}`, (m, c) => {
  const g = m.groups!;
  if (!cap(g.wd)) return null;
  const dow = WEEKDAYS[g.wd.toLowerCase().replace(/\.$/, '')];
  const wdStart = groupStart(m, 'wd');
  const afterAt = wdStart + g.wd.length;
  const rest = c.s.slice(afterAt);
  const before = prevWord(c.s, g.dir ? m.index : wdStart).toLowerCase();
  const prepped = !!g.dir || DATE_PREPS.has(before) || before === 'late' || before === 'early';
  // "Sunday Times", "Friday's Child": a weekday heading a name.
  if (!prepped && !g.part && /^(?:['’]s\s+)?[A-Z][a-z]/.test(rest.replace(/^\s+/, '')) && !/^\s*[A-Z][a-z]+\s*(?:said|says|announced|told)/.test(rest) && !(nextWord(c.s, afterAt) in MONTHS)) {
    if (/^\s/.test(rest) || /^['’]s/.test(rest)) return null;
  }
  if (/^['’]s\s+[A-Z]/.test(rest) && !prepped) return null;
  const d = g.dir?.toLowerCase();
  const dir: -1 | 0 | 1 | null = d === 'last' || d === 'this past' ? -1 : d === 'next' || d === 'this coming' ? 1 : d === 'this' ? 0 : null;
  const part = g.part ? DAY_PARTS[g.part.toLowerCase()] : undefined;
  if (d === 'the previous' || d === 'the preceding' || d === 'the following' || d === 'the next' || d === 'the same') {
    const sem: Sem = { k: 'dow', dow, dir: d === 'the following' || d === 'the next' ? 1 : d === 'the same' ? 0 : -1 };
    return cand(c, m.index, m.index + m[0].length, part ? 'TIME' : 'DATE', part ? { ...sem, part } : sem, 'weekday-ref', 2);
  }
  const sem: Sem = part ? { k: 'dow', dow, dir, part } : { k: 'dow', dow, dir };
  if (/(?:until|till|as soon as|as early as|no later than|by)\s+(?:\S+\s+){0,3}$/i.test(c.s.slice(Math.max(0, m.index - 40), m.index)) && !g.dir) (sem as { until?: boolean }).until = true;
  return cand(c, m.index, m.index + m[0].length, part ? 'TIME' : 'DATE', sem, 'weekday', 2);
});

// Deictic words: today, yesterday, tomorrow, tonight; with parts of day.
add('deictic-day', `${B}(?:(?<pre>late|early)\\s+)?(?<w>today|yesterday|tomorrow|tonight|the day before yesterday|the day after tomorrow)(?:\\s+(?<part>${PART_RE}))?${E}`, (m, c) => {
  const g = m.groups!;
  const w = g.w.toLowerCase();
  // "BBC Radio 4's Today programme": a capitalised deictic word inside a sentence is a title.
  if (/^[A-Z]/.test(g.pre ?? g.w) && /[a-z,]\s+$/.test(c.s.slice(0, m.index))) return null;
  const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w === 'the day before yesterday' ? -2 : w === 'the day after tomorrow' ? 2 : 0;
  // "in today's world", "for today's youth": generic present, not the DCT (TimeBank leaves them unmarked).
  if (w === 'today' && /^['’]s\s+(?:world|youth|society|generation|standards|terms|children|environment|climate|age|era|times|young|economy|market|people)\b/i.test(c.s.slice(m.index + m[0].length))) return null;
  const part = w === 'tonight' ? 'NI' : g.part ? DAY_PARTS[g.part.toLowerCase()] : undefined;
  const type: TimexType = part ? 'TIME' : 'DATE';
  const sem: Sem = part ? { k: 'rel', anchor: 'dct', unit: 'D', n, gran: 'T', part } : { k: 'rel', anchor: 'dct', unit: 'D', n, gran: 'D' };
  const mod = g.pre ? (g.pre.toLowerCase() === 'late' ? 'END' : 'START') : undefined;
  return cand(c, m.index, m.index + m[0].length, type, sem, 'deictic-day', 3, mod);
});
// "this morning", "last night", "Friday morning" handled above; "this afternoon", "last evening"
add('deictic-part', `${B}(?:(?<pre>later|earlier|early|late)\\s+)?(?<det>this|last|that|the(?:\\s+(?:next|following|previous|same))?)\\s+(?<part>${PART_RE})${E}`, (m, c) => {
  const g = m.groups!;
  const det = g.det.toLowerCase().replace(/\s+/g, ' ');
  if (det !== 'the' && det.startsWith('the ')) {
    // "the next morning": the day after the reference time.
    const n = det === 'the next' || det === 'the following' ? 1 : det === 'the previous' ? -1 : 0;
    return cand(c, m.index, m.index + m[0].length, 'TIME', { k: 'rel', anchor: 'ref', unit: 'D', n, gran: 'T', part: DAY_PARTS[g.part.toLowerCase()] }, 'anaphoric-part', 2);
  }
  const part = DAY_PARTS[g.part.toLowerCase()];
  if (det === 'the' && !/^(?:in|during|overnight|by|until|through|of)$/.test(prevWord(c.s, m.index).toLowerCase())) return null;
  if (det === 'the' && g.pre) return null;
  const anchor = det === 'that' || det === 'the' ? 'ref' : 'dct';
  const n = det === 'last' ? -1 : 0; // "last night": the night before the DCT
  const mod = g.pre ? (/^late/i.test(g.pre) ? 'END' : 'START') : undefined;
  return cand(c, m.index, m.index + m[0].length, 'TIME', { k: 'rel', anchor, unit: 'D', n, gran: 'T', part }, 'deictic-part', 2, mod);
});

// "this year", "last week", "next month", "this past weekend", "earlier this year", "early next year", "later this month"
add('deictic-unit', `${B}(?:(?<pre>earlier|later|early|late|mid|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of|the balance of)[- ]?\\s*)?(?<det>this|last|next|past|coming|this past|this coming)\\s+(?<unit>year|month|week|weekend|decade|century|quarter)${E}`, (m, c) => {
  const g = m.groups!;
  const det = g.det.toLowerCase();
  const unit = g.unit.toLowerCase();
  if (det === 'past' || det === 'coming') {
    const before = prevWord(c.s, m.index).toLowerCase();
    if (before === 'the') return null; // "the past year" is a duration (matched elsewhere)
  }
  const cu = calUnit(unit)!;
  const n = det === 'last' || det === 'past' || det === 'this past' ? -1 : det === 'next' || det === 'coming' || det === 'this coming' ? 1 : 0;
  const pre = g.pre?.toLowerCase();
  const mod = !pre ? undefined : /^(?:earlier|early|the beginning of|the start of)$/.test(pre) ? 'START' : /^(?:later|late|the end of)$/.test(pre) ? 'END' : /^(?:mid|the middle of)$/.test(pre) ? 'MID' : undefined;
  // TimeBank keeps "earlier"/"later" out of "earlier this week" (but in "earlier this year").
  if ((pre === 'earlier' || pre === 'later') && unit === 'week') {
    return cand(c, groupStart(m, 'det'), m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: cu.unit, n, gran: cu.gran }, 'deictic-unit', 3);
  }
  if (pre && /rest|remainder|balance/.test(pre)) {
    return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: cu.unit, n, gran: cu.gran, weekend: unit === 'weekend' }, 'deictic-unit', 3, 'END');
  }
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: cu.unit, n, gran: cu.gran, weekend: unit === 'weekend' }, 'deictic-unit', 3, mod);
});
