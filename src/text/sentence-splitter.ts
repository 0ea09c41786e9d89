/**
 * Sentence boundaries over the tokens of one segment (a paragraph or a line: the
 * tokenize stage never lets a sentence cross those). A sentence ends at `.`, `!`, `?`,
 * `...` or an abbreviation's period, together with the closing quotes and brackets
 * written right after it, when what follows looks like the start of a sentence:
 * - after `.`, `!`, `?`: a capital letter or a digit, possibly behind an opening quote or
 *   bracket (`said "no." Then` splits; `"Why?" she asked` does not);
 * - after an ellipsis: a capital letter;
 * - after a title or an initial (`Mr.`, `Gen.`, `J.`): never;
 * - a reference mark right after the end (`… in 1805. [6]`) stays with the sentence;
 * - after another abbreviation (`U.S.`, `p.m.`, `Inc.`): only before a word that usually
 *   opens a sentence (`… in the U.S. The talks`, not `the U.S. Senate`).
 * @module
 */
import { Char, charClass } from './char-class.js';
import { SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import type { TokenBuffer } from './tokenizer.js';

const DOT = 0x2e, BANG = 0x21, QMARK = 0x3f, ELLIPSIS = 0x2026;

/** Kind of sentence-final token. */
const enum End { None, Stop, Ellipsis, Abbreviation, Title }

/**
 * Splits tokens `[0, tokens.length)` into sentences; calls `emit(first, last)` with
 * inclusive token indices for each, in order. Every token belongs to exactly one sentence.
 */
export function splitSentences(text: string, tokens: TokenBuffer, emit: (first: number, last: number) => void): void {
  const n = tokens.length, starts = tokens.starts, ends = tokens.ends;
  if (n === 0) return;
  let first = 0;
  for (let k = 0; k < n - 1; k++) {
    const kind = endKind(text, starts[k], ends[k]);
    if (kind === End.None || kind === End.Title) continue;
    let last = k;
    while (last + 1 < n && starts[last + 1] === ends[last] && isCloser(text.charCodeAt(starts[last + 1]))) last++;
    last = afterCitation(text, tokens, last);
    if (last + 1 >= n) break;
    if (opensSentence(text, tokens, last + 1, kind)) {
      emit(first, last);
      first = last + 1;
    }
    k = last;
  }
  emit(first, n - 1);
}

/** A reference mark right after a sentence end ("… in 1805. [6] The …") belongs to that sentence: returns its last token, else `last`. */
function afterCitation(text: string, tokens: TokenBuffer, last: number): number {
  const n = tokens.length, starts = tokens.starts, ends = tokens.ends;
  if (last + 3 >= n || text.charCodeAt(starts[last + 1]) !== 0x5b || ends[last + 1] - starts[last + 1] !== 1) return last;
  const e = ends[last + 2], b = starts[last + 2];
  if (e - b > 3 || text.charCodeAt(starts[last + 3]) !== 0x5d) return last;
  for (let i = b; i < e; i++) if (charClass(text.charCodeAt(i)) !== Char.Digit) return last;
  return last + 3;
}

function endKind(text: string, s: number, e: number): End {
  const c = text.charCodeAt(e - 1);
  if (c === ELLIPSIS) return End.Ellipsis;
  if (c === BANG || c === QMARK) return End.Stop;
  if (c !== DOT) return End.None;
  if (e - s === 1) return End.Stop;
  if (text.charCodeAt(e - 2) === DOT) return End.Ellipsis;
  // A word token keeping its period is an abbreviation.
  if (e - s === 2 && charClass(text.charCodeAt(s)) === Char.Upper) return End.Title; // initial
  if (e - s <= 8 && TITLE_ABBREVIATIONS.has(text.slice(s, e - 1).toLowerCase())) return End.Title;
  return End.Abbreviation;
}

function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a;
}

function isOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x2039 || c === 0x2014 || c === 0x2013;
}

function opensSentence(text: string, tokens: TokenBuffer, i: number, kind: End): boolean {
  let s = tokens.starts[i];
  let c = text.charCodeAt(s);
  if (isOpener(c) && i + 1 < tokens.length) {
    if (kind === End.Abbreviation) return false;
    s = tokens.starts[i + 1];
    c = text.charCodeAt(s);
  }
  const k = charClass(c);
  if (kind === End.Stop) return k === Char.Upper || k === Char.Digit;
  if (kind === End.Ellipsis) return k === Char.Upper;
  // Abbreviation: the next word must be a usual sentence opener.
  if (k !== Char.Upper) return false;
  const e = tokens.ends[i];
  return e - s <= 12 && SENTENCE_STARTERS.has(text.slice(s, e).toLowerCase());
}
