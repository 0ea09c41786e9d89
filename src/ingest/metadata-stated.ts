/**
 * Validation of a publication date someone states for a document — the `.txt` header's
 * `Published:`, a JSON record's `published`, `--published` — before it becomes the anchor of
 * every relative date.
 *
 * - Impossible (`2025-02-30`, `2025-13-45`, `0000-00-00`) or unparseable (`garbage`, year
 *   `20201`) values are rejected with a warning (`ingest/invalid-publication-date`); the
 *   document then has no stated date.
 * - Ambiguous all-numeric dates (`03/09/2025`) are read by the rule: the `dateOrder` option
 *   (`--date-order dmy|mdy`) when given, else month first for `en-US` (and `en` on a
 *   `.com`/`.us`/`.gov`/`.edu` URL), else day first; an info message
 *   (`ingest/date-ambiguous`) says which reading was taken.
 * - A stated date more than two days from the document's other evidence — a URL path date,
 *   a dateline date (with or without a year) — is flagged (`ingest/date-disagrees`).
 * @module
 */
import { dateFromUrl, findDates, isRealDay, isoDay, parseTimestamp, dayNumber, type DateOrder } from './metadata-dates.js';
import { dateOrderFor } from './metadata.js';

/** A message about a stated date. */
export interface StatedDateNote { rule: string; severity: 'info' | 'warning'; message: string }

/** Context for {@link validateStatedDate}. */
export interface StatedDateContext {
  /** Who stated it, for messages: `header`, `input`, `--published`. */
  origin: string;
  /** `dmy` or `mdy` (the `--date-order` option); default from `language`/`url`. */
  order?: DateOrder;
  language?: string;
  url?: string;
}

const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Earliest year accepted for a stated date (archives of printed newspapers reach back). */
const MIN_STATED_YEAR = 1800;

/**
 * The stated date as ISO 8601 (`YYYY-MM-DD`, or the timestamp as written), or undefined with
 * a warning when it is impossible or unparseable (see the module doc).
 */
export function validateStatedDate(raw: string, ctx: StatedDateContext): { value?: string; notes: StatedDateNote[] } {
  const notes: StatedDateNote[] = [];
  const s = raw.trim();
  const shown = JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
  const reject = (why: string) => {
    notes.push({ rule: 'ingest/invalid-publication-date', severity: 'warning', message: `${ctx.origin}: publication date ${shown} ${why}; it is not used as the anchor of relative dates` });
    return { notes };
  };
  if (!s) return reject('is empty');
  const iso = /^(\d{1,6})-(\d{1,2})-(\d{1,2})(?=$|[T\s])/.exec(s);
  if (iso) {
    const y = +iso[1], m = +iso[2], d = +iso[3];
    if (iso[1].length !== 4) return reject(`has no four-digit year (${iso[1]})`);
    if (m < 1 || m > 12) return reject(`has no month ${m}`);
    if (!isRealDay(y, m, d)) return reject(`is not a real day (${MONTH_NAMES_EN[m - 1]} ${y} has no day ${d})`);
  }
  const ts = iso ? parseTimestamp(s) : undefined;
  let day: { y: number; m: number; d: number } | undefined = ts;
  let value = ts ? ts.timestamp ?? isoDay(ts) : undefined;
  if (!day && /\d:\d\d/.test(s)) {
    const t = parseTimestamp(s);
    if (t?.timestamp) { day = t; value = t.timestamp; }
  }
  if (!day) {
    const order = ctx.order ?? dateOrderFor(ctx.language, ctx.url);
    const found = findDates(s, { order, all: true, max: 2 });
    const whole = found.length === 1 && s.slice(0, found[0].start).replace(/^[\p{L}\s,.]*$/u, '') === '' ? found[0] : undefined;
    if (whole) {
      day = whole;
      value = isoDay(whole);
      if (whole.ambiguous) {
        const other = whole.order === 'dmy' ? 'mdy' : 'dmy';
        const why = ctx.order ? `--date-order ${ctx.order}` : `the rule for ${ctx.language ? `language ${ctx.language}` : 'pages without a declared language'}`;
        notes.push({ rule: 'ingest/date-ambiguous', severity: 'info', message: `${ctx.origin}: ambiguous date ${shown} read as ${value} (${whole.order === 'dmy' ? 'day/month/year' : 'month/day/year'}, ${why}); --date-order ${other} reads it as ${isoDay({ y: whole.y, m: whole.d, d: whole.m })}` });
      }
    } else {
      const t = parseTimestamp(s);
      if (t) { day = t; value = t.timestamp ?? isoDay(t); }
    }
  }
  if (!day || !value) {
    // A number-shaped value that failed is impossible rather than unreadable: say what is wrong.
    const num = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
    if (num && +num[1] > 12 && +num[2] > 12) return reject('has no month (both of its first two numbers exceed 12)');
    if (num) return reject('is not a real day');
    return reject('cannot be read as a date (use YYYY-MM-DD)');
  }
  if (day.y < MIN_STATED_YEAR) return reject(`has an implausible year ${day.y}`);
  const today = Math.floor(Date.now() / 86_400_000);
  if (dayNumber(day.y, day.m, day.d) > today + 1) notes.push({ rule: 'ingest/future-publication-date', severity: 'warning', message: `${ctx.origin}: publication date ${value} is in the future` });
  return { value, notes };
}

const MONTH_DAY = /(?<![\p{L}\d])(?:(\d{1,2})\.?\s+(\p{L}{3,10})\.?|(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?)(?![\p{L}\d])/u;

/**
 * Flags a stated date far (more than two days) from the document's own evidence: a date in its
 * URL path, or a dateline date in the opening of the text ("GENEVA, March 5 (…) –", with or
 * without a year; a yearless one is compared within the stated year and its neighbours).
 */
export function checkStatedDate(value: string, ctx: { origin: string; url?: string; text?: string; order?: DateOrder }): StatedDateNote[] {
  const stated = parseTimestamp(value);
  if (!stated) return [];
  const sd = dayNumber(stated.y, stated.m, stated.d);
  const notes: StatedDateNote[] = [];
  const far = (other: string, where: string) => notes.push({ rule: 'ingest/date-disagrees', severity: 'warning', message: `${ctx.origin}: publication date ${isoDay(stated)} is far from the ${where} date ${other}; check which is right` });
  const u = ctx.url ? dateFromUrl(ctx.url) : undefined;
  if (u) { const x = parseTimestamp(u)!; if (Math.abs(dayNumber(x.y, x.m, x.d) - sd) > 2) far(u, 'URL'); }
  if (ctx.text) {
    let head = ctx.text.slice(0, 160);
    const cut = head.search(/\n|(?<!\d)[.!?]\s+\p{Lu}/u);
    if (cut > 0) head = head.slice(0, cut + 1);
    const full = findDates(head, { order: ctx.order, all: true, max: 1 })[0];
    if (full) {
      if (Math.abs(dayNumber(full.y, full.m, full.d) - sd) > 2) far(isoDay(full), 'dateline');
    } else {
      const m = MONTH_DAY.exec(head);
      const month = m ? monthOf(m[2] ?? m[3]) : undefined;
      const d = m ? +(m[1] ?? m[4]) : 0;
      if (m && month && d >= 1 && d <= 31) {
        const near = [stated.y - 1, stated.y, stated.y + 1].filter((y) => isRealDay(y, month, d)).map((y) => Math.abs(dayNumber(y, month, d) - sd));
        if (near.length && Math.min(...near) > 2) far(`${m[0].trim()} (no year)`, 'dateline');
      }
    }
  }
  return notes;
}

function monthOf(name: string): number | undefined {
  const d = findDates(`1 ${name} 2000`, { all: true, max: 1 })[0];
  return d?.m;
}
