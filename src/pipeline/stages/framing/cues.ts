/**
 * Technique cue spans from the committed lexicon ./lexicons/technique-cues.json: words
 * and phrases that typically carry a technique (Nazi comparisons, vilifying labels,
 * emotionally loaded words, flag-waving appeals …). PTC's sources are far more loaded
 * than wire copy, so the learned tagger, tuned for PTC, under-covers news; these cues add
 * candidate spans, and the technique classifier chooses among each group's candidates.
 * One regular-expression scan per document.
 * @module
 */
import { readLexicon } from './lexicon-file.js';

interface CueGroup { techniques: string[]; forms: string[]; note: string }
/** A cue match: half-open UTF-16 offsets and the candidate techniques. */
export interface CueHit { start: number; end: number; techniques: string[]; note: string }

let compiled: { re: RegExp; groups: CueGroup[]; patterns: { re: RegExp; g: number }[] } | undefined;

const formRe = (f: string) => f.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '\\p{L}*').replace(/ /g, '\\s+');

function compile() {
  if (compiled) return compiled;
  const groups = readLexicon<{ groups: CueGroup[] }>('technique-cues.json').groups;
  const all: { src: string; g: number; len: number }[] = [];
  groups.forEach((grp, g) => { for (const f of grp.forms) all.push({ src: formRe(f), g, len: f.length }); });
  all.sort((a, b) => b.len - a.len);
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${all.map((x) => `(${x.src})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  // Capture group k+1 of `re` is form all[k]: the group of a match is read off its capture.
  compiled = { re, groups, patterns: all.map((x) => ({ re: new RegExp(x.src, 'iu'), g: x.g })) };
  return compiled;
}

/** Every cue in `text`, sorted by start, non-overlapping (longest forms win). */
export function findCues(text: string): CueHit[] {
  const c = compile();
  const out: CueHit[] = [];
  c.re.lastIndex = 0;
  for (let m = c.re.exec(text); m; m = c.re.exec(text)) {
    let k = 1;
    while (k < m.length && m[k] === undefined) k++;
    const grp = c.groups[c.patterns[k - 1].g];
    out.push({ start: m.index, end: m.index + m[0].length, techniques: grp.techniques, note: grp.note });
  }
  return out;
}
