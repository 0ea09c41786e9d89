/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → article inputs with their metadata.
 *
 * Each item's HTML (`content:encoded`, Atom `content`, else `description`/`summary`) becomes
 * the input's `html`; title, link, date (`pubDate`, `dc:date`, `published`, `updated`),
 * authors and the channel title (as outlet) become metadata. An item with neither
 * content nor a title is kept as an input with an error note, so one broken entry
 * does not stop the rest.
 * @module
 */
import type { DocMeta } from '../model/types.js';
import { parseTree, textOf, type HNode } from './htmltree.js';
import { normaliseDate } from './metadata.js';
import type { ArticleInput } from './index.js';

/** True when the string is an RSS/RDF/Atom document (checked on its first 2 KB). */
export function looksLikeFeed(s: string): boolean {
  const head = s.slice(0, 2048);
  return /<rss[\s>]/i.test(head) || /<feed[\s>][^]*?xmlns\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom/i.test(head) || /<rdf:RDF[\s>][^]*?purl\.org\/rss/i.test(head);
}

const kids = (n: HNode): HNode[] => n.kids.filter((k): k is HNode => typeof k !== 'string');
const local = (tag: string) => tag.toLowerCase();
function child(n: HNode, ...names: string[]): HNode | undefined {
  for (const name of names) { const c = kids(n).find((k) => local(k.tag) === name); if (c) return c; }
  return undefined;
}
const txt = (n?: HNode) => (n ? textOf(n).trim() : '');

/** Parses a feed into article inputs (see module doc). `origin` names the feed in messages. */
export function parseFeed(xml: string, origin = 'feed'): ArticleInput[] {
  const root = parseTree(xml, { xml: true });
  const top = kids(root).find((k) => /^(?:rss|feed|rdf:rdf)$/i.test(k.tag));
  if (!top) return [{ text: '', meta: { origin, format: 'feed' }, notes: [{ rule: 'ingest/feed-unreadable', severity: 'error', message: `${origin}: not an RSS or Atom feed` }] }];
  const atom = local(top.tag) === 'feed';
  const channel = atom ? top : child(top, 'channel') ?? top;
  const outlet = txt(child(channel, 'title')) || undefined;
  const entries: HNode[] = [];
  const collect = (n: HNode) => { for (const k of kids(n)) { const t = local(k.tag); if (t === 'item' || t === 'entry') entries.push(k); else if (t === 'channel') collect(k); } };
  collect(top);
  const out = entries.map((e, i) => entryToInput(e, atom, outlet, `${origin}#${i + 1}`));
  // A feed cut off in transfer parses without complaint (unclosed elements are closed at the
  // end), so the cut is found in the source: no closing root tag, and the entries after the
  // last closed one are incomplete. Those become error items; the complete ones are kept.
  const rootName = atom ? 'feed' : local(top.tag) === 'rss' ? 'rss' : 'rdf:RDF';
  if (!new RegExp(`</${rootName.replace(':', '\\:')}\\s*>(?:\\s|<!--[^]*?-->)*$`, 'i').test(xml.slice(-4096))) {
    const closed = (xml.match(atom ? /<\/entry\s*>/gi : /<\/item\s*>/gi) ?? []).length;
    const where = `${origin}`;
    const cut = out.length - Math.min(closed, out.length);
    for (let i = out.length - cut; i < out.length; i++) {
      out[i] = { text: '', meta: out[i].meta, notes: [{ rule: 'ingest/feed-truncated', severity: 'error', message: `${origin}#${i + 1}: entry cut off (the feed ends without </${rootName}>: truncated or malformed)` }] };
    }
    if (!cut) out.push({ text: '', meta: { origin: where, format: 'feed' }, notes: [{ rule: 'ingest/feed-truncated', severity: 'error', message: `${where}: the feed ends without </${rootName}> (truncated or malformed); ${out.length} complete entr${out.length === 1 ? 'y' : 'ies'} read` }] });
  }
  return out;
}

function entryToInput(e: HNode, atom: boolean, outlet: string | undefined, where: string): ArticleInput {
  const title = txt(child(e, 'title')) || undefined;
  let url: string | undefined;
  if (atom) {
    const links = kids(e).filter((k) => local(k.tag) === 'link');
    const alt = links.find((l) => !l.attrs.rel || l.attrs.rel === 'alternate') ?? links[0];
    url = alt?.attrs.href;
  } else url = txt(child(e, 'link')) || (child(e, 'guid')?.attrs.isPermaLink !== 'false' ? txt(child(e, 'guid')) : '') || undefined;
  const rawDate = txt(child(e, 'pubdate', 'dc:date', 'published', 'updated', 'issued'));
  const publishedAt = rawDate ? normaliseDate(rawDate) : undefined;
  const authors: string[] = [];
  for (const k of kids(e)) {
    const t = local(k.tag);
    if (t === 'dc:creator' || (t === 'author' && !atom)) authors.push(txt(k));
    else if (t === 'author') authors.push(txt(child(k, 'name')));
  }
  const contentEl = child(e, 'content:encoded', 'content', 'description', 'summary');
  let html = '';
  if (contentEl) {
    // Atom xhtml content is markup inside the element; everything else is escaped HTML or text.
    html = contentEl.attrs.type === 'xhtml' ? serialise(contentEl) : textOf(contentEl);
  }
  const meta: DocMeta = { title, url, outlet, origin: where, format: 'feed' };
  if (publishedAt) { meta.publishedAt = publishedAt; meta.publishedAtSource = 'feed'; }
  const a = authors.map((x) => x.trim()).filter(Boolean);
  if (a.length) meta.authors = a;
  const notes: ArticleInput['notes'] = [];
  if (rawDate && !publishedAt) notes.push({ rule: 'ingest/feed-bad-date', severity: 'warning', message: `${where}: unreadable date ${JSON.stringify(rawDate.slice(0, 40))}` });
  if (!html.trim()) {
    notes.push({ rule: 'ingest/feed-empty-entry', severity: 'error', message: `${where}: entry${title ? ` "${title.slice(0, 60)}"` : ''} has no content` });
    return { text: '', meta, notes };
  }
  return /<[a-z][^>]*>/i.test(html) ? { html, meta, notes } : { text: html.trim(), meta, notes };
}

function serialise(n: HNode): string {
  let s = '';
  for (const k of n.kids) {
    if (typeof k === 'string') s += k.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    else s += `<${k.tag}>${serialise(k)}</${k.tag}>`;
  }
  return s;
}
