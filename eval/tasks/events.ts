/**
 * `npm run eval -- events [--data DIR] [--limit N] [--json] [--errors N]`
 *
 * 1. PLOVER gold-standard records (`events/plover/plover-gsr.even.jsonl`): each record's sentence
 *    is analysed with its date as the publication date; the document's main event (highest
 *    confidence, outlet-voiced first, then earliest) is compared with the record. The records use
 *    PLOVER's earlier category names; they are scored mapped to the 2021 categories (DEMAND →
 *    REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT) as the conversion table's
 *    modes show. Category accuracy counts a record without a predicted event as wrong. Source and
 *    target actors are scored as micro-F1 over (code, sector) pairs: the code is the ISO alpha-3
 *    country (or IGO/NGO/IMG/MNC) and must match; the sector must match when the gold gives one
 *    (its first three letters; `***` counts as none). A `codeOnly` F1 ignores sectors.
 *    The records are split in two fixed halves by position: `dev` (even positions), used while
 *    developing, and `check` (odd positions), looked at only as a figure, never record by record.
 * 2. PETRARCH2 unit-test records (`events/petrarch/PETR.UnitTest.records.xml`): share of records
 *    whose expected CAMEO code (only those CAMEO has; many unit tests use the validation suite's
 *    artificial codes) is produced for the sentence — exactly, by CAMEO root, and by PLOVER
 *    category — and the share of `noevents` records left without events. Actors there are
 *    fictional (validation dictionaries not shipped), so they are not scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MissingDataError, type EvalReport, type EvalTask } from '../types.js';
import { prf, round } from '../metrics.js';
import { analyze } from '../../src/analyze.js';
import { layer } from '../../src/model/doc.js';
import type { Annotation } from '../../src/model/types.js';
import { getPetrarch } from '../../src/kb/petrarch.js';

/** PLOVER's earlier category names → the 2021 categories. */
export const OLD_TO_2021: Readonly<Record<string, string>> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

interface GoldActor { actorText?: string; code?: string; sector?: string }
interface PloverRecord { id: string; date: string; text: string; event: string; language?: string; source?: GoldActor[] | string; target?: GoldActor[] | string }

/** An actor as scored: code and optional sector. */
export interface ScoredActor { code: string; sector: string | null }

/** Gold actors of a record side (strings and empty lists are "no actor"). */
export function goldActors(side: GoldActor[] | string | undefined): ScoredActor[] {
  if (!Array.isArray(side)) return [];
  return side.filter((a) => a.code).map((a) => {
    const sec = (a.sector ?? '').slice(0, 3).toUpperCase();
    return { code: a.code!.toUpperCase(), sector: /^[A-Z]{3}$/.test(sec) ? sec : null };
  });
}

/** Predicted actors of an event side. */
export function predictedActors(side: unknown): ScoredActor[] {
  if (!Array.isArray(side)) return [];
  return side.map((a: { country?: string | null; org?: string | null; sector?: string | null }) => ({ code: (a.country ?? a.org ?? '').toUpperCase(), sector: a.sector ?? null })).filter((a) => a.code);
}

/** One-to-one matches between gold and predicted actors (greedy, gold order). */
export function matchActors(gold: ScoredActor[], pred: ScoredActor[], useSector: boolean): number {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const k = pred.findIndex((p, i) => !used.has(i) && p.code === g.code && (!useSector || !g.sector || p.sector === g.sector));
    if (k >= 0) { used.add(k); tp++; }
  }
  return tp;
}

/** The document's main event: outlet-voiced first, then highest confidence, then earliest. */
export function mainEvent(events: readonly Annotation[]): Annotation | undefined {
  let best: Annotation | undefined;
  const score = (e: Annotation) => Number(e.attrs.confidence ?? 0) + (e.attrs.status === 'reported' ? 0.05 : 0);
  for (const e of events) if (!best || score(e) > score(best)) best = e;
  return best;
}

interface Counts { n: number; correct: number; src: [number, number, number]; tgt: [number, number, number]; srcCode: [number, number, number]; tgtCode: [number, number, number]; noEvent: number }
const zero = (): Counts => ({ n: 0, correct: 0, src: [0, 0, 0], tgt: [0, 0, 0], srcCode: [0, 0, 0], tgtCode: [0, 0, 0], noEvent: 0 });

function addSide(c: [number, number, number], gold: ScoredActor[], pred: ScoredActor[], useSector: boolean): void {
  const tp = matchActors(gold, pred, useSector);
  c[0] += tp; c[1] += pred.length - tp; c[2] += gold.length - tp;
}

/** Parses the PETRARCH unit-test XML: id, date, text and expected codings (or none). */
export function parsePetrarchRecords(xml: string): { id: string; date: string; text: string; codes: string[]; noevents: boolean }[] {
  const out: { id: string; date: string; text: string; codes: string[]; noevents: boolean }[] = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of body.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const attrs = m[1], inner = m[2];
    const id = /id="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const date = /date="(\d{4})(\d{2})(\d{2})"/.exec(attrs);
    const text = (/<Text>([\s\S]*?)<\/Text>/.exec(inner)?.[1] ?? '').replace(/\s+/g, ' ').trim();
    const codes = [...inner.matchAll(/<EventCoding[^>]*eventcode="([^"]*)"/g)].map((x) => x[1]);
    const noevents = /<EventCoding\s+noevents/.test(inner);
    if (text) out.push({ id, date: date ? `${date[1]}-${date[2]}-${date[3]}` : '', text, codes, noevents });
  }
  return out;
}

export const task: EvalTask = {
  name: 'events',
  description: 'PLOVER gold records (category accuracy, source/target actor F1; dev and check halves) and PETRARCH2 unit-test codings',
  async run(opts): Promise<EvalReport> {
    const ploverPath = join(opts.dataDir, 'events/plover/plover-gsr.even.jsonl');
    const petPath = join(opts.dataDir, 'events/petrarch/PETR.UnitTest.records.xml');
    if (!existsSync(ploverPath)) throw new MissingDataError(`needs ${ploverPath}`);
    let records = readFileSync(ploverPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PloverRecord);
    if (opts.limit) records = records.slice(0, opts.limit);
    const halves: Record<string, Counts> = { dev: zero(), check: zero(), all: zero() };
    const errors: string[] = [];
    const confusion = new Map<string, number>();
    for (let r = 0; r < records.length; r++) {
      const rec = records[r];
      const half = r % 2 === 0 ? 'dev' : 'check';
      // Records are single sentences, too short for language detection: their stated language is used.
      const doc = await analyze({ text: rec.text, meta: { language: rec.language ?? 'en' } }, { published: rec.date });
      const ev = mainEvent(layer(doc, 'events'));
      const gold = OLD_TO_2021[rec.event] ?? rec.event;
      const gs = goldActors(rec.source), gt = goldActors(rec.target);
      const ps = ev ? predictedActors(ev.attrs.source) : [], pt = ev ? predictedActors(ev.attrs.target) : [];
      for (const h of [half, 'all']) {
        const c = halves[h];
        c.n++;
        if (ev?.label === gold) c.correct++;
        if (!ev) c.noEvent++;
        addSide(c.src, gs, ps, true); addSide(c.tgt, gt, pt, true);
        addSide(c.srcCode, gs, ps, false); addSide(c.tgtCode, gt, pt, false);
      }
      if (half === 'dev') {
        const key = `${gold}→${ev?.label ?? 'none'}`;
        confusion.set(key, (confusion.get(key) ?? 0) + 1);
        if (ev?.label !== gold || matchActors(gs, ps, true) < gs.length || matchActors(gt, pt, true) < gt.length) {
          errors.push(`${rec.id}: gold ${gold} ${fmt(gs)}→${fmt(gt)} | got ${ev?.label ?? 'none'} ${ev?.attrs.cameo ?? ''} ${fmt(ps)}→${fmt(pt)} "${ev?.attrs && (ev.attrs.trigger as { text: string }).text}" | ${rec.text.slice(0, 140)}`);
        }
      }
    }
    const metrics: Record<string, number> = {};
    const rows: Record<string, string | number>[] = [];
    for (const [h, c] of Object.entries(halves)) {
      if (!c.n) continue;
      const src = prf(...c.src), tgt = prf(...c.tgt), srcC = prf(...c.srcCode), tgtC = prf(...c.tgtCode);
      metrics[`plover.${h}.category_accuracy`] = round(c.correct / c.n);
      metrics[`plover.${h}.source_f1`] = src.f1;
      metrics[`plover.${h}.target_f1`] = tgt.f1;
      metrics[`plover.${h}.source_code_f1`] = srcC.f1;
      metrics[`plover.${h}.target_code_f1`] = tgtC.f1;
      metrics[`plover.${h}.records`] = c.n;
      rows.push({ data: `plover ${h}`, records: c.n, 'category acc': round(c.correct / c.n), 'no event': c.noEvent, 'source P': src.p, 'source R': src.r, 'source F1': src.f1, 'target P': tgt.p, 'target R': tgt.r, 'target F1': tgt.f1, 'source F1 (code)': srcC.f1, 'target F1 (code)': tgtC.f1 });
    }

    if (existsSync(petPath)) {
      const pet = getPetrarch();
      const recs = parsePetrarchRecords(readFileSync(petPath, 'utf8'));
      let scorable = 0, exact = 0, root = 0, cat = 0, noev = 0, noevOk = 0;
      for (const r of recs) {
        const real = r.codes.filter((c) => /^\d{3,4}$/.test(c) && (pet.plover(c) || c.startsWith('01')));
        if (!real.length && !r.noevents) continue;
        const doc = await analyze({ text: r.text, meta: { language: 'en' } }, { published: r.date || undefined });
        const evs = layer(doc, 'events');
        if (r.noevents) { noev++; if (!evs.length) noevOk++; continue; }
        scorable++;
        const codes = evs.map((e) => String(e.attrs.cameo));
        const cats = new Set(evs.map((e) => e.label));
        if (real.some((c) => codes.includes(c))) exact++;
        if (real.some((c) => codes.some((x) => x.slice(0, 2) === c.slice(0, 2)))) root++;
        if (real.some((c) => { const p = pet.plover(c)?.category; return p !== undefined && cats.has(p); })) cat++;
      }
      metrics['petrarch.records'] = scorable;
      metrics['petrarch.exact'] = round(exact / Math.max(1, scorable));
      metrics['petrarch.root'] = round(root / Math.max(1, scorable));
      metrics['petrarch.plover'] = round(cat / Math.max(1, scorable));
      metrics['petrarch.noevents_ok'] = round(noevOk / Math.max(1, noev));
      rows.push({ data: 'petrarch unit tests', records: scorable, 'category acc': round(cat / Math.max(1, scorable)), 'exact CAMEO': round(exact / Math.max(1, scorable)), 'CAMEO root': round(root / Math.max(1, scorable)), 'noevents ok': `${noevOk}/${noev}` });
    }
    const nErr = Number(opts.flags.errors ?? 0);
    return {
      task: 'events',
      data: ploverPath,
      rows,
      metrics,
      notes: [
        'main event per record: outlet-voiced first, then highest confidence; actors scored on ISO3/IGO code + sector (sector only when gold gives one)',
        `dev confusion (gold→got, top): ${[...confusion.entries()].filter(([k]) => k.split('→')[0] !== k.split('→')[1]).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v}`).join(', ')}`,
        ...errors.slice(0, nErr),
      ],
    };
  },
};

function fmt(a: ScoredActor[]): string {
  return `[${a.map((x) => x.code + (x.sector ? '/' + x.sector : '')).join(',')}]`;
}
