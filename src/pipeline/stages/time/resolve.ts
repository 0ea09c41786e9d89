/**
 * Normalisation of candidates to TIMEX3 values with an explicit anchoring strategy
 * (HeidelTime's news mode): deictic expressions ("yesterday", "last week", "on Friday",
 * "in April") anchor to the document creation time (DCT), with the tense of the clause
 * choosing past or future; anaphoric expressions ("two months later", "the next day",
 * "that year") anchor to the reference time — the last specific date the narrative
 * mentioned — which is updated as the text is read.
 *
 * Each result records what the text stated and what was inferred, the anchor, and a
 * short reason.
 * @module
 */
import {
  coarsen, dayNumber, dayPoint, finerOrEqual, formatPoint, isoWeekday, shift, startDay,
  type CalPoint, type Gran,
} from './calendar.js';
import type { Tense } from './tense.js';
import type { Cand, Sem } from './types.js';

/** A resolved value for one candidate. */
export interface Resolved {
  value: string;
  /** 'dct', the id of the timex it was computed from, or null when it needs no anchor. */
  anchor: string | null;
  stated: string[];
  inferred: string[];
  reason: string;
  quant?: string;
  freq?: string;
  /** The calendar point, when the value is one (becomes the reference time). */
  point?: CalPoint;
}

/** The reference time: the last specific calendar point mentioned, and its timex id. */
export interface RefTime { point: CalPoint; id: string; at: number }

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON_END: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 2 };

/** Placeholder values for a granularity when nothing can anchor them. */
function unknownValue(g: Gran, p?: Partial<CalPoint>): string {
  const mm = p?.m ? String(p.m).padStart(2, '0') : 'XX';
  switch (g) {
    case 'Y': return 'XXXX';
    case 'Q': return `XXXX-Q${p?.q ?? 'X'}`;
    case 'H': return `XXXX-H${p?.h ?? 'X'}`;
    case 'S': return `XXXX-${p?.season ?? 'XX'}`;
    case 'M': return `XXXX-${mm}`;
    case 'W': return 'XXXX-WXX';
    case 'D': return `XXXX-${mm}-${p?.d ? String(p.d).padStart(2, '0') : 'XX'}`;
    case 'T': return 'XXXX-XX-XXTXX:XX';
    default: return 'XXXX';
  }
}

/** Index of a point along its granularity (months since year 0, quarters …) for "nearest" comparisons. */
function ordinal(p: CalPoint): number { return startDay(p); }

/** Chooses the year for a point stated without one, relative to the DCT and the tense. */
function pickYear(p: CalPoint, dct: CalPoint, tense: Tense): { y: number; why: string } {
  const cands = [dct.y - 1, dct.y, dct.y + 1].map((y) => ({ y, p: { ...p, y } as CalPoint }));
  const dctDay = startDay(dct);
  // Compare the start of the stated point against the DCT at the point's own granularity.
  const here = startDay(coarsen(dct, p.gran === 'T' ? 'D' : p.gran));
  // The tense decides when its reading lies within about ten months of the DCT; beyond that the
  // nearest reading wins ("extended the offer to Nov. 20", written on Nov. 2, is this November).
  const past = cands.filter((c) => ordinal(c.p) <= here).pop();
  const fut = cands.find((c) => ordinal(c.p) > here);
  if (tense === 'PAST') {
    if (past && here - ordinal(past.p) <= 300) return { y: past.y, why: 'nearest past before the DCT (past tense)' };
  }
  if (tense === 'FUTURE') {
    const f = cands.find((c) => ordinal(c.p) >= here);
    if (f && ordinal(f.p) - here <= 300) return { y: f.y, why: 'nearest future after the DCT (future tense)' };
  }
  // No tense to go by: news mostly reports the past, so the past reading wins unless the future one is much nearer.
  if (past && fut && here - ordinal(past.p) <= 1.5 * (ordinal(fut.p) - here)) return { y: past.y, why: 'nearest past before the DCT (news default)' };
  let best = cands[1], bd = Infinity;
  for (const c of cands) {
    const d = Math.abs(ordinal(c.p) - dctDay) + (ordinal(c.p) > here ? 1 : 0); // ties go to the past (news)
    if (d < bd) { bd = d; best = c; }
  }
  return { y: best.y, why: 'nearest to the DCT' };
}

/** Resolves one candidate. `dct` null: relative values stay unresolved (X placeholders). */
/** Document context for resolution beyond the reference time. */
export interface ResolveContext {
  /** The expression follows "since": a starting point, which lies before the DCT. */
  since?: boolean;
  /** The last quarter the document stated: a quarterly report's comparisons ("a year ago", "the 1988 period") are at quarter precision. */
  quarter?: RefTime | null;
}

export function resolve(c: Cand, dct: CalPoint | null, ref: RefTime | null, tense: Tense, rc: ResolveContext = {}): Resolved {
  const s = c.sem;
  switch (s.k) {
    case 'vague': return { value: s.value, anchor: null, stated: [], inferred: [], reason: `vague reference (${s.value.toLowerCase().replace('_ref', '')})` };
    case 'dur': return { value: s.value, anchor: null, stated: ['duration'], inferred: [], reason: 'duration' };
    case 'set': {
      const r: Resolved = { value: s.value, anchor: null, stated: ['set'], inferred: [], reason: 'recurrence' };
      if (s.quant) r.quant = s.quant;
      if (s.freq) r.freq = s.freq;
      return r;
    }
    case 'fixed': return { value: s.value, anchor: null, stated: ['name'], inferred: ['interval'], reason: s.reason };
    case 'anniv':
      if (s.base === null) return { value: 'XXXX', anchor: null, stated: ['ordinal'], inferred: [], reason: s.reason };
      return { value: String(s.base + s.n), anchor: null, stated: ['ordinal', 'base'], inferred: ['year'], reason: s.reason, point: { gran: 'Y', y: s.base + s.n } };
    case 'abs':
      if (rc.since && s.y === undefined && !s.dir && dct) {
        const sinceSem = { ...s };
        const out = resolveAbs(sinceSem, dct, ref, 'PAST', c.rule);
        if (out.point && startDay(out.point) > startDay(dct)) {
          const p = { ...out.point, y: out.point.y - 1 };
          return { ...out, value: formatPoint(p), point: p, reason: 'year: most recent before the DCT ("since")' };
        }
        return out;
      }
      // "the 1988 period" after "the third quarter": the same quarter of the stated year.
      if (c.rule === 'year-period-q' && rc.quarter) {
        const q = rc.quarter;
        const p: CalPoint = { gran: 'Q', y: s.y!, q: q.point.q, m: ((q.point.q ?? 1) - 1) * 3 + 1 };
        return { value: formatPoint(p), anchor: q.id, stated: ['year'], inferred: ['quarter'], reason: `the reporting quarter of ${q.id} in the stated year`, point: p };
      }
      return resolveAbs(s, dct, ref, tense, c.rule);
    case 'holiday': {
      if (!dct) return { value: s.m ? unknownValue('D', { m: s.m, d: s.d }) : 'XXXX-XX-XX', anchor: null, stated: ['month', 'day'], inferred: [], reason: `${s.name}: no DCT to infer the year` };
      const md = (y: number): [number, number] => (s.m ? [s.m, s.d!] : s.rule!(y));
      const opts = [dct.y - 1, dct.y, dct.y + 1].map((y) => { const [m, d] = md(y); return dayPoint(dayNumber(y, m, d)); });
      const here = startDay(dct);
      let pick = opts[1];
      if (tense === 'FUTURE') pick = opts.find((p) => startDay(p) >= here) ?? opts[1];
      else if (tense === 'PAST') pick = [...opts].reverse().find((p) => startDay(p) <= here) ?? opts[1];
      else pick = opts.reduce((a, b) => (Math.abs(startDay(a) - here) <= Math.abs(startDay(b) - here) ? a : b));
      return { value: formatPoint(pick), anchor: 'dct', stated: ['name'], inferred: ['year', 'month', 'day'], reason: `${s.name}, year from the DCT (${tense?.toLowerCase() ?? 'no'} tense)`, point: pick };
    }
    case 'dow': return resolveDow(s, dct, ref, tense, c.rule);
    case 'clock': {
      if (s.day) {
        // "noon Thursday": resolve the day, then put the time on it.
        const d = resolve({ ...c, sem: s.day }, dct, ref, tense);
        if (!d.point) return { ...d, value: d.value + (s.part ? `T${s.part}` : `T${String(s.hh).padStart(2, '0')}:${String(s.mm ?? 0).padStart(2, '0')}`), stated: [...d.stated, 'time'] };
        const p: CalPoint = { ...coarsen(d.point, 'D'), gran: 'T', hh: s.hh, mm: s.mm, part: s.part };
        return { ...d, value: formatPoint(p), stated: [...d.stated, 'time'], reason: `${d.reason}; time stated`, point: p };
      }
      const useRef = ref && (ref.point.gran === 'D' || ref.point.gran === 'T') && c.start - ref.at < 200;
      const day = useRef ? ref!.point : dct;
      if (!day) return { value: s.part ? `XXXX-XX-XXT${s.part}` : `XXXX-XX-XXT${String(s.hh).padStart(2, '0')}:${String(s.mm ?? 0).padStart(2, '0')}`, anchor: null, stated: ['time'], inferred: [], reason: 'no date to attach the time to' };
      const p: CalPoint = { ...coarsen(day, 'D'), gran: 'T', hh: s.hh, mm: s.mm, part: s.part };
      return { value: formatPoint(p), anchor: useRef ? ref!.id : 'dct', stated: ['time'], inferred: ['year', 'month', 'day'], reason: useRef ? `time on the day of ${ref!.id}` : 'time on the DCT', point: p };
    }
    case 'rel': return resolveRel(s, c, dct, ref, tense, rc);
  }
}

function resolveAbs(s: Extract<Sem, { k: 'abs' }>, dct: CalPoint | null, ref: RefTime | null, tense: Tense, rule: string): Resolved {
  const stated: string[] = [];
  if (s.y !== undefined) stated.push(s.gran === 'DE' ? 'decade' : s.gran === 'C' ? 'century' : 'year');
  if (s.q !== undefined) stated.push('quarter');
  if (s.h !== undefined) stated.push('half');
  if (s.season !== undefined) stated.push('season');
  if (s.m !== undefined) stated.push('month');
  if (s.d !== undefined) stated.push('day');
  if (s.hh !== undefined || s.part) stated.push('time');
  const p: CalPoint = { gran: s.gran, y: s.y ?? 0, m: s.m ?? (s.q ? (s.q - 1) * 3 + 1 : s.h ? (s.h - 1) * 6 + 1 : s.season ? SEASON_START[s.season] : undefined), d: s.d, q: s.q ?? (s.m ? Math.ceil(s.m / 3) : undefined), h: s.h, season: s.season, hh: s.hh, mm: s.mm, part: s.part };
  if (s.y !== undefined) {
    if (s.gran === 'D' && s.d! > new Date(Date.UTC(s.y, s.m!, 0)).getUTCDate()) p.d = new Date(Date.UTC(s.y, s.m!, 0)).getUTCDate();
    return { value: formatPoint(p), anchor: null, stated, inferred: [], reason: `stated (${rule})${s.fiscal ? ', fiscal year' : ''}`, point: p };
  }
  if (!dct) return { value: unknownValue(s.gran, p), anchor: null, stated, inferred: [], reason: 'year not stated and no DCT to infer it' };
  // A quarter or season with no year: the year of the narrative's reference time when it has one, else DCT + tense.
  if (s.gran === 'Q' || s.gran === 'H') {
    // Quarters and halves in business news: the DCT's year, unless the period is well ahead of the
    // DCT (then the previous year) or already over in a future-tense clause (then the next).
    const idx = s.gran === 'Q' ? s.q! : s.h! * 2;
    const cur = s.gran === 'Q' ? dct.q! : dct.h! * 2;
    let y = dct.y;
    let why = 'the DCT year';
    if (idx > cur + 1 && tense !== 'FUTURE') { y--; why = 'previous year (period not yet reached at the DCT)'; }
    p.y = y;
    return { value: formatPoint(p), anchor: 'dct', stated, inferred: ['year'], reason: `year: ${why}`, point: p };
  }
  if (s.dir) {
    const here = startDay(coarsen(dct, p.gran === 'T' ? 'D' : p.gran));
    const ys = [dct.y - 1, dct.y, dct.y + 1];
    const y = s.dir < 0 ? ys.filter((yy) => startDay({ ...p, y: yy }) < here).pop()! : ys.find((yy) => startDay({ ...p, y: yy }) > here)!;
    p.y = y;
    return { value: formatPoint(p), anchor: 'dct', stated, inferred: ['year'], reason: s.dir < 0 ? 'most recent before the DCT ("last")' : 'first after the DCT ("next")', point: p };
  }
  const { y, why } = pickYear(p, dct, tense);
  p.y = y;
  return { value: formatPoint(p), anchor: 'dct', stated, inferred: ['year'], reason: `year: ${why}`, point: p };
}

function resolveDow(s: Extract<Sem, { k: 'dow' }>, dct: CalPoint | null, ref: RefTime | null, tense: Tense, rule: string): Resolved {
  if (!dct) return { value: `XXXX-WXX-${s.dow}${s.part ? 'T' + s.part : ''}`, anchor: null, stated: ['weekday'], inferred: [], reason: 'weekday with no DCT' };
  // "the previous Friday", "the following Monday": relative to the reference day when there is one.
  const fromRef = rule === 'weekday-ref' && ref && (ref.point.gran === 'D' || ref.point.gran === 'T');
  const day = fromRef ? ref!.point : dct;
  const base = startDay(day);
  const wd = isoWeekday(day.y, day.m!, day.d!);
  let n: number;
  let why: string;
  const back = (wd - s.dow + 7) % 7; // days back to the most recent such weekday (0 = today)
  const fwd = (s.dow - wd + 7) % 7;
  if (s.dir === -1) { n = base - (back === 0 ? 7 : back); why = 'last such weekday before the DCT'; }
  else if (s.dir === 1) { n = base + (fwd === 0 ? 7 : fwd); why = 'next such weekday after the DCT'; }
  else if (s.dir === 0) { n = base - (wd - 1) + (s.dow - 1); why = 'that weekday in the DCT week'; }
  else if (tense === 'FUTURE' || (s.until && tense !== 'PAST')) { n = base + fwd; why = `nearest such weekday on or after the DCT (${s.until ? 'deadline' : 'future tense'})`; }
  else { n = base - back; why = `nearest such weekday on or before the DCT (${tense === 'PAST' ? 'past tense' : 'news default'})`; }
  const p: CalPoint = s.part ? { ...dayPoint(n), gran: 'T', part: s.part } : dayPoint(n);
  const anchor = fromRef ? ref!.id : 'dct';
  if (fromRef) why = why.replace('the DCT', `${ref!.id}`);
  return { value: formatPoint(p), anchor, stated: s.part ? ['weekday', 'time'] : ['weekday'], inferred: ['year', 'month', 'day'], reason: why, point: p };
}

function resolveRel(s: Extract<Sem, { k: 'rel' }>, c: Cand, dct: CalPoint | null, ref: RefTime | null, tense: Tense, rc: ResolveContext): Resolved {
  let anchorPoint: CalPoint | null = null;
  let anchorId: string | null = null;
  let note = '';
  // "a year ago" in a report about a quarter means the same quarter a year earlier (TimeBank, financial news).
  const quarter = ref && ref.point.gran === 'Q' && c.start - ref.at < 400 ? ref : rc.quarter ?? null;
  if (c.rule === 'year-end' && dct) {
    // "by year end had sold": the end of the last year in a past clause, early in the year.
    const y = tense === 'PAST' && dct.m! < 12 ? dct.y - 1 : dct.y;
    const p: CalPoint = { gran: 'Y', y };
    return { value: formatPoint(p), anchor: 'dct', stated: ['offset'], inferred: ['year'], reason: `end of ${y === dct.y ? 'the DCT year' : 'the year before the DCT'} (${tense?.toLowerCase() ?? 'no'} tense)`, point: p };
  }
  if (s.anchor === 'ref' && ref) { anchorPoint = ref.point; anchorId = ref.id; }
  else if (s.anchor === 'dct' && (c.rule === 'offset' || c.rule === 'year-ago-adj') && s.unit === 'Y' && s.n === -1 && quarter) { anchorPoint = quarter.point; anchorId = quarter.id; note = ' (quarterly report: same quarter)'; }
  else if (dct) { anchorPoint = dct; anchorId = 'dct'; if (s.anchor === 'ref') note = ' (no earlier time: DCT)'; }
  if (!anchorPoint) {
    return { value: unknownValue(s.gran), anchor: null, stated: ['offset'], inferred: [], reason: 'relative expression with no DCT' };
  }
  let gran = s.gran;
  if (gran === 'Y' && anchorPoint.gran === 'Q' && s.unit === 'Y' && s.n !== 0) gran = 'Q';
  let p: CalPoint;
  if (gran === 'S' && s.pin) {
    // Seasons: "last fall" is the most recent completed one, "next spring" the first to come.
    const m = anchorPoint.m ?? 1;
    const start = SEASON_START[s.pin], endM = SEASON_END[s.pin];
    let y = anchorPoint.y;
    if (s.n < 0) y = (s.pin === 'WI' ? m > endM && m < 12 : m > endM) ? anchorPoint.y : anchorPoint.y - 1;
    else if (s.n > 0) y = m < start ? anchorPoint.y : anchorPoint.y + 1;
    else if (s.pin === 'WI' && m <= 2) y = anchorPoint.y - 1;
    p = { gran: 'S', y, season: s.pin, m: start };
  } else if (s.pin && /^[HQM]\d+$/.test(s.pin)) {
    // A stated half, quarter or month of a deictic year ("the first half of next year", "last November").
    const k = +s.pin.slice(1);
    const y = anchorPoint.y + s.n;
    p = s.pin[0] === 'H' ? { gran: 'H', y, h: k } : s.pin[0] === 'Q' ? { gran: 'Q', y, q: k, m: (k - 1) * 3 + 1 } : { gran: 'M', y, m: k, q: Math.ceil(k / 3) };
  } else if (s.weekend) {
    const base = anchorPoint.gran === 'D' || anchorPoint.gran === 'T' ? anchorPoint : coarsen(anchorPoint, 'D');
    const wd = base.d ? isoWeekday(base.y, base.m!, base.d) : 1;
    let n = s.n;
    // "the weekend": the coming one in a future clause; otherwise the last one (this one on a Saturday or Sunday).
    if (s.n === 0 && c.rule === 'weekend' && tense !== 'FUTURE' && wd < 6) {
      n = -1;
      note += ' (the weekend before)';
    }
    p = { ...shift(coarsen(base, 'W'), n, 'W'), weekend: true };
  } else if (c.rule === 'quarter-latest') {
    p = shift(coarsen(anchorPoint, 'Q'), s.n, 'Q');
  } else if (s.anchor === 'ref' && c.rule === 'quarter-ref' && anchorPoint.gran !== 'Q') {
    // "the quarter" with no quarter in the narrative: the last complete quarter before the DCT (past) or the current one.
    const base = dct ?? anchorPoint;
    p = shift(coarsen(base, 'Q'), (tense === 'FUTURE' || tense === 'PRESENT' ? 0 : -1) + s.n, 'Q');
    anchorId = dct ? 'dct' : anchorId;
  } else if (!finerOrEqual(anchorPoint.gran, gran === 'T' ? 'D' : gran)) {
    // The anchor is coarser than the expression ("in 2020 … the next day"): keep the anchor's precision.
    p = Math.abs(s.n) > 0 && (s.unit === 'Y' || s.unit === 'DE' || s.unit === 'C') ? shift(anchorPoint, s.n, s.unit) : { ...anchorPoint };
    note += ' (anchor too coarse for a finer value)';
  } else {
    p = shift(coarsen(anchorPoint, gran === 'T' ? 'D' : gran), s.n, s.unit);
    if (gran === 'T') p = { ...p, gran: 'T', part: s.part };
  }
  const unitName = ({ Y: 'year', Q: 'quarter', M: 'month', W: 'week', D: 'day', DE: 'decade', C: 'century', H: 'half' } as Record<string, string>)[s.unit];
  const off = s.n === 0 ? 'same ' + unitName : `${s.n > 0 ? '+' : ''}${s.n} ${unitName}${Math.abs(s.n) === 1 ? '' : 's'}`;
  const reason = `relative to ${anchorId === 'dct' ? 'the DCT' : anchorId} (${off})${note}`;
  return { value: formatPoint(p), anchor: anchorId, stated: ['offset'], inferred: inferredFor(p.gran), reason, point: p };
}

function inferredFor(g: Gran): string[] {
  switch (g) {
    case 'Y': case 'DE': case 'C': return ['year'];
    case 'Q': case 'H': case 'S': case 'M': return ['year', 'month'];
    case 'W': return ['year', 'week'];
    default: return ['year', 'month', 'day'];
  }
}
