/**
 * An async iterator the CLI can look ahead in: whether any item still to come matches, without
 * losing the items read to find out. The JSON output needs it: one document is written as an
 * object, several as an array, and a streamed document must know which before its first byte.
 * @module
 */

/** Items of an async iterator, with {@link Lookahead.hasMore} reading ahead into a buffer. */
export class Lookahead<T> {
  private buffer: T[] = [];
  private head = 0;
  private done = false;

  constructor(private readonly source: AsyncIterator<T>) {}

  /** The next item (a buffered one first); undefined at the end. */
  async next(): Promise<T | undefined> {
    if (this.head < this.buffer.length) {
      const v = this.buffer[this.head++];
      if (this.head === this.buffer.length) { this.buffer = []; this.head = 0; }
      return v;
    }
    return this.pull();
  }

  /** Whether an item still to come satisfies `pred`; reads ahead until one does or the items end. */
  async hasMore(pred: (item: T) => boolean): Promise<boolean> {
    for (let i = this.head; i < this.buffer.length; i++) if (pred(this.buffer[i])) return true;
    for (;;) {
      const v = await this.pull();
      if (v === undefined && this.done) return false;
      this.buffer.push(v as T);
      if (pred(v as T)) return true;
    }
  }

  /** Ends the source early (as `break` in a for-await loop would). */
  async close(): Promise<void> {
    if (!this.done) { this.done = true; await this.source.return?.(); }
  }

  private async pull(): Promise<T | undefined> {
    if (this.done) return undefined;
    const r = await this.source.next();
    if (r.done) { this.done = true; return undefined; }
    return r.value;
  }
}
