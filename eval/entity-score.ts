/**
 * Scores a document's entities against gold entity clusters with Wikipedia titles (GUM's
 * Wikification): canonical names, clustering of named mentions (B-cubed), split clusters,
 * types and knowledge-base links. Pure counting; the task reads data and runs the pipeline.
 *
 * @module
 */
import type { GumCluster, GumMention } from './gum-entities.js';

/** A system mention (from the `mentions` layer). */
export interface SysMention { start: number; end: number; entity: string; kind: string; label: string; text: string }
/** A system entity (from the `entities` layer). */
export interface SysEntity { id: string; name: string; label: string; kb?: string }

/** GUM types scored, with the system labels that count as the same type. */
export const SCORED_TYPES: Record<string, readonly string[]> = { person: ['PERSON'], organization: ['ORG'], place: ['GPE', 'LOC'] };

/** Running totals over documents. */
export interface EntityCounts {
  /** Gold clusters of a scored type with a Wikipedia title. */
  titled: number;
  /** … of which some mention was found (a non-pronoun system mention on the gold mention's head). */
  detected: number;
  /** … whose system entity's canonical name equals the title. */
  nameOk: number;
  /** … whose found mentions fall into more than one system entity. */
  split: number;
  /** … whose system entity carries a KB id. */
  kb: number;
  /** … whose system entity's type matches GUM's. */
  typeOk: number;
  /** B-cubed sums over found named mentions (precision, recall) and their number. */
  b3p: number; b3r: number; b3n: number;
  /** Named gold mentions (scored types) and how many a system mention found. */
  namedGold: number; namedFound: number;
  /** System name mentions that are personal pronouns ("I", "we"). */
  pronounNames: number;
  pronounTexts: string[];
  /** Per-cluster outcomes for --verbose: title, system name, KB id, type. */
  misses: { doc: string; title: string; name: string; kb?: string; type: string; label: string; split: boolean; surfaces: string[] }[];
}

export function emptyCounts(): EntityCounts {
  return { titled: 0, detected: 0, nameOk: 0, split: 0, kb: 0, typeOk: 0, b3p: 0, b3r: 0, b3n: 0, namedGold: 0, namedFound: 0, pronounNames: 0, pronounTexts: [], misses: [] };
}

const PRONOUN = /^(i|me|my|we|us|our|you|your|he|him|his|she|her|it|its|they|them|their)$/i;

/** A name mention that is a personal pronoun ("I", "We", "she"); an acronym in capitals ("US", the country) is none. */
export function isPronounName(text: string): boolean {
  return PRONOUN.test(text) && !(text.length > 1 && text === text.toUpperCase());
}

/**
 * Lower case, accents and punctuation folded, a leading "the" and Wikipedia's disambiguators
 * dropped: a trailing "(…)" and a qualifier after a comma ("Savannah, Georgia",
 * "John FitzGibbon, 2nd Earl of Clare"), which the article's text rarely writes out.
 */
export function normTitle(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s*\([^)]*\)\s*$/, '').replace(/,.*$/, '').toLowerCase()
    .replace(/[’']s\b/g, 's').replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
}

/**
 * The gold mention a system mention stands for: among gold mentions of a scored type whose
 * head word it overlaps, the one closest in extent (nested names: "Australia" inside
 * "Medical Journal of Australia" is the place, not the journal).
 */
function goldFor(m: SysMention, gold: readonly GumMention[]): GumMention | undefined {
  let best: GumMention | undefined, bestCost = Infinity;
  for (const g of gold) {
    if (!SCORED_TYPES[g.type] || g.headStart >= m.end || g.headEnd <= m.start) continue;
    const cost = Math.abs(g.start - m.start) + Math.abs(g.end - m.end);
    if (cost < bestCost) { best = g; bestCost = cost; }
  }
  return best;
}

/** Adds one document's figures to `acc`. */
export function scoreDoc(acc: EntityCounts, docName: string, gold: readonly GumMention[], clusters: ReadonlyMap<string, GumCluster>, sysMentions: readonly SysMention[], sysEntities: ReadonlyMap<string, SysEntity>): void {
  // Gold mention → system mentions on it (names first, so a pronoun never decides).
  const found = new Map<GumMention, SysMention>();
  for (const m of sysMentions) {
    if (m.kind === 'name' && isPronounName(m.text)) { acc.pronounNames++; acc.pronounTexts.push(m.text); }
    if (m.kind === 'pronoun') continue;
    const g = goldFor(m, gold);
    if (!g) continue;
    const prev = found.get(g);
    if (!prev || (prev.kind !== 'name' && m.kind === 'name')) found.set(g, m);
  }
  // B-cubed over found named mentions: gold partition = GUM clusters, system = entity ids.
  const named = gold.filter((g) => g.named && SCORED_TYPES[g.type]);
  acc.namedGold += named.length;
  const pairs = named.filter((g) => found.has(g)).map((g) => ({ gold: g.cluster, sys: found.get(g)!.entity }));
  acc.namedFound += pairs.length;
  for (const a of pairs) {
    let both = 0, sameSys = 0, sameGold = 0;
    for (const b of pairs) {
      const sg = a.gold === b.gold, ss = a.sys === b.sys;
      if (sg && ss) both++;
      if (ss) sameSys++;
      if (sg) sameGold++;
    }
    acc.b3p += both / sameSys; acc.b3r += both / sameGold; acc.b3n++;
  }
  // Titled clusters.
  for (const c of clusters.values()) {
    if (!c.title || !SCORED_TYPES[c.type]) continue;
    acc.titled++;
    const ms = gold.filter((g) => g.cluster === c.id && found.has(g)).map((g) => found.get(g)!);
    if (!ms.length) continue;
    acc.detected++;
    // The cluster's entity: the one most of its name mentions (else any mentions) fall into.
    const votes = new Map<string, number>();
    const pool = ms.some((m) => m.kind === 'name') ? ms.filter((m) => m.kind === 'name') : ms;
    for (const m of pool) votes.set(m.entity, (votes.get(m.entity) ?? 0) + 1);
    let entity = pool[0].entity;
    for (const [e, n] of votes) if (n > (votes.get(entity) ?? 0)) entity = e;
    const e = sysEntities.get(entity);
    const isSplit = new Set(ms.map((m) => m.entity)).size > 1;
    if (isSplit) acc.split++;
    const nameOk = !!e && normTitle(e.name) === normTitle(c.title);
    if (nameOk) acc.nameOk++;
    if (e?.kb) acc.kb++;
    const typeOk = !!e && SCORED_TYPES[c.type].includes(e.label);
    if (typeOk) acc.typeOk++;
    if (!nameOk || !typeOk || isSplit || e?.kb) acc.misses.push({ doc: docName, title: c.title, name: e?.name ?? '', kb: e?.kb, type: c.type, label: e?.label ?? '', split: isSplit, surfaces: [...new Set(ms.map((m) => m.text))] });
  }
}
