/**
 * A rule-based English tokenizer for news text, one pass over UTF-16 code units with a
 * class table (no regular expression runs per character or per token).
 *
 * Conventions follow Penn Treebank / Universal Dependencies English, which is what the
 * syntax model was trained on:
 * - punctuation is split off (`"`, `(`, `,`, `.`), except periods of abbreviations
 *   (`U.S.`, `p.m.`, `Mr.`, `Jan.`, initials `J.`, `No.` before a number);
 * - clitics are separate tokens: `did n't`, `ca n't`, `it 's`, `they 're`, `I 'm`;
 *   fused forms are split: `can not`, `gon na`, `wan na`, `got ta`;
 *   a bare possessive apostrophe too (`Students '`);
 * - hyphens are split (`well - known`, `Jong - un`) except before a digit (`COVID-19`,
 *   `2024-09-03`, `5-0`, `mid-1990s`) and after a single letter (`e-mail`, `x-ray`);
 * - numbers keep decimal points, thousands separators, times and fractions (`1,200.50`,
 *   `3:30`, `9/11`), a leading sign at the start of a chunk (`-5`), and the suffixes of
 *   ordinals, decades and clock times (`21st`, `1990s`, `10am`); other unit suffixes are
 *   split (`5 bn`, `20 km`);
 * - URLs, e-mail addresses, hashtags, @mentions and decades (`'90s`) are one token;
 *   runs of `.`, `!`/`?` and `-` are one token (`...`, `?!`, `--`); a character outside
 *   the Basic Multilingual Plane is one token of two code units.
 *
 * Offsets: half-open UTF-16 indices into the string given.
 * @module
 */
import { Char, charClass, isLetter, isSpace, isWordChar } from './char-class.js';
import { ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

/** Growable pair of typed arrays holding token offsets; reuse one across calls. */
export class TokenBuffer {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  length = 0;

  /** Empties the buffer (capacity is kept). */
  clear(): void { this.length = 0; }

  /** Appends the token [start, end). */
  push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const s = new Int32Array(this.length * 2); s.set(this.starts); this.starts = s;
      const e = new Int32Array(this.length * 2); e.set(this.ends); this.ends = e;
    }
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }
}

const DOT = 0x2e, COMMA = 0x2c, COLON = 0x3a, SLASH = 0x2f, HYPHEN = 0x2d, APOS = 0x27, RSQUO = 0x2019,
  AMP = 0x26, HASH = 0x23, AT = 0x40, PLUS = 0x2b, BANG = 0x21, QMARK = 0x3f, MINUS = 0x2212,
  UNDERSCORE = 0x5f;

/** Endings kept on a number: ordinals, decades, clock times. */
const NUMBER_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 's', 'am', 'pm']);
/** Top-level domains that make `word.tld` one token (`Amazon.com`, `gov.uk`). */
const DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu', 'int', 'mil', 'info', 'io', 'co', 'uk', 'us', 'ru', 'de', 'fr', 'cn', 'in', 'ua', 'eu', 'kp', 'kr', 'jp', 'ca', 'au', 'news', 'tv']);
/**
 * Prefixes that stay joined to the hyphenated word after them (`non-profit`, `co-founder`,
 * `anti-war`), as in the GUM treebank; other hyphenated compounds are split.
 */
const HYPHEN_PREFIXES = new Set(['non', 're', 'co', 'cross', 'pro', 'anti', 'pre', 'mid', 'pan', 'post', 'counter', 'semi',
  'mini', 'sub', 'inter', 'intra', 'un', 'super', 'socio', 'ex', 'multi', 'neo', 'micro', 'macro', 'ultra', 'quasi', 'pseudo', 'bi', 'tri']);
/** Fused words split after their third letter, as UD English does. */
const FUSED = new Set(['cannot', 'gonna', 'wanna', 'gotta']);
/** Clitics split off after an apostrophe (besides n't). */
const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);

function isHyphen(c: number): boolean { return c === HYPHEN || c === 0x2010 || c === 0x2011; }
function isApostrophe(c: number): boolean { return c === APOS || c === RSQUO; }

/**
 * Tokenizes `text[start, end)` and appends the tokens to `out`.
 * Every token is non-empty, tokens do not overlap, and no token contains whitespace.
 */
export function tokenize(text: string, start: number, end: number, out: TokenBuffer): void {
  let i = start;
  while (i < end) {
    if (isSpace(text.charCodeAt(i))) { i++; continue; }
    let j = i + 1;
    while (j < end && !isSpace(text.charCodeAt(j))) j++;
    chunk(text, i, j, end, out);
    i = j;
  }
}

/** Splits one whitespace-free chunk [a, b); `limit` is the end of the text being tokenized. */
function chunk(text: string, a: number, b: number, limit: number, out: TokenBuffer): void {
  // An e-mail address can only start in the run of address characters just before the
  // chunk's first "@": found once here, so that no scan repeats per word, and searched for
  // only inside the chunk (not to the end of the text), so the cost is the chunk's length.
  let at = -1;
  for (let k = a + 1; k < b; k++) if (text.charCodeAt(k) === 0x40) { at = k; break; }
  let mailFrom = -1, mailTo = -1;
  if (at > a && at < b) {
    mailTo = mailDomainEnd(text, at, b);
    if (mailTo > 0) {
      mailFrom = at;
      while (mailFrom > a && isMailChar(text.charCodeAt(mailFrom - 1))) mailFrom--;
    }
  }
  let p = a;
  while (p < b) {
    const c = text.charCodeAt(p);
    if (isWordChar(c)) {
      if (p >= mailFrom && p < at && mailTo > 0) {
        const e = trimTrailing(text, p, mailTo);
        out.push(p, e); p = e; mailTo = -1; continue;
      }
      const url = urlEnd(text, p, b);
      if (url > p) { out.push(p, url); p = url; continue; }
      p = word(text, p, p, b, limit, out);
      continue;
    }
    p = punctuation(text, p, a, b, limit, out);
  }
}

function isMailChar(k: number): boolean {
  return isWordChar(k) || k === DOT || k === UNDERSCORE || k === 0x25 || k === PLUS || k === HYPHEN;
}

/** End of the domain after the "@" at `at` when it has a dot between word characters, else −1. */
function mailDomainEnd(text: string, at: number, b: number): number {
  let dot = false, r = at + 1;
  for (; r < b; r++) {
    const k = text.charCodeAt(r);
    if (k === DOT && r + 1 < b && isWordChar(text.charCodeAt(r + 1))) dot = true;
    else if (!(isWordChar(k) || k === HYPHEN || k === DOT)) break;
  }
  return dot ? r : -1;
}

/** End of a URL starting at `p` (trailing punctuation left out), or −1. */
function urlEnd(text: string, p: number, b: number): number {
  const c = text.charCodeAt(p) | 0x20;
  if (!(c === 0x68 /* h */ || c === 0x77 /* w */ || c === 0x66 /* f */)) return -1;
  if (!(startsWithIgnoreCase(text, p, b, 'http://') || startsWithIgnoreCase(text, p, b, 'https://') ||
    startsWithIgnoreCase(text, p, b, 'www.') || startsWithIgnoreCase(text, p, b, 'ftp://'))) return -1;
  return trimTrailing(text, p, b);
}

/** `b` moved left over trailing punctuation that ends a sentence or closes a quotation around [p, b). */
function trimTrailing(text: string, p: number, b: number): number {
  let e = b;
  let opens = 0;
  for (let q = p; q < b; q++) if (text.charCodeAt(q) === 0x28) opens++;
  while (e > p) {
    const k = text.charCodeAt(e - 1);
    if (k === 0x29 && opens > 0) break; // a ")" that closes a "(" of the URL itself
    if (k === DOT || k === COMMA || k === 0x3b || k === COLON || k === BANG || k === QMARK || k === APOS || k === 0x22 ||
      k === 0x201d || k === RSQUO || k === 0x29 || k === 0x5d || k === 0x3e) e--;
    else break;
  }
  return e;
}

function startsWithIgnoreCase(text: string, p: number, b: number, prefix: string): boolean {
  if (b - p < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    let c = text.charCodeAt(p + i);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Scans a word or number whose token starts at `s` (a sign may precede `q`), emits it
 * (and a clitic or the split-off part it ends in) and returns where scanning resumes.
 */
function word(text: string, s: number, q: number, b: number, limit: number, out: TokenBuffer): number {
  let digitsOnly = true;
  /** Letters/digits since the last internal period. */
  let seg = 0;
  let internalDot = false;
  while (q < b) {
    const c = text.charCodeAt(q);
    const k = charClass(c);
    if (k === Char.Digit) { q++; seg++; continue; }
    if (k === Char.Letter || k === Char.Upper) {
      if (digitsOnly && q > s && isDigitAt(text, q - 1)) {
        // A number running into letters: keep ordinal/decade/time endings, split units ("5bn").
        let r = q;
        while (r < b && isLetter(text.charCodeAt(r))) r++;
        if (r - q <= 2 && (r >= b || !isWordChar(text.charCodeAt(r))) && NUMBER_SUFFIXES.has(text.slice(q, r).toLowerCase())) {
          seg += r - q; q = r; digitsOnly = false; continue;
        }
        out.push(s, q);
        return q;
      }
      digitsOnly = false; q++; seg++; continue;
    }
    if (q + 1 >= b) break;
    const next = text.charCodeAt(q + 1);
    const nk = charClass(next);
    const prevDigit = isDigitAt(text, q - 1);
    if (c === DOT) {
      if (prevDigit && nk === Char.Digit && digitsOnly) { q++; seg = 0; continue; }
      if ((nk === Char.Letter || nk === Char.Upper) && !digitsOnly) {
        if (seg === 1) { internalDot = true; q++; seg = 0; continue; }
        const d = domainEnd(text, q + 1, b);
        if (d > 0) { q = d; continue; }
      }
      break;
    }
    if (c === COMMA) {
      if (prevDigit && digitsOnly && thousands(text, q + 1, b)) { q++; continue; }
      break;
    }
    if (c === COLON || c === SLASH) {
      if (prevDigit && nk === Char.Digit && digitsOnly) { q++; continue; }
      break;
    }
    if (isHyphen(c)) {
      if (nk === Char.Digit && q > s) { q++; seg = 0; continue; }
      if ((nk === Char.Letter || nk === Char.Upper) && !digitsOnly &&
        ((q - s === 1 && (text.charCodeAt(s) | 0x20) !== 0x61) || (q - s <= 7 && HYPHEN_PREFIXES.has(text.slice(s, q).toLowerCase())))) { q++; seg = 0; continue; }
      break;
    }
    if (c === AMP) {
      if (charClass(text.charCodeAt(q - 1)) === Char.Upper && nk === Char.Upper) { q++; continue; }
      break;
    }
    if (isApostrophe(c) && (nk === Char.Letter || nk === Char.Upper)) {
      // n't: "didn't" → "did" + "n't"; "can't" → "ca" + "n't".
      const t = text.charCodeAt(q + 1) | 0x20;
      if (t === 0x74 && q - 1 > s && (text.charCodeAt(q - 1) | 0x20) === 0x6e && !isWordCharAt(text, q + 2, b)) {
        out.push(s, q - 1); out.push(q - 1, q + 2);
        return q + 2;
      }
      let r = q + 1;
      while (r < b && isLetter(text.charCodeAt(r))) r++;
      if (r - q - 1 <= 2 && !isWordCharAt(text, r, b) && CLITICS.has(text.slice(q + 1, r).toLowerCase())) {
        out.push(s, q); out.push(q, r);
        return r;
      }
      q++; continue; // O'Neill, Rock'n'roll
    }
    break;
  }
  if (q < b && text.charCodeAt(q) === DOT && !(q + 1 < b && text.charCodeAt(q + 1) === DOT) &&
    keepsPeriod(text, s, q, internalDot, limit)) {
    out.push(s, q + 1);
    return q + 1;
  }
  // Fused forms UD splits: "cannot" → "can not", "gonna" → "gon na", "wanna", "gotta".
  // The letter test keeps the slice off the hot path: only words with 'n'/'t' fourth are looked up.
  if ((q - s === 6 || q - s === 5) && ((text.charCodeAt(s + 3) | 0x20) === 0x6e || (text.charCodeAt(s + 3) | 0x20) === 0x74) &&
    FUSED.has(text.slice(s, q).toLowerCase())) { out.push(s, s + 3); out.push(s + 3, q); return q; }
  out.push(s, q);
  return q;
}

function isDigitAt(text: string, i: number): boolean {
  return i >= 0 && charClass(text.charCodeAt(i)) === Char.Digit;
}

function isWordCharAt(text: string, i: number, b: number): boolean {
  return i < b && isWordChar(text.charCodeAt(i));
}

/** Whether `text[p..]` continues with exactly three digits and then no digit (a thousands group). */
function thousands(text: string, p: number, b: number): boolean {
  if (p + 3 > b) return false;
  for (let i = p; i < p + 3; i++) if (!isDigitAt(text, i)) return false;
  return !isDigitAt(text, p + 3) || p + 3 >= b;
}

/** End of a `.tld` run starting after the period at `p - 1` when it is a known domain ending, else −1. */
function domainEnd(text: string, p: number, b: number): number {
  let r = p;
  while (r < b && isLetter(text.charCodeAt(r))) r++;
  if (r - p < 2 || r - p > 4 || isWordCharAt(text, r, b)) return -1;
  if (r < b && text.charCodeAt(r) === DOT && r + 1 < b && isLetter(text.charCodeAt(r + 1))) {
    // Another label follows (gov.uk): accept when this one is a domain word too.
    return DOMAINS.has(text.slice(p, r).toLowerCase()) ? domainEnd(text, r + 1, b) : -1;
  }
  // Only lower-case endings: "U.S.A" or "Inc.The" are not domains.
  for (let i = p; i < r; i++) if (charClass(text.charCodeAt(i)) === Char.Upper) return -1;
  return DOMAINS.has(text.slice(p, r)) ? r : -1;
}

/** Whether the period at `dot` belongs to the word [s, dot). */
function keepsPeriod(text: string, s: number, dot: number, internalDot: boolean, limit: number): boolean {
  if (internalDot) return true; // U.S. p.m. e.g.
  const len = dot - s;
  const first = charClass(text.charCodeAt(s));
  if (len === 1 && first === Char.Upper) return true; // an initial: "J. K. Rowling"
  if (len > 7) return false;
  const w = text.slice(s, dot).toLowerCase();
  if (NUMBER_ABBREVIATIONS.has(w)) {
    let r = dot + 1;
    while (r < limit && isSpace(text.charCodeAt(r))) r++;
    return r < limit && isDigitAt(text, r);
  }
  if (first !== Char.Upper) return w === 'etc' || w === 'vs' || w === 'approx' || w === 'al' || w === 'cf' || w === 'viz' || w === 'ca' || w === 'est';
  return TITLE_ABBREVIATIONS.has(w) || ABBREVIATIONS.has(w);
}

/** Emits punctuation/symbol tokens at `p` (chunk [a, b)) and returns where scanning resumes. */
function punctuation(text: string, p: number, a: number, b: number, limit: number, out: TokenBuffer): number {
  const c = text.charCodeAt(p);
  const next = p + 1 < b ? text.charCodeAt(p + 1) : -1;
  // A sign at the start of a chunk, before a digit: "-5", "+44".
  if ((c === HYPHEN || c === PLUS || c === MINUS) && p === a && next >= 0 && charClass(next) === Char.Digit) {
    return word(text, p, p + 1, b, limit, out);
  }
  // Hashtags and mentions at the start of a chunk.
  if ((c === HASH || c === AT) && p === a && next >= 0 && isWordChar(next)) {
    let r = p + 1;
    while (r < b && (isWordChar(text.charCodeAt(r)) || text.charCodeAt(r) === UNDERSCORE)) r++;
    out.push(p, r);
    return r;
  }
  // Decades: '90s.
  if (isApostrophe(c) && p + 3 < b && isDigitAt(text, p + 1) && isDigitAt(text, p + 2) && (text.charCodeAt(p + 3) | 0x20) === 0x73 && !isWordCharAt(text, p + 4, b)) {
    out.push(p, p + 4);
    return p + 4;
  }
  // Runs: "...", "?!", "--".
  if (c === DOT || c === BANG || c === QMARK || c === HYPHEN) {
    let r = p + 1;
    if (c === DOT || c === HYPHEN) while (r < b && text.charCodeAt(r) === c) r++;
    else while (r < b && (text.charCodeAt(r) === BANG || text.charCodeAt(r) === QMARK)) r++;
    out.push(p, r);
    return r;
  }
  // A surrogate pair (emoji, rare scripts) stays whole.
  if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
    out.push(p, p + 2);
    return p + 2;
  }
  out.push(p, p + 1);
  return p + 1;
}
