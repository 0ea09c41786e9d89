/**
 * Holidays, named periods ("World War II") and anniversaries ("the 80th anniversary of …").
 * @module
 */
import { adder, type Matcher, B, E, YEAR_RE, cand, cap, nextWord } from './blocks.js';
import { FIXED_HOLIDAYS, NAMED_PERIODS } from '../lexicon.js';
import type { Sem } from '../types.js';

/** The named matchers, in priority order. */
export const namedMatchers: Matcher[] = [];
const add = adder(namedMatchers);

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
