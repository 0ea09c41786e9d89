/**
 * The outlet's voice versus attributed voice: every sentence stretch outside statement
 * contents is the outlet's own assertion; statement contents are attributed.
 * Offsets: half-open UTF-16 into `doc.text`.
 * @module
 */
import type { Doc } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';

/** A voice segment before it becomes an annotation. */
export interface VoiceSegment { start: number; end: number; label: 'outlet' | 'attributed' }

/**
 * Splits each sentence into outlet/attributed segments given content spans
 * (sorted or not). Segments with no letter or digit are dropped; edges are trimmed of
 * white space and joining punctuation.
 */
export function voiceSegments(text: string, sentences: readonly { start: number; end: number }[],
  contents: readonly { start: number; end: number }[]): VoiceSegment[] {
  const cs = [...contents].sort((a, b) => a.start - b.start);
  // Merge overlapping contents (nested statements) into attributed stretches.
  const merged: { start: number; end: number }[] = [];
  for (const c of cs) {
    const last = merged[merged.length - 1];
    if (last && c.start <= last.end) last.end = Math.max(last.end, c.end);
    else merged.push({ start: c.start, end: c.end });
  }
  const out: VoiceSegment[] = [];
  const push = (s: number, e: number, label: VoiceSegment['label']) => {
    while (s < e && /[\s,;:—–-]/.test(text[s])) s++;
    while (e > s && /[\s,;:—–-]/.test(text[e - 1])) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e, label });
  };
  for (const m of merged) push(m.start, m.end, 'attributed');
  let k = 0;
  for (const sent of sentences) {
    let cur = sent.start;
    while (k < merged.length && merged[k].end <= sent.start) k++;
    for (let j = k; j < merged.length && merged[j].start < sent.end; j++) {
      if (merged[j].start > cur) push(cur, merged[j].start, 'outlet');
      cur = Math.max(cur, merged[j].end);
    }
    if (cur < sent.end) push(cur, sent.end, 'outlet');
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Share of voiced text (non-space characters) in each voice, from a document's `voice` layer. */
export function voiceShares(doc: Doc): { outlet: number; attributed: number } {
  let o = 0, a = 0;
  for (const v of layer(doc, 'voice')) {
    const n = v.text.replace(/\s+/g, '').length;
    if (v.label === 'attributed') a += n; else o += n;
  }
  const t = o + a;
  return t ? { outlet: o / t, attributed: a / t } : { outlet: 0, attributed: 0 };
}
