/**
 * Calendar points at a granularity, their arithmetic and their TIMEX3 value strings.
 * Pure functions, no I/O. Months are 1–12, days 1–31, quarters 1–4, ISO weeks 1–53.
 * @module
 */

/** Granularity of a calendar point: century, decade, year, season, half, quarter, month, week, day, time. */
export type Gran = 'C' | 'DE' | 'Y' | 'S' | 'H' | 'Q' | 'M' | 'W' | 'D' | 'T';

/** A calendar point. Fields finer than `gran` are ignored when formatting. */
export interface CalPoint {
  gran: Gran;
  y: number;
  /** Month (1–12), also set for coarser points derived from a date, used for arithmetic. */
  m?: number;
  d?: number;
  q?: number;
  /** Half year, 1 or 2. */
  h?: number;
  /** ISO week number (with `y` the ISO week-year). */
  w?: number;
  /** Season code: SP SU FA WI. */
  season?: string;
  /** Time: hour, minute, or a part of day (MO AF EV NI). */
  hh?: number;
  mm?: number;
  part?: string;
  /** A weekend (`W` granularity with `WE`). */
  weekend?: boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The TIMEX3 value of a point (e.g. `2024-06`, `1989-Q3`, `1998-W32`, `1998-08-07T15:00`). */
export function formatPoint(p: CalPoint): string {
  const y = p.y < 0 ? String(p.y) : pad(p.y, 4);
  switch (p.gran) {
    case 'C': return pad(Math.floor(p.y / 100), 2);
    case 'DE': return pad(Math.floor(p.y / 10), 3);
    case 'Y': return y;
    case 'S': return `${y}-${p.season}`;
    case 'H': return `${y}-H${p.h}`;
    case 'Q': return `${y}-Q${p.q}`;
    case 'M': return `${y}-${pad(p.m!)}`;
    case 'W': return `${y}-W${pad(p.w!)}${p.weekend ? '-WE' : ''}`;
    case 'D': return `${y}-${pad(p.m!)}-${pad(p.d!)}`;
    case 'T': {
      const day = `${y}-${pad(p.m!)}-${pad(p.d!)}`;
      if (p.part) return `${day}T${p.part}`;
      return `${day}T${pad(p.hh ?? 0)}:${pad(p.mm ?? 0)}`;
    }
  }
}

/** Days since 1970-01-01 of a date (UTC, proleptic Gregorian). */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

/** The date of a day number. */
export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(y: number, m: number, d: number): number {
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO week-year and week number of a date. */
export function isoWeek(y: number, m: number, d: number): { y: number; w: number } {
  const n = dayNumber(y, m, d);
  const thursday = n - isoWeekday(y, m, d) + 4;
  const t = fromDayNumber(thursday);
  const jan1 = dayNumber(t.y, 1, 1);
  return { y: t.y, w: Math.floor((thursday - jan1) / 7) + 1 };
}

/** Monday of an ISO week, as a day number. */
function mondayOfIsoWeek(y: number, w: number): number {
  const jan4 = dayNumber(y, 1, 4);
  const wd = isoWeekday(y, 1, 4);
  return jan4 - (wd - 1) + (w - 1) * 7;
}

/** A day-granularity point from a day number. */
export function dayPoint(n: number): CalPoint {
  const { y, m, d } = fromDayNumber(n);
  return { gran: 'D', y, m, d, q: Math.ceil(m / 3), h: m <= 6 ? 1 : 2, w: isoWeek(y, m, d).w };
}

/** Parses an ISO date or date-time (`2025-09-03`, `2025-09-03T10:00:00Z`, or an RFC 2822 date) to a day point; null when it is not a date. */
export function parseIsoDay(s: string | undefined): CalPoint | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})/.exec(s);
  if (m) return dayPoint(dayNumber(+m[1], +m[2], +m[3]));
  // Other date formats metadata carries ("Wed, 03 Sep 2025 10:00:00 GMT"): the UTC day.
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return dayPoint(Math.floor(t / 86400000));
}

/** The first day (as a day number) a point covers, for ordering. */
export function startDay(p: CalPoint): number {
  switch (p.gran) {
    case 'C': return dayNumber(Math.floor(p.y / 100) * 100, 1, 1);
    case 'DE': return dayNumber(Math.floor(p.y / 10) * 10, 1, 1);
    case 'Y': return dayNumber(p.y, 1, 1);
    case 'S': return dayNumber(p.y, ({ SP: 3, SU: 6, FA: 9, WI: 12 } as Record<string, number>)[p.season ?? 'SP'] ?? 1, 1);
    case 'H': return dayNumber(p.y, (p.h ?? 1) === 1 ? 1 : 7, 1);
    case 'Q': return dayNumber(p.y, ((p.q ?? 1) - 1) * 3 + 1, 1);
    case 'M': return dayNumber(p.y, p.m ?? 1, 1);
    case 'W': return mondayOfIsoWeek(p.y, p.w ?? 1);
    default: return dayNumber(p.y, p.m ?? 1, p.d ?? 1);
  }
}

/** Converts a point to a coarser (or equal) granularity, e.g. a day to its month. */
export function coarsen(p: CalPoint, gran: Gran): CalPoint {
  if (gran === p.gran) return { ...p };
  if (gran === 'W') {
    const d = fromDayNumber(startDay(p));
    const iw = isoWeek(d.y, d.m, d.d);
    return { gran: 'W', y: iw.y, w: iw.w };
  }
  if (p.gran === 'W') {
    // A week has no month of its own: go through its Monday.
    return coarsen(dayPoint(startDay(p)), gran);
  }
  const m = p.m ?? (p.q ? (p.q - 1) * 3 + 1 : p.h ? (p.h - 1) * 6 + 1 : 1);
  const base: CalPoint = { gran, y: p.y, m, q: Math.ceil(m / 3), h: m <= 6 ? 1 : 2 };
  if (gran === 'D' || gran === 'T') { base.d = p.d ?? 1; base.gran = 'D'; }
  if (gran === 'S') {
    base.season = p.season ?? seasonOfMonth(m);
    // A winter starts in December (see startDay): January and February belong to the previous year's winter.
    if (!p.season && m <= 2) base.y = p.y - 1;
  }
  return base;
}

function seasonOfMonth(m: number): string {
  return m >= 3 && m <= 5 ? 'SP' : m >= 6 && m <= 8 ? 'SU' : m >= 9 && m <= 11 ? 'FA' : 'WI';
}

/** Units of calendar arithmetic. */
export type Unit = 'Y' | 'Q' | 'M' | 'W' | 'D' | 'DE' | 'C' | 'H';

/**
 * Shifts a point by `n` units, keeping its granularity unless the unit is finer
 * (then the result takes the unit's granularity: a month shifted by days is a day).
 */
export function shift(p: CalPoint, n: number, unit: Unit): CalPoint {
  switch (unit) {
    case 'C': return { ...p, y: p.y + 100 * n };
    case 'DE': return { ...p, y: p.y + 10 * n };
    case 'Y': {
      if (p.gran === 'W') return { ...p, y: p.y + n };
      if (p.gran === 'D' || p.gran === 'T') return clampDay({ ...p, y: p.y + n });
      return { ...p, y: p.y + n };
    }
    case 'H': {
      const base = p.gran === 'Y' ? { ...p, gran: 'H' as Gran, h: p.h ?? 1 } : p;
      if (base.gran === 'H') {
        const idx = base.y * 2 + (base.h! - 1) + n;
        return { ...base, y: Math.floor(idx / 2), h: (idx % 2) + 1 };
      }
      return shift(base, 6 * n, 'M');
    }
    case 'Q': {
      if (p.gran === 'Q' || p.gran === 'Y' || p.gran === 'C' || p.gran === 'DE' || p.gran === 'S' || p.gran === 'H') {
        const q = p.q ?? 1;
        const idx = p.y * 4 + (q - 1) + n;
        return { gran: 'Q', y: Math.floor(idx / 4), q: (idx % 4) + 1, m: (idx % 4) * 3 + 1 };
      }
      return shift(p, 3 * n, 'M');
    }
    case 'M': {
      const g: Gran = p.gran === 'Y' || p.gran === 'Q' || p.gran === 'S' || p.gran === 'H' || p.gran === 'DE' || p.gran === 'C' ? 'M' : p.gran;
      if (g === 'W') return shift(p, Math.round(n * 4.345), 'W');
      const idx = p.y * 12 + ((p.m ?? 1) - 1) + n;
      const out: CalPoint = { ...p, gran: g, y: Math.floor(idx / 12), m: (idx % 12) + 1 };
      out.q = Math.ceil(out.m! / 3);
      return g === 'D' || g === 'T' ? clampDay(out) : out;
    }
    case 'W': {
      if (p.gran === 'D' || p.gran === 'T') return { ...dayPoint(startDay(p) + 7 * n), gran: p.gran, hh: p.hh, mm: p.mm, part: p.part };
      const monday = startDay(p.gran === 'W' ? p : coarsen(p, 'W')) + 7 * n;
      const d = fromDayNumber(monday);
      const iw = isoWeek(d.y, d.m, d.d);
      return { gran: 'W', y: iw.y, w: iw.w, weekend: p.weekend };
    }
    case 'D': {
      const from = p.gran === 'D' || p.gran === 'T' ? p : coarsen(p, 'D');
      const r = dayPoint(startDay(from) + n);
      return p.gran === 'T' ? { ...r, gran: 'T', hh: p.hh, mm: p.mm, part: p.part } : r;
    }
  }
}

function clampDay(p: CalPoint): CalPoint {
  const last = new Date(Date.UTC(p.y, p.m!, 0)).getUTCDate();
  if ((p.d ?? 1) > last) p.d = last;
  return p;
}

/** Order of granularities from coarse to fine. */
export const GRAN_ORDER: Gran[] = ['C', 'DE', 'Y', 'S', 'H', 'Q', 'M', 'W', 'D', 'T'];

/** True when `a` is at least as fine as `b`. */
export function finerOrEqual(a: Gran, b: Gran): boolean {
  return GRAN_ORDER.indexOf(a) >= GRAN_ORDER.indexOf(b);
}
