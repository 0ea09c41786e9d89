/**
 * Quotation-mark spans, paired by the conventions of English news:
 * - typographic (“ ” ‘ ’) and straight (" ') marks, and mistyped ones (“…,“ or “…," closing);
 * - nested quotes one level down, in the other family (“… ‘…’ …” or "… '…' …");
 * - apostrophes are not quotes (don't, the workers' fund), also inside single quotes;
 * - a quotation that runs over several paragraphs: each paragraph opens again and only the
 *   last one closes; the paragraph left open is `open`, and the paragraph that reopens it
 *   is `continues` (see {@link linkParagraphQuotes});
 * - the same convention flattened into one paragraph (`"A. "B."`, as many archives store
 *   news): a mark that reopens after a sentence end while the quote is still open is part of
 *   the quotation, not its end, and is listed in `reopen`.
 *
 * Offsets: half-open UTF-16 into the text; a span includes both marks.
 * @module
 */

/** One quotation: `[start, end)` including the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Nesting depth: 0 outermost. */
  depth: number;
  /** True when the paragraph ended before a closing mark (a multi-paragraph quote). */
  open: boolean;
  /** The mark character that opened it. */
  mark: string;
  /** Offsets of marks inside the span that reopen the quotation after a sentence end (`"A. "B."`). */
  reopen?: number[];
  /** True when this quotation continues the previous paragraph's open one (set by {@link linkParagraphQuotes}). */
  continues?: boolean;
}

const LDQ = 0x201c, RDQ = 0x201d, DQ = 0x22, LSQ = 0x2018, RSQ = 0x2019, SQ = 0x27;
const LOW9 = 0x201e; // „ opens in some house styles
const GUILL_L = 0xab, GUILL_R = 0xbb;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf && c !== LDQ && c !== RDQ && c !== LSQ && c !== RSQ && c !== GUILL_L && c !== GUILL_R && c !== 0x2014 && c !== 0x2013 && c !== 0x2026;
}

interface Open { at: number; mark: number; reopen?: number[] }

/**
 * Finds quotations in `text[start, end)` (one paragraph). Straight double quotes are
 * opening when preceded by start, space or an opening bracket/dash, closing otherwise.
 * Single quotes are considered only where they cannot be apostrophes (an opening mark
 * before a word and after a space; a closing mark not followed by a letter).
 */
export function findQuotes(text: string, start: number, end: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: Open[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const prev = i > start ? text.charCodeAt(i - 1) : 32;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 32;
    let role: 'open' | 'close' | null = null;
    let family = 0; // 1 double, 2 single
    if (c === LDQ || c === LOW9 || c === GUILL_L) {
      family = 1;
      // A left mark typed where a right one belongs (“It is unusual,“ he said): it follows a
      // word or punctuation, is followed by space, and a double quote is open.
      role = c === LDQ && topOf(stack, 1) && !isSpace(prev) && isSpace(next) ? 'close' : 'open';
    } else if (c === RDQ || c === GUILL_R) { role = 'close'; family = 1; }
    else if (c === DQ) {
      // Straight marks toggle: they close the innermost open straight quote, else open; they
      // also close a typographic quote when they stand where a closing mark does (“…," she said).
      family = 1;
      const top = stack.length > 0 && stack[stack.length - 1].mark === 1;
      role = top && (text.charCodeAt(stack[stack.length - 1].at) === DQ || (!isSpace(prev) && !isWordChar(next))) ? 'close' : 'open';
    } else if (c === LSQ) {
      if (!isWordChar(prev) && isWordChar(next)) { role = 'open'; family = 2; }
    } else if (c === RSQ || c === SQ) {
      // An apostrophe sits between letters (don’t) or after s (states’); a closing single
      // quote needs an open single quote on the stack and no letter after it.
      if (topOf(stack, 2) && !isWordChar(next) && !pluralPossessive(text, i, end)) { role = 'close'; family = 2; }
      else if (c === SQ && !isWordChar(prev) && isWordChar(next) && stack.length > 0) { role = 'open'; family = 2; }
    }
    if (!role) continue;
    // A double mark shaped as an opener (after a space, before a word) while a double quote is
    // open at the top, right after a sentence end: the quotation goes on ("A. "B."), whether
    // the mark is straight or typographic.
    if (family === 1 && topOf(stack, 1) && text.charCodeAt(stack[stack.length - 1].at) === c && isSpace(prev) && opensWord(next) && afterSentenceEnd(text, i, start)) {
      const top = stack[stack.length - 1];
      (top.reopen ??= []).push(i);
      continue;
    }
    if (role === 'open') {
      stack.push({ at: i, mark: family });
    } else {
      // Close the innermost quote of the same family; drop unclosed inner ones.
      let k = stack.length - 1;
      while (k >= 0 && stack[k].mark !== family) k--;
      if (k < 0) continue; // a stray closing mark
      const o = stack[k];
      stack.length = k;
      out.push({ start: o.at, end: i + 1, depth: k, open: false, mark: text[o.at], ...(o.reopen ? { reopen: o.reopen } : {}) });
    }
  }
  // Unclosed double quotes run to the paragraph end (multi-paragraph quotation).
  for (let k = 0; k < stack.length; k++) {
    if (stack[k].mark !== 1) continue;
    out.push({ start: stack[k].at, end: trimEnd(text, stack[k].at, end), depth: k, open: true, mark: text[stack[k].at], ...(stack[k].reopen ? { reopen: stack[k].reopen } : {}) });
    break;
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/**
 * Marks each paragraph's first quotation that reopens the previous paragraph's open one
 * (`continues`): it starts the paragraph with an opening double mark. `paragraphs` are the
 * per-paragraph results in text order; `starts` the offsets where the paragraphs' text begins.
 */
export function linkParagraphQuotes(text: string, paragraphs: QuoteSpan[][], starts: number[]): void {
  for (let p = 1; p < paragraphs.length; p++) {
    const prev = paragraphs[p - 1];
    if (!prev.some((q) => q.open && q.depth === 0)) continue;
    const first = paragraphs[p][0];
    if (!first || first.depth !== 0) continue;
    let s = starts[p];
    while (s < first.start && isSpace(text.charCodeAt(s))) s++;
    if (s === first.start) first.continues = true;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
function opensWord(c: number): boolean {
  return isWordChar(c) || c === LSQ || c === SQ || c === 0x2026 || c === 0x2e; // …, "...
}
/** The non-space character before `i` ends a sentence (. ? ! …, optionally followed by a bracket). */
function afterSentenceEnd(text: string, i: number, start: number): boolean {
  let j = i - 1;
  while (j >= start && isSpace(text.charCodeAt(j))) j--;
  while (j >= start && (text[j] === ')' || text[j] === ']')) j--;
  return j >= start && '.?!…'.includes(text[j]);
}
/**
 * A mark after "s" followed by a space ("the workers' fund") is a possessive when a later
 * mark could close the single quote instead, before the paragraph (or the enclosing double
 * quote) ends.
 */
function pluralPossessive(text: string, i: number, end: number): boolean {
  if (text[i - 1] !== 's' || !isSpace(text.charCodeAt(i + 1) || 32) || i + 1 >= end) return false;
  for (let j = i + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === RDQ || c === DQ) return false;
    if ((c === RSQ || c === SQ) && !isWordChar(j + 1 < end ? text.charCodeAt(j + 1) : 32) && isWordChar(text.charCodeAt(j - 1))) return true;
  }
  return false;
}
function topOf(stack: { mark: number }[], family: number): boolean {
  return stack.length > 0 && stack[stack.length - 1].mark === family;
}
function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e;
}
