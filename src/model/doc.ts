import { createHash } from 'node:crypto';
import type { Annotation, Doc, DocMeta, Layer, Message, SpanRef } from './types.js';

/**
 * Creates a frozen document with no layers.
 * @param text the article text; offsets of all later annotations index into it (UTF-16, half-open).
 */
export function createDoc(text: string, meta: DocMeta = {}, id?: string, messages: Message[] = []): Doc {
  return Object.freeze({
    id: id ?? contentId(text),
    text,
    meta: Object.freeze({ ...meta }),
    layers: Object.freeze({}),
    messages: Object.freeze([...messages]),
  });
}

/** A short stable id derived from the text (first 16 hex chars of SHA-256). */
export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The annotations of a layer (empty when the layer is absent). */
export function layer(doc: Doc, name: Layer): readonly Annotation[] {
  return doc.layers[name] ?? [];
}

/** Builds a {@link SpanRef} for `doc.text.slice(start, end)`. */
export function spanRef(text: string, start: number, end: number): SpanRef {
  return { start, end, text: text.slice(start, end) };
}

/** Index of annotations by id across all layers. */
export function indexById(doc: Doc): Map<string, Annotation> {
  const m = new Map<string, Annotation>();
  for (const anns of Object.values(doc.layers)) for (const a of anns) m.set(a.id, a);
  return m;
}

/** Annotations of `anns` (sorted by start) that lie within [start, end). Binary search; O(log n + k). */
export function within(anns: readonly Annotation[], start: number, end: number): Annotation[] {
  let lo = 0, hi = anns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anns[mid].start < start) lo = mid + 1; else hi = mid;
  }
  const out: Annotation[] = [];
  for (let i = lo; i < anns.length && anns[i].start < end; i++) if (anns[i].end <= end) out.push(anns[i]);
  return out;
}

/** Annotations of `anns` (sorted by start) that overlap [start, end). */
export function overlapping(anns: readonly Annotation[], start: number, end: number): Annotation[] {
  const out: Annotation[] = [];
  for (const a of anns) {
    if (a.start >= end) break;
    if (a.end > start) out.push(a);
  }
  return out;
}
