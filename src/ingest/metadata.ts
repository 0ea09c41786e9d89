/**
 * Page metadata from a parsed HTML tree, in one walk: title, publication date (and modified
 * date, kept apart), authors, outlet, canonical URL, language, section, description, image.
 *
 * - Publication date: every signal is collected here and weighed in
 *   `metadata-pubdate.ts` (documented order, the reader's day, plausibility, messages).
 * - Title: og:title → JSON-LD `headline` → a heading marked as the headline
 *   (`entry-title`, `headline`, `itemprop=headline` …) → `<title>` minus the site name → the first `<h1>`.
 * - Authors: `metadata-authors.ts`.
 * - Outlet: `og:site_name` → JSON-LD `publisher.name` → `application-name` → the site part of
 *   `<title>` → the host.
 * - Language: `<html lang>` → `content-language` → `og:locale` → JSON-LD `inLanguage` (detection
 *   from the text happens later, in `ingestArticle`, when none is declared).
 * @module
 */
import type { DocMeta } from '../model/types.js';
import { textOf, type HNode } from './htmltree.js';
import { choosePublicationDate, type DateEvidence, type DateSignal } from './metadata-pubdate.js';
import { chooseAuthors } from './metadata-authors.js';
import { chooseTitle, headlineCore, siteSuffix, type Heading } from './metadata-title.js';
import { findDates, isoDay, parseTimestamp, plausible, type DateOrder } from './metadata-dates.js';
import { TextLines } from './metadata-lines.js';
import { headlinePath } from './metadata-headpath.js';
import { mayBeCopyright } from './metadata-copyright.js';

export { cleanAuthor } from './metadata-authors.js';
export { dateFromUrl } from './metadata-dates.js';
export { stripSiteSuffix } from './metadata-title.js';

/** A message about the page's metadata (becomes a document message). */
export interface MetaNote { rule: string; severity: 'info' | 'warning'; message: string }

/** Options for {@link pageMetadata}. */
export interface PageMetaOptions {
  /** Where the page came from (for URL dates, the canonical URL and the host as outlet). */
  url?: string;
  /** When the page was fetched: the end of the plausible window and the anchor of "3 hours ago". */
  crawledAt?: string | Date;
  /** Reading of ambiguous all-numeric dates; default from the page's locale (see {@link dateOrderFor}). */
  dateOrder?: DateOrder;
}

/** Meta names carrying the publication date, by tier (see metadata-pubdate.ts). */
const OG_PUB = ['article:published_time', 'og:published_time', 'og:article:published_time', 'article.published', 'published_time', 'datepublished', 'og:pubdate'];
const DC_PUB = ['dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dc.date', 'dcterms.created', 'dcterms.date', 'dc.date.published'];
const CMS_PUB = ['schema:datepublished', 'schema:datecreated', 'sailthru.date', 'parsely-pub-date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'publication-date', 'date', 'originalpublicationdate', 'cxenseparse:recs:publishtime', 'article_date_original', 'created', 'date.created', 'dc.date.available', 'displaydate', 'citation_publication_date', 'citation_date', 'citation_online_date', 'prism.publicationdate', 'rnews:datepublished', 'article:published', 'timestamp', 'nv:date', 'vr:published_time', 'last-published', 'bt:pubdate', 'pdate', 'og:published', 'datecreated'];
const MOD_META = ['article:modified_time', 'og:updated_time', 'dc.date.modified', 'dcterms.modified', 'last-modified', 'lastmod', 'datemodified', 'revised'];

const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|autor|byline|writer|verfasser|auteur|autore|autorin|dateline-author|contributor)(?:name|-name|_name|s)?(?:$|[\s_-])/i;
/** camelCase author classes ("documentAuthor", "postAuthorName"), except a picture's or a comment's. */
const AUTHOR_CAMEL = /(?<![Pp]hoto|[Ii]mage|[Ii]mg|[Ff]oto|[Bb]ild|[Cc]omment|[Pp]icture)(?<=[a-z])(?:Author|Autor|Byline)(?:Name)?(?:$|[\s_-])/;
const DATE_CLASS = /date|datum|time|publish|posted|byline|fecha|dateline|meta-info|entry-meta|post-meta|article-meta|article-info|artikel-info|zeit|data-pub|data_pub|info-data/i;
const NOT_DATE_CLASS = /update|modif|comment|related|teaser|sidebar|widget|recommend|footer|timeline|runtime|reading-?time|lesedauer|weather/i;
const HEADLINE_CLASS = /(?:^|[\s_-])(?:entry-title|post-title|article-title|headline|post__title|article__title|article-headline|story-title|page-title|title)(?:$|[\s_-])/i;
const CHROME_CLASS = /(?:^|[\s_-])(?:related|teasers?|sidebar|recommended|comments?|commentlist|respond|breadcrumbs?|modal|cookie|consent)(?:$|[\s_-])/i;
/**
 * Class tokens that describe the layout around a block rather than mark it as one ("no-sidebar",
 * "has-sidebar", "comments-open", "sidebar-right" sit on `<body>` and page wrappers): they never make
 * the block chrome, else a whole page would be hidden from the walk.
 */
const LAYOUT_TOKEN = /^(?:no|has|with|without|show|hide|enable|disable|is)[-_]|[-_](?:open|closed|left|right|active|enabled|disabled|none)$/i;
/** Body elements that a malformed page leaves inside <head> (see walkTree). */
const BODY_IN_HEAD = new Set(['div', 'p', 'section', 'article', 'main', 'header', 'span', 'h1', 'h2', 'table', 'ul', 'a', 'center', 'font', 'body']);
const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'footer', 'select', 'option', 'button', 'iframe', 'object']);
const BLOCK_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'br', 'tr', 'td', 'th', 'section', 'article', 'header', 'table', 'blockquote', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'address', 'main', 'hr', 'time']);
const ITEMPROPS = new Set(['datePublished', 'dateCreated', 'dateModified', 'author', 'headline', 'articleSection']);
/** Elements whose content never carries metadata (icons, styles, form options, embeds): not walked. */
const SKIP_TAGS = new Set(['svg', 'style', 'select', 'option', 'template', 'iframe', 'object', 'math', 'canvas', 'video', 'audio', 'picture', 'textarea']);
/** Elements whose text is code or a document title, never a copyright notice on the page. */
const NO_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea', 'figcaption', 'option']);
/** Classes of image and media credits ("© Foto …" under a picture is not the page's copyright). */
const MEDIA_CREDIT = /caption|foto|photo|bild|image|img|media|picture|credit|quelle|source/i;
const K_CHROME = 1, K_HEADLINE = 2, K_AUTHOR = 4, K_DATE = 8;
/**
 * Which of the class patterns a class (or id) value matches, as K_* bits. (A cache per value was
 * tried: hashing the attribute strings cost more than the four tests.)
 */
function classKind(v: string): number {
  let k = 0;
  if (v) {
    if (isChrome(v)) k |= K_CHROME;
    if (HEADLINE_CLASS.test(v)) k |= K_HEADLINE;
    if (AUTHOR_CLASS.test(v) || AUTHOR_CAMEL.test(v)) k |= K_AUTHOR;
    if (DATE_CLASS.test(v) && !NOT_DATE_CLASS.test(v)) k |= K_DATE;
  }
  return k;
}
/** Cap on JSON-LD text parsed per page: a page embedding megabytes of JSON is not read whole. */
const MAX_LD_CHARS = 500_000;

/** How far after the headline (characters of visible text) a printed date is looked for. */
const AFTER_HEADLINE = 1500;

/** What one walk collects. */
interface Walk {
  metas: Map<string, string>;
  ld: unknown[];
  ldErrors: number;
  itemprops: Map<string, string>;
  times: { datetime: string; text: string; good: boolean }[];
  title?: string;
  h1s: { text: string; at: number }[];
  /** `<h2>`/`<h3>` texts (blog templates put the post title there, under a site-name `<h1>`). */
  subheads: { text: string; at: number }[];
  headings: { text: string; at: number }[];
  canonical?: string;
  lang?: string;
  relAuthors: string[];
  classAuthors: { text: string; at: number }[];
  lines: TextLines;
  dateEls: { text: string; at: number; before: string }[];
  /** Texts of elements holding a copyright mark, page footer included (image credits left out). */
  copyright: string[];
}

/** Reads metadata from the tree. `url` (where the page came from) is used for URL dates. */
export function metadataFromTree(root: HNode, url?: string): DocMeta {
  return pageMetadata(root, { url }).meta;
}

/** Metadata and the messages about it (date conflicts, rejected values, broken JSON-LD). */
export function pageMetadata(root: HNode, opts: PageMetaOptions = {}): { meta: DocMeta; notes: MetaNote[] } {
  const w = walkTree(root);
  const notes: MetaNote[] = [];
  const meta: DocMeta = {};
  if (w.ldErrors) notes.push({ rule: 'meta/json-ld-invalid', severity: 'info', message: `${w.ldErrors} JSON-LD block(s) could not be parsed and were ignored` });
  const article = findArticleLd(w.ld, w.metas.get('og:title') ?? w.title);

  // Title.
  const siteName = w.metas.get('og:site_name') ?? ldName(article?.publisher);
  const og = w.metas.get('og:title') ?? w.metas.get('twitter:title') ?? w.metas.get('dc.title');
  const pageUrl = opts.url ?? w.canonical ?? w.metas.get('og:url');
  const t = chooseTitle({ title: w.title, og: og ? normKeep(og) : undefined, ldHeadline: str(article?.headline) ? normKeep(str(article?.headline)!) : undefined, siteName, host: hostOf(pageUrl), h1s: w.h1s, subheads: w.subheads, headings: w.headings });
  if (t) meta.title = t;

  // Language first: it sets how ambiguous numeric dates are read.
  const locale = w.lang ?? w.metas.get('content-language') ?? w.metas.get('og:locale') ?? str(article?.inLanguage);
  const code = locale ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(locale.trim()) : null;
  if (code) meta.language = code[1].toLowerCase();
  const order = opts.dateOrder ?? dateOrderFor(locale, opts.url);

  // Publication date.
  const crawl = opts.crawledAt ? new Date(opts.crawledAt) : undefined;
  const ev: DateEvidence = {
    published: [], modified: [], printed: printedTexts(w, meta.title), url: pageUrl, order, crawl: crawl && !Number.isNaN(crawl.getTime()) ? crawl : undefined,
    labelled: () => labelledDateLines(w, meta.title),
    titles: [w.title, w.metas.get('og:title')].filter((x): x is string => !!x),
  };
  const sig = (value: unknown, source: string, into: DateSignal[]) => { const v = str(value); if (v) into.push({ value: v, source }); };
  sig(article?.datePublished, 'json-ld', ev.published);
  sig(article?.dateCreated, 'json-ld', ev.published);
  for (const k of [...OG_PUB, ...DC_PUB]) sig(w.metas.get(k), `meta:${k}`, ev.published);
  sig(w.itemprops.get('datePublished') ?? w.itemprops.get('dateCreated'), 'itemprop', ev.published);
  const time = w.times.find((x) => x.good) ?? w.times[0];
  if (time) sig(time.datetime, 'time', ev.published);
  for (const k of CMS_PUB) sig(w.metas.get(k), `meta:${k}`, ev.published);
  sig(article?.dateModified, 'json-ld', ev.modified);
  for (const k of MOD_META) sig(w.metas.get(k), `meta:${k}`, ev.modified);
  sig(w.itemprops.get('dateModified'), 'itemprop', ev.modified);
  const dates = choosePublicationDate(ev);
  if (dates.publishedAt) { meta.publishedAt = dates.publishedAt; meta.publishedAtSource = dates.publishedAtSource; }
  if (dates.publishedTimestamp) meta.publishedTimestamp = dates.publishedTimestamp;
  if (dates.modifiedAt) meta.modifiedAt = dates.modifiedAt;
  notes.push(...dates.notes);

  // Authors.
  const authors = chooseAuthors({
    ld: resolveLdRefs(article?.author, w.ld),
    metas: w.metas,
    itemprop: w.itemprops.get('author'),
    rel: w.relAuthors,
    byline: w.classAuthors,
    lines: w.lines,
    titleAt: locateHeadline(w, meta.title)?.at,
    title: meta.title,
    siteName,
    copyright: w.copyright,
    siteParts: [w.metas.get('og:site_name'), w.title ? siteSuffix(w.title) : undefined, w.metas.get('application-name')].filter((x): x is string => !!x),
    host: hostOf(pageUrl),
  });
  if (authors.length) meta.authors = authors;

  // Outlet.
  const host = hostOf(pageUrl);
  const outlet = siteName ?? w.metas.get('application-name') ?? (w.title ? siteSuffix(w.title) : undefined) ?? host;
  if (outlet) meta.outlet = norm(outlet);

  // URLs: the one given wins; the canonical one is kept apart when it differs.
  const canon = w.canonical ?? w.metas.get('og:url');
  if (opts.url) meta.url = opts.url; else if (canon && /^https?:\/\//.test(canon)) meta.url = canon;
  if (canon && /^https?:\/\//.test(canon)) meta.canonicalUrl = canon;

  const section = w.metas.get('article:section') ?? str(article?.articleSection) ?? w.itemprops.get('articleSection');
  if (section) meta.section = norm(section).slice(0, 200);
  const description = w.metas.get('og:description') ?? w.metas.get('description') ?? w.metas.get('twitter:description') ?? str(article?.description);
  if (description) meta.description = norm(description).slice(0, 1000);
  const image = w.metas.get('og:image') ?? w.metas.get('twitter:image') ?? ldImage(article?.image);
  if (image && !/^data:/.test(image)) meta.image = image.trim();
  return { meta, notes };
}

/**
 * The reading of ambiguous numeric dates (`03/09/2025`) for a page: month first for
 * `en-US` (and `en` with no region on a `.com`/`.us`/`.gov` host, where US usage dominates),
 * day first everywhere else.
 */
export function dateOrderFor(locale: string | undefined, url?: string): DateOrder {
  const l = (locale ?? '').toLowerCase().replace('_', '-');
  if (l === 'en-us' || l === 'en-ph') return 'mdy';
  if (l === 'en' || l === '') {
    const h = hostOf(url) ?? '';
    if (l === 'en' && /\.(?:com|us|gov|edu)$/.test(h)) return 'mdy';
  }
  return 'dmy';
}

function walkTree(root: HNode): Walk {
  const lines = new TextLines();
  const w: Walk = { metas: new Map(), ld: [], ldErrors: 0, itemprops: new Map(), times: [], h1s: [], subheads: [], headings: [], relAuthors: [], classAuthors: [], lines, dateEls: [], copyright: [] };
  // Wrappers of the headline are the article's whatever their class says (see metadata-headpath.ts).
  const headPath = headlinePath(root);
  let ldChars = 0;
  // Depth inside <figure>/<figcaption>: copyright marks there credit the picture.
  let figures = 0;
  const visit = (n: HNode, hidden: boolean, inArticle: boolean) => {
    for (const k of n.kids) {
      if (typeof k === 'string') {
        // Indentation between tags is not text: it would stretch the distances to the headline.
        if (!hidden && !isBlank(k)) lines.add(k);
        // The copyright line is read even in the page footer (chrome to the rest of the walk).
        if (w.copyright.length < 12 && mayBeCopyright(k) && !figures && !NO_TEXT_TAGS.has(n.tag) && !MEDIA_CREDIT.test(n.attrs.class ?? '')) {
          const t = norm(textUpTo(n, 300) || k);
          if (!w.copyright.includes(t)) w.copyright.push(t);
        }
        continue;
      }
      const at = lines.at;
      const a = k.attrs;
      // A page whose markup opens its body inside <head> (a stray <div> before </head>) is shown by
      // browsers all the same: body elements there are visible.
      const hid = hidden && !(n.tag === 'head' && BODY_IN_HEAD.has(k.tag));
      switch (k.tag) {
        case 'html': if (a.lang || a['xml:lang']) w.lang = a.lang || a['xml:lang']; break;
        case 'meta': {
          const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase();
          const val = a.content;
          if (key && val && !w.metas.has(key)) w.metas.set(key, val.trim());
          if (a.itemprop && val && !w.itemprops.has(a.itemprop)) w.itemprops.set(a.itemprop, val.trim());
          break;
        }
        default:
          // RDFa on any element (<span property="schema:datePublished" content="…">) says what a meta tag would.
          if (a.property && a.content && !hid) { const key = a.property.toLowerCase(); if (!w.metas.has(key)) w.metas.set(key, a.content.trim()); }
          break;
        case 'title': if (!w.title) w.title = normKeep(textOf(k)); break;
        case 'link':
          if (/\bcanonical\b/i.test(a.rel ?? '') && a.href && !w.canonical) w.canonical = a.href;
          if (/\bauthor\b/i.test(a.rel ?? '') && a.href) { /* a URL, not a name */ }
          break;
        case 'script':
          if (/ld\+json/i.test(a.type ?? '')) {
            const src = textOf(k);
            ldChars += src.length;
            if (ldChars <= MAX_LD_CHARS) { const v = parseLd(src); if (v === undefined) w.ldErrors++; else w.ld.push(v); }
          }
          break;
        case 'time':
          if (a.datetime && w.times.length < 20 && !hid) w.times.push({ datetime: a.datetime, text: norm(textUpTo(k, 400)), good: /publish|pubdate|posted|entry-date|created/i.test(`${a.class ?? ''} ${a.itemprop ?? ''}`) && !/modif|update/i.test(a.class ?? '') });
          break;
        case 'a': if (/\bauthor\b/i.test(a.rel ?? '') && w.relAuthors.length < 6) { const t = norm(textUpTo(k, 400)); if (t && t.length < 80) w.relAuthors.push(t); } break;
        case 'h1': if (!hid && w.h1s.length < 5) { const t = normKeep(textUpTo(k, 1200)); if (t.length >= 3 && t.length <= 300) w.h1s.push(withCore({ text: t, at }, k)); } break;
        case 'h2': case 'h3': if (!hid && w.subheads.length < 30) { const t = normKeep(textUpTo(k, 1200)); if (t.length >= 3 && t.length <= 300) w.subheads.push({ text: t, at }); } break;
      }
      if (SKIP_TAGS.has(k.tag)) continue;
      // Class and id are tested apart (a pattern cannot span them), each once per distinct value.
      const kind = (a.class === undefined ? 0 : classKind(a.class)) | (a.id === undefined ? 0 : classKind(a.id));
      // An <article>'s own <footer> holds its byline and date (HTML's sectioning rule), not the page's.
      const chrome = hid || (HIDDEN_TAGS.has(k.tag) && !(k.tag === 'footer' && inArticle)) || (k.tag !== 'body' && k.tag !== 'html' && (kind & K_CHROME) !== 0 && !headPath.has(k));
      if (!chrome && (k.tag === 'h1' || k.tag === 'h2') && w.headings.length < 3 && ((kind & K_HEADLINE) !== 0 || a.itemprop === 'headline')) {
        const t = normKeep(textUpTo(k, 1200));
        if (t.length >= 3 && t.length <= 300) w.headings.push(withCore({ text: t, at }, k));
      }
      if (!chrome && w.classAuthors.length < 20 && (kind & K_AUTHOR) !== 0) {
        const t = norm(textUpTo(k, 600));
        if (t && t.length < 120) w.classAuthors.push({ text: t, at });
      }
      if (!chrome && w.dateEls.length < 30 && (kind & K_DATE) !== 0) {
        const t = norm(textUpTo(k, 800));
        if (t && t.length <= 200 && /\d/.test(t)) w.dateEls.push({ text: t, at, before: lines.tail(30) });
      }
      if (a.itemprop && k.tag !== 'meta' && ITEMPROPS.has(a.itemprop) && !w.itemprops.has(a.itemprop)) {
        const v = a.datetime ?? a.content ?? norm(textUpTo(k, 1200));
        if (v) w.itemprops.set(a.itemprop, v);
      }
      const block = BLOCK_TAGS.has(k.tag);
      if (block) lines.flush();
      // Inline elements are kept apart by a space ("Tanja Karrasch<span>3.11.2023</span>").
      else if (!chrome) lines.space();
      const fig = k.tag === 'figure' || k.tag === 'figcaption';
      if (fig) figures++;
      visit(k, chrome, inArticle || k.tag === 'article');
      if (fig) figures--;
      if (block) lines.flush();
    }
  };
  visit(root, false, false);
  lines.flush();
  return w;
}

/**
 * Texts that may print the publication date, nearest the headline first: byline/date elements
 * and short lines within 400 characters before or 800 after the headline; without a headline,
 * the byline/date elements in page order.
 */
function printedTexts(w: Walk, title?: string): DateEvidence['printed'] {
  const head = locateHeadline(w, title);
  const out: { text: string; dist: number }[] = [];
  if (!head) {
    w.dateEls.forEach((e, i) => out.push({ text: e.before + e.text, dist: i }));
  } else {
    const lo = head.at - 400, hi = head.at + head.text.length + AFTER_HEADLINE;
    // Before the headline sit the page header's "today" dates; after it, the byline: distances before count double.
    const distance = (at: number) => (at < head.at ? 2 * (head.at - at) : Math.max(0, at - head.at - head.text.length));
    for (const e of w.dateEls) {
      // A date element far from the headline is a related story's or the page header's.
      if (e.at >= lo && e.at <= hi) out.push({ text: e.before + e.text, dist: distance(e.at) });
    }
    for (const l of w.lines.window(lo, hi)) {
      const dist = distance(l.at);
      // Long lines are paragraphs: only their opening can be a dateline.
      out.push({ text: l.text.length > 200 ? l.text.slice(0, 100) : l.text, dist: dist + 1 });
    }
  }
  out.sort((a, b) => a.dist - b.dist);
  return out.slice(0, 40).map((o) => ({ text: o.text }));
}

/** A label saying the date after it is the publication's ("Erschienen am:", "Published on", "Publié le" …). */
const PUB_LABEL = /(?:^|[\s(|·•–—-])(?:erschienen|veröffentlicht|publiziert|published|posted|publié|publicado|pubblicato|gepubliceerd|opublikowano|опубликовано|yayınlanma)(?:\s+(?:am|on|le|el|il|em|op|in|tarihi))?\s*:?\s*$|(?:pressemitteilung|press release|communiqué|mitteilung)\s+(?:vom|of|du)\s*$/i;
/** How far after the headline (visible characters) a labelled publication date is looked for. */
const FAR_LABELLED = 40_000;

/** Short lines after the headline's window whose date a publication label introduces (a last resort, read lazily). */
function labelledDateLines(w: Walk, title?: string): string[] {
  const head = locateHeadline(w, title);
  const from = head ? head.at + head.text.length : 0;
  const out: string[] = [];
  for (const l of w.lines.window(from, from + FAR_LABELLED)) {
    if (l.text.length > 160) continue;
    const m = /\d/.exec(l.text);
    if (!m) continue;
    // The label right before the first digit ("Erschienen am: 01.11.2023") or before a month name ("Published on May 3, 2024").
    const lead = l.text.slice(0, m.index);
    if (PUB_LABEL.test(lead) || PUB_LABEL.test(lead.replace(/\p{L}{3,}\.?\s*$/u, ''))) out.push(l.text);
    if (out.length >= 3) break;
  }
  return out;
}

/**
 * Where the headline is in the text stream: a heading marked as the headline, else an `<h1>`
 * that is (part of) the title, else the first line that is the title, else the first `<h1>`.
 */
function locateHeadline(w: Walk, title?: string): { text: string; at: number } | undefined {
  const t = title ? title.toLowerCase() : '';
  const isTitle = (h: { text: string }) => { const x = h.text.toLowerCase(); return x.length >= 8 && !x.endsWith('…') && (t.includes(x) || x.includes(t)); };
  const byTitle = t ? w.headings.find(isTitle) ?? w.h1s.find(isTitle) : undefined;
  if (byTitle) return byTitle;
  if (t.length >= 10) {
    // Raw lengths bound the normalised ones from above: lines that cannot match are never built.
    const l = w.lines.find(t.length, 4 * (t.length + 40), (x) => x.length < t.length + 40 && x.toLowerCase().includes(t))
      ?? w.lines.find(Math.min(20, t.length * 0.6), 4 * t.length, (x) => x.length >= 20 && x.length >= t.length * 0.6 && t.includes(x.toLowerCase()));
    if (l) return l;
  }
  return w.headings.find((h) => !h.text.endsWith('…')) ?? w.h1s[0];
}

/** True when one of the class (or id) tokens marks a block as chrome (see {@link LAYOUT_TOKEN} for the ones that never do). */
export function isChrome(cls: string): boolean {
  if (!cls || !CHROME_CLASS.test(cls)) return false;
  for (const t of cls.split(/\s+/)) if (t && CHROME_CLASS.test(t) && !LAYOUT_TOKEN.test(t)) return true;
  return false;
}

/** A heading with the headline its markup sets apart from a kicker, when it does. */
function withCore(h: Heading, el: HNode): Heading {
  const core = headlineCore(el);
  return core ? { ...h, core: normKeep(core) } : h;
}

/**
 * An element's text, or '' when it is longer than `max` characters (the rest of a large container
 * is not walked): callers reject texts that long anyway, and whole-subtree reads of every
 * date-, author- or headline-classed container made the walk quadratic in nesting depth.
 */
function textUpTo(n: HNode, max: number): string {
  let s = '';
  const stack: (HNode | string)[] = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (typeof x === 'string') { s += x; if (s.length > max) return ''; continue; }
    for (let i = x.kids.length - 1; i >= 0; i--) stack.push(x.kids[i]);
  }
  return s;
}

function norm(s: string): string { return s.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim(); }
/** Whitespace collapsed, soft hyphens kept (a title is reported as the page writes it). */
function normKeep(s: string): string { return decodeEntities(s).replace(/\s+/g, ' ').trim(); }

/** Entities left encoded by double-escaping templates (`&amp;#8222;` read once is `&#8222;`). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&#(\d{1,7});|&#x([0-9a-f]{1,6});|&(amp|quot|apos|lt|gt|nbsp);/gi, (m, d, h, n) => {
    if (d || h) { const c = d ? +d : parseInt(h, 16); return c > 0 && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff) ? String.fromCodePoint(c) : m; }
    return ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' } as Record<string, string>)[n.toLowerCase()];
  });
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 160) return false; }
  return true;
}
function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

/** JSON-LD text → value; lenient about what pages commonly break (raw line breaks in strings, CDATA, comments, trailing commas). */
function parseLd(src: string): unknown {
  if (tooDeep(src, 64)) return undefined;
  try { return JSON.parse(src); } catch { /* repaired below */ }
  const fixed = src.replace(/^\s*(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\]\]>|-->)\s*$/, '').replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
  try { return JSON.parse(fixed); } catch { return undefined; }
}

/** True when brackets nest deeper than `max` (outside strings): such JSON-LD is not metadata, and parsing it costs stack. */
function tooDeep(src: string, max: number): boolean {
  let depth = 0;
  let inStr = false;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (inStr) { if (c === 92) i++; else if (c === 34) inStr = false; continue; }
    if (c === 34) inStr = true;
    else if (c === 91 || c === 123) { if (++depth > max) return true; } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|WebPage|SocialMediaPosting|BackgroundNewsArticle|ReviewNewsArticle|Review|Recipe|VideoObject|PodcastEpisode|DiscussionForumPosting|Blog|CreativeWork|ItemPage|AboutPage|MedicalWebPage|Event|PressRelease)$/;

/** The most article-like JSON-LD object (arrays and `@graph` searched, depth- and count-bounded); one whose headline is the page title first. */
function findArticleLd(ld: unknown[], pageTitle?: string): Record<string, unknown> | undefined {
  const objs: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || objs.length > 200 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) { for (const x of v.slice(0, 100)) visit(x, depth + 1); return; }
    const o = v as Record<string, unknown>;
    objs.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity && typeof o.mainEntity === 'object') visit(o.mainEntity, depth + 1);
  };
  for (const x of ld) visit(x, 0);
  const typeOf = (o: Record<string, unknown>) => (Array.isArray(o['@type']) ? o['@type'].map(String) : [String(o['@type'] ?? '')]);
  const articles = objs.filter((o) => typeOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage') && (o.headline || o.datePublished || o.name));
  const pt = pageTitle ? norm(pageTitle).toLowerCase() : '';
  return (pt ? articles.find((o) => typeof o.headline === 'string' && pt.includes(norm(o.headline).toLowerCase().slice(0, 60))) : undefined)
    ?? articles[0]
    ?? objs.find((o) => typeOf(o).some((t) => ARTICLE_TYPES.test(t)))
    // Any other creative work the page is about (a HowTo, a Course …) that states its headline and date.
    ?? objs.find((o) => (typeof o.headline === 'string' || typeof o.name === 'string') && typeof o.datePublished === 'string');
}

/** JSON-LD author values with `{"@id": …}` references replaced by the objects they name (Yoast puts the Person elsewhere in `@graph`). */
function resolveLdRefs(v: unknown, ld: unknown[]): unknown {
  const isRef = (x: unknown): x is { '@id': string } => !!x && typeof x === 'object' && typeof (x as Record<string, unknown>)['@id'] === 'string' && !(x as Record<string, unknown>).name;
  const list = Array.isArray(v) ? v : [v];
  if (!list.some(isRef)) return v;
  const byId = new Map<string, Record<string, unknown>>();
  let seen = 0;
  const visit = (x: unknown, depth: number) => {
    if (depth > 6 || seen > 500 || !x || typeof x !== 'object') return;
    seen++;
    if (Array.isArray(x)) { for (const y of x.slice(0, 100)) visit(y, depth + 1); return; }
    const o = x as Record<string, unknown>;
    if (typeof o['@id'] === 'string' && o.name) byId.set(o['@id'], o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const x of ld) visit(x, 0);
  return list.map((x) => (isRef(x) ? byId.get(x['@id']) ?? x : x));
}

function ldName(v: unknown): string | undefined {
  if (Array.isArray(v)) return ldName(v[0]);
  if (v && typeof v === 'object') { const n = (v as Record<string, unknown>).name; return typeof n === 'string' && n.trim() ? n.trim() : undefined; }
  return undefined;
}
function ldImage(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return ldImage(v[0]);
  if (v && typeof v === 'object') { const u = (v as Record<string, unknown>).url; return typeof u === 'string' ? u : undefined; }
  return undefined;
}

function hostOf(url?: string): string | undefined {
  if (!url) return undefined;
  try { return new URL(url).hostname.replace(/^www\./, '') || undefined; } catch { return undefined; }
}

/**
 * Normalises a date string to ISO 8601 (zone kept as written), or undefined when it is not a
 * real, plausible date (see metadata-dates.ts).
 */
export function normaliseDate(v: string): string | undefined {
  const d = parseTimestampPlausible(v);
  return d ? d.timestamp ?? isoDay(d) : undefined;
}

function parseTimestampPlausible(v: string) { const d = parseTimestamp(v); return d && plausible(d) ? d : undefined; }

/**
 * A full date (with year) in the opening of the text (first line or sentence, ≤ 120 characters) — a dateline such as
 * "BERLIN, 3 September 2025 –" or a "Published: Sept. 3, 2025" line — as `YYYY-MM-DD`.
 * Dates without a year are ignored: the year would be a guess.
 */
export function dateFromDateline(text: string, order: DateOrder = 'dmy'): string | undefined {
  let head = text.slice(0, 120);
  const cut = head.search(/\n|(?<!\d)[.!?]\s+\p{Lu}/u);
  if (cut > 0) head = head.slice(0, cut + 1);
  return dateIn(head, order);
}

/** The first full date (day, month, year) anywhere in a short string, as `YYYY-MM-DD`. */
export function dateIn(head: string, order: DateOrder = 'dmy'): string | undefined {
  const d = findDates(head, { order, max: 1 })[0];
  return d ? isoDay(d) : undefined;
}
