/**
 * Reads a JSON export back into a document: schema v2 (the current one, with the token table) and
 * v1 (every layer as annotations). The HTML report renders documents read this way when the
 * analysis ran in a worker thread.
 * @module
 */
import type { Annotation, Doc } from '../model/types.js';
import { InputError } from '../model/errors.js';
import { decodeTokenTable } from './token-table.js';
import type { DocJSON } from './json.js';

/**
 * The frozen document a JSON export (`toDocJSON`, parsed or not) describes, with the token table
 * turned back into the `tokens`, `pos` and `dep` layers.
 * @throws InputError when `json` is not a newsgraph document export of a known major version.
 */
export function fromDocJSON(json: DocJSON): Doc {
  const major = typeof json?.version === 'string' ? Number(json.version.split('.')[0]) : NaN;
  if (major !== 1 && major !== 2) throw new InputError('E_DOC_VERSION', `not a newsgraph document export of a known version (version ${String(json?.version)})`);
  if (typeof json.text !== 'string' || typeof json.layers !== 'object' || json.layers === null) throw new InputError('E_DOC_SHAPE', 'a document export needs "text" and "layers"');
  const layers: Record<string, readonly Annotation[]> = {};
  if (json.tokenTable) for (const [name, anns] of Object.entries(decodeTokenTable(json.tokenTable, json.text))) layers[name] = Object.freeze(anns);
  for (const [name, anns] of Object.entries(json.layers)) layers[name] = Object.freeze(anns);
  return Object.freeze({
    id: json.id,
    text: json.text,
    meta: Object.freeze({ ...json.meta }),
    layers: Object.freeze(layers),
    messages: Object.freeze([...(json.messages ?? [])]),
  });
}
