import type { Annotation, Doc, DocMeta, Message } from '../model/types.js';
import { framingSummary, type FramingSummary } from '../pipeline/stages/framing/summary.js';

/** The schema id of the exported document; bump the major version on breaking changes. */
export const DOC_SCHEMA_ID = 'https://newsgraph.invalid/schema/doc/v1.json';
/** Version of the JSON export format (semver). */
export const DOC_FORMAT_VERSION = '1.0.0';

/**
 * The public JSON form of an analysed document (see schema/doc.v1.schema.json).
 * Offsets are half-open UTF-16 code-unit offsets into `text`, as in JavaScript's
 * `String.prototype.slice`; consumers in other languages must convert
 * (e.g. Python's str indexes code points: count surrogate pairs twice).
 */
export interface DocJSON {
  $schema: string;
  version: string;
  offsets: 'utf16';
  id: string;
  text: string;
  meta: DocMeta;
  layers: Record<string, Annotation[]>;
  messages: Message[];
  /** Article-level framing summary (counts by label and voice, outlet share, tone, most loaded statements); present when the document has a `framing` layer. */
  framing?: FramingSummary;
}

/** Converts a document to its JSON export (a plain object ready for `JSON.stringify`). */
export function toDocJSON(doc: Doc): DocJSON {
  const layers: Record<string, Annotation[]> = {};
  for (const [name, anns] of Object.entries(doc.layers)) layers[name] = anns as Annotation[];
  return {
    $schema: DOC_SCHEMA_ID,
    version: DOC_FORMAT_VERSION,
    offsets: 'utf16',
    id: doc.id,
    text: doc.text,
    meta: doc.meta as DocMeta,
    layers,
    messages: doc.messages as Message[],
    ...(doc.layers.framing ? { framing: framingSummary(doc)! } : {}),
  };
}
