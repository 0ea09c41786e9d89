/**
 * Page metadata from a parsed HTML tree: title, publication date-time, authors, outlet,
 * canonical URL and declared language. Sources in order of trust:
 * JSON-LD (`NewsArticle` …) → OpenGraph/`<meta>` → microdata (`itemprop`) → `<time>` →
 * URL path date (`/2025/09/03/`). Each date says where it came from (`publishedAtSource`).
 * Dates are normalised to ISO 8601 when they parse; otherwise they are left out.
 * @module
 */
import type { DocMeta } from '../model/types.js';
import { findAll, textOf, type HNode } from './htmltree.js';

const PUB_META = ['article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'published_time', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'originalpublicationdate', 'publication_date', 'cxenseparse:recs:publishtime', 'og:updated_time', 'article:modified_time', 'last-modified'];

const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|autor|byline|writer|verfasser)(?:name|-name|_name)?(?:$|[\s_-])/i;
const AUTHOR_PREFIX = /^(?:by|von|from|posted by|written by|geschrieben von|verfasst von|ein beitrag von|autor(?:in)?\s*:|author\s*:|text\s*:|view all posts by|zeige alle beiträge von|alle beiträge von|posts by|more by|mehr von)\s+/i;

/** A person's name from a byline-like string, or undefined when it does not look like one. */
export function cleanAuthor(raw: string): string | undefined {
  let t = norm(raw).replace(AUTHOR_PREFIX, '').replace(/\s*[→»›]+$/, '').trim();
  t = t.replace(/\s*[|,]\s*(?:\d|updated|published|aktualisiert|veröffentlicht).*$/i, '');
  if (!t || t.length > 60 || /\d|@|\[at\]|https?:|www\./i.test(t)) return undefined;
  if (t.split(/\s+/).length > 5) return undefined;
  return t;
}

const ITEMPROPS = new Set(['datePublished', 'dateCreated', 'author', 'headline']);

/** Reads metadata from the tree. `url` (where the page came from) is used for URL dates. */
export function metadataFromTree(root: HNode, url?: string): DocMeta {
  const meta: DocMeta = {};
  const metas = new Map<string, string>();
  let title: string | undefined, h1: string | undefined, canonical: string | undefined, lang: string | undefined;
  const ld: unknown[] = [];
  const itemprops = new Map<string, string>();
  const times: string[] = [];
  const relAuthors: string[] = [];
  const classAuthors: string[] = [];
  const walk = (n: HNode) => {
    for (const k of n.kids) {
      if (typeof k === 'string') continue;
      const a = k.attrs;
      switch (k.tag) {
        case 'html': if (a.lang || a['xml:lang']) lang = a.lang || a['xml:lang']; break;
        case 'meta': {
          const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase();
          const val = a.content;
          if (key && val && !metas.has(key)) metas.set(key, val.trim());
          if (a.itemprop && val && !itemprops.has(a.itemprop)) itemprops.set(a.itemprop, val.trim());
          break;
        }
        case 'title': if (!title) title = norm(textOf(k)); break;
        case 'h1': if (!h1) h1 = norm(textOf(k)); break;
        case 'link': if (/\bcanonical\b/i.test(a.rel ?? '') && a.href) canonical = a.href; break;
        case 'script': if (/ld\+json/i.test(a.type ?? '')) { try { ld.push(JSON.parse(textOf(k))); } catch { /* broken JSON-LD is ignored */ } } break;
        case 'time': if (a.datetime) times.push(a.datetime); break;
        case 'a': if (/\bauthor\b/i.test(a.rel ?? '')) { const t = norm(textOf(k)); if (t && t.length < 80) relAuthors.push(t); } break;
      }
      // Tested on class and id apart (the pattern cannot span them): no joined string per element.
      if (classAuthors.length < 4 && ((a.class && AUTHOR_CLASS.test(a.class)) || (a.id && AUTHOR_CLASS.test(a.id)))) {
        const t = norm(textOf(k));
        if (t && t.length < 80) classAuthors.push(t);
      }
      if (a.itemprop && k.tag !== 'meta' && ITEMPROPS.has(a.itemprop) && !itemprops.has(a.itemprop)) {
        const v = a.datetime ?? a.content ?? norm(textOf(k));
        if (v) itemprops.set(a.itemprop, v);
      }
      walk(k);
    }
  };
  walk(root);

  const article = findArticleLd(ld);
  // Title: JSON-LD headline → the page's first <h1> → og:title / twitter:title → <title>;
  // site names joined with " | ", " – ", " › " … are cut from the meta and <title> forms.
  const og = metas.get('og:title') ?? metas.get('twitter:title');
  const t = str(article?.headline) ?? (h1 && h1.length >= 3 && h1.length <= 300 ? h1 : undefined) ?? (og ? stripSiteSuffix(og) : undefined) ?? (title ? stripSiteSuffix(title) : undefined);
  if (t) meta.title = norm(t);
  // Publication date.
  const candidates: [string | undefined, string][] = [
    [str(article?.datePublished), 'json-ld'],
    ...PUB_META.slice(0, 20).map((k) => [metas.get(k), 'meta'] as [string | undefined, string]),
    [itemprops.get('datePublished'), 'microdata'],
    [times[0], 'time-element'],
    [str(article?.dateModified), 'json-ld-modified'],
    ...PUB_META.slice(20).map((k) => [metas.get(k), 'meta-modified'] as [string | undefined, string]),
  ];
  for (const [v, src] of candidates) {
    const iso = v ? normaliseDate(v) : undefined;
    if (iso) { meta.publishedAt = iso; meta.publishedAtSource = src; break; }
  }
  const pageUrl = url ?? canonical ?? metas.get('og:url');
  if (!meta.publishedAt && pageUrl) {
    const d = dateFromUrl(pageUrl);
    if (d) { meta.publishedAt = d; meta.publishedAtSource = 'url'; }
  }
  // Authors.
  const authors = ldNames(article?.author);
  if (!authors.length) {
    const m = metas.get('author') ?? metas.get('article:author') ?? metas.get('dc.creator') ?? metas.get('parsely-author') ?? metas.get('sailthru.author') ?? itemprops.get('author');
    if (m && !/^https?:/.test(m)) authors.push(...m.split(/\s*(?:,|;|\band\b|\bund\b|&)\s*/).filter((x) => x.length > 1));
  }
  if (!authors.length) authors.push(...relAuthors.slice(0, 4));
  if (!authors.length) for (const c of classAuthors) { const n = cleanAuthor(c); if (n) { authors.push(n); break; } }
  const clean = [...new Set(authors.map(cleanAuthor).filter((x): x is string => !!x))];
  if (clean.length) meta.authors = clean;
  // Outlet.
  const outlet = metas.get('og:site_name') ?? ldNames((article as Record<string, unknown> | undefined)?.publisher)[0] ?? metas.get('application-name') ?? (title ? siteSuffix(title) : undefined);
  if (outlet) meta.outlet = norm(outlet);
  // Canonical URL and the URL given.
  const canon = canonical ?? metas.get('og:url');
  if (url) meta.url = url; else if (canon && /^https?:\/\//.test(canon)) meta.url = canon;
  // Declared language.
  const l = lang ?? metas.get('content-language') ?? metas.get('og:locale') ?? str(article?.inLanguage);
  const code = l ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(l.trim()) : null;
  if (code) meta.language = code[1].toLowerCase();
  return meta;
}

function norm(s: string): string { return s.replace(/\s+/g, ' ').trim(); }
function str(v: unknown): string | undefined { return typeof v === 'string' && v.trim() ? v.trim() : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined; }

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|WebPage|SocialMediaPosting|BackgroundNewsArticle)$/;

/** The most article-like JSON-LD object (searching arrays and `@graph`). */
function findArticleLd(ld: unknown[]): Record<string, unknown> | undefined {
  const objs: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    const o = v as Record<string, unknown>;
    objs.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const x of ld) visit(x, 0);
  const typeOf = (o: Record<string, unknown>) => (Array.isArray(o['@type']) ? o['@type'].map(String) : [String(o['@type'] ?? '')]);
  return objs.find((o) => typeOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage') && (o.headline || o.datePublished))
    ?? objs.find((o) => typeOf(o).some((t) => ARTICLE_TYPES.test(t)));
}

function ldNames(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return /^https?:/.test(v) ? [] : [v];
  if (Array.isArray(v)) return v.flatMap(ldNames);
  if (typeof v === 'object') { const n = (v as Record<string, unknown>).name; return typeof n === 'string' ? [n] : []; }
  return [];
}

const SITE_SEP = /\s+[|–—·•»›:-]\s+/;
function stripSiteSuffix(t: string): string {
  const parts = t.split(SITE_SEP);
  if (parts.length < 2) return t;
  // Keep the longest part: the headline is longer than the site name.
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}
function siteSuffix(t: string): string | undefined {
  const parts = t.split(SITE_SEP);
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1];
  return last.length <= 40 ? last : undefined;
}

/**
 * Normalises a date string to ISO 8601: keeps `YYYY-MM-DD[THH:MM[:SS][zone]]` forms as given
 * (zone kept), parses RFC 2822 / other `Date.parse`-able forms into UTC. Years outside
 * 1990–2100 are rejected (placeholders like 0001-01-01).
 */
export function normaliseDate(v: string): string | undefined {
  const s = v.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (m) {
    const y = +m[1];
    if (y < 1990 || y > 2100 || +m[2] < 1 || +m[2] > 12 || +m[3] < 1 || +m[3] > 31) return undefined;
    if (!m[4]) return `${m[1]}-${m[2]}-${m[3]}`;
    const zone = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].length === 5 ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : m[7]) : '';
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  if (/^\d{8}$/.test(s)) return normaliseDate(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`);
  if (!/[a-z]{3}/i.test(s) && !/\d{4}/.test(s)) return undefined;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  if (d.getUTCFullYear() < 1990 || d.getUTCFullYear() > 2100) return undefined;
  return d.toISOString().replace('.000Z', 'Z');
}

/** A `/YYYY/MM/DD/` or `/YYYY-MM-DD` date in a URL path, as `YYYY-MM-DD`. */
export function dateFromUrl(url: string): string | undefined {
  const m = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  if (!m) return undefined;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, jänner: 1, feb: 2, february: 2, februar: 2, mar: 3, march: 3, märz: 3, apr: 4, april: 4,
  may: 5, mai: 5, jun: 6, june: 6, juni: 6, jul: 7, july: 7, juli: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, okt: 10, oktober: 10, nov: 11, november: 11, dec: 12, december: 12, dez: 12, dezember: 12,
};
const DATELINE_RE = /\b(?:(\d{1,2})\.?\s+([A-Za-zä]{3,9})\.?,?\s+((?:19|20)\d{2})|([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2}))\b/;

/**
 * A full date (with year) in the opening of the text (first line or sentence, ≤ 120 characters) — a dateline such as
 * "BERLIN, 3 September 2025 –" or a "Published: Sept. 3, 2025" line — as `YYYY-MM-DD`.
 * Dates without a year are ignored: the year would be a guess.
 */
export function dateFromDateline(text: string): string | undefined {
  // Only the opening: up to the first line or sentence end, at most 120 characters.
  let head = text.slice(0, 120);
  const cut = head.search(/\n|[.!?]\s+\p{Lu}/u);
  if (cut > 0) head = head.slice(0, cut + 1);
  return dateIn(head);
}

/** The first full date (day, month, year) anywhere in a short string, as `YYYY-MM-DD`. */
export function dateIn(head: string): string | undefined {
  const m = DATELINE_RE.exec(head);
  if (!m) return undefined;
  let y: number, mo: number | undefined, d: number;
  if (m[1]) { d = +m[1]; mo = MONTHS[m[2].toLowerCase()]; y = +m[3]; }
  else if (m[4]) { mo = MONTHS[m[4].toLowerCase()]; d = +m[5]; y = +m[6]; }
  else if (m[7]) { d = +m[7]; mo = +m[8]; y = +m[9]; }
  else { y = +m[10]; mo = +m[11]; d = +m[12]; }
  if (!mo || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
