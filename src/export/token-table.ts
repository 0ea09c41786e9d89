/**
 * The token table of the JSON export (schema v2): the token-level layers `tokens`, `pos` and `dep`
 * as parallel arrays, one entry per token, instead of one annotation object per token and layer.
 *
 * Why: those three layers are about three quarters of a v1 export (each token written three
 * times with its id, layer name, text and source: ~290 bytes per token), which made a 2 MB
 * article a ~200 MB file. As columns they cost ~45 bytes per token and lose nothing: ids are
 * the layers' sequential ids (`t0…`, `p0…`, `d0…`), texts are slices of `text`, sources are
 * given once per layer. {@link encodeTokenTable} puts a layer in the table only when it has that
 * regular form (the default pipeline's always do); otherwise that layer stays an annotation array.
 * {@link decodeTokenTable} turns a table back into the identical annotations.
 *
 * Offsets: half-open UTF-16 code units into the document text.
 * @module
 */
import type { Annotation } from '../model/types.js';
import { InputError } from '../model/errors.js';

/** The token-level layers as columns (see the module comment and schema/doc.v2.schema.json). */
export interface TokenTable {
  /** `stage@version` of each layer in the table (the layers present: `tokens`, and `pos`/`dep` when exported). */
  source: { tokens: string; pos?: string; dep?: string };
  /** Token i spans `text.slice(start[i], end[i])`; its id is `t<i>`. */
  start: number[];
  end: number[];
  /** Index of the token's sentence in the document's sentence order (`s<k>` ids: the `sentences` layer). */
  sentence: number[];
  /** Universal POS tag per token (`pos` annotation `p<k>`, k counting tagged tokens); null when the token has none. */
  upos?: (string | null)[];
  /** Penn Treebank tag per token; null when absent. */
  xpos?: (string | null)[];
  /** Index of the head token; −1 at the root and for a token without a `dep` annotation. */
  head?: number[];
  /** UD relation per token (`dep` annotation `d<k>`); null when the token has none. */
  deprel?: (string | null)[];
}

const TOKEN_LAYERS = ['tokens', 'pos', 'dep'] as const;

/** Whether `ids` are exactly `<prefix>0, <prefix>1, …`. */
function sequential(anns: readonly Annotation[], prefix: string): boolean {
  for (let i = 0; i < anns.length; i++) if (anns[i].id !== prefix + i) return false;
  return true;
}

/** The number after `prefix` in `id` when `id` is `<prefix><n>`, else −1. */
function indexOf(id: unknown, prefix: string): number {
  if (typeof id !== 'string' || !id.startsWith(prefix)) return -1;
  const n = Number(id.slice(prefix.length));
  return Number.isInteger(n) && n >= 0 && String(n) === id.slice(prefix.length) ? n : -1;
}

/** The single `source` of a layer, or undefined when its annotations name several. */
function oneSource(anns: readonly Annotation[]): string | undefined {
  const s = anns[0]?.source;
  for (const a of anns) if (a.source !== s) return undefined;
  return s;
}

const onlyKeys = (o: object, allowed: readonly string[]) => Object.keys(o).every((k) => allowed.includes(k));

/**
 * The token table for `layers` (only the token-level layers named in `keep` go in), or undefined
 * when `tokens` is not kept or does not have the regular form the table holds exactly. A `pos` or
 * `dep` layer that is not regular is left out of the table: it is exported as an annotation array
 * like every other layer.
 */
export function encodeTokenTable(layers: Readonly<Record<string, readonly Annotation[]>>, keep: (name: string) => boolean): TokenTable | undefined {
  const tokens = layers.tokens;
  if (!tokens?.length || !keep('tokens')) return undefined;
  const source = oneSource(tokens);
  if (!source || !sequential(tokens, 't')) return undefined;
  const n = tokens.length;
  const table: TokenTable = { source: { tokens: source }, start: new Array(n), end: new Array(n), sentence: new Array(n) };
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const si = indexOf(t.attrs.sentence, 's');
    if (si < 0 || t.label !== undefined || !onlyKeys(t.attrs, ['sentence'])) return undefined;
    table.start[i] = t.start; table.end[i] = t.end; table.sentence[i] = si;
  }
  /** Token index per annotation of a layer that annotates tokens one to one, in token order; null when irregular. */
  const aligned = (anns: readonly Annotation[], prefix: string, attrKeys: readonly string[]): number[] | null => {
    if (!sequential(anns, prefix) || !oneSource(anns)) return null;
    const at: number[] = new Array(anns.length);
    let last = -1;
    for (let k = 0; k < anns.length; k++) {
      const a = anns[k], i = indexOf(a.attrs.token, 't');
      if (i <= last || i >= n || a.start !== tokens[i].start || a.end !== tokens[i].end || a.label === undefined || !onlyKeys(a.attrs, attrKeys)) return null;
      at[k] = last = i;
    }
    return at;
  };
  const pos = layers.pos;
  if (pos?.length && keep('pos')) encodePos(table, pos, aligned(pos, 'p', ['token', 'xpos']));
  const dep = layers.dep;
  if (dep?.length && keep('dep')) encodeDep(table, dep, aligned(dep, 'd', ['token', 'head']));
  return table;
}

/** Adds the `pos` columns to `table` when the layer is regular (`at`: its token indices); else leaves it out. */
function encodePos(table: TokenTable, pos: readonly Annotation[], at: number[] | null): void {
  if (!at) return;
  const n = table.start.length;
  const upos: (string | null)[] = new Array(n).fill(null);
  const xpos: (string | null)[] = new Array(n).fill(null);
  let withX = 0;
  for (let k = 0; k < pos.length; k++) {
    upos[at[k]] = pos[k].label!;
    const x = pos[k].attrs.xpos;
    if (x === undefined) continue;
    if (typeof x !== 'string') return;
    xpos[at[k]] = x; withX++;
  }
  // Every tagged token has an xpos, or none has (the column is then left out).
  if (withX !== 0 && withX !== pos.length) return;
  table.source.pos = pos[0].source;
  table.upos = upos;
  if (withX) table.xpos = xpos;
}

/** Adds the `dep` columns to `table` when the layer is regular; else leaves it out. */
function encodeDep(table: TokenTable, dep: readonly Annotation[], at: number[] | null): void {
  if (!at) return;
  const n = table.start.length;
  const head: number[] = new Array(n).fill(-1);
  const deprel: (string | null)[] = new Array(n).fill(null);
  for (let k = 0; k < dep.length; k++) {
    const h = dep[k].attrs.head;
    const hi = h === null ? -1 : indexOf(h, 't');
    if (h === undefined || (h !== null && (hi < 0 || hi >= n))) return;
    head[at[k]] = hi;
    deprel[at[k]] = dep[k].label!;
  }
  table.source.dep = dep[0].source;
  table.head = head;
  table.deprel = deprel;
}

/** The layers a token table holds. */
export function tokenTableLayers(table: TokenTable): string[] {
  return TOKEN_LAYERS.filter((l) => table.source[l] !== undefined);
}

/**
 * The `tokens`, `pos` and `dep` annotations a token table encodes (identical to the exported ones).
 * @throws InputError when the columns differ in length.
 */
export function decodeTokenTable(table: TokenTable, text: string): Record<string, Annotation[]> {
  const n = table.start.length;
  for (const col of ['end', 'sentence', 'upos', 'xpos', 'head', 'deprel'] as const) {
    const c = table[col];
    if (c !== undefined && c.length !== n) throw new InputError('E_TOKEN_TABLE', `token table: column "${col}" has ${c.length} entries for ${n} tokens`);
  }
  const out: Record<string, Annotation[]> = {};
  const tokens: Annotation[] = new Array(n);
  for (let i = 0; i < n; i++) {
    tokens[i] = { id: `t${i}`, layer: 'tokens', start: table.start[i], end: table.end[i], text: text.slice(table.start[i], table.end[i]), attrs: { sentence: `s${table.sentence[i]}` }, source: table.source.tokens };
  }
  out.tokens = tokens;
  if (table.source.pos !== undefined && table.upos) {
    const pos: Annotation[] = [];
    for (let i = 0; i < n; i++) {
      const u = table.upos[i];
      if (u === null) continue;
      const t = tokens[i];
      const attrs: Record<string, string> = { token: t.id };
      if (table.xpos) attrs.xpos = table.xpos[i]!;
      pos.push({ id: `p${pos.length}`, layer: 'pos', start: t.start, end: t.end, text: t.text, label: u, attrs, source: table.source.pos });
    }
    out.pos = pos;
  }
  if (table.source.dep !== undefined && table.deprel && table.head) {
    const dep: Annotation[] = [];
    for (let i = 0; i < n; i++) {
      const r = table.deprel[i];
      if (r === null) continue;
      const t = tokens[i], h = table.head[i];
      dep.push({ id: `d${dep.length}`, layer: 'dep', start: t.start, end: t.end, text: t.text, label: r, attrs: { token: t.id, head: h < 0 ? null : `t${h}` }, source: table.source.dep });
    }
    out.dep = dep;
  }
  return out;
}
