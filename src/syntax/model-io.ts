/**
 * The syntax model file (`models/syntax.bin`): gzip of a small JSON header followed
 * by typed-array sections (little-endian, 8-byte aligned). Rebuilt by
 * `npm run train -- syntax`.
 * @module
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { SparseLinear } from '../ml/linear.js';
import { Tagger, coarseTags, tagKinds } from './tagger.js';
import { Lexicon } from './lexical.js';
import { Parser } from './parser.js';

type Typed = Int32Array | Uint8Array | Int16Array | Float32Array;
const CTORS = { Int32Array, Uint8Array, Int16Array, Float32Array } as const;
type CtorName = keyof typeof CTORS;

interface Section { name: string; type: CtorName; offset: number; length: number }
const MAGIC = 0x5953474e; // "NGSY"

/** Serialises a header object and named typed arrays. */
export function writeBundle(header: Record<string, unknown>, arrays: Record<string, Typed>): Buffer {
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, arr] of Object.entries(arrays)) {
    sections.push({ name, type: arr.constructor.name as CtorName, offset, length: arr.length });
    offset += Math.ceil(arr.byteLength / 8) * 8;
  }
  const head = Buffer.from(JSON.stringify({ ...header, sections }), 'utf8');
  const pre = 8 + Math.ceil(head.length / 8) * 8;
  const buf = Buffer.alloc(pre + offset);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(head.length, 4);
  head.copy(buf, 8);
  for (const s of sections) {
    const arr = arrays[s.name];
    Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength).copy(buf, pre + s.offset);
  }
  return gzipSync(buf, { level: 9 });
}

/** Reads a bundle written by {@link writeBundle}. */
export function readBundle(gz: Buffer): { header: Record<string, unknown>; arrays: Record<string, Typed> } {
  const raw = gunzipSync(gz);
  if (raw.readUInt32LE(0) !== MAGIC) throw new Error('not a newsgraph syntax model');
  const hlen = raw.readUInt32LE(4);
  const header = JSON.parse(raw.toString('utf8', 8, 8 + hlen)) as Record<string, unknown> & { sections: Section[] };
  const pre = 8 + Math.ceil(hlen / 8) * 8;
  // Copy into a fresh aligned ArrayBuffer so typed-array views are aligned.
  const ab = new ArrayBuffer(raw.length - pre);
  new Uint8Array(ab).set(raw.subarray(pre));
  const arrays: Record<string, Typed> = {};
  for (const s of header.sections) {
    const C = CTORS[s.type];
    arrays[s.name] = new C(ab, s.offset, s.length);
  }
  return { header, arrays };
}

function linearArrays(prefix: string, m: SparseLinear): Record<string, Typed> {
  return { [`${prefix}.slots`]: m.slots, [`${prefix}.entries`]: m.entries };
}

function linearFrom(prefix: string, header: Record<string, unknown>, a: Record<string, Typed>): SparseLinear {
  const meta = header[prefix] as { nClasses: number; scale: number };
  if (a[`${prefix}.keys`]) {
    return SparseLinear.fromLegacy(meta.nClasses, meta.scale, a[`${prefix}.keys`] as Int32Array, a[`${prefix}.slotRow`] as Int32Array,
      a[`${prefix}.rowPtr`] as Int32Array, a[`${prefix}.cls`] as Uint8Array, a[`${prefix}.val`] as Int16Array);
  }
  return new SparseLinear(meta.nClasses, a[`${prefix}.slots`] as Int32Array, a[`${prefix}.entries`] as Int32Array, meta.scale);
}

/** A loaded tagger + parser pair. */
export interface SyntaxModel {
  tagger: Tagger;
  parser: Parser;
  /** Predicts each word's relation and head direction for the parser's features (null in models trained without). */
  supertagger: Tagger | null;
  /** Lower-case form → cluster value (see `Lexicon`). */
  clusters: ReadonlyMap<string, number>;
  /** Lexical-feature cache carrying the model's word clusters; use it for every form fed to the model. */
  lexicon: Lexicon;
  info: Record<string, unknown>;
}

/** Serialises a trained tagger and parser. */
export function saveSyntaxModel(tagger: Tagger, parser: Parser, clusters: ReadonlyMap<string, number>, info: Record<string, unknown>,
  supertagger: Tagger | null = null): Buffer {
  const header = {
    version: 1,
    info,
    classes: tagger.classes,
    tagDict: [...tagger.tagDict.entries()],
    labels: parser.labels,
    clusterWords: [...clusters.keys()].join('\n'),
    tagModel: { nClasses: tagger.model.nClasses, scale: tagger.model.scale },
    moveModel: { nClasses: parser.moves.nClasses, scale: parser.moves.scale },
    labelModel: { nClasses: parser.labeller.nClasses, scale: parser.labeller.scale },
    ...(supertagger ? { stagClasses: supertagger.classes, stagDict: [...supertagger.tagDict.entries()],
      stagModel: { nClasses: supertagger.model.nClasses, scale: supertagger.model.scale } } : {}),
  };
  return writeBundle(header, {
    ...linearArrays('tagModel', tagger.model),
    ...linearArrays('moveModel', parser.moves),
    ...linearArrays('labelModel', parser.labeller),
    ...(supertagger ? linearArrays('stagModel', supertagger.model) : {}),
    leftMask: parser.leftMask,
    rightMask: parser.rightMask,
    clusterIds: Int32Array.from(clusters.values()),
  });
}

/** Loads a model written by {@link saveSyntaxModel}. */
export function loadSyntaxModel(path: string | URL): SyntaxModel {
  const { header, arrays } = readBundle(readFileSync(path));
  const tagger = new Tagger(header.classes as string[], linearFrom('tagModel', header, arrays),
    new Map(header.tagDict as [string, number][]));
  const parser = new Parser(header.labels as string[], linearFrom('moveModel', header, arrays), linearFrom('labelModel', header, arrays),
    arrays.leftMask as Uint8Array, arrays.rightMask as Uint8Array, coarseTags(tagger.classes), tagKinds(tagger.classes));
  const words = (header.clusterWords as string) ? (header.clusterWords as string).split('\n') : [];
  const ids = arrays.clusterIds as Int32Array;
  const clusters = new Map<string, number>();
  words.forEach((w, i) => clusters.set(w, ids[i]));
  const supertagger = header.stagClasses
    ? new Tagger(header.stagClasses as string[], linearFrom('stagModel', header, arrays), new Map(header.stagDict as [string, number][]))
    : null;
  return { tagger, parser, supertagger, clusters, lexicon: new Lexicon(clusters), info: (header.info ?? {}) as Record<string, unknown> };
}
