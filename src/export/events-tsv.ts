/**
 * The GDELT-like events table (`newsgraph analyze … --format events-tsv`): one row per event of
 * the `events` layer, tab-separated, with a header row. Columns: doc id, event id, date (the
 * event's timex value, else the publication day), source and target (actor codes, countries,
 * sectors and names; several actors joined by `;`), PLOVER category, CAMEO code, mode, status,
 * negated, speaker (entity id), place (name, latitude, longitude), evidence start and end
 * (half-open UTF-16 offsets into the document text), trigger text, confidence.
 * Tabs and line breaks inside values are replaced by spaces, so every row is one line.
 * @module
 */
import type { Annotation, Doc } from '../model/types.js';
import { layer } from '../model/doc.js';

/** Column names, in order. */
export const EVENTS_TSV_COLUMNS = [
  'doc_id', 'event_id', 'date', 'source_code', 'source_country', 'source_sector', 'source_name',
  'target_code', 'target_country', 'target_sector', 'target_name', 'plover', 'cameo', 'mode', 'status', 'negated',
  'speaker', 'place', 'lat', 'lon', 'evidence_start', 'evidence_end', 'trigger', 'confidence',
] as const;

interface Party { name?: string; code?: string | null; country?: string | null; sector?: string | null }

const clean = (v: unknown): string => (v === null || v === undefined ? '' : String(v)).replace(/[\t\r\n]+/g, ' ');
const join = (list: Party[], f: (p: Party) => unknown) => list.map((p) => clean(f(p))).join(';');

/** One TSV row (without the line break) for an event annotation of `doc`. */
export function eventRow(doc: Doc, e: Annotation): string {
  const src = (e.attrs.source as Party[] | undefined) ?? [];
  const tgt = (e.attrs.target as Party[] | undefined) ?? [];
  const place = e.attrs.place as { name?: string; lat?: number | null; lon?: number | null } | null;
  const time = e.attrs.time as { value?: string } | null;
  const trigger = e.attrs.trigger as { text?: string } | undefined;
  const date = time?.value ?? (doc.meta.publishedAt ? doc.meta.publishedAt.slice(0, 10) : '');
  return [
    doc.id, e.id, date,
    join(src, (p) => p.code), join(src, (p) => p.country), join(src, (p) => p.sector), join(src, (p) => p.name),
    join(tgt, (p) => p.code), join(tgt, (p) => p.country), join(tgt, (p) => p.sector), join(tgt, (p) => p.name),
    e.label, e.attrs.cameo, e.attrs.mode, e.attrs.status, e.attrs.negated ? '1' : '0',
    e.attrs.speaker, place?.name, place?.lat, place?.lon, e.start, e.end, trigger?.text, e.attrs.confidence,
  ].map(clean).join('\t');
}

/** The header line. */
export function eventsTsvHeader(): string {
  return EVENTS_TSV_COLUMNS.join('\t');
}

/** All event rows of a document, one per line (no header). */
export function eventsTsvRows(doc: Doc): string {
  return layer(doc, 'events').map((e) => eventRow(doc, e) + '\n').join('');
}
