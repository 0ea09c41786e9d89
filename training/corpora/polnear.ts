/**
 * Reader for PolNeAR v1.0 (brat standoff): `attributions/<doc>[_<annotator>].ann` with
 * `T` spans (Source, Cue, Content, Attribution[-no-source]) and `E` relations whose
 * arguments name them; offsets index `text/<doc>.txt` (JS string offsets, half-open).
 * Discontinuous spans (`start end;start end`) are kept as fragment lists.
 *
 * Canonical annotator: metadata.tsv lists the annotators of each document; when it lists
 * one, that file is used; when it lists several (the doubly annotated documents), the
 * first listed annotator with a file. Used by training and evaluation only.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Frags = [number, number][];

export interface GoldAttribution {
  source: Frags | null;
  cue: Frags;
  content: Frags | null;
}

export interface GoldDoc {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Reads the documents of one compartment (`train`, `dev`, `test`) under `polnearDir`. */
export function readPolnear(polnearDir: string, compartment: string, limit?: number): GoldDoc[] {
  const meta = readFileSync(join(polnearDir, 'metadata.tsv'), 'utf8').split('\n');
  const out: GoldDoc[] = [];
  for (const line of meta.slice(1)) {
    const cols = line.split('\t');
    if (cols[0] !== compartment) continue;
    const name = cols[1];
    const annotators = (cols[3] ?? '').split('|').filter(Boolean);
    const dir = join(polnearDir, compartment);
    let annPath: string | undefined;
    for (const a of annotators) {
      const p = join(dir, 'attributions', `${name}_${a}.ann`);
      if (existsSync(p)) { annPath = p; break; }
    }
    if (!annPath && existsSync(join(dir, 'attributions', `${name}.ann`))) annPath = join(dir, 'attributions', `${name}.ann`);
    const textPath = join(dir, 'text', `${name}.txt`);
    if (!annPath || !existsSync(textPath)) continue;
    out.push({ name, text: readFileSync(textPath, 'utf8'), attributions: parseAnn(readFileSync(annPath, 'utf8')) });
    if (limit && out.length >= limit) break;
  }
  return out;
}

/** Parses one .ann file into attributions (relations whose cue is present). */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Frags>();
  const rels: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    if (cols[0].startsWith('T')) {
      const sp = cols[1].indexOf(' ');
      const frags = cols[1].slice(sp + 1).split(';').map((f) => f.trim().split(/\s+/).map(Number) as [number, number]);
      spans.set(cols[0], frags);
    } else if (cols[0].startsWith('E')) {
      const r: Record<string, string> = {};
      for (const arg of cols[1].trim().split(/\s+/)) {
        const [role, id] = arg.split(':');
        if (!(role in r)) r[role] = id;
        else if (role === 'Content') r.Content2 = id;
      }
      rels.push(r);
    }
  }
  const out: GoldAttribution[] = [];
  for (const r of rels) {
    const cue = r.Cue ? spans.get(r.Cue) : undefined;
    if (!cue) continue;
    let content = r.Content ? spans.get(r.Content) ?? null : null;
    if (content && r.Content2 && spans.get(r.Content2)) content = [...content, ...spans.get(r.Content2)!];
    out.push({ cue, source: r.Source ? spans.get(r.Source) ?? null : null, content });
  }
  return out;
}
