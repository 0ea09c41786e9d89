/**
 * The publication date of a page, weighed from every signal it has.
 *
 * Signals, in the order of trust (the first tier that gives a valid, plausible date is the
 * page's stated timestamp):
 * 1. JSON-LD `datePublished` (then `dateCreated`) of the article object (`@graph` and arrays searched) — `json-ld`
 * 2. OpenGraph / article meta: `article:published_time`, `og:published_time` … — `meta:<name>`
 * 3. Dublin Core: `dc.date.issued`, `dcterms.issued`, `dc.date`, `dcterms.created`, `dcterms.date` — `meta:<name>`
 * 4. microdata `itemprop="datePublished"` outside `<meta>` — `itemprop`
 * 5. `<time datetime>`: one marked `pubdate` or with a published-like class first, else the first in the article — `time`
 * 6. CMS meta names (`sailthru.date`, `parsely-pub-date`, `date`, `publishdate` …) — `meta:<name>`
 * then, as what the reader sees: 7. the URL path date — `url`; 8. a date printed near the
 * title or in a byline/date element — `text` (numeric in all common orders, month names in 11
 * languages, relative forms against a crawl time).
 *
 * Rules (documented in the README):
 * - **Original, not modified**: `dateModified`, `article:modified_time`, `og:updated_time`, a date
 *   labelled "updated/aktualisiert/mis à jour …" go to `modifiedAt`, never to `publishedAt`.
 * - **The reader's day**: when a printed date (text, else URL) agrees with the stated timestamp
 *   to within a day, `publishedAt` is the printed day (`2020-02-18T02:18:11Z` shown as
 *   17 February → `2020-02-17`) and the full timestamp is kept in `publishedTimestamp`; without
 *   a printed date it is the timestamp's day at its stated offset.
 * - **Disagreement**: when the stated timestamp and a URL date are more than a day apart the URL
 *   date wins (timestamps are rewritten by CMS re-saves, URLs are not); a printed date
 *   more than a day from the timestamp leaves the timestamp standing. Either way a message names
 *   the signals.
 * - **Plausible window**: dates before 1995 or after the crawl day (today when no crawl time) are rejected.
 * - **No guess**: with no signal the page has no date.
 * @module
 */
import {
  dayNumber, isoDay, parseTimestamp, plausible, utcDay, dateFromUrl, findDates, relativeDate,
  type DateOrder, type DayDate,
} from './metadata-dates.js';

/** A date signal found on a page. */
export interface DateSignal { value: string; source: string }

/** What the page walk collected for the date. */
export interface DateEvidence {
  /** Published-date signals in the documented order of trust. */
  published: DateSignal[];
  /** Modified-date signals (kept apart). */
  modified: DateSignal[];
  /** Printed text around the title and in byline/date elements, nearest first; `updated` when labelled as a modification. */
  printed: { text: string; updated?: boolean }[];
  url?: string;
  /** Lines anywhere in the article that label a date as the publication ("Erschienen am: …"), read lazily as a last resort. */
  labelled?: () => string[];
  /** The page's title texts (`<title>`, og:title), for a date only the title carries. */
  titles?: string[];
  crawl?: Date;
  order: DateOrder;
}

/** The chosen dates and the messages about them. */
export interface DateChoice {
  publishedAt?: string;
  publishedAtSource?: string;
  /** The full stated timestamp when `publishedAt` is the reader's day rather than the timestamp. */
  publishedTimestamp?: string;
  modifiedAt?: string;
  notes: { rule: string; severity: 'info' | 'warning'; message: string }[];
}

const UPDATED_LABEL = /(?:updated|last modified|modified|edited|aktualisiert|geändert|stand|mis à jour|modifié|actualizado|actualización|aggiornato|atualizado|atualização|обновлено|обновлен|оновлено|zaktualizowano|aktualizacja|bijgewerkt|gewijzigd|güncelleme|güncellendi)\s*(?:am|on|le|el|il|em|op|:)?\s*:?\s*$/i;

/** The day a signal names, when it is valid and plausible. */
function signalDay(s: DateSignal, crawl?: DayDate): DayDate | undefined {
  const d = parseTimestamp(s.value);
  return d && plausible(d, crawl) ? d : undefined;
}

const dn = (x: DayDate) => dayNumber(x.y, x.m, x.d);

/** Within one day of the timestamp, read at its stated offset or in UTC. */
function agrees(printed: DayDate, stamp: DayDate): boolean {
  const p = dn(printed);
  return Math.abs(p - dn(stamp)) <= 1 || Math.abs(p - dn(utcDay(stamp))) <= 1;
}

/** Weighs the evidence (see the module doc). */
export function choosePublicationDate(ev: DateEvidence): DateChoice {
  const notes: DateChoice['notes'] = [];
  const crawlDay = ev.crawl ? { y: ev.crawl.getUTCFullYear(), m: ev.crawl.getUTCMonth() + 1, d: ev.crawl.getUTCDate() } : undefined;
  const out: DateChoice = { notes };
  // The stated timestamp: the first valid signal in order; the others are checked against it.
  let stated: { day: DayDate; source: string } | undefined;
  const rejected: string[] = [];
  const others: { day: DayDate; source: string }[] = [];
  for (const s of ev.published) {
    const d = signalDay(s, crawlDay);
    if (!d) { if (rejected.length < 3 && s.value.trim()) rejected.push(`${s.source} "${s.value.slice(0, 40)}"`); continue; }
    if (!stated) stated = { day: d, source: s.source };
    else if (others.length < 8) others.push({ day: d, source: s.source });
  }
  if (rejected.length) notes.push({ rule: 'meta/date-rejected', severity: 'info', message: `date value(s) not a real, plausible publication date (1995 to the crawl day): ${rejected.join(', ')}` });
  for (const s of ev.modified) {
    const d = signalDay(s, crawlDay);
    if (d) { out.modifiedAt = d.timestamp ?? isoDay(d); break; }
  }
  const urlIso = ev.url ? dateFromUrl(ev.url, crawlDay) : undefined;
  const urlDay = urlIso ? parseTimestamp(urlIso) : undefined;
  const printed = printedDate(ev, crawlDay);
  const name = (x: { day: DayDate; source: string }) => `${x.source} ${x.day.timestamp ?? isoDay(x.day)}`;

  if (stated) {
    const disagreeing = others.filter((o) => !agrees(o.day, stated!.day)).slice(0, 3);
    // Structured signals that disagree among themselves: the one the page prints breaks the tie.
    const witness = printed ?? (urlDay ? { day: urlDay, source: 'url' } : undefined);
    const backed = witness && !agrees(witness.day, stated.day) ? disagreeing.find((o) => agrees(witness.day, o.day)) : undefined;
    if (disagreeing.length) notes.push({ rule: 'meta/date-conflict', severity: 'info', message: `publication date signals disagree: ${[stated, ...disagreeing].map(name).join(' vs ')}; kept ${(backed ?? stated).source}${backed ? ` (it agrees with ${witness!.source})` : ''}` });
    if (backed) stated = backed;
    if (urlDay && !agrees(urlDay, stated.day)) {
      notes.push({ rule: 'meta/date-conflict', severity: 'warning', message: `publication date signals disagree: url ${isoDay(urlDay)} vs ${name(stated)}; kept the URL date (a timestamp can be rewritten when the page is saved again)` });
      return { ...out, publishedAt: isoDay(urlDay), publishedAtSource: 'url', ...(stated.day.timestamp ? { publishedTimestamp: stated.day.timestamp } : {}) };
    }
    const seen = printed ?? (urlDay ? { day: urlDay, source: 'url' } : undefined);
    if (seen && agrees(seen.day, stated.day) && (dn(seen.day) === dn(stated.day) || shiftable(stated.day, seen.day))) {
      if (dn(seen.day) === dn(stated.day)) return { ...out, publishedAt: stated.day.timestamp ?? isoDay(stated.day), publishedAtSource: stated.source };
      notes.push({ rule: 'meta/date-reader-day', severity: 'info', message: `${name(stated)} is ${isoDay(seen.day)} on the page (${seen.source}): the day readers see is kept, the timestamp in publishedTimestamp` });
      return { ...out, publishedAt: isoDay(seen.day), publishedAtSource: seen.source, ...(stated.day.timestamp ? { publishedTimestamp: stated.day.timestamp } : {}) };
    }
    if (seen) notes.push({ rule: 'meta/date-conflict', severity: 'info', message: `publication date signals disagree: ${seen.source} ${isoDay(seen.day)} vs ${name(stated)}; kept ${stated.source}` });
    const midnight = ev.order === 'dmy' && !seen ? localMidnight(stated.day) : undefined;
    if (midnight) {
      notes.push({ rule: 'meta/date-reader-day', severity: 'info', message: `${name(stated)} is a local midnight east of UTC written in UTC: the day readers see is ${isoDay(midnight)}` });
      return { ...out, publishedAt: isoDay(midnight), publishedAtSource: stated.source, publishedTimestamp: stated.day.timestamp };
    }
    return { ...out, publishedAt: stated.day.timestamp ?? isoDay(stated.day), publishedAtSource: stated.source };
  }
  if (urlDay) {
    if (printed && !agrees(printed.day, urlDay)) notes.push({ rule: 'meta/date-conflict', severity: 'info', message: `publication date signals disagree: url ${isoDay(urlDay)} vs ${printed.source} ${isoDay(printed.day)}; kept the URL date` });
    return { ...out, publishedAt: isoDay(urlDay), publishedAtSource: 'url' };
  }
  if (printed) return { ...out, publishedAt: isoDay(printed.day), publishedAtSource: printed.source };
  // Last resorts, read only when nothing above gave a date: a date the page labels as the
  // publication anywhere in the article ("Erschienen am: …" at its end), one in the page title
  // ("Report of 22.04.2020"), and a date the page shows only as its last update ("Stand: …") —
  // the only day the page tells its readers, with a message saying so.
  for (const text of ev.labelled?.() ?? []) {
    const d = findDates(text, { order: ev.order, crawl: crawlDay, max: 1 })[0];
    if (d) return { ...out, publishedAt: isoDay(d), publishedAtSource: 'text-labelled' };
  }
  for (const text of ev.titles ?? []) {
    const ds = findDates(text, { order: ev.order, crawl: crawlDay, max: 3 });
    // A range ("14. - 20. Januar") or several dates in a title name a period, not a publication day.
    if (ds.length === 1 && !/\d\.?\s*(?:[-–]|bis|to|au)\s*$/.test(text.slice(0, ds[0].start))) return { ...out, publishedAt: isoDay(ds[0]), publishedAtSource: 'title' };
  }
  const updated = printedDate(ev, crawlDay, true);
  if (updated) {
    notes.push({ rule: 'meta/date-updated-only', severity: 'info', message: `the page shows only a modification date (${isoDay(updated.day)}); it is used as the publication date` });
    return { ...out, publishedAt: isoDay(updated.day), publishedAtSource: 'text-updated' };
  }
  return out;
}

/**
 * Whether a printed day other than the timestamp's can be the same moment seen in another zone:
 * only for a timestamp in UTC or without a zone (an explicit local offset already gives the
 * local day), and only when some real offset (UTC−12 … UTC+14) turns the time into that day.
 */
function shiftable(stamp: DayDate, printed: DayDate): boolean {
  if (!stamp.timestamp) return true;
  if (stamp.zoned && !/(?:Z|[+-]00:00)$/.test(stamp.timestamp)) return false;
  const m = /T(\d{2}):(\d{2})/.exec(stamp.timestamp);
  if (!m) return true;
  const minutes = +m[1] * 60 + +m[2];
  const diff = dn(printed) - dn(stamp);
  return diff === -1 ? minutes < 12 * 60 : diff === 1 ? minutes >= 10 * 60 : false;
}

/**
 * A UTC timestamp at exactly 22:00:00 or 23:00:00 is how CMSs in Central/Eastern Europe store a
 * date without a time (local midnight): the next day is the one printed. Only applied on pages
 * read day-first (not en-US), where such offsets are the local ones.
 */
function localMidnight(x: DayDate): DayDate | undefined {
  if (!x.timestamp || !/T(?:22|23):00:00(?:Z|\+00:00)$/.test(x.timestamp)) return undefined;
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + 1));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The first printed publication date (nearest the title first), skipping ones labelled as updates (with `updatedOnly`, the first of those instead). */
function printedDate(ev: DateEvidence, crawl?: DayDate, updatedOnly = false): { day: DayDate; source: string } | undefined {
  for (const p of ev.printed) {
    if (p.updated && !updatedOnly) continue;
    const ds = findDates(p.text, { order: ev.order, crawl, max: 4 });
    for (const d of ds) {
      if (UPDATED_LABEL.test(p.text.slice(Math.max(0, d.start - 30), d.start)) !== updatedOnly && !(updatedOnly && p.updated)) continue;
      return { day: { y: d.y, m: d.m, d: d.d }, source: 'text' };
    }
    if (ev.crawl && !updatedOnly) {
      const r = relativeDate(p.text, ev.crawl);
      if (r && plausible(r.day, crawl)) return { day: r.day, source: 'text-relative' };
    }
  }
  return undefined;
}
