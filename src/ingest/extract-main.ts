/**
 * Main-text extraction over an {@link HNode} tree: the cascade trafilatura documents,
 * reduced to what matters for news pages.
 *
 * 1. **Prune** elements that are never article text: navigation, forms' controls,
 *    asides, footers, captions, hidden elements, and containers whose class/id names
 *    them as chrome (share bars, comments, related stories, newsletters, cookie banners …).
 * 2. **Choose the container**: score paragraph-like blocks (length, commas, link density)
 *    into their ancestors as Readability does; prefer a semantic container
 *    (`itemprop=articleBody`, `<article>`, `entry-content` …) when it holds most of the
 *    well-scored text; add siblings of the container that look like article paragraphs
 *    (e.g. a lead paragraph placed just outside the body wrapper).
 *    When the chosen region holds too little of the page's paragraph text (under 70 %
 *    for a scored region, 50 % for a semantic one), the page has several content regions
 *    and every well-formed block (≥ 40 characters) of the pruned body is taken instead —
 *    trafilatura's "wild text" recovery.
 * 3. **Render blocks** (p, headings, list items, quotes, table cells, div text) and drop
 *    link-dense blocks, link lists and short UI/boilerplate lines, recording each removal.
 *
 * Works on the tree in place (it is pruned). Returned blocks are whitespace-normalised.
 * @module
 */
import type { HNode } from './htmltree.js';
import { textOf } from './htmltree.js';
import { blockRule } from './boilerplate.js';

/** A block dropped by the extractor and the rule that dropped it. */
export interface Removed { text: string; rule: string; why?: string }

/** Result of {@link extractMain}. */
export interface MainText { blocks: string[]; removed: Removed[]; method: 'semantic' | 'scored' | 'density' | 'none' }

const DROP_TAGS = new Set(['nav', 'aside', 'footer', 'button', 'input', 'label', 'menu', 'figcaption', 'dialog', 'head', 'title', 'script', 'style', 'link', 'meta', 'img', 'picture', 'video', 'audio', 'map', 'area', 'option', 'optgroup']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const KEEP_CLASSLESS = new Set(['html', 'body', 'main', 'article', '#root']);

/** Class/id tokens naming page chrome (matched per token, hyphen/underscore delimited). */
const CHROME_RE = /(?:^|[-_])(?:nav|navbar|navigation|breadcrumbs?|footer|sidebar|side-bar|share|sharing|shares|sharebar|social|socials|social-media|comments?|commentlist|kommentare?|related|recommended|recommendations|newsletter|subscribe|subscription|cookies?|consent|gdpr|cmp-banner|banner|advert|advertisement|adverts|ads|ad|adslot|adunit|anzeige|werbung|sponsored|promo|popup|modal|outbrain|taboola|tagcloud|tag-list|taglist|tags|author-bio|authorbox|author-box|about-author|author-info|author-description|author-details|author-profile|author-card|autorenbox|autor-info|autorbox|bio-box|pagination|pager|skip-link|toolbar|masthead|topbar|disqus|rating|post-meta|entry-meta|article-meta|postmeta|byline|dateline|caption|credits?|copyright|disclaimer|signup|paywall|more-stories|most-popular|mostread|trending|sr-only|visually-hidden|screen-reader-text|print-link|login|search|site-header|page-header|header-nav|meta-info|infobox-links|see-also|weitere)(?:$|[-_])/;

/** Class/id tokens naming the article body. */
const BODY_RE = /^(?:article[-_]?(?:body|content|text|main|inner)|articlebody|article__(?:body|content|text)|story[-_]?(?:body|content|text)|entry[-_]?(?:content|body)|post[-_]?(?:body|content|text|entry)|blog[-_]?(?:post|entry)[-_]?(?:body|content)|main[-_]?content|content[-_]?(?:body|main|text)|body[-_]?text|text[-_]?(?:body|content)|news[-_]?(?:body|content|text)|td-post-content|single[-_]?content|field[-_]?body|rte|richtext|rich-text)$/;

const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'header', 'figure', 'address', 'center', 'form', 'fieldset', 'details', 'summary', 'hr', 'br', 'caption']);
const PARA_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd', 'li']);

interface Stats {
  text: number; link: number; score: number; ptext: number; commas: number;
  /** Lower-case class/id tokens, split on first use (prune and the container search both read them). */
  tokens: string[] | undefined;
}
// Stats live in the nodes' scratch slot (a WeakMap costs a hash lookup per node per pass).
const ZERO: Stats = { text: 0, link: 0, score: 0, ptext: 0, commas: 0, tokens: undefined };
const stats = {
  get: (n: HNode): Stats | undefined => n.scratch as Stats | undefined,
  set: (n: HNode, s: Stats): void => { n.scratch = s; },
};
const st = (n: HNode): Stats => (n.scratch as Stats | undefined) ?? ZERO;

const NO_TOKENS: string[] = [];
const NON_SPACE_WS = /[^\S ]/;
function tokens(n: HNode): string[] {
  const c = n.attrs.class, i = n.attrs.id;
  if (!c && !i) return NO_TOKENS;
  const s = stats.get(n);
  if (s?.tokens) return s.tokens;
  const joined = `${c ?? ''} ${i ?? ''}`.toLowerCase();
  // Class lists are nearly always separated by single spaces: the one-character split is the fast path.
  const t = (NON_SPACE_WS.test(joined) ? joined.split(/\s+/) : joined.split(' ')).filter(Boolean);
  if (s) s.tokens = t;
  return t;
}

function isHidden(n: HNode): boolean {
  if (n.attrs.hidden !== undefined) return true;
  const s = n.attrs.style;
  return !!s && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(s);
}

/** The class/id token or role naming `n` as page chrome, or undefined. */
function chromeToken(n: HNode): string | undefined {
  if (KEEP_CLASSLESS.has(n.tag) || HEADINGS.has(n.tag)) return undefined;
  const role = n.attrs.role;
  if (role && /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar)$/.test(role)) return `role=${role}`;
  // "no-share", "has-comments", "with-sidebar" describe a layout, not a chrome element.
  for (const t of tokens(n)) if (CHROME_RE.test(t) && !/^(?:no|has|with|is|hide|show|without|enable|disable)[-_]/.test(t)) return t;
  return undefined;
}

/** Takes a removed subtree's counts out of its ancestors' stats (instead of re-measuring the page). */
function unmeasure(k: HNode): void {
  const s = stats.get(k);
  if (!s || (!s.text && !s.commas)) return;
  for (let a = k.parent; a; a = a.parent) {
    const as = stats.get(a);
    if (!as) break;
    as.text -= s.text; as.link -= s.link; as.commas -= s.commas; as.ptext = Math.max(0, as.ptext - s.ptext);
  }
}

/** Removes never-article elements; returns nothing, mutates `n`. */
function prune(n: HNode, removed: Removed[], guard: number): void {
  const kids = n.kids;
  let w = 0;
  for (let r = 0; r < kids.length; r++) {
    const k = kids[r];
    if (typeof k !== 'string') {
      if (DROP_TAGS.has(k.tag) || isHidden(k) || (k.tag === 'script')) { unmeasure(k); continue; }
      let tok = chromeToken(k);
      // A chrome-named wrapper that holds much of the page's paragraph text is a layout
      // wrapper ("has-sidebar", "item-caption" around the story), not chrome: keep it.
      if (tok && !/comment|kommentar|disqus/.test(tok) && st(k).text - st(k).link > guard) tok = undefined;
      if (tok) {
        const t = norm(looseText(k));
        if (t) removed.push({ text: t.length > 300 ? t.slice(0, 297) + '…' : t, rule: 'page-chrome', why: `${k.tag}.${tok}` });
        unmeasure(k);
        continue;
      }
      prune(k, removed, guard);
    }
    kids[w++] = k;
  }
  kids.length = w;
}

/** Text with a space at every element boundary ("Home Local Sport", not "HomeLocalSport"), for records. */
function looseText(n: HNode, max = 600): string {
  let s = '';
  for (const k of n.kids) {
    s += typeof k === 'string' ? k : ` ${looseText(k, max - s.length)} `;
    if (s.length >= max) break; // records are cut at 300 characters anyway
  }
  return s;
}

const WS = /\s+/g;
/** Anything `norm` would change: a whitespace run, a non-space whitespace character, or whitespace at an end. */
const NOT_NORMAL = /\s\s|[^\S ]|^\s|\s$/;
/** Collapses whitespace runs to one space and trims (JS `\s`). Most blocks are blank or already normal: no new string then. */
function norm(s: string): string {
  if (s.length === 0 || !NOT_NORMAL.test(s)) return s;
  return s.replace(WS, ' ').trim();
}

function countChar(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

const NON_BLANK = /[^\x00-\x20]/;

/** Bottom-up: text length, link-text length (after pruning). */
function measure(n: HNode, inLink: boolean, withCommas = true): Stats {
  let text = 0, link = 0, ptext = 0, commas = 0;
  const isLink = inLink || n.tag === 'a';
  for (const k of n.kids) {
    if (typeof k === 'string') {
      // Length without surrounding whitespace (code units <= 32), without allocating. Most
      // text nodes are indentation: a native search finds those faster than a charCodeAt loop.
      const a = k.search(NON_BLANK);
      let b = k.length;
      if (a < 0) b = 0;
      else while (b > a && k.charCodeAt(b - 1) <= 32) b--;
      const l = a < 0 ? 0 : b - a;
      text += l; if (isLink) link += l;
      if (withCommas && l > 0) commas += countChar(k, ',') + countChar(k, '、') + countChar(k, '，');
    } else {
      const s = measure(k, isLink, withCommas);
      text += s.text; link += s.link; ptext += s.ptext; commas += s.commas;
    }
  }
  if (PARA_TAGS.has(n.tag) && text >= 25) ptext = Math.max(ptext, text - link);
  const s: Stats = { text, link, score: 0, ptext, commas, tokens: undefined };
  stats.set(n, s);
  return s;
}

function directText(n: HNode): number {
  let t = 0;
  for (const k of n.kids) if (typeof k === 'string') { if (k.length) t += k.trim().length; }
    else if (!BLOCK_TAGS.has(k.tag)) t += st(k).text;
  return t;
}

/** Readability-style scoring: paragraph blocks give points to 3 generations of ancestors. */
function score(root: HNode): HNode[] {
  const scored: HNode[] = [];
  const visit = (n: HNode) => {
    for (const k of n.kids) {
      if (typeof k === 'string') continue;
      const para = k.tag === 'p' || k.tag === 'pre' || k.tag === 'td' || k.tag === 'blockquote' ||
        ((k.tag === 'div' || k.tag === 'section' || k.tag === 'span' || k.tag === 'font') && directText(k) >= 25);
      if (para) {
        const s = st(k);
        if (s.text >= 25) {
          // Lengths and commas come from the bottom-up stats: no per-block text copies.
          const ld = s.text ? s.link / s.text : 0;
          const pts = (1 + s.commas + Math.min(Math.floor(s.text / 100), 3)) * (1 - ld);
          let a: HNode | null = k.parent, gen = 0;
          while (a && gen < 3) {
            const as = stats.get(a);
            if (as) { if (as.score === 0) scored.push(a); as.score += gen === 0 ? pts : pts / (gen * 2); }
            a = a.parent; gen++;
          }
        }
      }
      visit(k);
    }
  };
  visit(root);
  return scored;
}

const POSITIVE_RE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|beitrag|artikel|inhalt/i;
const NEGATIVE_RE = /-ad-|hidden|banner|combx|comment|kommentar|com-|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|community|discussion|forum|reply|replies|user/i;

/** Readability's class weight: ±25 for class/id names that speak for or against content. */
function classWeight(n: HNode): number {
  let w = 0;
  for (const v of [n.attrs.class, n.attrs.id]) {
    if (!v) continue;
    if (NEGATIVE_RE.test(v)) w -= 25;
    if (POSITIVE_RE.test(v)) w += 25;
  }
  return w;
}

const DISCUSSION_RE = /comment|kommentar|community|discussion|forum-reply|replies|leserbrief/i;
function inDiscussion(n: HNode): boolean {
  for (let a: HNode | null = n; a; a = a.parent) if ((a.attrs.class && DISCUSSION_RE.test(a.attrs.class)) || (a.attrs.id && DISCUSSION_RE.test(a.attrs.id))) return true;
  return false;
}

function linkDensity(n: HNode): number { const s = st(n); return s.text ? s.link / s.text : 0; }

/** Well-formed paragraph text inside `n`: text of paragraph blocks minus their link text. */
function good(n: HNode): number { return st(n).ptext; }

function contains(a: HNode, b: HNode): boolean { for (let n: HNode | null = b; n; n = n.parent) if (n === a) return true; return false; }

/**
 * Extracts the article blocks from a parsed page (see module doc for the cascade).
 * The tree is pruned in place.
 */
export function extractMain(root: HNode): MainText {
  const removed: Removed[] = [];
  const body = findBody(root);
  const before = measure(body, false);
  prune(body, removed, Math.max(400, (before.text - before.link) * 0.4));
  const scored = score(body);
  let top: HNode | undefined;
  let topScore = 0;
  for (const c of scored) {
    const s = (st(c).score + classWeight(c)) * (1 - linkDensity(c));
    if (s > topScore) { topScore = s; top = c; }
  }
  // Semantic containers that hold most of the well-formed paragraph text.
  const sem: HNode[] = [];
  const collect = (n: HNode) => {
    for (const k of n.kids) {
      if (typeof k === 'string') continue;
      if (k.attrs.itemprop === 'articleBody' || k.tag === 'article' || k.tag === 'main' || k.attrs.role === 'main' || tokens(k).some((t) => BODY_RE.test(t))) sem.push(k);
      collect(k);
    }
  };
  collect(body);
  const topGood = top ? good(top) : 0;
  let chosen: HNode | undefined;
  let method: MainText['method'] = 'scored';
  let bestSem: HNode | undefined;
  // Among semantic containers holding most of the paragraph text, the tightest wins;
  // containers inside a comments/community area never do.
  const okSem = sem.filter((s) => good(s) >= 0.6 * topGood && good(s) >= 100 && !inDiscussion(s));
  const maxGood = okSem.reduce((a, s) => Math.max(a, good(s)), 0);
  for (const s of okSem) {
    if (good(s) < 0.8 * maxGood) continue;
    if (!bestSem || st(s).text < st(bestSem).text) bestSem = s;
  }
  if (bestSem) { chosen = bestSem; method = 'semantic'; } else if (top) chosen = top;
  // The scored top can be a single block's parent when the article is split across wrappers;
  // climb while the parent adds substantial paragraph text without becoming link-heavy.
  if (chosen && method === 'scored') {
    while (chosen.parent && chosen.parent !== body && good(chosen.parent) > good(chosen) * 1.3 && linkDensity(chosen.parent) < 0.35) chosen = chosen.parent;
  }
  const parts: HNode[] = [];
  if (chosen) {
    const cs = st(chosen);
    const threshold = Math.max(10, cs.score * 0.2);
    const sibs = chosen.parent ? chosen.parent.kids : [chosen];
    for (const k of sibs) {
      if (typeof k === 'string') continue;
      if (k === chosen) { parts.push(k); continue; }
      const ks = st(k);
      const ld = linkDensity(k);
      let ok = false;
      if (method === 'scored' && ks.score >= threshold && ld < 0.3) ok = true;
      else if (k.tag === 'p' || (k.tag === 'div' && directText(k) === ks.text)) {
        if (ks.text > 80 && ld < 0.25) ok = true;
        else if (ks.text > 0 && ks.text <= 80 && ld === 0 && /[.!?»"“”]\s*$/.test(textOf(k).trim())) ok = true;
      }
      if (ok) parts.push(k);
    }
  }
  // A body split into several same-class chunks (between ads) is taken whole.
  if (chosen && method === 'semantic' && chosen.attrs.class && tokens(chosen).some((t) => BODY_RE.test(t))) {
    const cls = chosen.attrs.class;
    const same = findAllIn(body, (e) => e.tag === chosen!.tag && e.attrs.class === cls);
    if (same.length > 1) { parts.length = 0; parts.push(...same); }
  }
  let blocks: string[] = [];
  for (const p of parts) render(p, blocks, removed);
  // When the chosen region holds too little of the page's paragraph text, the page has
  // several content regions (landing pages, recipes, listings): take every well-formed
  // block of the pruned body instead (trafilatura's "wild text" recovery).
  if (chosen) {
    const inParts = parts.reduce((a, p) => a + good(p), 0);
    const need = method === 'scored' ? 0.7 : 0.5;
    if (inParts < need * good(body)) {
      const all: string[] = [];
      render(body, all, []);
      blocks = all.filter((b) => b.length >= 40);
      method = 'density';
    }
  }
  const total = blocks.reduce((a, b) => a + b.length, 0);
  if (total < 200) {
    // Density fallback: every low-link block of the pruned body of some length.
    const all: string[] = [];
    const rem: Removed[] = [];
    render(body, all, rem);
    const dense = all.filter((b) => b.length >= 60);
    if (dense.reduce((a, b) => a + b.length, 0) > total * 1.5) { blocks = dense; method = 'density'; }
  }
  if (!blocks.length) method = 'none';
  return { blocks, removed, method };
}

/** Outermost elements matching `pred` (a match's descendants are not searched). */
function findAllIn(n: HNode, pred: (e: HNode) => boolean, out: HNode[] = []): HNode[] {
  for (const k of n.kids) {
    if (typeof k === 'string') continue;
    if (pred(k)) out.push(k); else findAllIn(k, pred, out);
  }
  return out;
}

function findBody(root: HNode): HNode {
  for (const k of root.kids) {
    if (typeof k === 'string') continue;
    if (k.tag === 'body') return k;
    if (k.tag === 'html') { const b = k.kids.find((x): x is HNode => typeof x !== 'string' && x.tag === 'body'); return b ?? k; }
  }
  return root;
}

/** Renders `n` into text blocks, dropping link-dense and boilerplate blocks. */
function render(n: HNode, out: string[], removed: Removed[]): void {
  let buf = '';
  let bufLink = 0;
  const flush = (tag: string) => {
    const t = norm(buf);
    const linkShare = t.length ? Math.min(1, bufLink / t.length) : 0;
    buf = ''; bufLink = 0;
    if (!t) return;
    if (linkShare > 0.5 && (t.length < 300 || tag === 'li')) { removed.push({ text: t, rule: 'link-dense' }); return; }
    // Code and preformatted text are kept verbatim: "|"-trees and prompts are content there.
    const rule = tag === 'pre' || tag === 'code' ? undefined : blockRule(t);
    if (rule) { removed.push({ text: t, rule }); return; }
    out.push(t);
  };
  const walk = (e: HNode, inLink: boolean) => {
    for (const k of e.kids) {
      if (typeof k === 'string') { buf += k; if (inLink) bufLink += k.trim().length; continue; }
      if (k.tag === 'br') { flush(e.tag); continue; }
      if (BLOCK_TAGS.has(k.tag)) {
        if ((k.tag === 'ul' || k.tag === 'ol' || k.tag === 'dl') && st(k).text > 0 && linkDensity(k) > 0.6) {
          flush(e.tag);
          removed.push({ text: norm(textOf(k)).slice(0, 300), rule: 'link-list' });
          continue;
        }
        flush(e.tag);
        if (k.tag === 'h1') {
          // The headline is metadata (the title), not body text.
          const t = norm(textOf(k));
          if (t) removed.push({ text: t, rule: 'headline' });
          continue;
        }
        walk(k, inLink);
        flush(k.tag);
      } else walk(k, inLink || k.tag === 'a');
    }
  };
  walk(n, false);
  flush(n.tag);
}
