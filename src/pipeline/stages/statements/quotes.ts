/**
 * Quotation-mark spans: pairs typographic (“ ” ‘ ’) and straight (" ') marks within a
 * paragraph, nested one level, and leaves a quote open at the paragraph's end when the
 * paragraph opens one without closing it (the news convention for quotes that run over
 * several paragraphs: each paragraph opens again, only the last one closes).
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
}

const LDQ = 0x201c, RDQ = 0x201d, DQ = 0x22, LSQ = 0x2018, RSQ = 0x2019, SQ = 0x27;
const LOW9 = 0x201e; // „ opens in some house styles
const GUILL_L = 0xab, GUILL_R = 0xbb;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf && c !== LDQ && c !== RDQ && c !== LSQ && c !== RSQ && c !== GUILL_L && c !== GUILL_R && c !== 0x2014 && c !== 0x2013 && c !== 0x2026;
}

/**
 * Finds quotations in `text[start, end)` (one paragraph). Straight double quotes are
 * opening when preceded by start, space or an opening bracket/dash, closing otherwise.
 * Single quotes are considered only where they cannot be apostrophes (an opening mark
 * before a word and after a space; a closing mark not followed by a letter).
 */
export function findQuotes(text: string, start: number, end: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: { at: number; mark: number }[] = [];
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
      if (topOf(stack, 2) && !isWordChar(next)) { role = 'close'; family = 2; }
      else if (c === SQ && !isWordChar(prev) && isWordChar(next) && stack.length > 0) { role = 'open'; family = 2; }
    }
    if (!role) continue;
    if (role === 'open') {
      stack.push({ at: i, mark: family });
    } else {
      // Close the innermost quote of the same family; drop unclosed inner ones.
      let k = stack.length - 1;
      while (k >= 0 && stack[k].mark !== family) k--;
      if (k < 0) continue; // a stray closing mark
      const o = stack[k];
      stack.length = k;
      out.push({ start: o.at, end: i + 1, depth: k, open: false, mark: text[o.at] });
    }
  }
  // Unclosed double quotes run to the paragraph end (multi-paragraph quotation).
  for (let k = 0; k < stack.length; k++) {
    if (stack[k].mark !== 1) continue;
    out.push({ start: stack[k].at, end: trimEnd(text, stack[k].at, end), depth: k, open: true, mark: text[stack[k].at] });
    break;
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
function topOf(stack: { mark: number }[], family: number): boolean {
  return stack.length > 0 && stack[stack.length - 1].mark === family;
}
function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e;
}
