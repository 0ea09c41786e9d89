/**
 * A deterministic measure of the work a piece of code does, for the complexity tests: while
 * {@link countWork} runs its callback, every step of an array, typed-array, Map or Set iterator
 * (`for … of`, spread, `Array.from`), every element an array method visits (`filter`, `find`,
 * `some`, `includes`, `indexOf`, `map`, `forEach`, `sort` …: counted as the array's length, an
 * upper bound), every character a string search or slice may cover (`indexOf`, `includes`,
 * `slice`) and every character a regular expression scans (from its start to the end of the match) adds to the count.
 *
 * Why count instead of time: CPU time on a shared machine varies by several times between runs
 * (garbage collection, neighbours), so a timed ratio either fails at random or must be so
 * generous that a quadratic loop passes. Counts are the same on every run, so the bound can be
 * tight (a linear stage does 4× the work on 4× the input). What is not counted: plain indexed
 * `for (let i …)` loops, which in this code base walk tokens or characters once; a quadratic
 * indexed loop shows in `npm run bench -- scale` instead.
 *
 * The patches are installed only for the duration of the callback and removed after, also on a
 * throw. Not reentrant.
 * @module
 */

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;

/** Counts the work units `f` performs (see the module comment); returns the count and `f`'s result. */
export function countWork<T>(f: () => T, opts: { trace?: Map<string, number> } = {}): { work: number; result: T } {
  let total = 0;
  const trace = opts.trace;
  // With `trace`, work is also summed per kind and calling line (slow: for finding a hot spot).
  let tracing = false;
  const add = (n: number, kind: string) => {
    if (tracing) return;
    total += n;
    if (!trace) return;
    tracing = true;
    const line = (new Error().stack ?? '').split('\n').slice(3).find((l) => !l.includes('work-counter')) ?? '?';
    const k = `${kind} ${line.trim()}`;
    trace.set(k, (trace.get(k) ?? 0) + n);
    tracing = false;
  };
  const restore: (() => void)[] = [];
  const patch = (obj: object, key: PropertyKey, cost: (self: unknown, args: unknown[], result: unknown) => number) => {
    const d = Object.getOwnPropertyDescriptor(obj, key);
    if (!d || typeof d.value !== 'function') return;
    const orig = d.value as AnyFn;
    const wrapped = function (this: unknown, ...args: unknown[]) { const r = orig.apply(this, args); add(cost(this, args, r), String(key)); return r; };
    Object.defineProperty(obj, key, { ...d, value: wrapped });
    restore.push(() => Object.defineProperty(obj, key, d));
  };
  const one = () => 1;
  const len = (self: unknown) => (self as { length?: number }).length ?? 0;
  const iterProtos = [
    Object.getPrototypeOf([][Symbol.iterator]()),
    Object.getPrototypeOf(new Map()[Symbol.iterator]()),
    Object.getPrototypeOf(new Set()[Symbol.iterator]()),
  ];
  for (const p of iterProtos) patch(p, 'next', one);
  for (const k of ['filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'includes', 'indexOf', 'lastIndexOf', 'map', 'forEach', 'reduce', 'reduceRight', 'sort', 'join', 'flatMap', 'fill']) {
    patch(Array.prototype, k, len);
  }
  patch(Array.prototype, 'slice', (self, a) => sliceLen(len(self), a));
  patch(String.prototype, 'slice', (self, a) => sliceLen(String(self).length, a));
  patch(String.prototype, 'substring', (self, a) => sliceLen(String(self).length, a));
  // A string search costs up to where it found the needle, or the rest of the string.
  patch(String.prototype, 'indexOf', (self, a, r) => Math.max(1, (r as number) >= 0 ? (r as number) + String(a[0]).length - clampStart(a[1]) : String(self).length - clampStart(a[1])));
  patch(String.prototype, 'includes', (self, a) => String(self).length - clampStart(a[1]));
  patch(String.prototype, 'lastIndexOf', (self) => String(self).length);
  // A regular expression is charged for the input it scans: from where the search starts to the
  // end of the match, or to the end of the input when nothing matches (one step for a sticky
  // expression, which only tries its start). So a global replace over a text costs its length,
  // while running an expression over the rest of the text once per item costs what it should.
  {
    const d = Object.getOwnPropertyDescriptor(RegExp.prototype, 'exec')!;
    const orig = d.value as (this: RegExp, s: string) => RegExpExecArray | null;
    const wrapped = function (this: RegExp, s: string) {
      const from = this.global || this.sticky ? this.lastIndex : 0;
      const m = orig.call(this, s);
      const str = String(s);
      add(m ? Math.max(1, m.index + m[0].length - from) : this.sticky ? 1 : Math.max(1, str.length - from), 'regex');
      return m;
    };
    Object.defineProperty(RegExp.prototype, 'exec', { ...d, value: wrapped });
    restore.push(() => Object.defineProperty(RegExp.prototype, 'exec', d));
  }
  total = 0; // the installation above ran through patched iterators
  try {
    const result = f();
    return { work: total, result };
  } finally {
    for (const r of restore.reverse()) r();
  }
}

function clampStart(x: unknown): number {
  return typeof x === 'number' && x > 0 ? x : 0;
}

function sliceLen(n: number, a: unknown[]): number {
  const norm = (x: unknown, dflt: number) => {
    if (x === undefined) return dflt;
    const v = Math.trunc(Number(x)) || 0;
    return v < 0 ? Math.max(0, n + v) : Math.min(n, v);
  };
  return Math.max(1, norm(a[1], n) - norm(a[0], 0));
}
