/**
 * The one model file format of newsgraph: a gzipped little-endian buffer holding a JSON
 * header (format version, feature-set version, labels, training config, the source
 * commit, the SHA-256 of each upstream model it was trained on, dev scores) followed by
 * named typed arrays, each 8-byte aligned so the reader can view them without copying.
 *
 * ```
 * gzip( u32 MAGIC "NGMB" | u32 header byte length | header JSON (padded to 8) | arrays … )
 * ```
 *
 * {@link writeBundle} is the one writer (training side), {@link readBundle} /
 * {@link loadBundle} the one reader (inference side). Writing is deterministic: the same
 * header and arrays give the same bytes, so a retrained model can be compared with the
 * committed one by hash ({@link sha256}).
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { SparseLinear } from './linear.js';

/** Version of the container layout; readers reject other versions. */
export const BUNDLE_FORMAT_VERSION = 1;
const MAGIC = 0x424d474e; // "NGMB" little-endian

/** The typed arrays a bundle can hold. */
export type BundleArray = Int32Array | Uint32Array | Int16Array | Uint16Array | Uint8Array | Float32Array | Float64Array;
const CTORS = { Int32Array, Uint32Array, Int16Array, Uint16Array, Uint8Array, Float32Array, Float64Array } as const;
type CtorName = keyof typeof CTORS;

/** Where one array sits after the header (byte offset from the end of the padded header). */
interface Section { name: string; type: CtorName; offset: number; length: number }

/** What a model says about itself: written by training, checked by tests and loaders. */
export interface BundleHeader {
  /** Container layout version ({@link BUNDLE_FORMAT_VERSION}). */
  formatVersion: number;
  /** Model name, e.g. `syntax`, `ner`, `attribution-cue`; the file is `models/<model>.bin`. */
  model: string;
  /** Version of the feature set: inference refuses a bundle whose feature version it does not implement. */
  featureVersion: number;
  /** Named label inventories (class index → label), e.g. `{ tags: [...], relations: [...] }`. */
  labels: Record<string, string[]>;
  /** The training configuration (the committed `training/<model>/config.json`, as read). */
  config: Record<string, unknown>;
  /** Commit of the last change to the code this model was trained with (`+dirty` when that code had uncommitted changes). */
  sourceCommit: string;
  /** SHA-256 (hex) of each upstream model file whose output the training read, by file name (`syntax.bin`). */
  upstream: Record<string, string>;
  /** Scores on the development data measured at the end of training. */
  devScores: Record<string, number>;
  /** Model-specific metadata that is not an array (tag dictionaries, quantisation scales …). */
  meta: Record<string, unknown>;
}

/** A decoded bundle: its header and its arrays by name. */
export interface Bundle {
  header: BundleHeader;
  arrays: Record<string, BundleArray>;
}

/** Serialises a header and named typed arrays (in the order given) into the bundle format. */
export function writeBundle(header: Omit<BundleHeader, 'formatVersion'>, arrays: Record<string, BundleArray>): Buffer {
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, arr] of Object.entries(arrays)) {
    const type = arr.constructor.name as CtorName;
    if (!(type in CTORS)) throw new Error(`writeBundle: array ${name} has unsupported type ${type}`);
    sections.push({ name, type, offset, length: arr.length });
    offset += Math.ceil(arr.byteLength / 8) * 8;
  }
  const full = { formatVersion: BUNDLE_FORMAT_VERSION, ...header, sections };
  const head = Buffer.from(JSON.stringify(full), 'utf8');
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

/** Decodes only the header of a bundle (cheap enough for tests that check many files). */
export function readBundleHeader(gz: Buffer): BundleHeader {
  return decode(gz, false).header;
}

/**
 * Decodes a bundle written by {@link writeBundle}. Throws a clear error for a file that
 * is not a bundle, or one of another format version.
 */
export function readBundle(gz: Buffer): Bundle {
  return decode(gz, true);
}

function decode(gz: Buffer, withArrays: boolean): Bundle {
  let raw: Buffer;
  try { raw = gunzipSync(gz); } catch { throw new Error('not a newsgraph model bundle (not gzip)'); }
  if (raw.length < 8 || raw.readUInt32LE(0) !== MAGIC) throw new Error('not a newsgraph model bundle (bad magic)');
  const hlen = raw.readUInt32LE(4);
  const parsed = JSON.parse(raw.toString('utf8', 8, 8 + hlen)) as BundleHeader & { sections: Section[] };
  if (parsed.formatVersion !== BUNDLE_FORMAT_VERSION) {
    throw new Error(`model bundle format ${parsed.formatVersion} is not supported (this build reads format ${BUNDLE_FORMAT_VERSION})`);
  }
  const { sections, ...header } = parsed;
  const arrays: Record<string, BundleArray> = {};
  if (withArrays) {
    const pre = 8 + Math.ceil(hlen / 8) * 8;
    // One aligned copy of the payload, so every typed array is a view on it.
    const ab = new ArrayBuffer(raw.length - pre);
    new Uint8Array(ab).set(raw.subarray(pre));
    for (const s of sections) arrays[s.name] = new CTORS[s.type](ab, s.offset, s.length);
  }
  return { header, arrays };
}

/**
 * Reads a bundle file and checks that it is the expected model with a feature version
 * this code implements; the error names the file and says how to rebuild it.
 */
export function loadBundle(path: string | URL, model: string, featureVersion: number): Bundle {
  const b = readBundle(readFileSync(path));
  if (b.header.model !== model) throw new Error(`${String(path)}: holds model '${b.header.model}', expected '${model}'`);
  if (b.header.featureVersion !== featureVersion) {
    throw new Error(`${String(path)}: feature version ${b.header.featureVersion}, this code implements ${featureVersion}; rebuild with \`npm run train -- ${model}\``);
  }
  return b;
}

/** SHA-256 (hex) of a buffer: how bundles name their upstream models. */
export function sha256(buf: Buffer | Uint8Array): string {
  return createHash('sha256').update(buf).digest('hex');
}

/** The arrays and header entry that store a {@link SparseLinear} under `name` (see {@link linearFromBundle}). */
export function linearToBundle(name: string, m: SparseLinear): { meta: { nClasses: number; scale: number }; arrays: Record<string, BundleArray> } {
  return { meta: { nClasses: m.nClasses, scale: m.scale }, arrays: { [`${name}.slots`]: m.slots, [`${name}.entries`]: m.entries } };
}

/** The {@link SparseLinear} stored under `name` by {@link linearToBundle}; its meta lives in `header.meta.linear[name]`. */
export function linearFromBundle(b: Bundle, name: string): SparseLinear {
  const meta = (b.header.meta.linear as Record<string, { nClasses: number; scale: number }> | undefined)?.[name];
  const slots = b.arrays[`${name}.slots`], entries = b.arrays[`${name}.entries`];
  if (!meta || !(slots instanceof Int32Array) || !(entries instanceof Int32Array)) throw new Error(`model bundle '${b.header.model}' has no linear model '${name}'`);
  return new SparseLinear(meta.nClasses, slots, entries, meta.scale);
}

/**
 * Header `meta` plus arrays for several linear models at once: the usual way a trainer
 * assembles a bundle (`writeBundle({ …, meta: { ...linear.meta, … } }, { ...linear.arrays, … })`).
 */
export function linearModels(models: Record<string, SparseLinear>): { meta: { linear: Record<string, { nClasses: number; scale: number }> }; arrays: Record<string, BundleArray> } {
  const linear: Record<string, { nClasses: number; scale: number }> = {};
  const arrays: Record<string, BundleArray> = {};
  for (const [name, m] of Object.entries(models)) {
    const part = linearToBundle(name, m);
    linear[name] = part.meta;
    Object.assign(arrays, part.arrays);
  }
  return { meta: { linear }, arrays };
}
