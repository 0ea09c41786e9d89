/**
 * Calendar dates: month-day-year, day-month-year, month-year, a month alone, "last November", spelled-out years.
 * @module
 */
import { adder, type Matcher, B, COUNT_NOUN, DATE_PREPS, DAY_RE, E, MONTH_RE, YEAR_RE, cand, cap, dayNum, monthNum, nextWord, prevWord } from './blocks.js';
import { NUMBER_WORDS, WEEKDAYS } from '../lexicon.js';
import type { Sem } from '../types.js';

/** The dates matchers, in priority order. */
export const datesMatchers: Matcher[] = [];
const add = adder(datesMatchers);

// "Aug. 7, 1998", "March 12", "Sept. 30 1989", "Friday, Aug. 7" (weekday kept separate)
add('month-day-year', `${B}(?<mon>${MONTH_RE})\\s+(?<day>${DAY_RE})(?:(?:,\\s*|\\s+)(?<year>${YEAR_RE}))?${E}`, (m, c) => {
  const g = m.groups!;
  const d = dayNum(g.day);
  const mon = monthNum(g.mon);
  if (!mon || d > 31 || !cap(g.mon)) return null;
  // "May 5" with "May" the modal is impossible (a number follows), so no POS check is needed here.
  const sem: Sem = g.year ? { k: 'abs', gran: 'D', y: +g.year, m: mon, d } : { k: 'abs', gran: 'D', m: mon, d };
  return cand(c, m.index, m.index + m[0].length, 'DATE', sem, 'month-day', 3);
});

// "7 August 2024", "the 7th of August", "7 Aug."
add('day-month-year', `${B}(?:the\\s+)?(?<day>${DAY_RE})(?:\\s+of)?\\s+(?<mon>${MONTH_RE})(?:,?\\s+(?<year>${YEAR_RE}))?${E}`, (m, c) => {
  const g = m.groups!;
  const mon = monthNum(g.mon);
  const d = dayNum(g.day);
  if (!mon || d > 31 || !cap(g.mon)) return null;
  if (g.mon === 'May' && !g.year && !/^\s*(?:the\s+)?\d+(?:st|nd|rd|th)/.test(m[0])) return null;
  let start = m.index;
  if (/^the\s+/i.test(m[0])) start += m[0].indexOf(g.day);
  const sem: Sem = g.year ? { k: 'abs', gran: 'D', y: +g.year, m: mon, d } : { k: 'abs', gran: 'D', m: mon, d };
  return cand(c, start, m.index + m[0].length, 'DATE', sem, 'day-month', 3);
});

// "June 2024", "January of 1998", "June, 2024"
add('month-year', `${B}(?<mon>${MONTH_RE})(?:,?\\s+of|,)?\\s+(?<year>${YEAR_RE}|'\\d\\d)${E}`, (m, c) => {
  const g = m.groups!;
  if (!cap(g.mon)) return null;
  const y = g.year.startsWith("'") ? 1900 + +g.year.slice(1) : +g.year;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'M', y, m: monthNum(g.mon) }, 'month-year', 2);
});

// "April", "in May" (a month alone: the year is inferred)
add('month', `${B}(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)${E}`, (m, c) => {
  const g = m.groups!;
  if (!cap(g.mon)) return null;
  const before = prevWord(c.s, m.index).toLowerCase();
  const after = nextWord(c.s, m.index + m[0].length);
  const pos = c.posAt(m.index);
  const prepped = DATE_PREPS.has(before) || /^(?:early|late|mid-?)$/i.test(before);
  if (g.mon === 'May' || g.mon === 'March') {
    // The modal verb and the verb "march": only with a date preposition before.
    if (!prepped) return null;
    if (g.mon === 'March' && /^(?:to|on|through|into|toward|towards|down|up|past|in)$/i.test(after) && before !== 'in' && before !== 'since') return null;
  } else if (pos === 'VERB' || pos === 'AUX') return null;
  // A name ("April Ryan", "June Carter"): a capitalised word follows and no date preposition precedes.
  if (!prepped && /^[A-Z][a-z]/.test(after) && !(after in WEEKDAYS)) return null;
  if (/^(?:'s|’s)/.test(c.s.slice(m.index + m[0].length)) && !prepped) return null;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'M', m: monthNum(g.mon) }, 'month', 1);
});

// "last November", "this September", "next April", "January this year", "June last year"
add('month-deictic', `${B}(?:(?<det>last|this|next|this past|this coming)\\s+(?<mon>${MONTH_RE})(?:\\s+(?<day>${DAY_RE}))?|(?<mon2>${MONTH_RE})(?:\\s+of)?\\s+(?<det2>this|last|next)\\s+year)${E}`, (m, c) => {
  const g = m.groups!;
  const mw = g.mon ?? g.mon2;
  if (!cap(mw)) return null;
  const mon = monthNum(mw);
  const det = (g.det ?? g.det2).toLowerCase();
  // "last June": the most recent June before the DCT's month; "next April": the first after it; "this September": the DCT's year.
  const dir = det === 'last' || det === 'this past' ? -1 : det === 'next' || det === 'this coming' ? 1 : 0;
  if (g.day) {
    const d = dayNum(g.day);
    return cand(c, m.index, m.index + m[0].length, 'DATE', dir ? { k: 'abs', gran: 'D', m: mon, d, dir } : { k: 'abs', gran: 'D', m: mon, d }, 'month-deictic', 3);
  }
  const sem: Sem = dir ? { k: 'abs', gran: 'M', m: mon, dir } : { k: 'rel', anchor: 'dct', unit: 'Y', n: 0, gran: 'M', pin: `M${mon}` };
  return cand(c, m.index, m.index + m[0].length, 'DATE', sem, 'month-deictic', 3);
});
// Spelled-out years (broadcast transcripts): "nineteen ninety-six", "the year two thousand"
add('year-words', `${B}(?:the\\s+year\\s+)?(?:nineteen(?:\\s+hundred)?(?:\\s+and)?\\s+(?<tens>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?<ones>one|two|three|four|five|six|seven|eight|nine))?|two\\s+thousand(?:\\s+and)?(?:\\s+(?<ones2>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)${E}`, (m, c) => {
  const g = m.groups!;
  const isTwoK = /two\s+thousand/i.test(m[0]);
  if (isTwoK && !/^the\s+year/i.test(m[0]) && !/^(?:in|since|by|until|of|from|to|before|after)$/i.test(prevWord(c.s, m.index))) return null;
  if (!isTwoK && COUNT_NOUN.test(nextWord(c.s, m.index + m[0].length))) return null;
  const y = isTwoK ? 2000 + (g.ones2 ? NUMBER_WORDS[g.ones2.toLowerCase()] : 0) : 1900 + NUMBER_WORDS[g.tens.toLowerCase()] + (g.ones ? NUMBER_WORDS[g.ones.toLowerCase()] : 0);
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'Y', y }, 'year-words', 1);
});
