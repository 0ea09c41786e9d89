/**
 * Matchers for temporal expressions, chrono-style: many small patterns, each turning
 * a regular-expression match into a {@link Cand} (span + what was stated). The
 * patterns are compiled once at module load. Extents follow the TimeML/TimeBank
 * conventions: "the" is part of unit-headed expressions ("the third quarter", "the past
 * two months", "the future") but not of a date used as a modifier; "three years ago",
 * "last week", "early next year" are single expressions.
 *
 * Offsets in candidates are half-open UTF-16 offsets into `Doc.text`.
 * @module
 */
import type { Gran, Unit } from './calendar.js';
import { FIXED_HOLIDAYS, MONTHS, NAMED_PERIODS, NUMBER_WORDS, ORDINALS, SEASONS, UNITS, WEEKDAYS, DAY_PARTS } from './lexicon.js';
import type { Cand, Sem, TimexType } from './types.js';

/** What a matcher sees: the sentence and a POS lookup. */
export interface MatchCtx {
  /** The sentence text. */
  s: string;
  /** Offset of the sentence in `Doc.text`. */
  base: number;
  /** UPOS of the token starting at a sentence-relative offset, if any. */
  posAt(rel: number): string | undefined;
}

interface Matcher {
  name: string;
  re: RegExp;
  make(m: RegExpExecArray, c: MatchCtx): Cand | null;
}

// ---- building blocks --------------------------------------------------------------

const B = '(?<![\\w\'’])'; // left word boundary (no apostrophe before: "o'clock", "’90s")
const E = '(?![\\w’])'; // right boundary
const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.?|Sep\\.|Oct\\.|Nov\\.|Dec\\.|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)';
const DAY_RE = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const YEAR_RE = '(?:1[5-9]\\d\\d|20\\d\\d)';
const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tue\\.|Tues\\.|Wed\\.|Thu\\.|Thurs\\.|Fri\\.|Sat\\.|Sun\\.)';
const NUMWORD = Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an' && w !== 'half' && w !== 'couple' && w !== 'dozen').sort((a, b) => b.length - a.length).join('|');
const NUM_RE = `(?:\\d+(?:\\s+1/2|½)|\\d+(?:[.,]\\d+)?|(?:${NUMWORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a|an|a few|a couple of|a couple|couple of|a dozen|several|few|many|some|a half|one and a half|a year and a half|dozens of|hundreds of|thousands of)`;
const UNIT_RE = '(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?|weekends?|fortnights?|nights?|millenni(?:um|a)|yrs?|hrs?)';
const ORD_RE = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';
const SEASON_RE = '(?:spring|summer|fall|autumn|winter)';
const PART_RE = '(?:morning|afternoon|evening|night)';

function rx(src: string, flags = 'g'): RegExp { return new RegExp(src, flags); }

/** Parses a cardinal in digits or words ("two", "twenty-five", "a"); null for vague words. */
export function parseNum(s: string): number | null {
  const t = s.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === 'a half') return 0.5;
  const frac = /^(\d+)(?:\s+1\/2|½)$/.exec(t);
  if (frac) return +frac[1] + 0.5;
  if (t === 'one and a half' || t === 'a year and a half') return 1.5;
  if (t === 'a couple of' || t === 'a couple' || t === 'couple of') return 2;
  if (t === 'a dozen') return 12;
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t];
  const parts = t.split(/[- ]/);
  if (parts.length === 2 && parts[0] in NUMBER_WORDS && parts[1] in NUMBER_WORDS) return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]];
  return null;
}

function monthNum(s: string): number { return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0; }
function dayNum(s: string): number { return parseInt(s, 10); }
function unitOf(word: string): string { return UNITS[word.toLowerCase()] ?? UNITS[word.toLowerCase().replace(/s$/, '')] ?? 'Y'; }

/** A TIMEX3 duration value for `n` units ("P2M", "PT3H", "PXY" when n is vague). */
export function durationValue(n: number | null, unit: string): string {
  let u = unit;
  let k: number | null = n;
  if (u === 'DE') { u = 'Y'; k = k === null ? null : k * 10; if (k === null) return 'P' + 'XDE'; }
  else if (u === 'CE') { u = 'Y'; k = k === null ? null : k * 100; if (k === null) return 'PXCE'; }
  else if (u === 'ML') { u = 'Y'; k = k === null ? null : k * 1000; }
  else if (u === 'F') { u = 'W'; k = k === null ? null : k * 2; }
  else if (u === 'Q') { u = 'M'; k = k === null ? null : k * 3; if (k === null) return 'PXQ'; }
  else if (u === 'M6') { u = 'M'; k = k === null ? null : k * 6; }
  else if (u === 'WE') return k === null ? 'PXWE' : `P${k}WE`;
  else if (u === 'S') return k === null ? 'PXS' : `P${k}S`;
  if (k !== null && !Number.isInteger(k)) {
    // Fractions go to the next smaller unit: 2 1/2 years = P2Y6M, 5 1/2 hours = PT5H30M.
    const whole = Math.floor(k), rest = k - whole;
    const sub: Record<string, [string, number]> = { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['TH', 24], TH: ['TM', 60], TM: ['TS', 60] };
    const sp = sub[u];
    if (sp) {
      const r = Math.round(rest * sp[1]);
      const a = whole ? durationValue(whole, u) : u.startsWith('T') ? 'PT' : 'P';
      const tail = `${r}${sp[0].replace('T', '')}`;
      if (sp[0].startsWith('T') && !a.includes('T')) return `${a}T${tail}`;
      return a + tail;
    }
  }
  const num = k === null ? 'X' : Number.isInteger(k) ? String(k) : String(k).replace(/\.0+$/, '');
  if (u.startsWith('T')) return `PT${num}${u.slice(1)}`;
  return `P${num}${u}`;
}

/** Calendar unit and granularity of a unit word ("month" → M). */
function calUnit(word: string): { unit: Unit; gran: Gran } | null {
  switch (unitOf(word)) {
    case 'Y': return { unit: 'Y', gran: 'Y' };
    case 'M': return { unit: 'M', gran: 'M' };
    case 'W': return { unit: 'W', gran: 'W' };
    case 'D': return { unit: 'D', gran: 'D' };
    case 'Q': return { unit: 'Q', gran: 'Q' };
    case 'DE': return { unit: 'DE', gran: 'DE' };
    case 'CE': return { unit: 'C', gran: 'C' };
    case 'WE': return { unit: 'W', gran: 'W' };
    default: return null;
  }
}

function cand(c: MatchCtx, relStart: number, relEnd: number, type: TimexType, sem: Sem, rule: string, prio = 0, mod?: string): Cand {
  const out: Cand = { start: c.base + relStart, end: c.base + relEnd, type, sem, rule, prio };
  if (mod) out.mod = mod;
  return out;
}

/** Start of a named group inside the match (groups are located by searching forward from the match start). */
function groupStart(m: RegExpExecArray, name: string): number {
  const g = m.groups?.[name];
  if (g === undefined) return -1;
  const idx = (m as RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices?.groups?.[name];
  if (idx) return idx[0];
  // Without the `d` flag (slow in V8): the first occurrence of the group's text on word boundaries.
  const whole = m[0];
  for (let at = whole.indexOf(g); at >= 0; at = whole.indexOf(g, at + 1)) {
    const before = at > 0 ? whole.charCodeAt(at - 1) : 32;
    const after = at + g.length < whole.length ? whole.charCodeAt(at + g.length) : 32;
    if (!isWordChar(before) && (!isWordChar(after) || !isWordChar(g.charCodeAt(g.length - 1)))) return m.index + at;
  }
  return m.index + whole.indexOf(g);
}
function isWordChar(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95;
}

/** The word after a sentence-relative offset (skipping spaces), or ''. */
function nextWord(s: string, at: number): string {
  const m = /^\s*([\w’'.-]+)/.exec(s.slice(at, at + 40));
  return m ? m[1] : '';
}
/** The word before a sentence-relative offset, or ''. */
function prevWord(s: string, at: number): string {
  const m = /([\w’'.-]+)\s*$/.exec(s.slice(Math.max(0, at - 40), at));
  return m ? m[1] : '';
}

const DATE_PREPS = new Set(['in', 'on', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'from', 'through', 'to', 'of',
  'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'since', 'between', 'and', 'or', 'around', 'about', 'for',
  'at', 'into', 'throughout', 'starting', 'beginning', 'ending', 'till', 'as', 'than', 'fiscal', 'every', 'each', 'past', 'coming']);

/** Words after a year that show it is a count, not a date ("2024 members"). */
const COUNT_NOUN = /^(?:people|persons|members|residents|troops|soldiers|workers|employees|students|votes|voters|cases|deaths|units|shares|cars|homes|houses|jobs|points|times|tons|tonnes|miles|kilometres|kilometers|feet|metres|meters|dollars|euros|pounds|copies|pages|words|items|rooms|beds|seats|signatures|acres|hectares|barrels|calories|respondents|participants|patients|children|women|men|civilians|refugees|migrants|passengers|vehicles|flights|runs|yards|games|goals|rounds|delegates|km|mph|kg)$/i;

// ---- matchers -----------------------------------------------------------------------

const matchers: Matcher[] = [];
// Case-insensitive ("Last year", "NOW"); matchers whose words must be capitalised (months, weekdays) check it.
const add = (name: string, src: string, make: Matcher['make']) => matchers.push({ name, re: rx(src, 'gi'), make });
/** True when a month/weekday/holiday word is capitalised as a name ("May", "MAY"), not a common word ("may"). */
const cap = (w: string | undefined): boolean => !!w && /^[A-Z]/.test(w);

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
// "the 1988 period", "the 1989 fiscal year": the article belongs to the expression
// "the 1988 period", "the 1988 quarter" in a quarterly report: the reporting quarter of that year (see resolve).
add('year-period', `${B}the\\s+(?<y>${YEAR_RE})\\s+(?:fiscal\\s+)?(?<u>period|quarter|fiscal year|year)${E}`, (m, c) => {
  const u = m.groups!.u.toLowerCase();
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'Y', y: +m.groups!.y }, u === 'period' || u === 'quarter' ? 'year-period-q' : 'year-period', 2);
});
// "year-earlier", "the year-ago period", "the year-earlier nine months"
add('year-ago-adj', `${B}(?:(?<the>the)\\s+)?(?:comparable\\s+)?year-(?:earlier|ago)(?:\\s+(?<noun>period|quarter|level|results|nine months|six months|first quarter|second quarter|third quarter|fourth quarter|first half|second half))?${E}`, (m, c) => {
  const g = m.groups!;
  const start = g.the && (!g.noun || /level|results/i.test(g.noun)) ? m.index + m[0].toLowerCase().indexOf('year') : m.index;
  const end = g.noun && /level|results/i.test(g.noun) ? m.index + m[0].length - g.noun.length - 1 : m.index + m[0].length;
  if (/months/i.test(g.noun ?? '')) return cand(c, start, end, 'DURATION', { k: 'dur', value: durationValue(/nine/i.test(g.noun!) ? 9 : 6, 'M') }, 'year-ago-adj', 3);
  const q = g.noun ? (ORDINALS[g.noun.split(' ')[0].toLowerCase()] ?? 0) : 0;
  if (q > 0 && /quarter/i.test(g.noun!)) return cand(c, start, end, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n: -1, gran: 'Q', pin: `Q${q}` }, 'year-ago-adj', 3);
  return cand(c, start, end, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n: -1, gran: 'Y' }, 'year-ago-adj', 3);
});
// "the current fiscal year", "this fiscal year", "last fiscal year", "the fiscal year"
add('fiscal-year', `${B}(?:(?<det>the current|this|last|next|the previous|the latest|the new|the coming|the|its|their)\\s+)fiscal\\s+year(?:\\s+(?<y>${YEAR_RE}))?${E}`, (m, c) => {
  const g = m.groups!;
  const det = g.det.toLowerCase();
  const start = det === 'its' || det === 'their' ? m.index + g.det.length + 1 : m.index;
  if (g.y) return cand(c, start, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'Y', y: +g.y, fiscal: true }, 'fiscal-year', 3);
  const n = det === 'last' || det === 'the previous' ? -1 : det === 'next' || det === 'the coming' || det === 'the new' ? 1 : 0;
  const after = nextWord(c.s, m.index + m[0].length).toLowerCase();
  if ((det === 'the' || det === 'its' || det === 'their') && (after === 'ended' || after === 'ending' || after === 'ends' || after === 'beginning' || after === 'that' || after === 'which')) return null;
  return cand(c, start, m.index + m[0].length, 'DATE', { k: 'rel', anchor: det === 'the' || det === 'its' || det === 'their' ? 'ref' : 'dct', unit: 'Y', n, gran: 'Y' }, 'fiscal-year', 3);
});

// "year-end", "year end", "year's end", "the end of the year" (the DCT year, its end)
add('year-end', `${B}year(?:-|\\s+|['’]s\\s+)end${E}`, (m, c) => {
  const after = c.s.slice(m.index + m[0].length);
  if (/^\s*(?:results|figures|bonus|bonuses|report|rally|review|sales|holiday|holidays|deadline)\b/i.test(after)) return null;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n: 0, gran: 'Y' }, 'year-end', 2, 'END');
});
// "the year ended Sept. 30", "the fiscal year ended March 31": a year-long period (a duration in TimeBank);
// "the quarter ended Sept. 30": the quarter.
add('period-ended', `${B}(?:the|its)\\s+(?:fiscal\\s+)?(?<u>year|quarter|nine months|six months)(?=\\s+(?:ended|ending|that ended|which ended|through)\\b)`, (m, c) => {
  const u = m.groups!.u.toLowerCase();
  const start = /^its/i.test(m[0]) ? m.index + 4 : m.index;
  if (u === 'quarter') return cand(c, start, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Q', n: -1, gran: 'Q' }, 'quarter-latest', 2);
  const value = u === 'year' ? 'P1Y' : u === 'nine months' ? 'P9M' : 'P6M';
  return cand(c, start, m.index + m[0].length, 'DURATION', { k: 'dur', value }, 'period-ended', 2);
});

// Years: "1990", "in 2024", "fiscal 1989", "the 1988 period" (the year only)
add('year', `${B}(?:(?<fiscal>fiscal(?:\\s+year)?|FY)\\s*)?(?<year>${YEAR_RE})(?![\\d,.]\\d|\\s*%|[\\w])`, (m, c) => {
  const g = m.groups!;
  const y = +g.year;
  const yStart = groupStart(m, 'year');
  const pre = c.s.slice(Math.max(0, yStart - 2), yStart);
  if (/[$€£#]\s*$/.test(pre) || /\d[,.]$/.test(pre)) return null;
  const after = nextWord(c.s, m.index + m[0].length);
  if (COUNT_NOUN.test(after)) return null;
  const before = prevWord(c.s, yStart).toLowerCase();
  if (/^(?:no\.?|number|page|room|route|flight|highway|article|section|model|version|chapter|bus|interstate|§|tel|fax|code|zip|act)$/i.test(before)) return null;
  // Numbers in a range of quantities ("between 1500 and 1800 soldiers") are counts.
  if (/^(?:about|some|nearly|almost|over|than|around|approximately|roughly)$/.test(before) && y > new Date().getUTCFullYear() + 30) return null;
  if (y > 2100) return null;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'Y', y, fiscal: !!g.fiscal }, 'year', 0);
});

// Decades: "the 1990s", "1980s", "the '90s", "the mid-1980s"
add('decade', `${B}(?:(?<the>the)\\s+)?(?:(?<mod>early|late|mid)[- ]?)?(?<dec>(?:1[5-9]|20)\\d0|'\\d0)['’]?s${E}`, (m, c) => {
  const g = m.groups!;
  const y = g.dec.startsWith("'") ? 1900 + +g.dec.slice(1) : +g.dec;
  const mod = g.mod ? ({ early: 'START', late: 'END', mid: 'MID' } as Record<string, string>)[g.mod.toLowerCase()] : undefined;
  // TimeBank includes the article: "the 1990s", "the mid-1990s".
  const start = m.index;
  return cand(c, start, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'DE', y }, 'decade', 2, mod);
});
add('decade-words', `${B}(?:the\\s+)(?:(?<mod>early|late|mid)[- ]?)?(?<dec>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${E}`, (m, c) => {
  const g = m.groups!;
  const y = 1900 + ({ twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 } as Record<string, number>)[g.dec];
  const mod = g.mod ? ({ early: 'START', late: 'END', mid: 'MID' } as Record<string, string>)[g.mod] : undefined;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'DE', y }, 'decade', 2, mod);
});
// Centuries: "the 20th century", "the nineteenth century"
add('century', `${B}(?:the\\s+)?(?:(?<mod>early|late|mid)[- ]?)?(?<n>\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).filter((w) => w !== 'last').join('|')})[- ]century${E}`, (m, c) => {
  const g = m.groups!;
  const n = /^\d/.test(g.n) ? parseInt(g.n, 10) : ORDINALS[g.n.toLowerCase()];
  const mod = g.mod ? ({ early: 'START', late: 'END', mid: 'MID' } as Record<string, string>)[g.mod] : undefined;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'C', y: (n - 1) * 100 }, 'century', 2, mod);
});

// Quarters: "the third quarter", "third-quarter", "the fourth quarter of 1990", "the fiscal first quarter", "Q3 2024"
add('quarter', `${B}(?:(?<the>the)\\s+)?(?:(?<yp>${YEAR_RE}|(?:this|last|next)\\s+year['’]s|${YEAR_RE}['’]s)\\s+)?(?:(?<rel>year-earlier|year-ago|latest|current|comparable|same|previous|prior|past|last|recent|next|coming|fiscal|calendar)\\s+)?(?:(?:fiscal|calendar)\\s+)?(?<ord>${ORD_RE})(?<hy>[- ])(?:fiscal[- ])?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?<y1>${YEAR_RE})|,?\\s+(?<y2>${YEAR_RE}))?${E}`, (m, c) => {
  const g = m.groups!;
  const q = ORDINALS[g.ord.toLowerCase()] ?? parseInt(g.ord, 10);
  let y = g.y1 ?? g.y2 ?? (g.yp && /^\d{4}/.test(g.yp) ? g.yp.slice(0, 4) : undefined);
  const ypRel = g.yp && !/^\d/.test(g.yp) ? g.yp.split(/\s+/)[0].toLowerCase() : undefined;
  if (g.the && /^(?:its|their)$/i.test(g.the) && !g.yp && !g.rel) { /* "its fourth quarter": TimeBank includes the possessive */ }
  if (ypRel) {
    const n = ypRel === 'last' ? -1 : ypRel === 'next' ? 1 : 0;
    return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n, gran: 'Q', pin: `Q${q}` }, 'quarter', 3);
  }
  // Adjectival "third-quarter profit": TimeBank leaves the determiner out.
  const start = g.the && g.hy === '-' && !y && !g.yp ? groupStart(m, g.rel ? 'rel' : 'ord') : m.index;
  if (g.rel === 'year-earlier' || g.rel === 'year-ago') {
    return cand(c, start, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'ref', unit: 'Y', n: -1, gran: 'Q' }, 'quarter-year-ago', 3);
  }
  const sem: Sem = y ? { k: 'abs', gran: 'Q', y: +y, q } : { k: 'abs', gran: 'Q', q };
  return cand(c, start, m.index + m[0].length, 'DATE', sem, 'quarter', 3);
});
add('quarter-q', `${B}(?:(?<q1>Q[1-4])|(?<q2>[1-4]Q))(?:\\s*(?<y>${YEAR_RE}|'\\d\\d))?${E}`, (m, c) => {
  const g = m.groups!;
  const q = +(g.q1 ? g.q1[1] : g.q2[0]);
  const y = g.y ? (g.y.startsWith("'") ? 2000 + +g.y.slice(1) : +g.y) : undefined;
  return cand(c, m.index, m.index + m[0].length, 'DATE', y ? { k: 'abs', gran: 'Q', y, q } : { k: 'abs', gran: 'Q', q }, 'quarter', 2);
});
// "the quarter", "the latest quarter", "the year-earlier quarter", "the year-ago period", "the year-earlier period"
add('quarter-ref', `${B}(?:the|this|that|last|next)\\s+(?:(?<rel>latest|current|recent|year-earlier|year-ago|comparable|same|previous|prior|past|last|just-ended|first|final)\\s+)?(?:fiscal\\s+)?(?<unit>quarter|period)${E}`, (m, c) => {
  const g = m.groups!;
  const first = m[0].split(/\s+/)[0].toLowerCase();
  const after = nextWord(c.s, m.index + m[0].length).toLowerCase();
  if (after === 'of' || after === 'ended' || after === 'ending' || after === 'ends') return null;
  if (g.unit === 'period' && !g.rel) return null;
  if (/^-to-/.test(c.s.slice(m.index + m[0].length))) return null; // "quarter-to-quarter"

  if (first === 'last' || first === 'next') {
    return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Q', n: first === 'last' ? -1 : 1, gran: 'Q' }, 'quarter-deictic', 2);
  }
  if (first === 'this') return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Q', n: 0, gran: 'Q' }, 'quarter-deictic', 2);
  const rel = g.rel?.toLowerCase();
  if (rel === 'latest' || rel === 'recent' || rel === 'just-ended' || rel === 'current') {
    // "the latest quarter": the last complete quarter before the DCT; "the current quarter": the DCT's.
    return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Q', n: rel === 'current' ? 0 : -1, gran: 'Q' }, 'quarter-latest', 1);
  }
  const n = rel === 'year-earlier' || rel === 'year-ago' ? -4 : rel === 'previous' || rel === 'prior' ? -1 : 0;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'ref', unit: 'Q', n, gran: 'Q' }, 'quarter-ref', 1);
});
// Halves: "the first half of 1990", "the second half"
add('half', `${B}(?:the\\s+)?(?<ord>first|second|1st|2nd|last|latter)\\s+half(?:\\s+of\\s+(?:(?<y>${YEAR_RE})|(?<rel>this|next|last)\\s+year|the\\s+year))?${E}`, (m, c) => {
  const g = m.groups!;
  const h = /^(first|1st)$/i.test(g.ord) ? 1 : 2;
  const after = nextWord(c.s, m.index + m[0].length).toLowerCase();
  // A bare "the second half" is usually a match or a story, not a calendar half: require the year.
  if (!g.y && !g.rel) return null;
  if (g.rel) {
    const n = g.rel === 'next' ? 1 : g.rel === 'last' ? -1 : 0;
    return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n, gran: 'H', pin: `H${h}` }, 'half', 2);
  }
  return cand(c, m.index, m.index + m[0].length, 'DATE', g.y ? { k: 'abs', gran: 'H', y: +g.y, h } : { k: 'abs', gran: 'H', h }, 'half', 2);
});

// Seasons: "last fall", "this summer", "the summer of 1990", "winter 2023", "(the) spring"
add('season', `${B}(?:(?<det>last|this|next|past|coming|the)\\s+)?(?<s>${SEASON_RE})(?:\\s+of\\s+(?<y1>${YEAR_RE})|\\s+(?<y2>${YEAR_RE}))?${E}`, (m, c) => {
  const g = m.groups!;
  const season = SEASONS[g.s.toLowerCase()];
  const y = g.y1 ?? g.y2;
  const det = g.det?.toLowerCase();
  const before = prevWord(c.s, m.index).toLowerCase();
  if (!det && !y && !DATE_PREPS.has(before)) return null;
  if (g.s.toLowerCase() === 'fall' && !det && !y) return null;
  if (g.s.toLowerCase() === 'fall' && det === 'the' && !y && !/^(?:in|during|by|until|since|through|over|before|after|for|of)$/.test(before)) return null;
  if (y) return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'S', y: +y, season }, 'season', 2);
  if (det === 'last' || det === 'next' || det === 'past' || det === 'coming') {
    return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n: det === 'next' || det === 'coming' ? 1 : -1, gran: 'S', pin: season }, 'season-deictic', 2);
  }
  if (det === 'this') return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n: 0, gran: 'S', pin: season }, 'season-deictic', 2);
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'S', season }, 'season', 1);
});

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

// "three years ago", "a year earlier", "two months later", "a week before", "five days from now", "nearly two weeks ago"
add('offset', `${B}(?:(?<approx>nearly|almost|about|around|some|more than|less than|over|roughly|approximately|just|only|at least)\\s+)?(?<num>${NUM_RE})[- ](?<unit>${UNIT_RE})\\s+(?<dir>ago|earlier|later|before|after|afterwards?|previously|prior|hence|from now|on|back)${E}`, (m, c) => {
  const g = m.groups!;
  const dir = g.dir.toLowerCase();
  // "two days before the election": "before" is a preposition and the expression a duration.
  if (/^(?:before|after|on|prior|back)$/.test(dir)) {
    const nw = nextWord(c.s, m.index + m[0].length);
    if (nw && /^(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|i|to|[A-Z]\w*)$/.test(nw) && /^\s+\w/.test(c.s.slice(m.index + m[0].length))) return null;
  }
  const num = parseNum(g.num);
  const cu = calUnit(g.unit);
  const back = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' || dir === 'prior' || dir === 'back';
  const anchor = dir === 'ago' || dir === 'from now' || dir === 'hence' || dir === 'back' ? 'dct' : 'ref';
  const mod = g.approx ? approxMod(g.approx) : undefined;
  const st = g.approx && !INCLUDED_APPROX.test(g.approx) ? groupStart(m, 'num') : m.index;
  const en = m.index + m[0].length;
  if (/^T/.test(unitOf(g.unit)) && num !== null) {
    // "an hour later": the same day as the anchor (clock times are rarely known in news).
    return cand(c, st, en, 'TIME', { k: 'rel', anchor, unit: 'D', n: 0, gran: 'D' }, 'offset-time', 2, mod);
  }
  if (!cu || num === null || !Number.isInteger(num)) {
    // Vague ("years ago", "some time later"): a past or future reference.
    return cand(c, st, en, 'DATE', { k: 'vague', value: back ? 'PAST_REF' : 'FUTURE_REF' }, 'offset-vague', 2, mod);
  }
  // "a decade ago" is a year ten years back, not a decade.
  if (cu.unit === 'DE' || cu.unit === 'C') {
    const years = num * (cu.unit === 'DE' ? 10 : 100);
    return cand(c, st, en, 'DATE', { k: 'rel', anchor, unit: 'Y', n: back ? -years : years, gran: 'Y' }, 'offset', 3, mod);
  }
  return cand(c, st, en, 'DATE', { k: 'rel', anchor, unit: cu.unit, n: back ? -num : num, gran: cu.gran }, 'offset', 3, mod);
});

// Anaphoric: "the following week", "the next day", "the previous year", "the same day", "that year", "the day before", "the year"
add('anaphoric', `${B}(?:(?<pre>later|earlier|early|late)\\s+)?(?:(?<the>the)\\s+(?<rel>following|next|previous|preceding|prior|same|subsequent|day before|day after|week before|week after|year before|year after)?\\s*|(?<that>that)\\s+)(?<unit>day|week|month|year|weekend|decade)(?<after>\\s+(?:before|after|earlier))?${E}`, (m, c) => {
  const g = m.groups!;
  const rel = g.rel?.toLowerCase();
  const unit = g.unit.toLowerCase();
  const cu = calUnit(unit)!;
  const afterWord = nextWord(c.s, m.index + m[0].length).toLowerCase();
  const before = prevWord(c.s, m.index).toLowerCase();
  let n = 0;
  if (rel === 'following' || rel === 'next' || rel === 'subsequent') n = 1;
  else if (rel === 'previous' || rel === 'preceding' || rel === 'prior') n = -1;
  else if (rel?.endsWith('before')) return null;
  if (g.after) {
    // "the day before authorities issued …": "before" opens a clause; only "the day before." is anaphoric.
    if (/^\s*[A-Za-z]/.test(c.s.slice(m.index + m[0].length))) return null;
    n = /before|earlier/.test(g.after) ? -1 : 1;
  }
  if (!rel && !g.after && !g.that) {
    // bare "the year"/"the day": only as a time of reference ("in the year", "earlier in the week"), not "the year's best", "of the day"
    if (/^(?:['’]s|of|that|when|in|before|after|ahead|earlier|ended|ending|to|through)$/.test(afterWord) && !(afterWord === 'ended' || afterWord === 'ending')) return null;
    if (afterWord === 'ended' || afterWord === 'ending') return null;
    if (!/^(?:in|during|for|of|over|through|throughout|within|by|until|at|since|on)$/.test(before)) return null;
    if (unit === 'day' || unit === 'decade') return null;
  }
  if (g.that && /^(?:['’]s|of)$/.test(afterWord)) return null;
  if (/^['’]s$/.test(afterWord)) return null;
  const pre = g.pre?.toLowerCase();
  const mod = !pre ? undefined : /^(?:earlier|early)$/.test(pre) ? 'START' : 'END';
  if (pre && !g.that && !rel) return null;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'ref', unit: cu.unit, n, gran: cu.gran, weekend: unit === 'weekend' }, 'anaphoric', 1, mod);
});
// "the weekend", "over the weekend"
add('weekend', `${B}the\\s+weekend${E}`, (m, c) => {
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'W', n: 0, gran: 'W', weekend: true }, 'weekend', 2);
});

// Durations: "three years", "the past two months", "the first nine months", "two-year", "nearly forty years", "a decade", "years"
add('duration', `${B}(?:(?<approx>nearly|almost|about|around|some|more than|less than|over|under|roughly|approximately|at least|at most|up to|just|only|well over|no more than|not more than|barely)\\s+)?(?:(?<the>the)\\s+)?(?:(?<dir>past|last|next|first|coming|previous|final|following|initial|latest|remaining|same|entire|full|whole|subsequent|preceding)\\s+)?(?:(?<num0>\\d+|${NUMWORD})\\s+(?:to|or)\\s+)?(?<num>${NUM_RE})(?<sep>\\s*-\\s*|\\s+)(?:(?:more|additional|extra|further)\\s+)?(?<unit>${UNIT_RE})(?<orso>\\s+or\\s+so)?${E}`, (m, c) => {
  const g = m.groups!;
  const unitWord = g.unit.toLowerCase();
  const num = parseNum(g.num);
  const u = unitOf(unitWord);
  const numL = g.num.toLowerCase();
  const after = c.s.slice(m.index + m[0].length);
  // "10-year-old", "a two-day-old baby": ages are not timexes in TimeML.
  if (/^-old\b/.test(after) || /^\s+old\b/.test(after)) return null;
  // "a second group": the ordinal, not the unit.
  if ((numL === 'a' || numL === 'an') && unitWord === 'second') return null;
  // "four flights a week", "$500 million a year", "24 hours a day": a rate, which TimeBank does not mark.
  if ((numL === 'a' || numL === 'an') && !g.dir && !g.the && !g.approx) {
    const bw = prevWord(c.s, m.index);
    const bp = c.posAt(m.index - bw.length - 1);
    if (/^[\d.,]+$|^(?:million|billion|thousand|hundred|percent|cents?|dollars?)$/i.test(bw) || (bp === 'NOUN' && /s$/.test(bw))) return null;
  }
  // Plural unit after "a"/"one": "a years" is not English; singular after a plural number ("two year") is allowed (adjectival).
  if ((numL === 'a' || numL === 'an') && /s$/.test(unitWord) && unitWord !== 'hours') return null;
  // "one day" as "some day" (vague), "the day" handled elsewhere
  if ((numL === 'a' || numL === 'an' || numL === 'one') && !g.dir && !g.approx && !g.the) {
    const before = prevWord(c.s, m.index).toLowerCase();
    // "once a year", "$5 a day" are sets; "in a day" is fine. Sets are matched separately.
    if (/^(?:once|twice|times|per)$/.test(before) || /^\d|[$€£%]$/.test(before)) return null;
    if (numL === 'one' && unitWord === 'day' && !/^(?:for|in|within|after|over|than|only|just)$/.test(before)) return null;
  }
  // "the two years" vs. "the 1990s": numbers above 200 with a unit are quantities of time only for small units.
  if (num !== null && num >= 1000 && /^\d/.test(g.num)) return null;
  // "three-quarters of its food": a fraction.
  if (u === 'Q' && (/^\s+of\b/.test(after) || /^-of/.test(after) || g.sep.includes('-'))) return null;
  if (/^\d/.test(g.num) && g.num.includes(',') && num !== null && num < 1000) return null;
  // "two to three weeks": a range of durations, no single value.
  if (g.num0) return cand(c, m.index, m.index + m[0].length, 'DURATION', { k: 'dur', value: durationValue(null, u) }, 'duration-range', 1, g.approx ? approxMod(g.approx) : undefined);
  let value = durationValue(numL === 'some' || numL === 'several' || numL === 'few' || numL === 'many' || /of$/.test(numL) ? null : num, u);
  if (numL === 'a few' || numL === 'few' || numL === 'several' || numL === 'many' || numL === 'some' || /of$/.test(numL)) value = durationValue(null, u);
  let start = g.approx && !INCLUDED_APPROX.test(g.approx) ? groupStart(m, g.the ? 'the' : 'num') : m.index;
  let mod = g.approx ? approxMod(g.approx) : undefined;
  if (g.orso) mod = 'APPROX';
  // A determiner belongs to the expression only with a direction word or a bare count ("the nine months").
  if (g.the && !g.dir && g.sep.includes('-')) start = groupStart(m, 'num');
  if (g.approx && g.the) start = groupStart(m, 'the'); // "over the past two years": "over" is a signal
  return cand(c, start, m.index + m[0].length, 'DURATION', { k: 'dur', value }, 'duration', 1, mod);
});
// "the past year", "the last decade", "the next month", "the coming weeks", "the past few days" (no count: one unit, or X when plural)
add('duration-span', `${B}(?:(?<approx>over|during|for|in|within)\\s+)?the\\s+(?<dir>past|last|next|coming|previous|preceding|following|ensuing|first|final|latest|recent|current|entire|whole|full)\\s+(?<unit>${UNIT_RE})(?<orso>\\s+or\\s+so)?${E}`, (m, c) => {
  const g = m.groups!;
  const unitWord = g.unit.toLowerCase();
  const dir = g.dir.toLowerCase();
  const plural = /s$/.test(unitWord);
  const u = unitOf(unitWord);
  // "over the past year": the preposition is a signal, outside the expression.
  const start = g.approx ? m.index + m[0].toLowerCase().indexOf('the', g.approx.length) : m.index;
  const afterWord = nextWord(c.s, m.index + m[0].length).toLowerCase();
  if (afterWord === 'of') return null;
  if (!plural && (dir === 'following' || dir === 'next' || dir === 'previous' || dir === 'preceding') && /^(?:day|week|month|year|weekend)$/.test(unitWord)) return null; // anaphoric dates
  if (!plural && (dir === 'current' || dir === 'latest' || dir === 'first' || dir === 'final' || dir === 'last') && u === 'Q') return null;
  if (!plural && (dir === 'full' || dir === 'entire' || dir === 'whole') && unitWord === 'year') {
    return cand(c, start, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n: 0, gran: 'Y' }, 'full-year', 1);
  }
  if (!plural && (dir === 'current' || dir === 'latest')) {
    const cu = calUnit(unitWord);
    if (cu) return cand(c, start, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: cu.unit, n: 0, gran: cu.gran }, 'current-unit', 1);
  }
  if (dir === 'recent' || dir === 'coming') {
    if (plural) {
      const value = dir === 'recent' ? 'PAST_REF' : 'FUTURE_REF';
      return cand(c, start, m.index + m[0].length, 'DATE', { k: 'vague', value }, 'recent-units', 1);
    }
  }
  const value = durationValue(plural ? null : 1, u);
  return cand(c, start, m.index + m[0].length, 'DURATION', { k: 'dur', value }, 'duration-span', 1, g.orso ? 'APPROX' : undefined);
});
// Bare plural units: "years", "for months", "decades" (vague durations); "for a while" is not marked
add('duration-bare', `${B}(?<unit>years|months|weeks|days|hours|minutes|decades|centuries)${E}`, (m, c) => {
  const before = prevWord(c.s, m.index).toLowerCase();
  const after = nextWord(c.s, m.index + m[0].length).toLowerCase();
  if (!/^(?:for|in|over|within|after|took|take|takes|lasted|last|spent|spend|than|only|just|the)$/.test(before)) return null;
  if (/^(?:of|ago|earlier|later|before|after|old)$/.test(after)) return null;
  if (before === 'the' && !/^(?:ahead|to|since)$/.test(after)) return null;
  const u = unitOf(m.groups!.unit);
  return cand(c, m.index, m.index + m[0].length, 'DURATION', { k: 'dur', value: durationValue(null, u) }, 'duration-bare', 0);
});

// Vague: now, currently, recently, the past, the future, soon, nowadays, these days, in recent years
add('vague', `${B}(?<w>recent (?:weeks and months|years|months|weeks|days|quarters|decades)|past years|the coming years|the coming months|the coming weeks|the coming days|coming (?:years|months|weeks|days|quarters)|the months ahead|the years ahead|the weeks ahead|the days ahead|the near future|the near term|the short term|the long term|the time being|the present|the past|the future|now|currently|current|nowadays|these days|at present|presently|at the moment|recently|recent|lately|of late|future|soon|shortly)${E}`, (m, c) => {
  const w = m.groups!.w.toLowerCase();
  const before = prevWord(c.s, m.index).toLowerCase();
  const after = nextWord(c.s, m.index + m[0].length).toLowerCase();
  const pos = c.posAt(m.index);
  let value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF' | null = null;
  switch (w) {
    case 'now': case 'right now': case 'currently': case 'nowadays': case 'these days': case 'at present': case 'presently': case 'at the moment': case 'the time being':
      value = 'PRESENT_REF'; break;
    case 'current':
      // adjective: "the current quarter" is matched as a date; "current account", "current affairs", "electric current" are not times.
      if (/^(?:account|accounts|affairs|events|flow|flows|density|source|value|assets|liabilities|ratio|yield)$/.test(after)) return null;
      if (!/^(?:the|its|his|her|their|our|a|in)$/.test(before) && pos !== 'ADJ') return null;
      value = 'PRESENT_REF'; break;
    case 'the present':
      value = 'PRESENT_REF'; break;
    case 'recently': case 'lately': case 'of late': case 'past years':
      value = 'PAST_REF'; break;
    case 'recent':
      if (/^(?:years|months|weeks|days)$/.test(after)) return null;
      value = 'PAST_REF'; break;
    case 'the past':
      if (/^(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d+|year|month|week|decade|day|quarter|months|years|weeks|days|decades|quarters|century|hour|hours)$/.test(after)) return null;
      value = 'PAST_REF'; break;
    case 'the near term': case 'the short term':
      value = 'FUTURE_REF'; break;
    case 'the long term': return null;
    case 'the future': case 'future': case 'the near future': case 'the coming years': case 'the coming months': case 'the coming weeks': case 'the coming days': case 'the months ahead': case 'the years ahead': case 'the weeks ahead': case 'the days ahead':
      if (w === 'future' && !/^(?:in|near|the|for|distant|immediate)$/.test(before) ) {
        // "future peace talks": an adjective; TimeBank marks it too, but only rarely. Keep when a preposition or article precedes.
        if (!/^(?:its|their|our|his|her)$/.test(before)) return null;
      }
      value = 'FUTURE_REF'; break;
    case 'soon': case 'shortly':
      if (after === 'after' || after === 'as' || after === 'afterwards' || before === 'as' || before === 'too') return null;
      value = 'FUTURE_REF'; break;
    default:
      if (w.startsWith('recent ') && !w.includes(' and ')) {
        // "recent years": an unspecified stretch of time up to now (PXY), as TimeBank mostly writes it.
        const unit = unitOf(w.slice(7));
        return cand(c, m.index, m.index + m[0].length, 'DURATION', { k: 'dur', value: durationValue(null, unit) }, 'recent-units', 0);
      }
      if (w.startsWith('recent ')) { value = 'PAST_REF'; break; }
      if (w.startsWith('coming ')) { value = 'FUTURE_REF'; break; }
      return null;
  }
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'vague', value }, 'vague', 0);
});

// Clock times: "3 p.m.", "10:30 a.m. EDT", "noon", "midnight", "midday", "15:00 GMT"
add('clock', `${B}(?:(?<hh>[01]?\\d|2[0-3])(?::(?<mm>[0-5]\\d))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm|a\\.m|p\\.m|AM|PM|A\\.M\\.|P\\.M\\.)(?:\\s+(?<tz>[ECMP][SD]T|GMT|UTC|BST|CET|CEST|local time))?|(?<h2>[01]?\\d|2[0-3]):(?<m2>[0-5]\\d)(?:\\s+(?<tz2>[ECMP][SD]T|GMT|UTC|BST|CET|CEST|local time|hours|hrs))|(?<w>noon|midnight|midday|mid-?\\s?afternoon|mid-?\\s?morning))${E}`, (m, c) => {
  const g = m.groups!;
  if (g.w) {
    const w = g.w.toLowerCase();
    if (/^mid-?\s?afternoon$/.test(w)) return cand(c, m.index, m.index + m[0].length, 'TIME', { k: 'clock', part: 'AF' }, 'clock', 2);
    if (/^mid-?\s?morning$/.test(w)) return cand(c, m.index, m.index + m[0].length, 'TIME', { k: 'clock', part: 'MO' }, 'clock', 2);
    return cand(c, m.index, m.index + m[0].length, 'TIME', { k: 'clock', hh: w === 'midnight' ? 24 : 12, mm: 0 }, 'clock', 2);
  }
  let hh = +(g.hh ?? g.h2);
  const mm = +(g.mm ?? g.m2 ?? 0);
  const ap = (g.ap ?? '').toLowerCase();
  if (ap.startsWith('p') && hh < 12) hh += 12;
  if (ap.startsWith('a') && hh === 12) hh = 0;
  let end = m.index + m[0].length;
  if (ap && !ap.endsWith('.') && c.s[end] === '.' && /^a\.m$|^p\.m$/.test(ap)) end++;
  return cand(c, m.index, end, 'TIME', { k: 'clock', hh, mm }, 'clock', 3);
});

// "4 in the morning", "eight o'clock", "10 o'clock at night"
add('clock-words', `${B}(?<h>[01]?\\d|2[0-3]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?<oc>\\s+o['’]clock)?(?:\\s+(?:in\\s+the|at)\\s+(?<part>morning|afternoon|evening|night))?${E}`, (m, c) => {
  const g = m.groups!;
  if (!g.oc && !g.part) return null;
  let hh = /^\d/.test(g.h) ? +g.h : NUMBER_WORDS[g.h.toLowerCase()];
  if (hh > 12 && g.part) return null;
  const part = g.part?.toLowerCase();
  if ((part === 'afternoon' || part === 'evening' || (part === 'night' && hh >= 6)) && hh < 12) hh += 12;
  if (part === 'morning' && hh === 12) hh = 0;
  return cand(c, m.index, m.index + m[0].length, 'TIME', { k: 'clock', hh, mm: 0 }, 'clock', 3);
});

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
// Holidays: "Christmas", "New Year's Day", "Thanksgiving", "Easter", "Labor Day"
const HOLIDAY_NAMES = [...Object.keys(FIXED_HOLIDAYS), 'thanksgiving', 'thanksgiving day', 'easter', 'easter sunday', 'labor day', 'memorial day', 'good friday', 'mother\'s day', 'father\'s day', 'election day']
  .sort((a, b) => b.length - a.length).map((s) => s.replace(/'/g, "['’]").split(' ').map((w) => w[0].toUpperCase() + w.slice(1)).join('\\s+'));
add('holiday', `${B}(?<h>${HOLIDAY_NAMES.join('|')})(?:\\s+(?<y>${YEAR_RE}))?${E}`, (m, c) => {
  const g = m.groups!;
  if (!cap(g.h)) return null;
  const name = g.h.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  const after = nextWord(c.s, m.index + m[0].length);
  if (/^(?:Offensive|Accords?|Agreement|Island|Rising|Massacre|tree|trees|card|cards|party|parties|shopping|sales?|present|presents|gift|gifts|Parade)$/i.test(after)) return null;
  const fixed = FIXED_HOLIDAYS[name];
  const sem: Sem = fixed ? { k: 'holiday', name, m: fixed[0], d: fixed[1] } : { k: 'holiday', name, rule: HOLIDAY_RULES[name] ?? HOLIDAY_RULES[name.replace(/ day$/, '')] };
  if (g.y) {
    const md = fixed ?? (sem as { rule: (y: number) => [number, number] }).rule(+g.y);
    return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'D', y: +g.y, m: md[0], d: md[1] }, 'holiday', 2);
  }
  return cand(c, m.index, m.index + m[0].length, 'DATE', sem, 'holiday', 2);
});

// Named periods: "World War II", "the Cold War"; anniversaries: "the 80th anniversary of …"
const PERIOD_NAMES = Object.keys(NAMED_PERIODS).sort((a, b) => b.length - a.length)
  .map((k) => k.split(' ').map((w) => w.replace(/[-]/g, '[- ]').replace(/\b([a-z])/g, (x) => `[${x}${x.toUpperCase()}]`)).join('\\s+'));
const PERIOD_RE = `(?:${PERIOD_NAMES.join('|')})`;
add('named-period', `${B}(?<p>${PERIOD_RE})${E}`, (m, c) => {
  const name = m.groups!.p.toLowerCase().replace(/\s+/g, ' ');
  const p = NAMED_PERIODS[name] ?? NAMED_PERIODS[name.replace(/ /g, '-')];
  if (!p) return null;
  if (!/[A-Z]/.test(m.groups!.p)) return null;
  // "Cold War military ties", "the Holocaust Museum": the name modifies a noun and dates nothing.
  const nextPos = c.posAt(m.index + m[0].length + 1);
  if (/^ /.test(c.s.slice(m.index + m[0].length)) && (nextPos === 'NOUN' || nextPos === 'PROPN' || nextPos === 'ADJ')) return null;
  const value = p.start === p.end ? String(p.start) : `${p.start}/${p.end}`;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'fixed', value, reason: `named period ${name} (${p.start}–${p.end})` }, 'named-period', 2);
});
add('anniversary', `${B}(?<n>\\d{1,3})(?:st|nd|rd|th)\\s+anniversary${E}`, (m, c) => {
  const n = parseInt(m.groups!.n, 10);
  // Look ahead in the sentence for "of … <named period | year>".
  const rest = c.s.slice(m.index + m[0].length, m.index + m[0].length + 160);
  let base: number | null = null;
  let reason = `${n}th anniversary, base event not found`;
  if (/^\s+of\b/.test(rest)) {
    const yearM = new RegExp(`^[^.;]*?\\b(${YEAR_RE})\\b`).exec(rest);
    const perM = new RegExp(`^[^.;]*?(?<edge>\\b(?:end|defeat|victory|surrender|close|conclusion|liberation|start|beginning|outbreak|onset)\\s+of\\s+(?:the\\s+)?)?(?<p>${PERIOD_RE})(?![\\w])`, 'i').exec(rest);
    if (perM) {
      const name = perM.groups!.p.toLowerCase().replace(/\s+/g, ' ');
      const p = NAMED_PERIODS[name];
      if (p) {
        const edgeWord = perM.groups!.edge ? perM.groups!.edge.split(/\s+/)[0].toLowerCase() : '';
        const useEnd = /^(?:end|defeat|victory|surrender|close|conclusion|liberation)$/.test(edgeWord);
        base = useEnd ? p.end : p.start;
        reason = `${n} years after the ${useEnd ? 'end' : 'start'} of ${name} (${base})`;
      }
    }
    if (base === null && yearM) { base = +yearM[1]; reason = `${n} years after ${base}`; }
  }
  // An anniversary of something we cannot date says nothing about time.
  if (base === null) return null;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'anniv', n, base, reason }, 'anniversary', 2);
});

/** Quantifiers TimeBank keeps inside a duration's extent ("nearly forty years"); others ("about", "over", "only") stay outside. */
const INCLUDED_APPROX = /^(?:nearly|more than|less than|up to|at most|no more than|not more than|well over)$/i;

function approxMod(w: string): string {
  const a = w.toLowerCase();
  if (/^(?:nearly|almost|up to|at most|no more than|not more than|barely)$/.test(a)) return 'EQUAL_OR_LESS';
  if (/^(?:more than|over|well over)$/.test(a)) return 'MORE_THAN';
  if (/^(?:less than|under)$/.test(a)) return 'LESS_THAN';
  if (/^(?:at least)$/.test(a)) return 'EQUAL_OR_MORE';
  if (/^(?:just|only)$/.test(a)) return 'EQUAL_OR_LESS';
  return 'APPROX';
}

/** Rules for movable holidays: year → [month, day]. */
const HOLIDAY_RULES: Record<string, (y: number) => [number, number]> = {
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => lastWeekday(y, 5, 1),
  "mother's day": (y) => nthWeekday(y, 5, 7, 2),
  "father's day": (y) => nthWeekday(y, 6, 7, 3),
  easter: easter,
  // US federal elections: the Tuesday after the first Monday of November.
  'election day': (y) => { const [mo, d] = nthWeekday(y, 11, 1, 1); return [mo, d + 1]; },
  'easter sunday': easter,
  'good friday': (y) => { const [mo, d] = easter(y); const t = new Date(Date.UTC(y, mo - 1, d - 2)); return [t.getUTCMonth() + 1, t.getUTCDate()]; },
};
function nthWeekday(y: number, mo: number, wd: number, n: number): [number, number] {
  const first = new Date(Date.UTC(y, mo - 1, 1)).getUTCDay() || 7;
  return [mo, 1 + ((wd - first + 7) % 7) + (n - 1) * 7];
}
function lastWeekday(y: number, mo: number, wd: number): [number, number] {
  const lastDay = new Date(Date.UTC(y, mo, 0));
  const ld = lastDay.getUTCDay() || 7;
  return [mo, lastDay.getUTCDate() - ((ld - wd + 7) % 7)];
}
function easter(y: number): [number, number] {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

/** Runs every matcher over one sentence; returns candidates in document offsets (overlaps not yet resolved). */
export function matchSentence(c: MatchCtx): Cand[] {
  const out: Cand[] = [];
  // Cheap gate: the words of the sentence, so that most matchers never run their regular expression.
  const active = new Uint8Array(matchers.length);
  for (const i of ALWAYS) active[i] = 1;
  WORD.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = WORD.exec(c.s)) !== null) {
    const hits = TRIGGERS.get(w[0].toLowerCase());
    if (hits) for (const i of hits) active[i] = 1;
  }
  if (DIGIT.test(c.s)) for (const i of TRIGGERS.get('#digit') ?? []) active[i] = 1;
  for (let mi = 0; mi < matchers.length; mi++) {
    if (!active[mi]) continue;
    const mt = matchers[mi];
    mt.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = mt.re.exec(c.s)) !== null) {
      if (m[0].length === 0) { mt.re.lastIndex++; continue; }
      const r = mt.make(m, c);
      if (r && r.end > r.start && !isTitle(c, r)) out.push(r);
    }
  }
  return out;
}

const WORD = /[A-Za-z]+/g;
const DIGIT = /\d/;

// ---- trigger words per matcher (a sentence without any of them cannot match) --------------
const UNIT_WORDS = ['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes',
  'second', 'seconds', 'decade', 'decades', 'century', 'centuries', 'quarter', 'quarters', 'weekend', 'weekends', 'fortnight',
  'fortnights', 'night', 'nights', 'millennium', 'millennia', 'yr', 'yrs', 'hr', 'hrs'];
const MONTH_WORDS = Object.keys(MONTHS);
const NEEDS: Record<string, string[]> = {
  'month-day-year': MONTH_WORDS, 'day-month-year': MONTH_WORDS, 'month-year': MONTH_WORDS, month: MONTH_WORDS, 'month-deictic': MONTH_WORDS,
  'year-words': ['nineteen', 'thousand'], 'year-period': ['#digit'], 'year-ago-adj': ['year'], 'fiscal-year': ['fiscal'],
  'year-end': ['year'], 'period-ended': ['ended', 'ending', 'through'], year: ['#digit'], decade: ['#digit'],
  'decade-words': ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
  century: ['century'], quarter: ['quarter'], 'quarter-q': ['#digit'], 'quarter-ref': ['quarter', 'period'], half: ['half'],
  season: Object.keys(SEASONS), weekday: Object.keys(WEEKDAYS), 'deictic-day': ['today', 'yesterday', 'tomorrow', 'tonight'],
  'deictic-part': ['morning', 'afternoon', 'evening', 'night'], 'deictic-unit': ['year', 'month', 'week', 'weekend', 'decade', 'century', 'quarter'],
  offset: UNIT_WORDS, anaphoric: ['day', 'week', 'month', 'year', 'weekend', 'decade'], weekend: ['weekend'],
  duration: UNIT_WORDS, 'duration-span': UNIT_WORDS, 'duration-bare': UNIT_WORDS,
  vague: ['now', 'currently', 'current', 'nowadays', 'these', 'present', 'presently', 'moment', 'recently', 'recent', 'lately',
    'late', 'past', 'future', 'soon', 'shortly', 'near', 'short', 'long', 'time', 'coming', 'years', 'months', 'ahead'],
  clock: ['#digit', 'noon', 'midnight', 'midday', 'mid'], 'clock-words': ['clock', 'morning', 'afternoon', 'evening', 'night'], 'set-every': ['every', 'each'],
  'set-adverb': ['daily', 'weekly', 'monthly', 'annually', 'yearly', 'quarterly', 'hourly', 'nightly', 'biweekly', 'semiannually', 'twice', 'biannually'],
  'set-times': ['once', 'twice', 'times'], 'set-per': ['year', 'month', 'week', 'day'],
  holiday: ['christmas', 'new', 'independence', 'halloween', 'valentine', 'bastille', 'boxing', 'veterans', 'armistice', 'may',
    'thanksgiving', 'easter', 'labor', 'memorial', 'good', 'mother', 'father', 'election'],
  'named-period': ['war', 'wars', 'depression', 'holocaust', 'revolution', 'crisis', 'recession', 'pandemic', 'spring'],
  anniversary: ['anniversary'],
};
/** Trigger word → indexes of the matchers it enables; matchers without triggers always run. */
const TRIGGERS = new Map<string, number[]>();
const ALWAYS: number[] = [];
matchers.forEach((mt, i) => {
  const need = NEEDS[mt.name];
  if (!need) { ALWAYS.push(i); return; }
  for (const w of need) {
    const list = TRIGGERS.get(w);
    if (list) list.push(i); else TRIGGERS.set(w, [i]);
  }
});

/** "This Week" (a programme), "Last Days": every word capitalised, not at the start of the sentence. */
function isTitle(c: MatchCtx, r: Cand): boolean {
  if (r.sem.k === 'fixed' || r.sem.k === 'holiday' || r.sem.k === 'abs' || r.sem.k === 'dow') return false;
  const rel = r.start - c.base;
  const t = c.s.slice(rel, r.end - c.base);
  const words = t.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^[A-Z]/.test(w))) return false;
  return /\S/.test(c.s.slice(0, rel).replace(/["“'‘(]/g, ''));
}


/** Names of the matchers, in order (for tests and docs). */
export const matcherNames = (): string[] => matchers.map((m) => m.name);

