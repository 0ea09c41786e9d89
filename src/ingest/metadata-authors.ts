/**
 * Authors of a page, from the first source that names someone:
 * JSON-LD `author` (Person names, strings) → `<meta name=author>` and CMS author metas →
 * `itemprop=author` → `rel=author` links → byline/author elements → a byline line near the
 * headline ("By …", "Von …", "Par …", "Por …", "Di …", "Door …", "Autor: …", "Text: …").
 * Names are split at separators ("and", "und", "et", "y", "e", "i", "en", commas, `&`, `/`, `;`)
 * and cleaned. The site's own name (the outlet crediting itself, a blog named after its author) is
 * an author only when nothing else names one; dates, URLs, e-mail addresses, social handles, form
 * labels ("Name *") and comment furniture ("… says:") never are. Short handles ("mh") count where
 * markup (JSON-LD, metas, itemprop) or a by-word marks them as the author.
 * @module
 */
import type { TextLines } from './metadata-lines.js';
import { copyrightHolder, creditsBy, holderIsAuthor } from './metadata-copyright.js';
import { getKb } from '../kb/index.js';
import { hostLabel } from './metadata-title.js';

/** What the page walk found for the authors. */
export interface AuthorEvidence {
  ld: unknown;
  metas: Map<string, string>;
  itemprop?: string;
  rel: string[];
  /** Texts of author/byline-classed elements with their stream offsets. */
  byline: { text: string; at: number }[];
  /** The page's visible text lines (read in a window around the headline). */
  lines: TextLines;
  /** The page's title (a credit line naming it is a picture credit). */
  title?: string;
  /** Stream offset of the headline, for the byline-line search. */
  titleAt?: number;
  siteName?: string;
  /** Texts holding a copyright mark (see metadata-copyright.ts), in page order. */
  copyright?: string[];
  /** The names the page gives itself (og:site_name, the site part of `<title>` …), for a blog named after its author. */
  siteParts?: string[];
  /** The page's host without `www.`. */
  host?: string;
}

const META_KEYS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'citation_author', 'cxenseparse:author', 'author_name', 'og:article:author', 'twitter:data1:author'];
const AUTHOR_PREFIX = /^(?:(?:by|von|from|posted by|written by|geschrieben von|verfasst von|ein beitrag von|ein kommentar von|eine analyse von|par|por|di|door|de|av|przez|view all posts by|erstellt von|zeige alle beiträge von|alle beiträge von|posts by|more by|mehr von|veröffentlicht von|publié par|publicado por|pubblicato da|gepubliceerd door)\s*:?|autor(?:in|en)?\s*:|author\s*:|authors\s*:|text\s*:|texte\s*:|автор\s*:?)\s+/i;
const BYLINE_LINE = /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]i|[Dd]oor|[Pp]rzez|[Tt]ext:|[Aa]utor(?:in)?:|[Aa]uthor:|[Аа]втор:)\s+(\p{Lu}[\p{L}'’.-]*,?(?:\s+(?:\p{Lu}[\p{L}'’.-]*,?|von|van|de|der|den|da|di|du|del|la|le|y|und|and|et|e|i|en|&|,)){0,12})/u;
/** A byline label inside a line: "Blog post by X", "Written by: X", "Redaktion: X", "责任编辑：X". */
const BYLINE_IN = /(?:^|[\s(|·•–—-])(?:[Ww]ritten by:?|[Pp]osted by|[Gg]eschrieben von|[Gg]espeichert von|[Vv]erfasst von|[Bb]eitrag von|[Rr]edaktion:|[Aa]utor(?:in)?:|[Aa]uthor:|[Tt]exte?:|[Pp]ublié par|[Pp]ublicado por|[Pp]ubblicato da|责任编辑[：:]|作者[：:])\s*(\p{Lu}[\p{L}'’.-]*,?(?:\s+(?:\p{Lu}[\p{L}'’.-]*,?|von|van|de|der|den|da|di|du|del|la|le|und|and|et|&)){0,8}|[\p{Script=Han}]{2,4})/u;
/** A short "date – Name" or "Name | date" line under a headline. */
/** "… | By X" / "– von X" in a short line: by/von after a separator only, where they are not running text. */
const BY_AFTER_SEP = /(?:^|\s[|·•–—-]\s*)(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|der|den|da|di|du|del|la|le)){0,4})/u;
const DATE_NAME = /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\s*[-–—|·,]\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u;
const NOT_NAME = /^(?:(?:published|posted|veröffentlicht|publiziert|geschrieben|erstellt|publié|publicado|pubblicato)(?:\s+(?:by|von|am|on|le|el|il|em|par|por|da|at))?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|afficher mon profil complet|view (?:my )?(?:complete|full) profile|alle beiträge|all posts|archiv anzeigen|show archive|collectif|agencies|text|interview|by|von|par|por|di|door|de|da|av|name|e-?mail|website|webseite|comment|kommentar|posted|published|veröffentlicht|publiziert|follow|folgen|share|teilen|no author|admin|administrator|wordpressadmin|redaktion\s*:|by|von|anonymous|unknown|guest|staff|editor|home|menu|search|suche|more|mehr|about|über|impressum|kontakt|contact)\b[\s:*().-]*(?:\(.*\))?$/iu;
const FURNITURE = /\b(?:sagt|says|schreibt|writes|dice|dit|diz|zegt)\s*:?\s*$|\(erforderlich\)|\(required\)|\*\s*$|^\$|designed by|powered by|theme by|themegrill|gesponsert|sponsored/i;

/** A person's name from a byline-like string, or undefined when it does not look like one. */
export function cleanAuthor(raw: string, structured = false): string | undefined {
  let t = raw.replace(/\s+/g, ' ').trim().replace(AUTHOR_PREFIX, '').replace(/\s*[→»›]+$/, '').trim();
  // A social handle after the name ("Ana Ruiz @anaruiz") is not part of it.
  t = t.replace(/(?:\s+\(?@[\w.]+\)?)+$/u, '');
  // Markup says who wrote it: a short handle ("mh", "LD") is a name there; in byline text it is an initial or a label.
  if (/^\p{L}{1,2}[\s:*().-]*$/u.test(t) && (!structured || t.replace(/\P{L}/gu, '').length < 2)) return undefined;
  t = t.replace(/\s*[|,·•]\s*(?:\d|updated|published|aktualisiert|veröffentlicht|stand|on\s|am\s|le\s).*$/i, '');
  t = t.replace(/\s+(?:am|on|le|el|il|op)\s+\d.*$/i, '').replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, '');
  if (!t || t.length > 60 || /@|\[at\]|https?:|www\.|\.(?:com|de|org|net|at|ch|fr)\b/i.test(t)) return undefined;
  // A user handle ends in digits ("freeman1984"); a date, a year or a time is no name.
  if (/\d/.test(t) && (t.includes(' ') || /^\d+$/.test(t) || /\d{1,2}[./:-]\d{1,2}|\d{4}/.test(t)) && !/^\p{L}{3,}[\p{L}_]*\d{1,4}$/u.test(t)) return undefined;
  if (NOT_NAME.test(t) || FURNITURE.test(t)) return undefined;
  if (t.split(/\s+/).length > 5) return undefined;
  return t;
}

/** How far after the headline (visible characters) an explicitly labelled credit line is looked for. */
const FAR_CREDIT = 40_000;
/** A line opening with a credit label that names the author and nothing else ("Autorin: X", "Text von X", "Auteur : X"). */
const CREDIT_LINE = /^(?:[Aa]utor(?:in|en|innen)?\s*:?|AUTOR(?:IN)?\s*:?|[Aa]uteur(?:e|s)?\s*:|[Aa]uthors?\s*:|[Tt]exte?\s*(?::|von|by)|[Ww]ritten by|[Gg]eschrieben von|(?:[Ee]in|[Ee]ine)\s+(?:[Bb]eitrag|[Kk]olumne|[Kk]ommentar|[Gg]astbeitrag|[Aa]nalyse|[Rr]eportage|[Tt]ext)\s+von)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|der|den|da|di|du|del|la|le|und|and|et|&)){0,8})/u;

/** A by-word after a date or label inside a byline element ("Posted on … by X", "2 May 2024 von X"). */
const BY_INSIDE = /(?<=\d|\d\s|:\s|\s[|·•–—-]\s)\s*(?:by|von|par|por|door|av)\s+(?=\p{Lu}|\p{Ll}+\d)/u;
/** A line that is only a byline label: the name is on the next line ("Autor:" in one element, the name in the next). */
const LABEL_ALONE = /^(?:[Aa]utor(?:in)?|[Aa]uthor|[Vv]on|[Bb]y|BY|[Tt]ext|[Pp]ar|[Pp]or|[Dd]oor|[Rr]edaktion|[Ww]ritten by|[Pp]osted by)\s*:?$/u;

/**
 * A dateline crediting a news agency: place, the agency code(s) in parentheses, a dash. Only known
 * agency codes (an optional regional desk after a slash, "dpa/lno"), so that "(AP Photo)" or an
 * abbreviation in running text is not taken.
 */
const AGENCY_DATELINE = /^\p{Lu}[\p{L}.' -]{1,40}\s\(((?:dpa|DPA|AFP|AP|Reuters|REUTERS|APA|KNA|epd|sid|SID|SDA|sda|Keystone-SDA|ANSA|EFE|AAP|PA|ots|OTS|AA|TASS|Xinhua|Belga|ANP|CTK|PAP|MTI|BTA|ATS|Lusa|Europa Press|Kyodo|Yonhap|UPI|IANS|PTI)(?:\s*\/\s*[\p{L}-]{1,12}){0,3})\)\s*[-–—:]/u;

const SPLIT = /\s*(?:[,;&/|]|\s(?:and|und|et|y|e|i|en|og|och|ve|и|та)\s)\s*/iu;

/** Splits a byline into names and cleans each; [] when none survives. */
function names(raw: string, exclude: (s: string) => boolean, structured = false): string[] {
  let s = raw.replace(/\s+/g, ' ').trim();
  // "By LD": the byline word marks what follows as a name, however short.
  if (AUTHOR_PREFIX.test(s)) { s = s.replace(AUTHOR_PREFIX, ''); structured = true; } else {
    // "Posted on 3 May 2024 by Ana Ruiz": the name follows the by-word inside a byline element.
    const by = BY_INSIDE.exec(s.slice(0, 120));
    if (by) { s = s.slice(by.index + by[0].length); structured = true; }
  }
  const out: string[] = [];
  for (const part of s.split(SPLIT)) {
    const c = cleanAuthor(part, structured);
    if (c && !exclude(c) && !out.includes(c)) out.push(c);
    if (out.length >= 8) break;
  }
  return out;
}

function ldAuthorNames(v: unknown, depth = 0): string[] {
  if (!v || depth > 3) return [];
  if (typeof v === 'string') return /^https?:/.test(v) ? [] : [v];
  if (Array.isArray(v)) return v.slice(0, 20).flatMap((x) => ldAuthorNames(x, depth + 1));
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.name === 'string') return [o.name];
    if (Array.isArray(o.name)) return ldAuthorNames(o.name, depth + 1);
    if (typeof o.givenName === 'string') return [`${o.givenName} ${typeof o.familyName === 'string' ? o.familyName : ''}`.trim()];
  }
  return [];
}

/** The page's authors (see the module doc). */
export function chooseAuthors(ev: AuthorEvidence): string[] {
  const site = (ev.siteName ?? '').toLowerCase();
  const squash = (x: string) => x.replace(/\s+/g, '');
  // The site's own name (or a part of it) credited as author is kept in reserve: a person named
  // anywhere else on the page wins, but an outlet that credits itself ("Eurosport"), or a blog named
  // after its author ("Mia Holt's Blog"), keeps it.
  const reserve: string[] = [];
  const isSite = (l: string) => !!site && (l === site || squash(l) === squash(site) || (site.includes(l) && l.length > 3));
  const from = (raws: string[], structured = false) => {
    const out: string[] = [];
    for (const r of raws) {
      // The whole credit first: "Jobs & Hire" is the site's name, not two people.
      const whole = cleanAuthor(r, structured);
      if (whole && isSite(whole.toLowerCase())) { if (!reserve.includes(whole)) reserve.push(whole); continue; }
      const exclude = (x: string) => { if (!isSite(x.toLowerCase())) return false; if (!reserve.includes(x)) reserve.push(x); return true; };
      for (const n of names(r, exclude, structured)) if (!out.includes(n)) out.push(n);
    }
    return out;
  };
  let got = from(ldAuthorNames(ev.ld), true);
  if (got.length) {
    // The author meta often lists everyone where JSON-LD names the first only: the longer list wins when it contains the other.
    const all = ev.metas.get('author');
    const more = all && !/^https?:/.test(all) ? from([all], true) : [];
    return more.length > got.length && got.every((n) => more.includes(n)) ? more : got;
  }
  for (const k of META_KEYS) {
    const v = ev.metas.get(k);
    if (v && !/^https?:/.test(v)) { got = from([v], true); if (got.length) return got; }
  }
  if (ev.itemprop) { got = from([ev.itemprop], true); if (got.length) return got; }
  got = from(ev.rel.slice(0, 4));
  if (got.length) return got;
  // Byline elements nearest the headline first (after it before before it); page order without one.
  const at = ev.titleAt;
  const dist = (x: number) => (at === undefined ? x : x >= at ? x - at : 2 * (at - x) + 200);
  for (const b of [...ev.byline].sort((a, b) => dist(a.at) - dist(b.at))) { got = from([b.text]); if (got.length) return got; }
  if (at !== undefined) {
    let label = false;
    for (const l of ev.lines.window(at - 300, at + 1500)) {
      if (l.at < at - 300) continue;
      if (label && l.text.length <= 80) { got = from([l.text.replace(/\s*\/\s*[\p{Lu}-]{2,8}$/u, '')]); if (got.length) return got; }
      label = LABEL_ALONE.test(l.text);
      if (label) continue;
      const m = BYLINE_LINE.exec(l.text) ?? BYLINE_IN.exec(l.text.slice(0, 160)) ?? DATE_NAME.exec(l.text) ?? (l.text.length <= 100 ? BY_AFTER_SEP.exec(l.text) : null);
      if (m) { got = from([m[1]]); if (got.length) return got; }
    }
  }
  // An explicit credit line anywhere in the article after the headline ("Text: X", "Autorin: X",
  // "Eine Kolumne von X" at its end): the label says what the name is, so distance does not matter.
  if (at !== undefined) {
    const head = ev.title?.toLowerCase();
    for (const l of ev.lines.window(at + 1500, at + FAR_CREDIT)) {
      if (l.at < at + 1500 || l.text.length > 140) continue;
      const m = CREDIT_LINE.exec(l.text);
      // "Text: <the headline>" credits a picture's caption, not a person.
      if (m && !(head && head.startsWith(m[1].toLowerCase().slice(0, 12)))) { got = from([m[1]]); if (got.length) return got; }
    }
  }
  // Wire copy credits its agency in the dateline ("HAMBURG (dpa/lno) –"): the credit is the author.
  if (at !== undefined) {
    for (const l of ev.lines.window(at, at + 1500)) {
      if (l.at < at) continue;
      const m = AGENCY_DATELINE.exec(l.text.slice(0, 120));
      if (m) return [m[1]];
    }
  }
  // The holder of the page's copyright (a personal site's owner, an agency on wire copy) when it is
  // not the site itself; the last notice first, as the page's own sits in its footer.
  for (const c of [...(ev.copyright ?? [])].reverse()) {
    const h = copyrightHolder(c);
    if (!h || isSite(h.toLowerCase()) || !holderIsAuthor(h, isGivenName, creditsBy(c))) continue;
    const clean = cleanAuthor(h, true);
    if (clean) return [clean];
  }
  // A blog named after its author: the site's name spells a person ("Dr. Ana Ruiz") and the host spells it too (ana-ruiz.net).
  const label = hostLabel(ev.host);
  for (const part of ev.siteParts ?? []) {
    const name = part.replace(/^(?:(?:dr|prof|mag|dipl)\.\s*)+/i, '').trim();
    if (label && PERSON.test(name) && isGivenName(squashName(name.split(/\s+/)[0])) && squashName(name) === label) return [part.trim()];
  }
  return reserve.slice(0, 1);
}

/** A known given name (the knowledge base's list, loaded on first use). */
function isGivenName(w: string): boolean { return getKb().firstName(w) !== undefined; }

/** Two to four capitalised words: the shape of a person's name. */
const PERSON = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
function squashName(s: string): string { return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ''); }
