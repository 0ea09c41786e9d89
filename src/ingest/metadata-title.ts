/**
 * The page's headline and the site name around it.
 *
 * Pages carry the headline several times: `<title>` and og:title usually with the site name
 * ("Headline | Site", "Site » Blog Archive » Headline"), JSON-LD `headline`, and the visible
 * headings — where blog templates put the site name in an `<h1>` above the post title and news
 * templates put a kicker inside it. The rule, in order:
 * 1. a heading (`<h1>`, then `<h2>`/`<h3>`, then one marked `headline`/`entry-title`) that the
 *    og:title or `<title>` contains and that makes up most of its headline part — the title
 *    confirms the heading; a heading that is the site name is never confirmed;
 * 2. the stripped og:title/`<title>` when an `<h1>` holds it plus a kicker;
 * 3. JSON-LD `headline` (minus a site-name part); 4. a heading marked as the headline;
 * 5. the first `<h1>` that is not the site name; 6. og:title, then `<title>`, minus the site name.
 *
 * Site names are `og:site_name` (or JSON-LD `publisher`), the part of `<title>` that og:title
 * leaves out ("Headline | Site" against "Headline"), and the name the host spells
 * (`seelenradio.de` → "Seelenradio", "Disfunctions.de").
 * @module
 */

import { textOf, type HNode } from './htmltree.js';

/**
 * A heading's text and its offset in the walk's visible-text stream; `core` is the headline
 * without a kicker that the heading's markup sets apart (see {@link headlineCore}).
 */
export interface Heading { text: string; at: number; core?: string }

const KICKER_CLASS = /kicker|dachzeile|topline|overline|eyebrow|roofline|supertitle|spitzmarke|topic|label|subtitle|titleheader|pretitle|pre-title/i;
const HEADLINE_PART = /(?:^|[\s_-])(?:headline|title-text|titletext|heading-text)(?:$|[\s_-])/i;
const SEPARATOR_ONLY = /^[\s:–—|·•\/-]+$/;

/**
 * The headline inside a heading that also holds a kicker ("Dachzeile"), by the markup news
 * templates use for it: a separator element between the two (often visually hidden: "<span
 * class=visually-hidden> - </span>"), a later child marked `headline`, or a first child marked as
 * kicker/topline/label. Undefined when the heading is one piece.
 */
export function headlineCore(h: HNode): string | undefined {
  const kids = h.kids.filter((k) => typeof k !== 'string' || k.trim());
  if (kids.length < 2 || kids.length > 8) return undefined;
  const txt = (k: HNode | string) => (typeof k === 'string' ? k : textOf(k)).replace(/\s+/g, ' ').trim();
  let from = -1;
  const sep = kids.findIndex((k, i) => i > 0 && typeof k !== 'string' && SEPARATOR_ONLY.test(textOf(k)));
  if (sep > 0 && sep < kids.length - 1) from = sep + 1;
  else {
    const head = kids.findIndex((k, i) => i > 0 && typeof k !== 'string' && HEADLINE_PART.test(k.attrs.class ?? ''));
    if (head > 0) from = head;
    else if (typeof kids[0] !== 'string' && KICKER_CLASS.test(kids[0].attrs.class ?? '')) from = 1;
  }
  if (from < 1) return undefined;
  const kicker = kids.slice(0, from).map(txt).join(' ').trim();
  const core = kids.slice(from).map(txt).join(' ').replace(/\s+/g, ' ').trim();
  return kicker.length <= 80 && core.length >= 8 ? core : undefined;
}

/** What the page walk found for the title. */
export interface TitleEvidence {
  /** `<title>` text (entities decoded, whitespace collapsed). */
  title?: string;
  /** og:title, else twitter:title, else dc.title. */
  og?: string;
  ldHeadline?: string;
  siteName?: string;
  /** Host of the page URL (without `www.`). */
  host?: string;
  h1s: Heading[];
  /** `<h2>`/`<h3>` (blog templates put the post title there, under a site-name `<h1>`). */
  subheads: Heading[];
  /** `<h1>`/`<h2>` marked as the headline by class, id or `itemprop`. */
  headings: Heading[];
}

/** For comparing texts: lower case, no soft hyphens, one space. */
export function key(s: string): string { return s.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim().toLowerCase(); }
/** Letters and digits only, lower case ("Disfunctions.de" → "disfunctionsde"). */
function squash(s: string): string { return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''); }

/** The registrable name of a host, without public suffix and `www` ("blog.seelenradio.de" → "seelenradio"). */
export function hostLabel(host?: string): string | undefined {
  if (!host) return undefined;
  const parts = host.toLowerCase().replace(/^www\d?\./, '').split('.');
  if (parts.length < 2) return parts[0] || undefined;
  // "example.co.uk", "example.com.br": the label before a two-part suffix.
  const i = parts.length >= 3 && /^(?:co|com|org|net|gov|ac|or|ne|edu)$/.test(parts[parts.length - 2]) ? parts.length - 3 : parts.length - 2;
  return parts[i].replace(/-/g, '') || undefined;
}

/**
 * Site names of the page as comparison keys: og:site_name, the part of `<title>` that og:title
 * leaves out, and the host's name (squashed).
 */
export function siteNames(ev: Pick<TitleEvidence, 'siteName' | 'og' | 'title' | 'host'>): { keys: string[]; label?: string } {
  const keys: string[] = [];
  if (ev.siteName) keys.push(key(ev.siteName));
  if (ev.og && ev.title) {
    const o = key(ev.og), t = key(ev.title);
    // "Headline | Site" vs og:title "Headline": the rest, less its separator, names the site.
    if (o.length >= 4 && t.length > o.length + 2) {
      // Only a trailing part, and only one without separators of its own: a leading part or a
      // "– Until Now | Site" tail is as often the headline's kicker or second half as a site name.
      const rest = t.startsWith(o) ? t.slice(o.length) : '';
      const name = rest.replace(/^\s*[|–—·•»›:~/-]+\s*/, '').trim();
      if (name && name.length <= 60 && rest !== name && !/\s[|–—·•»›:~-]\s|\|/.test(name)) keys.push(name);
    }
  }
  return { keys, label: hostLabel(ev.host) };
}

/** True when `text` is one of the site names (exactly, or squashed, or the host's name). */
export function isSiteName(text: string, sites: { keys: string[]; label?: string }): boolean {
  const k = key(text);
  if (!k) return false;
  const q = squash(k);
  if (sites.keys.some((s) => s === k || (q.length >= 3 && squash(s) === q))) return true;
  const l = sites.label;
  // "Disfunctions.de", "seelenradio", "Pamela Anderson" on pamelaandersonfoundation.org.
  return !!l && l.length >= 4 && q.length >= 4 && (q === l || q === `${l}${tld(k)}` || (l.includes(q) && q.length >= 0.6 * l.length) || (q.includes(l) && l.length >= 0.6 * q.length));
}
function tld(k: string): string { const m = /\.([a-z]{2,6})$/.exec(k); return m ? m[1] : ''; }

const SITE_SEP = /\s+[|–—·•»›:~-]\s+|\s+[|/]{2}\s+|\s*\|\s*|\s*»\s*/g;

/**
 * A title without its site-name part: a leading or trailing part that is a site name (several
 * separators deep: "Headline | AOC media - Analyse", "Site » Blog Archiv » Headline"), else a
 * short (≤ 30 characters) trailing part ("Headline | Site"), else a short leading one ("Site: Headline") —
 * these two guesses not with `knownOnly` (JSON-LD `headline` rarely carries a site name, often a subtitle).
 * The headline's own text is kept as written (inner separators stay).
 */
export function stripSiteSuffix(t: string, siteName?: string, sites?: { keys: string[]; label?: string }, knownOnly = false): string {
  const seps: { start: number; end: number }[] = [];
  SITE_SEP.lastIndex = 0;
  for (let m = SITE_SEP.exec(t); m && seps.length < 10; m = SITE_SEP.exec(t)) { if (m[0].length === 0) { SITE_SEP.lastIndex++; continue; } seps.push({ start: m.index, end: m.index + m[0].length }); }
  if (!seps.length) return t;
  const known = sites ?? { keys: siteName ? [key(siteName)] : [] };
  const site = (p: string) => isSiteName(p.replace(/^www\./i, ''), known);
  // Site parts at the end or start, whichever separator starts them.
  for (let i = 0; i < seps.length; i++) {
    const tail = t.slice(seps[i].end).trim();
    const rest = t.slice(0, seps[i].start).trim();
    if (rest.length >= 4 && site(tail)) return rest;
  }
  for (let i = 0; i < seps.length; i++) {
    const head = t.slice(0, seps[i].start).trim();
    // "Site » Blog Archiv » Headline": the site first, an archive label after it.
    const rest = t.slice(seps[i].end).trim().replace(/^(?:blog[\s-]*)?archiv(?:e|es)?\s*[»›|:]\s*/i, '');
    if (rest.length >= 4 && site(head)) return rest;
  }
  if (knownOnly) return t;
  const head = t.slice(0, seps[0].start).trim();
  const tail = t.slice(seps[seps.length - 1].end).trim();
  const withoutTail = t.slice(0, seps[seps.length - 1].start).trim();
  const withoutHead = t.slice(seps[0].end).trim();
  if (tail.length <= 30 && tail.length < withoutTail.length) return withoutTail;
  if (head.length <= 30 && head.length < withoutHead.length) return withoutHead;
  return t;
}

/** The trailing site part of a `<title>` ("Headline | Site" → "Site"), when short enough to be one. */
export function siteSuffix(t: string): string | undefined {
  SITE_SEP.lastIndex = 0;
  const parts = t.split(SITE_SEP);
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1].trim();
  return last.length <= 40 ? last : undefined;
}

/** The headline (see the module doc for the order). */
export function chooseTitle(ev: TitleEvidence): string | undefined {
  // Soft hyphens are line-break hints, not part of the headline readers see.
  const t = pickTitle(ev);
  // Breadcrumb arrows before it ("» Headline", "[> Headline") are template furniture; a "[Tag]" prefix is the title's own.
  return t?.replace(/\u00ad/g, '').replace(/^(?:\[(?=[>»›])|[\s»›>|·•:–—-])+(?=\p{L})/u, '');
}

function pickTitle(ev: TitleEvidence): string | undefined {
  const sites = siteNames(ev);
  const raw = [ev.og, ev.title].filter((x): x is string => !!x);
  // When <title> is og:title plus a site part, og:title is the bare headline: a short last part of
  // it ("… – worauf wartet die Politik?") is its second half, not a site name to guess away.
  const ogBare = !!ev.og && !!ev.title && key(ev.title).length > key(ev.og).length + 2 && key(ev.title).startsWith(key(ev.og));
  const stripped = raw.map((t, i) => stripSiteSuffix(t, ev.siteName, sites, ogBare && i === 0 && t === ev.og));
  const keys = raw.map(key);
  const skeys = stripped.map(key);
  const notSite = (h: { text: string }) => !isSiteName(h.text, sites);
  const confirmed = (h: { text: string }) => {
    const k = key(h.text);
    return k.length >= 4 && keys.some((t, i) => t.includes(k) && k.length >= 0.5 * skeys[i].length) && notSite(h);
  };
  const heading = ev.h1s.find(confirmed) ?? ev.subheads.find(confirmed) ?? ev.headings.find(confirmed);
  if (heading) return heading.core ?? stripSiteSuffix(heading.text, ev.siteName, sites, true);
  for (const h of ev.h1s) {
    const k = key(h.text);
    const i = skeys.findIndex((t) => t.length >= 10 && k.length > t.length && k.endsWith(t) && !(/\p{L}/u.test(k[k.length - t.length - 1]) && /\p{L}/u.test(t[0])));
    if (i >= 0) return stripped[i];
  }
  // An <h1> that is the title's headline followed by a subtitle after a colon or dash ("Lemon cake: quick and moist").
  for (const h of ev.h1s) {
    const k = key(h.text);
    const i = skeys.findIndex((t) => t.length >= 10 && k.length > t.length + 3 && k.startsWith(t) && /^\s*[:–—-]\s/.test(k.slice(t.length)));
    if (i >= 0 && notSite(h)) return h.core ?? h.text;
  }
  if (ev.ldHeadline) { const l = stripSiteSuffix(ev.ldHeadline, ev.siteName, sites, true); if (!isSiteName(l, sites)) return l; }
  // No heading is the title's headline: a heading sharing most of its words with it (a rewritten headline).
  const words = (x: string) => key(x).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  const titleWords = new Set(skeys.flatMap(words));
  if (titleWords.size) {
    let best: Heading | undefined, bestScore = 0.5;
    for (const h of [...ev.h1s, ...ev.headings, ...ev.subheads.slice(0, 10)]) {
      const ws = words(h.core ?? h.text);
      if (ws.length < 2 || !notSite(h)) continue;
      const shared = ws.filter((w) => titleWords.has(w)).length;
      const score = Math.min(shared / ws.length, shared / titleWords.size);
      if (score > bestScore) { best = h; bestScore = score; }
    }
    if (best) return best.core ?? best.text;
  }
  const marked = ev.headings.find((h) => !h.text.endsWith('…') && notSite(h));
  if (marked) return marked.core ?? marked.text;
  const h1 = ev.h1s.find((h) => notSite(h) && !keys.some((t, i) => t !== skeys[i] && !skeys[i].includes(key(h.text)) && t.includes(key(h.text))));
  if (h1) return h1.core ?? h1.text;
  return stripped.find((s) => !isSiteName(s, sites)) ?? stripped[0] ?? ev.headings[0]?.text;
}
