/**
 * Refiners over the matchers' candidates, applied in order (chrono's design):
 * 1. {@link extendModifiers}: "early", "late", "mid-", "the end of" … join a following date and set `mod`;
 * 2. {@link dropOverlaps}: of overlapping candidates the longest wins (then the higher priority);
 * 3. {@link mergeAdjacent}: a clock time and the day next to it ("noon Thursday", "10 p.m. yesterday")
 *    become one TIME; a weekday and the date after it ("Saturday, April 25") one DATE.
 * Offsets are half-open UTF-16 offsets into `Doc.text`.
 * @module
 */
import type { Cand } from './types.js';

const MOD_BEFORE = /(?:^|[^\w-])(?<w>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|dawn|spring|summer|fall|autumn|winter)\s+of(?:\s+the)?|early|late|mid|mid-|earlier|later|by\s+the\s+end\s+of)(?<sp>\s*-?\s*)$/i;

/** Extends DATE candidates over a preceding modifier ("late November" → END, "mid-1996" → MID, "the end of 1990" → END). */
export function extendModifiers(text: string, cands: Cand[]): Cand[] {
  for (const c of cands) {
    if (c.type !== 'DATE' || c.mod || c.rule === 'deictic-unit') continue; // deictic-unit handles its own modifiers
    const k = c.sem.k;
    if (k !== 'abs' && k !== 'rel' && k !== 'dow' && k !== 'holiday') continue;
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    const m = MOD_BEFORE.exec(before);
    if (!m) continue;
    let w = m.groups!.w.toLowerCase().replace(/\s+/g, ' ');
    // "later" / "earlier" before a bare weekday or month is a separate adverb ("Earlier Friday"); TimeBank leaves it out.
    if ((w === 'earlier' || w === 'later') && (k === 'dow' || k === 'abs')) continue;
    // "spring of 1990" is a season expression, handled by the season matcher.
    if (/^(?:the )?(?:spring|summer|fall|autumn|winter) of/.test(w)) continue;
    if (w.startsWith('by the ')) w = w.slice(3);
    const mod = /end|close|late|later/.test(w) ? 'END' : /beginning|start|early|earlier|dawn/.test(w) ? 'START' : /mid|middle/.test(w) ? 'MID' : /turn/.test(w) ? 'APPROX' : undefined;
    if (!mod) continue;
    const wStart = c.start - m[0].length + (m[0].length - m.groups!.w.length - m.groups!.sp.length);
    c.start = m.groups!.w.toLowerCase().startsWith('by ') ? wStart + 3 : wStart;
    c.mod = mod;
  }
  return cands;
}

/** Keeps the longest of overlapping candidates (ties: higher `prio`, then earlier start). */
export function dropOverlaps(cands: Cand[]): Cand[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.prio - a.prio || a.start - b.start);
  const kept: Cand[] = [];
  for (const c of sorted) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const DAYLIKE = new Set(['dow', 'abs', 'rel', 'holiday']);

/** Merges a clock time with an adjacent day, and a weekday with the date that follows it. */
export function mergeAdjacent(text: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i], b = cands[i + 1];
    if (b) {
      const gap = text.slice(a.end, b.start);
      const dayB = DAYLIKE.has(b.sem.k) && (b.sem.k !== 'abs' || b.sem.gran === 'D') && (b.sem.k !== 'rel' || (b.sem.unit === 'D' && b.sem.gran === 'D'));
      if (a.sem.k === 'clock' && !a.sem.day && dayB && /^(?:\s+|\s*,\s*)$/.test(gap)) {
        out.push({ ...a, end: b.end, sem: { ...a.sem, day: b.sem }, rule: `${a.rule}+${b.rule}` });
        i++;
        continue;
      }
      if (a.sem.k === 'clock' && !a.sem.day && dayB && /^\s+on\s+$/.test(gap)) {
        // "midnight on Friday": two expressions ("on" is a signal), but the time is on that day.
        out.push({ ...a, sem: { ...a.sem, day: b.sem } });
        continue;
      }
      if (a.sem.k === 'dow' && !a.sem.part && b.sem.k === 'abs' && b.sem.gran === 'D' && /^,\s*$/.test(gap)) {
        out.push({ ...b, start: a.start, rule: `weekday+${b.rule}` });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
