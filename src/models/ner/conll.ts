/**
 * Readers for the training/evaluation corpora: CoNLL-2003 (IOB1) and GUM (CoNLL-U with
 * `Entity=` in MISC). Both produce documents of sentences of tokens with gold spans in
 * token indices (half-open), so training and evaluation share one shape.
 *
 * @module
 */
import { readFileSync } from 'node:fs';

/** A gold or predicted span over token indices [start, end). */
export interface TokSpan { start: number; end: number; type: string }
/** One sentence: tokens and spans. */
export interface GoldSentence { tokens: string[]; spans: TokSpan[] }
/** One document. */
export interface GoldDoc { id: string; sentences: GoldSentence[] }

/** Reads a CoNLL-2003 file (WORD POS CHUNK TAG, IOB1 or IOB2) into documents. */
export function readConll(path: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let doc: GoldDoc = { id: 'd0', sentences: [] };
  let toks: string[] = [], tags: string[] = [];
  const flush = () => {
    if (toks.length) doc.sentences.push({ tokens: toks, spans: iobSpans(tags) });
    toks = []; tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (doc.sentences.length) docs.push(doc);
      doc = { id: `d${docs.length}`, sentences: [] };
      continue;
    }
    const t = line.trim();
    if (!t) { flush(); continue; }
    const parts = t.split(' ');
    toks.push(parts[0]);
    tags.push(parts[parts.length - 1]);
  }
  flush();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

/** Spans from IOB1/IOB2 tags (conlleval's chunk rules: an I- after O or another type starts a chunk). */
export function iobSpans(tags: readonly string[]): TokSpan[] {
  const out: TokSpan[] = [];
  let cur: TokSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag === 'O') { if (cur) { out.push(cur); cur = null; } continue; }
    const [p, type] = [tag.slice(0, 1), tag.slice(2)];
    if (p === 'B' || !cur || cur.type !== type) {
      if (cur) out.push(cur);
      cur = { start: i, end: i + 1, type };
    } else cur.end = i + 1;
  }
  if (cur) out.push(cur);
  return out;
}

/** GUM entity types. */
export const GUM_TYPES = ['person', 'place', 'organization', 'event', 'object', 'abstract', 'time', 'quantity', 'substance', 'animal', 'plant'];

/**
 * Reads a GUM .conllu file: tokens per sentence (multi-word token lines skipped) and
 * *named* entity mentions — mentions whose head (the token whose syntactic head lies
 * outside the span) is a proper noun. A leading determiner ("the United States") is
 * dropped from the span, as CoNLL-style annotation does. Type = GUM's entity type.
 */
export function readGum(path: string, id: string): GoldDoc {
  const doc: GoldDoc = { id, sentences: [] };
  let toks: string[] = [], upos: string[] = [], heads: number[] = [], ents: string[] = [];
  const flush = () => {
    if (!toks.length) return;
    const spans: TokSpan[] = [];
    const stack: { id: string; type: string; start: number }[] = [];
    for (let i = 0; i < toks.length; i++) {
      const e = ents[i];
      if (!e) continue;
      // Tokens of the Entity value: "(12-person-…" opens, "12)" closes, "(12-person-…)" is single.
      const re = /\(([^()]+)(\))?|(\d+)\)/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(e))) {
        if (m[1]) {
          const [eid, type] = m[1].split('-');
          if (m[2]) spans.push({ start: i, end: i + 1, type });
          else stack.push({ id: eid, type, start: i });
        } else if (m[3]) {
          for (let k = stack.length - 1; k >= 0; k--) {
            if (stack[k].id === m[3]) { spans.push({ start: stack[k].start, end: i + 1, type: stack[k].type }); stack.splice(k, 1); break; }
          }
        }
      }
    }
    const named: TokSpan[] = [];
    for (const s of spans) {
      let head = -1;
      for (let k = s.start; k < s.end; k++) { const h = heads[k] - 1; if (h < s.start || h >= s.end) { head = k; break; } }
      if (head < 0 || upos[head] !== 'PROPN') continue;
      let a = s.start;
      while (a < s.end && upos[a] === 'DET') a++;
      // Only the proper-noun core: spans must be capitalised names, not "the city of X" phrases.
      if (a >= s.end || !/^[A-Z0-9]/.test(toks[a])) continue;
      named.push({ start: a, end: s.end, type: s.type });
    }
    named.sort((x, y) => x.start - y.start || y.end - x.end);
    // Keep outermost non-overlapping named spans.
    const kept: TokSpan[] = [];
    for (const s of named) if (!kept.length || s.start >= kept[kept.length - 1].end) kept.push(s);
    doc.sentences.push({ tokens: toks, spans: kept });
    toks = []; upos = []; heads = []; ents = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) { flush(); continue; }
    if (line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c.length < 10 || c[0].includes('-') || c[0].includes('.')) continue;
    toks.push(c[1]); upos.push(c[3]); heads.push(Number(c[6]));
    const m = /(?:^|\|)Entity=([^|]*)/.exec(c[9]);
    ents.push(m ? m[1] : '');
  }
  flush();
  return doc;
}

const HONORIFIC = /^(Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|President|Senator|Sen|Governor|Gov|Judge|Justice|General|Gen|Captain|Capt|Colonel|Col|Mayor|Minister|King|Queen|Prince|Princess|Pope|Saint|St)\.?$/;

/**
 * Maps a GUM name span to CoNLL's conventions: leading honorifics and titles are not part
 * of the name ("Professor Cres Eastman" → "Cres Eastman"), an appositive after a comma is
 * cut ("Mark Tedeschi , QC" → "Mark Tedeschi"), and a trailing possessive is dropped
 * ("Gloria 's" → "Gloria"). Returns null when nothing is left.
 */
export function conllStyle(tokens: readonly string[], s: TokSpan): TokSpan | null {
  let a = s.start, b = s.end;
  while (a < b - 1 && HONORIFIC.test(tokens[a])) a++;
  for (let k = a + 1; k < b; k++) if (tokens[k] === ',') { b = k; break; }
  if (b - a > 1 && (tokens[b - 1] === "'s" || tokens[b - 1] === "'" || tokens[b - 1] === '’s')) b--;
  return a < b ? { start: a, end: b, type: s.type } : null;
}

/** The document names listed under a heading of GUM's splits.md (`dev`, `test` …). */
export function gumSplit(splitsMd: string, name: string): string[] {
  const out: string[] = [];
  let on = false;
  for (const line of splitsMd.split('\n')) {
    const h = /^##\s+(\S+)/.exec(line);
    if (h) { on = h[1] === name; continue; }
    const m = /^\s*\*\s+(\S+)/.exec(line);
    if (on && m) out.push(m[1]);
  }
  return out;
}
