/**
 * Whose words a framing span is: inside a direct quotation of X (`quoted`), inside a
 * claim attributed to X (`attributed`), or the outlet's own (`outlet`), with X's entity
 * id — from the `statements`, `quotes` and `voice` layers of the statements stage.
 * Built once per document; each lookup is a binary search plus a short backward scan.
 * @module
 */
import type { Annotation, Doc } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';

/** The voice of one span. */
export interface SpanVoice {
  voice: 'quoted' | 'attributed' | 'outlet';
  /** The statement whose content holds the span. */
  statement?: string;
  /** The speaker's entity id, when the statements stage linked one. */
  speaker?: string;
  /** The speaker as written (the statement's source text or speaker name). */
  speakerName?: string;
}

interface Interval { start: number; end: number; stmt: Annotation | null; quoted: boolean }

/** How far back a lookup scans for an enclosing interval (nesting is shallow in news text). */
const SCAN = 16;

/** Voice lookups over one document. */
export class VoiceIndex {
  private readonly iv: Interval[];
  private readonly voice: readonly Annotation[];
  /** Sources and cues of statements, sorted: the outlet's words that frame a claim ("Historians note"). */
  private readonly frames: { start: number; end: number }[];

  constructor(doc: Doc) {
    const stmts = layer(doc, 'statements');
    const byId = new Map(stmts.map((s) => [s.id, s] as const));
    const iv: Interval[] = [];
    const frames: { start: number; end: number }[] = [];
    for (const s of stmts) {
      for (const k of ['source', 'cue'] as const) { const r = s.attrs[k]; if (r && typeof r === 'object' && 'start' in r) frames.push({ start: r.start as number, end: r.end as number }); }
      const parts = Array.isArray(s.attrs.contentParts) ? s.attrs.contentParts : s.attrs.content ? [s.attrs.content] : [];
      for (const p of parts) if (p && typeof p === 'object' && 'start' in p) iv.push({ start: p.start as number, end: p.end as number, stmt: s, quoted: false });
    }
    for (const q of layer(doc, 'quotes')) {
      if (q.label !== 'speech') continue;
      const st = typeof q.attrs.statement === 'string' ? byId.get(q.attrs.statement) ?? null : null;
      iv.push({ start: q.start, end: q.end, stmt: st, quoted: true });
    }
    iv.sort((a, b) => a.start - b.start || b.end - a.end);
    this.iv = iv;
    this.frames = frames.sort((a, b) => a.start - b.start);
    this.voice = layer(doc, 'voice');
  }

  /** Whether `[start, end)` overlaps a statement's source or cue. */
  private inFrame(start: number, end: number): boolean {
    const fr = this.frames;
    let f0 = 0, f1 = fr.length;
    while (f0 < f1) { const m = (f0 + f1) >> 1; if (fr[m].start <= start) f0 = m + 1; else f1 = m; }
    for (let k = f0 - 1; k >= 0 && k >= f0 - SCAN; k--) if (fr[k].end > start) return true;
    return f0 < fr.length && fr[f0].start < end;
  }

  /**
   * The voice of `[start, end)`: the innermost enclosing quotation or statement content,
   * else the `voice` layer (unless `layerFallback` is false: for words that frame a claim
   * rather than make one, such as vague sourcing, which are the outlet's when no claim holds them).
   */
  of(start: number, end: number, layerFallback = true): SpanVoice {
    if (!layerFallback && this.inFrame(start, end)) return { voice: 'outlet' };
    const iv = this.iv;
    let lo = 0, hi = iv.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (iv[m].start <= start) lo = m + 1; else hi = m; }
    let quoted: Interval | undefined, claim: Interval | undefined;
    for (let k = lo - 1; k >= 0 && k >= lo - SCAN; k--) {
      const x = iv[k];
      if (x.end < end) continue;
      if (x.quoted) quoted ??= x; else claim ??= x;
      if (quoted && claim) break;
    }
    const speakerOf = (st: Annotation | null | undefined): Pick<SpanVoice, 'statement' | 'speaker' | 'speakerName'> => {
      if (!st) return {};
      const src = st.attrs.source as { text?: string } | null | undefined;
      // The source as written ("Moscow"); the canonical entity is behind `speaker`.
      const name = src && typeof src === 'object' && src.text ? src.text : typeof st.attrs.speakerName === 'string' ? st.attrs.speakerName : undefined;
      return { statement: st.id, ...(typeof st.attrs.speaker === 'string' ? { speaker: st.attrs.speaker } : {}), ...(name ? { speakerName: name } : {}) };
    };
    if (quoted) return { voice: 'quoted', ...speakerOf(quoted.stmt ?? claim?.stmt) };
    if (claim) return { voice: 'attributed', ...speakerOf(claim.stmt) };
    // A statement's source or cue is the outlet speaking about a claim, not the claim.
    if (this.inFrame(start, end)) return { voice: 'outlet' };
    if (!layerFallback) return { voice: 'outlet' };
    // No statement holds it: the voice layer decides (an `attributed` stretch without a parsed statement stays attributed, speaker unknown).
    const v = this.voice;
    let a = 0, b = v.length;
    while (a < b) { const m = (a + b) >> 1; if (v[m].end <= start) a = m + 1; else b = m; }
    if (a < v.length && v[a].start <= start && v[a].label === 'attributed') return { voice: 'attributed' };
    return { voice: 'outlet' };
  }
}
