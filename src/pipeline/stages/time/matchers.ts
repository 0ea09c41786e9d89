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
import { MONTHS, SEASONS, WEEKDAYS } from './lexicon.js';
import type { Cand } from './types.js';
import type { MatchCtx, Matcher } from './matchers/blocks.js';
import { datesMatchers } from './matchers/dates.js';
import { yearsMatchers } from './matchers/years.js';
import { quartersMatchers } from './matchers/quarters.js';
import { daysMatchers } from './matchers/days.js';
import { relativeMatchers } from './matchers/relative.js';
import { durationsMatchers } from './matchers/durations.js';
import { vagueMatchers } from './matchers/vague.js';
import { clockMatchers } from './matchers/clock.js';
import { setsMatchers } from './matchers/sets.js';
import { namedMatchers } from './matchers/named.js';

export type { MatchCtx } from './matchers/blocks.js';
export { durationValue, parseNum } from './matchers/blocks.js';

/** Every matcher, family by family, in the order they run (the order breaks ties between overlapping candidates). */
const matchers: Matcher[] = [
  ...datesMatchers,
  ...yearsMatchers,
  ...quartersMatchers,
  ...daysMatchers,
  ...relativeMatchers,
  ...durationsMatchers,
  ...vagueMatchers,
  ...clockMatchers,
  ...setsMatchers,
  ...namedMatchers,
];

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

