/**
 * Date reading for page metadata: machine timestamps (`2020-06-28T14:05:00+02:00`, RFC 2822),
 * numeric dates in every common order, dates with month names in English, German, French,
 * Spanish, Italian, Portuguese, Russian, Ukrainian, Polish, Dutch and Turkish, relative forms
 * ("3 hours ago", "vor 2 Tagen") against a crawl time, and URL path dates.
 *
 * Every date is validated: a real calendar day (no 2025-02-30, no month 13), inside the
 * plausible window for a web page (1995-01-01 up to the crawl day, or today when no crawl
 * time is known). Days are handled as proleptic Gregorian day numbers (UTC), so no local
 * time zone of the machine ever shifts a day.
 * @module
 */

/** A calendar day, with the timestamp it was read from when it had one. */
export interface DayDate {
  y: number;
  m: number;
  d: number;
  /** The machine timestamp as written (normalised ISO 8601), when the source had a time. */
  timestamp?: string;
  /** True when the timestamp carried an explicit offset (`Z`, `+02:00`). */
  zoned?: boolean;
}

/** How ambiguous all-numeric dates (`03/09/2025`) are read: day-month-year or month-day-year. */
export type DateOrder = 'dmy' | 'mdy';

/** Earliest plausible publication year of a web page. */
export const MIN_YEAR = 1995;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a (valid) calendar day. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** `YYYY-MM-DD` of a day. */
export function isoDay(x: { y: number; m: number; d: number }): string {
  return `${String(x.y).padStart(4, '0')}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;
}

/** True when y-m-d is a real calendar day (leap years included). */
export function isRealDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  const dim = m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d <= dim;
}

/** The latest plausible day number: the crawl day, else today (UTC), plus one day of slack for zones ahead of UTC. */
export function latestDay(crawl?: DayDate): number {
  return crawl ? dayNumber(crawl.y, crawl.m, crawl.d) + 1 : Math.floor(Date.now() / DAY_MS) + 1;
}

/** True when the day is real and inside [1995-01-01, crawl day]. */
export function plausible(x: { y: number; m: number; d: number }, crawl?: DayDate): boolean {
  return isRealDay(x.y, x.m, x.d) && x.y >= MIN_YEAR && dayNumber(x.y, x.m, x.d) <= latestDay(crawl);
}

const ISO_RE = /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;

/**
 * Reads a machine timestamp (`2020-06-28`, `2020-06-28T14:05:00+02:00`, `20200628`,
 * RFC 2822 `Sun, 28 Jun 2020 12:05:00 GMT`, epoch seconds/milliseconds) as written, without
 * moving it to another zone: the day is the one at the stated offset. Undefined when it does not
 * parse or is not a real day; plausibility is checked by the caller.
 */
export function parseTimestamp(raw: string): DayDate | undefined {
  const s = raw.trim();
  if (!s || s.length > 80) return undefined;
  const m = ISO_RE.exec(s);
  if (m) {
    const y = +m[1], mo = +m[2], d = +m[3];
    if (!isRealDay(y, mo, d)) return undefined;
    if (!m[4]) return { y, m: mo, d };
    const hh = +m[4], mm = +m[5];
    if (hh > 24 || mm > 59) return { y, m: mo, d };
    let zone = m[7] ? m[7].toUpperCase() : '';
    if (zone === 'UTC' || zone === 'GMT') zone = 'Z';
    else if (zone && zone !== 'Z') zone = zone.length === 3 ? `${zone}:00` : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    const ts = `${isoDay({ y, m: mo, d })}T${String(hh).padStart(2, '0')}:${m[5]}:${m[6] ?? '00'}${zone}`;
    return { y, m: mo, d, timestamp: ts, zoned: !!zone };
  }
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const t = new Date(s.length === 10 ? +s * 1000 : +s);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), timestamp: t.toISOString().replace('.000Z', 'Z'), zoned: true };
  }
  // "10.12.2022, 07:00:03" (German CMSs in meta tags): dotted numeric dates are day first everywhere.
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*(?:Uhr|h))?$/i.exec(s);
  if (dotted) {
    const day = { y: +dotted[3], m: +dotted[2], d: +dotted[1] };
    if (!isRealDay(day.y, day.m, day.d)) return undefined;
    if (!dotted[4] || +dotted[4] > 23) return day;
    return { ...day, timestamp: `${isoDay(day)}T${dotted[4].padStart(2, '0')}:${dotted[5]}:${dotted[6] ?? '00'}`, zoned: false };
  }
  // RFC 2822 and other English forms Date.parse knows; only when a month name and a year are there.
  if (!/[a-z]{3}/i.test(s) || !/\b\d{4}\b/.test(s)) return undefined;
  const rfc = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UT|UTC|GMT|[+-]\d{4})?)?/i.exec(s);
  if (rfc) {
    const mo = MONTHS.get(rfc[2].toLowerCase());
    if (!mo || !isRealDay(+rfc[3], mo, +rfc[1])) return undefined;
    const day = { y: +rfc[3], m: mo, d: +rfc[1] };
    if (!rfc[4]) return day;
    const z = rfc[7] ? (/^(?:Z|UT|UTC|GMT|[+-]0000)$/i.test(rfc[7]) ? 'Z' : `${rfc[7].slice(0, 3)}:${rfc[7].slice(3)}`) : '';
    return { ...day, timestamp: `${isoDay(day)}T${rfc[4].padStart(2, '0')}:${rfc[5]}:${rfc[6] ?? '00'}${z}`, zoned: !!z };
  }
  const found = findDates(s, { order: 'mdy', max: 1 })[0];
  return found ? { y: found.y, m: found.m, d: found.d } : undefined;
}

/** A timestamp's day moved to UTC (for comparing a zoned timestamp with others). */
export function utcDay(x: DayDate): DayDate {
  if (!x.timestamp || !x.zoned) return x;
  const t = Date.parse(x.timestamp);
  if (Number.isNaN(t)) return x;
  const u = new Date(t);
  return { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate() };
}

/** Month names and abbreviations in en, de, fr, es, it, pt, ru, uk, pl, nl, tr (lower case). */
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januar', 'jänner', 'janner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'января', 'январь', 'янв', 'січня', 'січень', 'stycznia', 'styczeń', 'styczen', 'sty', 'januari', 'ocak'],
  ['february', 'feb', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'febbraio', 'fevereiro', 'fev', 'февраля', 'февраль', 'фев', 'лютого', 'лютий', 'lutego', 'luty', 'lut', 'februari', 'şubat', 'subat'],
  ['march', 'mar', 'märz', 'maerz', 'mrz', 'mär', 'mars', 'marzo', 'março', 'marco', 'марта', 'март', 'мар', 'березня', 'березень', 'marca', 'marzec', 'maart', 'mrt', 'mart'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'апреля', 'апрель', 'апр', 'квітня', 'квітень', 'kwietnia', 'kwiecień', 'kwiecien', 'kwi', 'nisan'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'мая', 'май', 'травня', 'травень', 'maja', 'maj', 'mei', 'mayıs', 'mayis'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'июня', 'июнь', 'июн', 'червня', 'червень', 'czerwca', 'czerwiec', 'cze', 'haziran'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'июля', 'июль', 'июл', 'липня', 'липень', 'lipca', 'lipiec', 'lip', 'temmuz'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'августа', 'август', 'авг', 'серпня', 'серпень', 'sierpnia', 'sierpień', 'sierpien', 'sie', 'augustus', 'ağustos', 'agustos'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'сентября', 'сентябрь', 'сен', 'сент', 'вересня', 'вересень', 'września', 'wrzesnia', 'wrzesień', 'wrz', 'eylül', 'eylul'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'октября', 'октябрь', 'окт', 'жовтня', 'жовтень', 'października', 'pazdziernika', 'październik', 'paź', 'paz', 'ekim'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноября', 'ноябрь', 'ноя', 'листопада', 'листопад', 'listopada', 'listopad', 'lis', 'kasım', 'kasim'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'декабря', 'декабрь', 'дек', 'грудня', 'грудень', 'grudnia', 'grudzień', 'grudzien', 'gru', 'aralık', 'aralik'],
];
const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => { for (const n of names) MONTHS.set(n, i + 1); });
const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

// Not preceded or followed by a letter or digit: \b is ASCII-only, and Cyrillic month names need a boundary too.
const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}\\d])';
const DAY = '(\\d{1,2})(?:\\.|º|°|er|st|nd|rd|th|-?го)?';
const YEAR = '(\\d{4})';
/**
 * One pass over a text finds every dated form; alternatives:
 * 1-3 day month year ("28. Juni 2020", "28 de junio de 2020", "28 июня 2020 г."),
 * 4-6 month day year ("June 28, 2020", "Jun. 28th 2020"),
 * 7-10 numeric d/m/y or m/d/y ("28.06.2020", "06/28/2020", "28.06.20"),
 * 11-13 numeric y/m/d ("2020-06-28", "2020/06/28"),
 * 14-16 CJK ("2020年6月28日").
 */
const DATE_RE = new RegExp(
  `${L}${DAY}\\s*(?:de\\s+|del\\s+)?(${MONTH_ALT})\\.?,?\\s*(?:de\\s+|del\\s+)?${YEAR}${R}`
  + `|${L}(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th|\\.)?,?\\s+${YEAR}${R}`
  + `|${L}(\\d{1,2})([./-])\\s?(\\d{1,2})\\8\\s?(\\d{4}|\\d{2})${R}(?![./-]\\d)`
  + `|${L}(\\d{4})[./-](\\d{1,2})[./-](\\d{1,2})${R}(?![./-]?\\d)`
  + `|(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`,
  'giu',
);

/** A date found in text, with its UTF-16 span and how it was written. */
export interface TextDate {
  y: number;
  m: number;
  d: number;
  start: number;
  end: number;
  /** True for an all-numeric d/m or m/d form whose two readings are both real days. */
  ambiguous?: boolean;
  /** The reading taken for an ambiguous numeric date. */
  order?: DateOrder;
}

/** Options for {@link findDates}. */
export interface FindDatesOptions {
  /** Reading of ambiguous all-numeric dates; default `dmy`. */
  order?: DateOrder;
  /** Stop after this many dates (bounded work on pages with hundreds of dates). */
  max?: number;
  /** Keep only plausible dates (1995 … crawl day); default true. */
  crawl?: DayDate;
  /** Keep implausible ones too (for validating a stated date); default false. */
  all?: boolean;
}

/**
 * Every full date (day, month and year) in `text`, in order. Dates without a year are left
 * out: the year would be a guess. `dd.mm.yyyy` is always day first (the dotted form is not
 * used month first); `a/b/yyyy` and `a-b-yyyy` follow `order` when both readings are real.
 */
export function findDates(text: string, opts: FindDatesOptions = {}): TextDate[] {
  const out: TextDate[] = [];
  const max = opts.max ?? 50;
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m && out.length < max; m = DATE_RE.exec(text)) {
    let y: number, mo: number | undefined, d: number;
    let ambiguous = false;
    let order: DateOrder | undefined;
    if (m[1]) { d = +m[1]; mo = MONTHS.get(m[2].toLowerCase()); y = +m[3]; }
    else if (m[4]) { mo = MONTHS.get(m[4].toLowerCase()); d = +m[5]; y = +m[6]; }
    else if (m[7]) {
      const a = +m[7], b = +m[9], sep = m[8];
      y = m[10].length === 2 ? 2000 + +m[10] : +m[10];
      // Two-digit years only in the dotted European form, where they are common ("28.06.20").
      if (m[10].length === 2 && sep !== '.') continue;
      if (sep === '.') { d = a; mo = b; }
      else if (a > 12) { d = a; mo = b; }
      else if (b > 12) { d = b; mo = a; }
      else if (a === b) { d = a; mo = b; }
      else { ambiguous = true; order = opts.order ?? 'dmy'; if (order === 'dmy') { d = a; mo = b; } else { d = b; mo = a; } }
    } else if (m[11]) { y = +m[11]; mo = +m[12]; d = +m[13]; }
    else { y = +m[14]; mo = +m[15]; d = +m[16]; }
    if (!mo || !isRealDay(y, mo, d)) continue;
    if (!opts.all && !plausible({ y, m: mo, d }, opts.crawl)) continue;
    out.push({ y, m: mo, d, start: m.index, end: m.index + m[0].length, ...(ambiguous ? { ambiguous, order } : {}) });
  }
  return out;
}

const REL_UNITS: [RegExp, number][] = [
  [/^(?:min|minute|minutes|mins|minuten|minute[ns]?|minutos?|minuti|минут[аы]?|хвилин[иу]?|minut[ęy]?|minuten|dakika)$/i, 60_000],
  [/^(?:h|hr|hrs|hour|hours|std|stunde|stunden|heures?|horas?|or[ae]|час(?:а|ов)?|годин[иу]?|godzin[ęy]?|godz|uur|saat)$/i, 3_600_000],
  [/^(?:day|days|tag|tagen|tage|jours?|días?|dias?|giorni|giorno|дн(?:я|ей)|день|дні|днів|dni|dzień|dag|dagen|gün)$/i, DAY_MS],
];
const REL_RE = /(?<![\p{L}\d])(?:(vor|hace|há|il y a|fa|назад|тому|temu|geleden|önce)\s+)?(\d{1,3}|an?|one|einem|einer)\s+(\p{L}+)(?:\s+(ago|назад|тому|temu|geleden|önce|fa))?(?![\p{L}])/giu;

/**
 * A relative publication time ("3 hours ago", "vor 2 Tagen", "hace 5 horas", "2 часа назад",
 * "il y a 3 jours", "5 dakika önce") as the day it points to, counted back from `crawl` (the
 * time the page was fetched). Only with a crawl time: without one the day would be a guess.
 */
export function relativeDate(text: string, crawl: Date): { day: DayDate; start: number; end: number } | undefined {
  REL_RE.lastIndex = 0;
  for (let m = REL_RE.exec(text); m; m = REL_RE.exec(text)) {
    if (!m[1] && !m[4]) continue;
    const unit = REL_UNITS.find(([re]) => re.test(m![3]));
    if (!unit) continue;
    const n = /^\d+$/.test(m[2]) ? +m[2] : 1;
    const t = new Date(crawl.getTime() - n * unit[1]);
    return { day: { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * A date in a URL path: `/2020/06/28/`, `/2020-06-28`, `/2020/6/28-`, or eight digits
 * `20200628` standing alone in a path segment. Only real, plausible days.
 */
export function dateFromUrl(url: string, crawl?: DayDate): string | undefined {
  let path = url;
  try { path = new URL(url).pathname; } catch { /* a relative or odd URL: search it whole */ }
  // web.archive.org/web/20130217080612/http://…: the archive's own timestamp is not the page's date.
  path = path.replace(/^\/web\/\d{8,14}[a-z_]*\//, '/');
  const m = /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path)
    ?? /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path);
  if (!m) return undefined;
  const x = { y: +m[1], m: +m[2], d: +m[3] };
  return plausible(x, crawl) ? isoDay(x) : undefined;
}
