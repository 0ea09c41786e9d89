/**
 * Vague sourcing (label `vague-sourcing`): claims credited to an unnamed collective or to
 * no one — "historians note", "experts say", "it is widely believed", "sources close to",
 * "according to some reports". Regular expressions without nested quantifiers (linear
 * scans), plus statements whose source the statements stage classed as `vague`.
 * @module
 */
import type { Annotation } from '../../../model/types.js';

const GROUP = '(?:historians|experts|analysts|observers|critics|commentators|scholars|scientists|officials|sources|insiders|diplomats|economists|researchers|people|many|some|others|pundits)';
const VERB = '(?:note|noted|notes|say|said|says|believe|believed|argue|argued|suggest|suggested|warn|warned|claim|claimed|agree|agreed|contend|contended|point out|pointed out|fear|feared|think|thought|maintain|insist|insisted)';
const GROUP_START = new RegExp(`^(?:(?:some|many|most|leading|independent|western|other|several)\\s+)?${GROUP}\\b`, 'iu');
const PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:(?:some|many|most|leading|independent|western|other|several)\\s+)?${GROUP}\\s+(?:have\\s+|had\\s+)?${VERB}\\b`, 'giu'),
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|generally\s+|commonly\s+|often\s+|long\s+)?(?:believed|said|thought|reported|known|understood|claimed|argued|suggested|alleged|rumou?red|feared|accepted)\b/giu,
  /\bsources\s+(?:close\s+to|familiar\s+with|with\s+knowledge\s+of)\b/giu,
  /\baccording\s+to\s+(?:some|many|several|unnamed|anonymous|unidentified|various)\s+(?:sources|experts|reports|observers|analysts|insiders|officials|accounts)\b/giu,
  /\b(?:reports|rumou?rs|accounts)\s+(?:suggest|say|indicate|claim)\b/giu,
  /\b(?:widely|commonly|generally)\s+(?:believed|regarded|seen|considered|thought|accepted)\b/giu,
  /\bthere\s+(?:are|were)\s+(?:those|people|some)\s+who\s+(?:say|believe|argue|claim)\b/giu,
];

/** A vague-sourcing span, half-open UTF-16 offsets. */
export interface VagueHit { start: number; end: number; how: 'pattern' | 'statement' }

/** Vague-sourcing spans in `text`, sorted, overlaps merged; `statements` adds sources classed `vague` with their cue. */
export function findVague(text: string, statements: readonly Annotation[]): VagueHit[] {
  const hits: VagueHit[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length, how: 'pattern' });
  }
  for (const s of statements) {
    if (s.attrs.sourceKind !== 'vague') continue;
    const src = s.attrs.source as { start: number; end: number } | null | undefined;
    const cue = s.attrs.cue as { start: number; end: number } | null | undefined;
    if (!src || typeof src !== 'object') continue;
    // Only sources that are an unnamed collective ("Analysts at the bank"): the stage's `vague` class is broader.
    if (!GROUP_START.test(text.slice(src.start, src.end))) continue;
    // Source and cue together when the cue follows closely ("Analysts at the bank warned"), else the source alone.
    const joined = cue && typeof cue === 'object' && cue.start >= src.end && cue.start - src.end <= 40;
    hits.push({ start: src.start, end: joined ? cue.end : src.end, how: 'statement' });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: VagueHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) { last.end = Math.max(last.end, h.end); continue; }
    out.push({ ...h });
  }
  return out;
}
