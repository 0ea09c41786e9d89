/**
 * Fuzz inputs: generated and mutated text, HTML, JSON, JSONL and feeds, with the shapes real
 * crawls produce and hostile ones — deep and mixed unclosed nesting, huge tokens, text without
 * punctuation, lone surrogates, NUL bytes and control characters, mixed scripts, truncation.
 * Every choice comes from the seeded PRNG, so `--seed S` reproduces a run exactly.
 * @module
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLES_DIR } from '../../src/samples.js';

/** One fuzz input: a file's bytes and its ending (which decides how it is read). */
export interface FuzzInput { name: string; kind: string; ext: string; bytes: Uint8Array }

type R = () => number;
const pick = <T>(r: R, a: readonly T[]): T => a[Math.floor(r() * a.length)];
const int = (r: R, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const WORDS = ['the', 'minister', 'said', 'on', 'Monday', 'that', 'talks', 'would', 'continue', 'in', 'Geneva', 'officials', 'told', 'reporters',
  'according', 'to', 'a', 'statement', 'from', 'police', 'President', 'Anna', 'Kowalski', 'UN', 'Reuters', 'last', 'week', 'next', 'year', '2025',
  'March', '3', 'yesterday', 'Berlin', 'Kyiv', 'NATO', 'claimed', 'denied', 'warned', 'accused', 'he', 'she', 'they', 'it', 'was', 'is', 'not', 'and',
  // other scripts: Cyrillic, Greek, Arabic, Hebrew, CJK, Devanagari, Thai, emoji (astral: surrogate pairs)
  'Москва', 'заявил', 'Αθήνα', 'είπε', 'القاهرة', 'قال', 'ירושלים', 'אמר', '北京', '表示', '東京', 'नई', 'दिल्ली', 'กรุงเทพ', '😀', '𝔘𝔫𝔦', '🇺🇦'];
const PUNCT = ['.', ',', '!', '?', ';', ':', '"', '“', '”', '«', '»', '\'', '’', '(', ')', '—', '-', '…', '/', '@', '#', '&'];
const HOSTILE = ['\u0000', '\u001b[2J', '\u001b]0;title\u0007', '\u009b31m', '\r', '\u0008', '\u000c', '\u007f', '\ud800', '\udfff', '\ud83d', '\ufeff', '\u202e', '\u200b', '\u00ad', '\u2028', '\uffff', '\ufffd'];

function words(r: R, n: number, punct: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = pick(r, WORDS);
    if (r() < 0.15) w = w[0].toUpperCase() + w.slice(1);
    if (r() < punct) w += pick(r, PUNCT);
    if (r() < 0.02) w += pick(r, HOSTILE);
    out.push(w);
  }
  return out.join(r() < 0.05 ? '' : ' ');
}

function sentences(r: R, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = r();
    const body = words(r, int(r, 3, 30), 0.05);
    if (kind < 0.2) out.push(`"${body}," ${pick(r, ['he said', 'she told reporters', 'the ministry said', 'Kowalski added'])}.`);
    else if (kind < 0.3) out.push(`${pick(r, ['Officials', 'Police', 'The UN'])} said ${body}.`);
    else out.push(body[0]?.toUpperCase() + body.slice(1) + pick(r, ['.', '.', '!', '?', '']));
  }
  return out.join(r() < 0.8 ? ' ' : '\n\n');
}

function text(r: R): string {
  const shape = r();
  if (shape < 0.1) return words(r, int(r, 500, 4000), 0); // no punctuation at all (a table dump)
  if (shape < 0.15) return 'x'.repeat(int(r, 1000, 60000)); // one huge token
  if (shape < 0.2) return Array.from({ length: int(r, 50, 400) }, () => pick(r, HOSTILE) + pick(r, WORDS)).join(''); // control characters everywhere
  if (shape < 0.25) return pick(r, WORDS).repeat(int(r, 100, 3000)); // repeated word without spaces
  const header = r() < 0.4 ? `Title: ${words(r, 6, 0)}\nPublished: ${pick(r, ['2025-03-04', '2025-02-30', '2025-13-45', 'garbage', '03/09/2025', ''])}\nOutlet: ${pick(r, WORDS)}\n---\n` : '';
  return header + sentences(r, int(r, 1, 60));
}

const TAGS = ['div', 'section', 'span', 'article', 'p', 'main', 'li', 'ul', 'table', 'tr', 'td', 'b', 'i', 'a', 'h1', 'h2', 'blockquote', 'aside', 'nav', 'footer', 'header', 'figure', 'time', 'font'];

function html(r: R): string {
  const shape = r();
  const head = `<!doctype html><html lang="${pick(r, ['en', 'de', 'ru', ''])}"><head><title>${words(r, 6, 0.1)}</title><meta property="og:title" content="${words(r, 4, 0)}">` +
    (r() < 0.3 ? `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${pick(r, ['2025-03-04T10:00:00Z', '2025-02-30', 'nonsense'])}","headline":"${words(r, 4, 0)}"}</script>` : '') + '</head><body>';
  if (shape < 0.15) return head + `<${pick(r, ['div', 'span', 'section'])}>`.repeat(int(r, 500, 4000)) + words(r, int(r, 5, 60), 0.1); // deep unclosed nesting, little text
  if (shape < 0.3) { // mixed unclosed nesting
    let s = head;
    for (let i = 0, n = int(r, 300, 2500); i < n; i++) s += `<${pick(r, ['section', 'span', 'article', 'div', 'p', 'li'])}${r() < 0.2 ? ` class="${pick(r, ['content', 'article-body', 'nav', 'share', 'x'])}"` : ''}>${r() < 0.1 ? pick(r, WORDS) + ' ' : ''}`;
    return s;
  }
  if (shape < 0.4) return head + Array.from({ length: int(r, 500, 3000) }, () => `<div><span>${pick(r, WORDS)}</span></div>`).join(''); // wide, many elements
  // A page: chrome, an article with paragraphs, tag soup noise.
  let s = head + `<nav>${Array.from({ length: int(r, 0, 20) }, () => `<a href="/${pick(r, WORDS)}">${pick(r, WORDS)}</a>`).join(' | ')}</nav>`;
  s += `<article><h1>${words(r, 8, 0)}</h1>`;
  for (let i = 0, n = int(r, 0, 30); i < n; i++) {
    const t = pick(r, TAGS);
    s += r() < 0.7 ? `<p>${sentences(r, int(r, 1, 5))}</p>` : `<${t}${r() < 0.3 ? ' class="' + pick(r, ['related', 'comments', 'body', 'x']) + '"' : ''}>${words(r, int(r, 1, 20), 0.2)}${r() < 0.5 ? `</${t}>` : ''}`;
    if (r() < 0.05) s += pick(r, ['&amp;', '&lt;', '&#0;', '&#xD800;', '&nbsp;', '&bogus;', '<!--', '<![CDATA[', '<script>', '</', '<', '>']);
  }
  return s + (r() < 0.7 ? '</article><footer>© 2025</footer></body></html>' : '');
}

function jsonRecord(r: R): unknown {
  const k = r();
  if (k < 0.05) return pick(r, [null, 42, 'a string', [], true]);
  if (k < 0.1) return { title: words(r, 4, 0) };
  if (k < 0.15) return { text: '' };
  if (k < 0.18) return { text: 7 };
  const o: Record<string, unknown> = r() < 0.7 ? { text: text(r) } : { html: html(r) };
  if (r() < 0.5) o.published = pick(r, ['2025-03-04', '2025-02-30', 'garbage', '03/09/2025', 20250304]);
  if (r() < 0.3) o.title = words(r, 5, 0.1);
  if (r() < 0.2) o.authors = pick(r, [['A. Writer'], 'not an array', [1, 2]]);
  return o;
}

function json(r: R): string {
  if (r() < 0.3) return JSON.stringify(jsonRecord(r));
  const els = Array.from({ length: int(r, 0, 6) }, () => JSON.stringify(jsonRecord(r), null, r() < 0.5 ? 1 : undefined));
  if (els.length && r() < 0.3) { const i = int(r, 0, els.length - 1); els[i] = els[i].slice(0, Math.floor(els[i].length * r())); } // a broken element
  return `[\n${els.join(',\n')}\n]`;
}

function jsonl(r: R): string {
  return Array.from({ length: int(r, 0, 8) }, () => {
    const l = JSON.stringify(jsonRecord(r));
    return r() < 0.15 ? l.slice(0, Math.floor(l.length * r())) : r() < 0.05 ? 'not json at all' : l;
  }).join(r() < 0.9 ? '\n' : '\r\n');
}

function feed(r: R): string {
  const atom = r() < 0.4;
  const items = Array.from({ length: int(r, 0, 6) }, () => {
    const body = r() < 0.5 ? words(r, int(r, 5, 80), 0.1).replace(/[<&]/g, ' ') : `<![CDATA[${html(r).slice(0, 4000)}]]>`;
    return atom
      ? `<entry><title>${words(r, 5, 0)}</title><link href="https://x.example/${int(r, 1, 999)}"/><published>${pick(r, ['2025-03-04T10:00:00Z', 'garbage', ''])}</published><content type="html">${body}</content></entry>`
      : `<item><title>${words(r, 5, 0)}</title><link>https://x.example/${int(r, 1, 999)}</link><pubDate>${pick(r, ['Tue, 04 Mar 2025 10:00:00 GMT', '2025-02-30', ''])}</pubDate><description>${r() < 0.1 ? '' : body}</description></item>`;
  }).join('\n');
  const s = atom
    ? `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${pick(r, WORDS)}</title>${items}</feed>`
    : `<?xml version="1.0"?><rss version="2.0"><channel><title>${pick(r, WORDS)}</title>${items}</channel></rss>`;
  return r() < 0.3 ? s.slice(0, Math.floor(s.length * r())) : s; // cut off mid-transfer
}

let sampleCache: { name: string; text: string }[] | undefined;
function samples(): { name: string; text: string }[] {
  sampleCache ??= readdirSync(SAMPLES_DIR).filter((f) => /\.(txt|html?)$/.test(f)).map((f) => ({ name: f, text: readFileSync(join(SAMPLES_DIR, f), 'utf8') }));
  return sampleCache;
}

/** Byte-level mutations of a string: cut, delete, duplicate, insert hostile characters, splice. */
function mutate(r: R, s: string): string {
  for (let m = 0, n = int(r, 1, 6); m < n && s.length; m++) {
    const a = int(r, 0, s.length), b = Math.min(s.length, a + int(r, 0, 400));
    const k = r();
    if (k < 0.2) s = s.slice(0, a);
    else if (k < 0.4) s = s.slice(0, a) + s.slice(b);
    else if (k < 0.55) s = s.slice(0, b) + s.slice(a, b).repeat(int(r, 1, 20)) + s.slice(b);
    else if (k < 0.8) s = s.slice(0, a) + Array.from({ length: int(r, 1, 10) }, () => pick(r, HOSTILE)).join('') + s.slice(a);
    else s = s.slice(0, a) + pick(r, ['<div>'.repeat(300), '"', '“', '\n\n', '<p>', '</article>', '{', ']', ',', 'Published: 2025-02-30\n---\n']) + s.slice(a);
  }
  return s;
}

/** UTF-8 bytes of `s` (lone surrogates become U+FFFD there); sometimes raw invalid bytes or UTF-16 instead. */
function encode(r: R, s: string): Uint8Array {
  const k = r();
  if (k < 0.04) { const b = Buffer.from('\ufeff' + s, 'utf16le'); return b; }
  const b = Buffer.from(s, 'utf8');
  if (k < 0.1 && b.length) { for (let i = 0; i < 5; i++) b[int(r, 0, b.length - 1)] = int(r, 0x80, 0xff); } // invalid UTF-8
  return b;
}

/** The `i`-th input of a run with PRNG `r`. */
export function generate(r: R, i: number): FuzzInput {
  const k = r();
  let kind: string, ext: string, s: string;
  if (k < 0.25) { kind = 'text'; ext = '.txt'; s = text(r); }
  else if (k < 0.5) { kind = 'html'; ext = '.html'; s = html(r); }
  else if (k < 0.6) { kind = 'json'; ext = '.json'; s = json(r); }
  else if (k < 0.7) { kind = 'jsonl'; ext = '.jsonl'; s = jsonl(r); }
  else if (k < 0.8) { kind = 'feed'; ext = pick(r, ['.rss', '.xml', '.atom']); s = feed(r); }
  else { const smp = pick(r, samples()); kind = `mutated:${smp.name}`; ext = smp.name.endsWith('.html') ? '.html' : '.txt'; s = mutate(r, smp.text); }
  if (!kind.startsWith('mutated') && r() < 0.3) { kind += '+mutated'; s = mutate(r, s); }
  return { name: `fuzz-${i}${ext}`, kind, ext, bytes: encode(r, s) };
}
