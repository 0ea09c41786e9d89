/**
 * Fixtures shared by the entities stage's rule tests (not published: excluded from the build).
 * @module
 */
import assert from 'node:assert/strict';
import type { NameSpan, NerToken } from './recognise.js';
import type { ClusterDraft, MentionDraft } from './canonical.js';
import { joinCompassNames } from './compass.js';
import { getKb } from '../../../kb/index.js';

/** Name spans for `[surface, type]` pairs, found left to right in `text` (UTF-16 offsets, sentence 0). */
export function nameSpans(text: string, list: [string, string][]): NameSpan[] {
  let from = 0;
  return list.map(([s, type]) => {
    const start = text.indexOf(s, from);
    assert.ok(start >= 0, s);
    from = start + s.length;
    return { start, end: start + s.length, type, sentence: 0 };
  });
}

/** Tokens of a sentence split at single spaces, with their offsets. */
export function spaceTokens(sentence: string): NerToken[] {
  const out: NerToken[] = [];
  let at = 0;
  for (const w of sentence.split(' ')) { out.push({ start: at, end: at + w.length, text: w }); at += w.length + 1; }
  return out;
}

/**
 * Runs the rule over name mentions `[surface, type, KB name?]` (left to right in `text`; one
 * cluster per distinct surface, KB-linked when a KB name is given) and returns, per mention,
 * `start-end:text → cluster name`.
 */
export function compassRun(text: string, names: [string, string, string?][]): string[] {
  const mentions: MentionDraft[] = [];
  const clusters: ClusterDraft[] = [];
  let from = 0;
  for (const [n, type, kbName] of names) {
    const start = text.indexOf(n, from);
    assert.ok(start >= 0, n);
    from = start + n.length;
    let ci = clusters.findIndex((c) => c.name === (kbName ?? n));
    if (ci < 0) {
      const kb = kbName ? getKb().lookup(kbName).find((e) => e.kind === 'country') : undefined;
      if (kbName) assert.ok(kb, `KB country ${kbName}`);
      ci = clusters.length;
      clusters.push({ type, name: kbName ?? n, kb });
    }
    mentions.push({ start, end: start + n.length, type, kind: 'name', cluster: ci });
  }
  joinCompassNames(text, mentions, clusters);
  return mentions.map((m) => `${m.start}-${m.end}:${text.slice(m.start, m.end)} → ${clusters[m.cluster].name}`);
}


/**
 * Runs a mention-level rule over name mentions `[surface, type, cluster name?]` (left to right in
 * `text`, one cluster per distinct cluster name, the surface by default) and returns, per mention, `start-end:text → cluster name/TYPE`.
 */
export function clusterRun(text: string, names: [string, string, string?][], rule: (text: string, mentions: MentionDraft[], clusters: ClusterDraft[]) => void): string[] {
  const mentions: MentionDraft[] = [];
  const clusters: ClusterDraft[] = [];
  let from = 0;
  for (const [n, type, cname] of names) {
    const start = text.indexOf(n, from);
    assert.ok(start >= 0, n);
    from = start + n.length;
    let ci = clusters.findIndex((c) => c.name === (cname ?? n));
    if (ci < 0) { ci = clusters.length; clusters.push({ type, name: cname ?? n }); }
    mentions.push({ start, end: start + n.length, type, kind: 'name', cluster: ci });
  }
  rule(text, mentions, clusters);
  return mentions.map((m) => `${m.start}-${m.end}:${text.slice(m.start, m.end)} → ${clusters[m.cluster].name}/${m.type}`);
}
