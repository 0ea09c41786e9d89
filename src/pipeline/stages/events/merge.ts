/**
 * Merging mentions of the same event within a document: same PLOVER category, same parties
 * (by entity, else by country + sector) and compatible times. The first mention stays the
 * event; later ones add their evidence spans to `mentions` and fill gaps (place, time, target).
 * @module
 */
import type { PloverCategory } from '../../../kb/petrarch.js';
import type { Actor } from './actors.js';
import type { EventStatus } from './modality.js';

/** An event before it becomes an annotation. Offsets are half-open UTF-16 into `doc.text`. */
export interface EventDraft {
  start: number;
  end: number;
  trigger: [number, number];
  category: PloverCategory;
  cameo: string;
  mode: string;
  source: Actor[];
  target: Actor[];
  /** The target is the nearest party in the event's clause, not an argument of the predicate (targets.ts). */
  targetFromClause?: boolean;
  negated: boolean;
  status: EventStatus;
  speaker: string | null;
  statement: string | null;
  place: { entity: string; name: string; kb: string | null; lat: number | null; lon: number | null; span: [number, number]; inferred?: boolean } | null;
  time: { timex: string; value: string } | null;
  confidence: number;
  /** Index of the sentence the event is in. */
  sentence: number;
  /** Evidence spans of the merged repeats. */
  mentions: [number, number][];
}

function partyKey(a: Actor): string {
  return a.country ?? a.org ?? a.entity ?? a.name.toLowerCase();
}

function sideKey(list: Actor[]): string {
  return [...new Set(list.map(partyKey))].sort().join('+');
}

/** Whether two TIMEX3 values can name the same time (one is a prefix of the other, or either is missing). */
function timesAgree(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** Merges repeats; linear in the number of events for distinct keys. */
export function mergeEvents(events: EventDraft[]): EventDraft[] {
  const byKey = new Map<string, EventDraft[]>();
  const out: EventDraft[] = [];
  for (const e of events) {
    // Events with no resolved party on one side are merged only with exact same-side repeats;
    // a target found in the clause rather than among the predicate's arguments is too weak a link.
    const key = `${e.category}|${e.negated}|${sideKey(e.source)}|${sideKey(e.target)}`;
    const prior = (byKey.get(key) ?? []).find((p) => timesAgree(p.time?.value, e.time?.value) && p.status !== 'hypothetical' && e.status !== 'hypothetical' && (e.source.length > 0 && e.target.length > 0) && !p.targetFromClause && !e.targetFromClause);
    if (prior) {
      prior.mentions.push([e.start, e.end]);
      prior.place = prior.place ?? e.place;
      prior.time = prior.time ?? e.time;
      prior.confidence = Math.min(0.95, Math.round((prior.confidence + 0.05) * 100) / 100);
      // The outlet's own voice outranks an attributed mention.
      if (prior.status === 'attributed' && e.status === 'reported') { prior.status = 'reported'; prior.speaker = null; prior.statement = null; }
      continue;
    }
    const list = byKey.get(key);
    if (list) list.push(e); else byKey.set(key, [e]);
    out.push(e);
  }
  return out;
}

function countries(list: Actor[]): string {
  return [...new Set(list.map((a) => a.country).filter(Boolean))].sort().join('+');
}

/**
 * Narrative place: an event with no place of its own, between the same two countries as an event
 * of the previous two sentences that has one, happened there too ("… an incursion into the Kursk
 * Region. The military reported the expulsion of Ukrainian troops."). Marked `inferred`.
 */
export function inheritPlaces(events: EventDraft[]): void {
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.place) continue;
    const parties = [countries(e.source), countries(e.target)].filter(Boolean).sort().join('|');
    if (!parties.includes('|')) continue;
    for (let j = i - 1; j >= 0 && e.sentence - events[j].sentence <= 2; j--) {
      const p = events[j];
      if (!p.place || p.place.inferred) continue;
      if ([countries(p.source), countries(p.target)].filter(Boolean).sort().join('|') === parties) { e.place = { ...p.place, inferred: true }; break; }
    }
  }
}
