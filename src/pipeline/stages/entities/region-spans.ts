/**
 * Place names the tagger cut short, repaired over NER tokens:
 * - a compass or "mainland" adjective before a country, capitalised or not, names a region of
 *   it, not the country ("southern Russia", "Northern Syria", "mainland Australia"): the span
 *   takes the adjective in and becomes a place of its own (a KB name such as "South Korea" or
 *   "Northern Ireland" is matched as a whole before this and is left alone);
 * - a geographic feature word after a place or a demonym-like word is part of the name
 *   ("Hong Kong" + "Island", "Adriatic" + "Sea", "English" + "Channel", "Yeoncheon" + "County"),
 *   even where the tagger made the feature word a name of its own.
 *
 * Spans are token indices into one sentence's NER tokens (end exclusive); pure function.
 * @module
 */
import type { NerToken } from './recognise.js';
import type { TagSpan } from './title-spans.js';

const REGION_ADJ = new Set(['Southern', 'Northern', 'Eastern', 'Western', 'Central', 'Mainland', 'southern', 'northern', 'eastern', 'western', 'central', 'mainland']);
const FEATURE = new Set(['Island', 'Islands', 'Sea', 'Ocean', 'Bay', 'Channel', 'Strait', 'Straits', 'Gulf', 'River', 'Lake', 'Mountains',
  'Peninsula', 'Valley', 'Desert', 'Basin', 'Plateau', 'Archipelago', 'Canal', 'Coast', 'County', 'Province', 'Prefecture', 'Region', 'District']);

/** Repairs the spans (see the module comment); `isCountry(words)` says the words are a KB country's name. Returns spans in text order. */
export function repairRegionSpans(toks: readonly NerToken[], spans: TagSpan[], isCountry: (surface: string) => boolean): TagSpan[] {
  const byStart = new Map<number, TagSpan>();
  for (const s of spans) byStart.set(s.start, s);
  const covered = new Uint8Array(toks.length);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = 1;
  const drop = new Set<TagSpan>();
  for (const s of spans) {
    if (drop.has(s)) continue;
    const surface = toks.slice(s.start, s.end).map((t) => t.text).join(' ');
    const prev = toks[s.start - 1];
    if (prev && REGION_ADJ.has(prev.text) && !covered[s.start - 1] && isCountry(surface)) {
      s.start--;
      s.type = 'LOC';
      covered[s.start] = 1;
    }
    if (s.type !== 'LOC' && s.type !== 'MISC') continue;
    const next = toks[s.end];
    if (!next || !FEATURE.has(next.text) || toks[s.end - 1].end === next.start) continue;
    const other = byStart.get(s.end);
    if (covered[s.end] && !(other && other.end === s.end + 1)) continue;
    if (other) drop.add(other);
    s.end++;
    s.type = 'LOC';
  }
  return drop.size ? spans.filter((s) => !drop.has(s)) : spans;
}
