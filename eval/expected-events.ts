/**
 * Scores the `events` section of an analyst reading (expected.json) against a document's `events`
 * layer. An expected event is found when one event has:
 * - the action's class, the parenthesised word of `action` ("meet (consult)" → CONSULT; fight →
 *   ASSAULT; promise → status `planned`, any category);
 * - its parties: `actors` (either side, in any order) or `actor` as a source and `target` as a
 *   target, each matched by canonical name or by ISO country (names resolved through the KB);
 * - `where` (the event's place, by KB id or name) and `when` (a prefix match of the timex value)
 *   when given;
 * - `status` when given: "reported by the Russian military" needs status `attributed` with that
 *   speaker; otherwise the event must not be attributed to someone else's statement, denied or
 *   hypothetical.
 * @module
 */
import type { Annotation, Doc } from '../src/model/types.js';
import { layer } from '../src/model/doc.js';
import { getKb } from '../src/kb/index.js';
import type { ExpectedEvent, ItemResult } from './expected.js';

const CLASS: Record<string, string> = { consult: 'CONSULT', agree: 'AGREE', fight: 'ASSAULT', assault: 'ASSAULT', aid: 'AID', support: 'SUPPORT', cooperate: 'COOPERATE', request: 'REQUEST', demand: 'REQUEST', accuse: 'ACCUSE', reject: 'REJECT', threaten: 'THREATEN', protest: 'PROTEST', sanction: 'SANCTION', coerce: 'COERCE', retreat: 'RETREAT', concede: 'CONCEDE', mobilize: 'MOBILIZE' };

interface Party { entity?: string | null; name?: string; country?: string | null }

/** ISO alpha-3 a name stands for (a country, a capital, a person's office), or null. */
function countryOf(name: string): string | null {
  const kb = getKb();
  const e = kb.lookup(name)[0] ?? kb.demonym(name);
  if (!e) return null;
  if (e.iso3) return e.iso3;
  const cc = e.country ?? e.capitalOf ?? e.roles?.[0]?.country;
  return cc ? kb.entries.get(cc)?.iso3 ?? null : null;
}

function partyMatches(name: string, p: Party, entities: Map<string, Annotation>): boolean {
  const n = name.toLowerCase();
  const ent = p.entity ? entities.get(p.entity) : undefined;
  const canon = String(ent?.attrs.name ?? p.name ?? '').toLowerCase();
  if (canon && canon === n) return true;
  const c = countryOf(name);
  // A person is matched by name; a state by its country.
  const kb = getKb();
  const isPerson = kb.lookup(name)[0]?.kind === 'person';
  return !isPerson && c !== null && p.country === c;
}

function sides(ev: Annotation): { source: Party[]; target: Party[] } {
  return { source: (ev.attrs.source as Party[] | undefined) ?? [], target: (ev.attrs.target as Party[] | undefined) ?? [] };
}

/** Why an event does not match the expectation, or null when it does. */
export function eventMismatch(e: ExpectedEvent, ev: Annotation, entities: Map<string, Annotation>): string | null {
  const cls = /\(([^)]+)\)\s*$/.exec(e.action)?.[1].toLowerCase() ?? '';
  const status = String(ev.attrs.status ?? '');
  if (cls === 'promise') { if (status !== 'planned') return `status ${status}, not planned`; }
  else if (!cls.split(/\s*\/\s*/).some((c) => CLASS[c] === ev.label)) return `category ${ev.label}`;
  const { source, target } = sides(ev);
  const all = [...source, ...target];
  if (e.actors && !e.actors.every((a) => all.some((p) => partyMatches(a, p, entities)))) return 'parties';
  if (e.actor && !source.some((p) => partyMatches(e.actor!, p, entities))) return 'actor';
  if (e.target && !target.some((p) => partyMatches(e.target!, p, entities))) return 'target';
  if (e.where) {
    const place = ev.attrs.place as { name?: string; kb?: string | null } | null;
    const want = getKb().lookup(e.where)[0]?.id;
    if (!place || !(place.name?.toLowerCase() === e.where.toLowerCase() || (want && place.kb === want))) return `place ${place?.name ?? 'none'}`;
  }
  if (e.when) {
    const t = ev.attrs.time as { value?: string } | null;
    if (!t?.value || !t.value.startsWith(e.when)) return `time ${t?.value ?? 'none'}`;
  }
  const st = (e as ExpectedEvent & { status?: string }).status;
  if (st) {
    const by = /reported by (?:the )?(.+)$/i.exec(st)?.[1];
    if (status !== 'attributed') return `status ${status}`;
    const sp = typeof ev.attrs.speaker === 'string' ? entities.get(ev.attrs.speaker) : undefined;
    if (by && !String(sp?.attrs.name ?? sp?.text ?? '').toLowerCase().includes(by.toLowerCase().replace(/^the /, ''))) return 'speaker';
  } else if (status === 'denied' || status === 'hypothetical' || (status === 'attributed' && cls !== 'promise')) return `status ${status}`;
  return null;
}

/** Scores expected events against the document's events layer. */
export function scoreEvents(doc: Doc, expected: readonly ExpectedEvent[]): ItemResult[] {
  const evs = layer(doc, 'events');
  const entities = new Map(layer(doc, 'entities').map((e) => [e.id, e] as const));
  return expected.map((e) => {
    const why = evs.map((ev) => eventMismatch(e, ev, entities));
    const ok = why.some((w) => w === null);
    const near = why.find((w) => w && !w.startsWith('category')) ?? (evs.length ? 'no event of that class' : 'no events layer');
    return { section: 'events', item: `${e.actor ?? e.actors?.join(' & ')} ${e.action}`, ok, why: ok ? undefined : near };
  });
}
