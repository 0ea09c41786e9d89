import type { Annotation, Doc, DocMeta, Message } from '../model/types.js';
import { framingSummary, type FramingSummary } from '../pipeline/stages/framing/summary.js';
import { encodeTokenTable, tokenTableLayers, type TokenTable } from './token-table.js';

/** The schema id of the exported document; bump the major version on breaking changes. */
export const DOC_SCHEMA_ID = 'https://newsgraph.invalid/schema/doc/v2.json';
/** Version of the JSON export format (semver). 2.0.0: the token-level layers moved into `tokenTable`. */
export const DOC_FORMAT_VERSION = '2.0.0';

/**
 * The public JSON form of an analysed document (see schema/doc.v2.schema.json).
 * The token-level layers `tokens`, `pos` and `dep` are in `tokenTable` as parallel arrays
 * (src/export/token-table.ts) rather than in `layers`; {@link fromDocJSON} (src/export/read.ts)
 * gives back the document with every layer as annotations.
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
  /** Annotations by layer name; the token-level layers are in `tokenTable` instead (when regular, i.e. always from the default pipeline). */
  layers: Record<string, Annotation[]>;
  /** `tokens`, `pos` and `dep` as columns, one entry per token; absent when no token layer is exported. */
  tokenTable?: TokenTable;
  messages: Message[];
  /** Article-level framing summary (counts by label and voice, outlet share, tone, most loaded statements); present when the document has a `framing` layer. */
  framing?: FramingSummary;
}

/** Options of {@link toDocJSON}. */
export interface DocJSONOptions {
  /**
   * Layers to export (default: all). The others are left out of `layers`; ids in `attrs` may
   * then name annotations of a layer that is not exported (a token's `sentence`).
   */
  layers?: readonly string[];
}

/** Converts a document to its JSON export (a plain object ready for `JSON.stringify`). */
export function toDocJSON(doc: Doc, options: DocJSONOptions = {}): DocJSON {
  const keep = options.layers ? new Set(options.layers) : undefined;
  const kept = (name: string) => !keep || keep.has(name);
  const tokenTable = encodeTokenTable(doc.layers, kept);
  const inTable = new Set(tokenTable ? tokenTableLayers(tokenTable) : []);
  const layers: Record<string, Annotation[]> = {};
  for (const [name, anns] of Object.entries(doc.layers)) if (kept(name) && !inTable.has(name)) layers[name] = anns as Annotation[];
  return {
    $schema: DOC_SCHEMA_ID,
    version: DOC_FORMAT_VERSION,
    offsets: 'utf16',
    id: doc.id,
    text: doc.text,
    meta: doc.meta as DocMeta,
    layers,
    ...(tokenTable ? { tokenTable } : {}),
    messages: doc.messages as Message[],
    ...(doc.layers.framing ? { framing: framingSummary(doc)! } : {}),
  };
}
