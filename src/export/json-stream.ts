/**
 * `JSON.stringify` written piece by piece: the text of a big value (the export of a 2 MB article
 * is ~80 MB) as a sequence of bounded chunks whose concatenation is byte-identical to
 * `JSON.stringify(value, null, indent)`.
 *
 * Why: one 80 MB string, built with the doubling buffer of `JSON.stringify` and then copied to
 * the thread that writes it, cost ~300 MB of peak memory on top of the document itself. Chunks
 * can be written (and dropped) one at a time, so the output costs a chunk, not the whole text.
 * @module
 */

/** Arrays longer than this are written element by element (shorter ones in one call). */
const BIG_ARRAY = 64;
/** Objects this shallow (the document and its `layers`/`tokenTable` maps) are written member by member. */
const SHALLOW = 2;

/** Whether `JSON.stringify` leaves `v` out of an object (and writes `null` for it in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** A plain object or array without `toJSON`: the only values split into pieces (the rest go to `JSON.stringify` whole). */
function splittable(v: unknown, depth: number): v is Record<string, unknown> | unknown[] {
  if (v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(v)) return v.length > BIG_ARRAY || depth < SHALLOW;
  const proto = Object.getPrototypeOf(v);
  return depth < SHALLOW && (proto === Object.prototype || proto === null);
}

/**
 * `JSON.stringify(v, null, indent)` of a value nested at `pad`, with its inner lines indented
 * after `pad`; undefined when `JSON.stringify` gives nothing (a `toJSON` returning undefined).
 */
function leaf(v: unknown, gap: string, pad: string): string | undefined {
  const s = JSON.stringify(v, null, gap) as string | undefined;
  return s !== undefined && gap && pad && s.includes('\n') ? s.replace(/\n/g, '\n' + pad) : s;
}

/** The pieces of `value` nested at `pad` (its closing bracket's indentation). */
function* pieces(value: unknown, gap: string, pad: string, depth: number): Generator<string> {
  if (!splittable(value, depth)) { yield leaf(value, gap, pad) ?? 'null'; return; }
  const inner = pad + gap;
  const sep = gap ? ',\n' + inner : ',';
  if (Array.isArray(value)) {
    if (value.length === 0) { yield '[]'; return; }
    yield gap ? '[\n' + inner : '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield sep;
      const v = value[i];
      if (omitted(v)) yield 'null'; else yield* pieces(v, gap, inner, depth + 1);
    }
    yield gap ? '\n' + pad + ']' : ']';
    return;
  }
  let first = true;
  for (const k of Object.keys(value)) {
    const v = value[k];
    if (omitted(v)) continue;
    const whole = splittable(v, depth + 1) ? undefined : leaf(v, gap, inner);
    if (whole === undefined && !splittable(v, depth + 1)) continue;
    yield first ? (gap ? '{\n' + inner : '{') : sep;
    first = false;
    yield JSON.stringify(k) + (gap ? ': ' : ':');
    if (whole !== undefined) yield whole; else yield* pieces(v, gap, inner, depth + 1);
  }
  yield first ? '{}' : gap ? '\n' + pad + '}' : '}';
}

/**
 * Default chunk length: below V8's large-object threshold (128 KB), so a written chunk dies young
 * (a cheap scavenge frees it) instead of waiting in large-object space for a full collection.
 */
export const DEFAULT_CHUNK = 1 << 16;

/**
 * The text of `JSON.stringify(value, null, indent)` in chunks of about `chunkChars` UTF-16 units
 * (a chunk is longer only when one indivisible piece, e.g. the article text, is). Values with
 * `toJSON`, non-plain objects and deep objects are stringified whole; a value `JSON.stringify`
 * gives `undefined` for (a function, `undefined`) yields nothing.
 * @param indent spaces per level, as `JSON.stringify`'s third argument (0 or undefined: compact)
 */
export function* jsonChunks(value: unknown, indent = 0, chunkChars = DEFAULT_CHUNK): Generator<string> {
  if (omitted(value) || (!splittable(value, 0) && JSON.stringify(value) === undefined)) return;
  const gap = ' '.repeat(Math.min(10, Math.max(0, Math.floor(indent))));
  let buf: string[] = [];
  let n = 0;
  for (const p of pieces(value, gap, '', 0)) {
    buf.push(p);
    n += p.length;
    if (n >= chunkChars) { yield buf.join(''); buf = []; n = 0; }
  }
  if (n > 0) yield buf.join('');
}
