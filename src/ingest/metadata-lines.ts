/**
 * The visible text of a page as lines (one per block element), built lazily for the metadata walk.
 *
 * The walk only records references to the page's own text nodes and where each line starts
 * and ends; a line's text is joined and normalised when a search asks for it. The date and
 * byline searches read a window of a few lines around the headline, so most of a page's lines
 * are never built (building them all cost more than the rest of the metadata step together:
 * a string per text node concatenated, then normalised, for every page).
 * Offsets (`at`) count the UTF-16 units of the visible text stream (blank text nodes left out,
 * one unit per inline-element boundary).
 * @module
 */

/** One line of visible text and its offset in the stream. */
export interface TextLine { text: string; at: number }

/** Upper bound on lines recorded per page (bounded work on pages with huge link lists). */
const MAX_LINES = 5000;
const SPACE = ' ';

/** Lines of visible text, recorded by the walk ({@link add}, {@link space}, {@link flush}) and read lazily. */
export class TextLines {
  private readonly chunks: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly ats: number[] = [];
  private readonly endAts: number[] = [];
  private readonly cache: (string | undefined)[] = [];
  private lineStart = 0;
  private lineAt = 0;
  /** Length of the visible text stream so far. */
  at = 0;

  /** Appends a (non-blank) text node to the current line. */
  add(text: string): void { this.chunks.push(text); this.at += text.length; }
  /** True when the current line has text. */
  get open(): boolean { return this.chunks.length > this.lineStart; }
  /** Separates inline elements inside the current line ("Name<span>3.11.2023</span>"). */
  space(): void { if (this.open) { this.chunks.push(SPACE); this.at++; } }
  /** Ends the current line (at a block boundary). */
  flush(): void {
    if (this.open && this.starts.length < MAX_LINES) {
      this.starts.push(this.lineStart); this.ends.push(this.chunks.length); this.ats.push(this.lineAt); this.endAts.push(this.at);
    }
    this.lineStart = this.chunks.length;
    this.lineAt = this.at;
  }
  /** The last `n` characters of the current, unfinished line (what precedes an element on it). */
  tail(n: number): string {
    let s = '';
    for (let i = this.chunks.length - 1; i >= this.lineStart && s.length < n; i--) s = this.chunks[i] + s;
    return s.length > n ? s.slice(-n) : s;
  }
  get length(): number { return this.starts.length; }
  /** Stream offset where line `i` starts. */
  atOf(i: number): number { return this.ats[i]; }
  /** Raw length of line `i` before normalisation (an upper bound of its text's length). */
  rawLength(i: number): number { return this.endAts[i] - this.ats[i]; }
  /** Line `i`'s text: joined, soft hyphens out, whitespace collapsed ('' for a line of invisible characters). */
  text(i: number): string {
    let t = this.cache[i];
    if (t === undefined) {
      t = this.chunks.slice(this.starts[i], this.ends[i]).join('').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
      this.cache[i] = t;
    }
    return t;
  }
  /** Index of the first line that ends after stream offset `at` (binary search). */
  firstEndingAfter(at: number): number {
    let lo = 0, hi = this.starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.endAts[mid] <= at) lo = mid + 1; else hi = mid; }
    return lo;
  }
  /** Lines overlapping the stream range [from, to], in order, empty ones left out. */
  *window(from: number, to: number): Generator<TextLine> {
    for (let i = this.firstEndingAfter(from); i < this.starts.length && this.ats[i] <= to; i++) {
      const text = this.text(i);
      if (text) yield { text, at: this.ats[i] };
    }
  }
  /** Lines overlapping the stream range [from, to] whose raw length is at most `max` (longer lines are never built), empty ones left out. */
  *shortLines(from: number, to: number, max: number): Generator<TextLine> {
    for (let i = this.firstEndingAfter(from); i < this.starts.length && this.ats[i] <= to; i++) {
      if (this.endAts[i] - this.ats[i] > max) continue;
      const text = this.text(i);
      if (text) yield { text, at: this.ats[i] };
    }
  }
  /** The first line whose raw length lies within [min, max] and that `pred` accepts (lines outside the bounds are never built). */
  find(min: number, max: number, pred: (text: string) => boolean): TextLine | undefined {
    for (let i = 0; i < this.starts.length; i++) {
      const raw = this.endAts[i] - this.ats[i];
      if (raw < min || raw > max) continue;
      const text = this.text(i);
      if (text && pred(text)) return { text, at: this.ats[i] };
    }
    return undefined;
  }
}
