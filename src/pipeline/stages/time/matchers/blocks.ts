/**
 * The building blocks every family of temporal-expression matchers shares: the
 * regular-expression pieces (months, days, years, numbers, units), number and unit
 * parsing, the candidate constructor and word lookups. Offsets are sentence-relative
 * UTF-16 offsets until {@link cand} turns them into document offsets.
 * @module
 */
import type { Gran, Unit } from '../calendar.js';
import { MONTHS, NUMBER_WORDS, UNITS } from '../lexicon.js';
import type { Cand, Sem, TimexType } from '../types.js';

/** What a matcher sees: the sentence and a POS lookup. */
export interface MatchCtx {
  /** The sentence text. */
  s: string;
  /** Offset of the sentence in `Doc.text`. */
  base: number;
  /** UPOS of the token starting at a sentence-relative offset, if any. */
  posAt(rel: number): string | undefined;
}

export interface Matcher {
  name: string;
  re: RegExp;
  make(m: RegExpExecArray, c: MatchCtx): Cand | null;
}

// ---- building blocks --------------------------------------------------------------

export const B = '(?<![\\w\'’])'; // left word boundary (no apostrophe before: "o'clock", "’90s")
export const E = '(?![\\w’])'; // right boundary
export const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.?|Sep\\.|Oct\\.|Nov\\.|Dec\\.|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)';
export const DAY_RE = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
export const YEAR_RE = '(?:1[5-9]\\d\\d|20\\d\\d)';
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tue\\.|Tues\\.|Wed\\.|Thu\\.|Thurs\\.|Fri\\.|Sat\\.|Sun\\.)';
export const NUMWORD = Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an' && w !== 'half' && w !== 'couple' && w !== 'dozen').sort((a, b) => b.length - a.length).join('|');
export const NUM_RE = `(?:\\d+(?:\\s+1/2|½)|\\d+(?:[.,]\\d+)?|(?:${NUMWORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a|an|a few|a couple of|a couple|couple of|a dozen|several|few|many|some|a half|one and a half|a year and a half|dozens of|hundreds of|thousands of)`;
export const UNIT_RE = '(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?|weekends?|fortnights?|nights?|millenni(?:um|a)|yrs?|hrs?)';
export const ORD_RE = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';
export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)';
export const PART_RE = '(?:morning|afternoon|evening|night)';

export function rx(src: string, flags = 'g'): RegExp { return new RegExp(src, flags); }

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

export function monthNum(s: string): number { return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0; }
export function dayNum(s: string): number { return parseInt(s, 10); }
export function unitOf(word: string): string { return UNITS[word.toLowerCase()] ?? UNITS[word.toLowerCase().replace(/s$/, '')] ?? 'Y'; }

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
export function calUnit(word: string): { unit: Unit; gran: Gran } | null {
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

export function cand(c: MatchCtx, relStart: number, relEnd: number, type: TimexType, sem: Sem, rule: string, prio = 0, mod?: string): Cand {
  const out: Cand = { start: c.base + relStart, end: c.base + relEnd, type, sem, rule, prio };
  if (mod) out.mod = mod;
  return out;
}

/** Start of a named group inside the match (groups are located by searching forward from the match start). */
export function groupStart(m: RegExpExecArray, name: string): number {
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
export function isWordChar(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95;
}

/** The word after a sentence-relative offset (skipping spaces), or ''. */
export function nextWord(s: string, at: number): string {
  const m = /^\s*([\w’'.-]+)/.exec(s.slice(at, at + 40));
  return m ? m[1] : '';
}
/** The word before a sentence-relative offset, or ''. */
export function prevWord(s: string, at: number): string {
  const m = /([\w’'.-]+)\s*$/.exec(s.slice(Math.max(0, at - 40), at));
  return m ? m[1] : '';
}

export const DATE_PREPS = new Set(['in', 'on', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'from', 'through', 'to', 'of',
  'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'since', 'between', 'and', 'or', 'around', 'about', 'for',
  'at', 'into', 'throughout', 'starting', 'beginning', 'ending', 'till', 'as', 'than', 'fiscal', 'every', 'each', 'past', 'coming']);

/** Words after a year that show it is a count, not a date ("2024 members"). */
export const COUNT_NOUN = /^(?:people|persons|members|residents|troops|soldiers|workers|employees|students|votes|voters|cases|deaths|units|shares|cars|homes|houses|jobs|points|times|tons|tonnes|miles|kilometres|kilometers|feet|metres|meters|dollars|euros|pounds|copies|pages|words|items|rooms|beds|seats|signatures|acres|hectares|barrels|calories|respondents|participants|patients|children|women|men|civilians|refugees|migrants|passengers|vehicles|flights|runs|yards|games|goals|rounds|delegates|km|mph|kg)$/i;

/** A list of matchers and the function that adds one to it; patterns are case-insensitive ("Last year", "NOW"). */
export function adder(list: Matcher[]): (name: string, src: string, make: Matcher['make']) => void {
  return (name, src, make) => { list.push({ name, re: rx(src, 'gi'), make }); };
}
/** True when a month/weekday/holiday word is capitalised as a name ("May", "MAY"), not a common word ("may"). */
export const cap = (w: string | undefined): boolean => !!w && /^[A-Z]/.test(w);


/** Quantifiers TimeBank keeps inside a duration's extent ("nearly forty years"); others ("about", "over", "only") stay outside. */
export const INCLUDED_APPROX = /^(?:nearly|more than|less than|up to|at most|no more than|not more than|well over)$/i;

export function approxMod(w: string): string {
  const a = w.toLowerCase();
  if (/^(?:nearly|almost|up to|at most|no more than|not more than|barely)$/.test(a)) return 'EQUAL_OR_LESS';
  if (/^(?:more than|over|well over)$/.test(a)) return 'MORE_THAN';
  if (/^(?:less than|under)$/.test(a)) return 'LESS_THAN';
  if (/^(?:at least)$/.test(a)) return 'EQUAL_OR_MORE';
  if (/^(?:just|only)$/.test(a)) return 'EQUAL_OR_LESS';
  return 'APPROX';
}

