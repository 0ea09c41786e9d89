import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeWith, getDefaultPipeline } from '../../src/analyze.js';
import { layer } from '../../src/model/doc.js';
import type { Doc, SpanRef } from '../../src/model/types.js';
import { loadGold, readArticle, sha256, type Span } from '../whosaid/gold.js';
import { addCounts, figures, scoreArticle, zeroCounts, type Counts, type Miss, type PredStatement } from '../whosaid/score.js';
import { MissingDataError, type EvalReport, type EvalTask } from '../types.js';

const goldDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'whosaid');

function span(v: unknown): Span | null {
  const r = v as SpanRef | null | undefined;
  return r && typeof r === 'object' && typeof r.start === 'number' ? [r.start, r.end] : null;
}

/** The statements of a document as the scorer reads them. */
export function predictions(doc: Doc): PredStatement[] {
  const entities = new Map(layer(doc, 'entities').map((e) => [e.id, e] as const));
  return layer(doc, 'statements').map((s) => {
    const parts = Array.isArray(s.attrs.contentParts) ? (s.attrs.contentParts as unknown[]).map(span).filter((x): x is Span => !!x) : [];
    const content = parts.length ? parts : [span(s.attrs.content)].filter((x): x is Span => !!x);
    const ent = typeof s.attrs.speaker === 'string' ? entities.get(s.attrs.speaker) : undefined;
    const entName = ent ? String(ent.attrs.name ?? ent.text) : null;
    const ruleName = typeof s.attrs.speakerName === 'string' ? s.attrs.speakerName : null;
    return { id: s.id, label: s.label ?? '', source: span(s.attrs.source), cue: span(s.attrs.cue), content, speaker: ruleName ?? entName, speakerEntity: entName };
  });
}

function describe(text: string, m: Miss): string {
  const sl = (s: Span | null | undefined, n = 70) => {
    if (!s) return '—';
    const t = text.slice(s[0], s[1]).replace(/\s+/g, ' ');
    return t.length > n ? `${t.slice(0, n / 2 - 2)} … ${t.slice(-n / 2 + 2)}` : t;
  };
  const g = m.gold, p = m.pred;
  const gs = g ? `gold ${g.kind} [${sl(g.source, 40)}] ${sl(g.cue, 20)} «${sl(g.content)}» @${g.content[0]}` : '';
  const ps = p ? `sys ${p.label} [${sl(p.source, 40)}] ${sl(p.cue, 20)} «${p.content.length ? sl([p.content[0][0], p.content[p.content.length - 1][1]]) : ''}» → ${p.speaker ?? '(none)'}` : '';
  return `${m.what}${m.detail ? ` (${m.detail})` : ''}: ${[gs, ps].filter(Boolean).join(' | ')}`;
}

/**
 * `npm run eval -- whosaid [--set dev|heldback|all] [--verbose]`: the project's own annotated BBC
 * politics/business articles (eval/data/whosaid), scored as ../shared/docs/attribution-guidelines.md says.
 */
export const task: EvalTask = {
  name: 'whosaid',
  description: 'own who-said-what set (BBC politics/business): recall, precision, speaker, all-fields-right, per field',
  async run(opts): Promise<EvalReport> {
    const want = String(opts.flags.set ?? 'all');
    const sets = readdirSync(goldDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter((s) => want === 'all' || s === want).sort();
    if (!sets.length) throw new Error(`no gold set "${want}" in ${goldDir}`);
    if (!existsSync(join(opts.dataDir, 'bbc-news'))) throw new MissingDataError(`needs ${join(opts.dataDir, 'bbc-news')}`);
    const pipeline = await getDefaultPipeline();
    const rows: Record<string, string | number>[] = [];
    const metrics: Record<string, number> = {};
    const notes: string[] = [];
    let total = zeroCounts();
    for (const set of sets) {
      const gold = loadGold(join(goldDir, `${set}.json`));
      let sum = zeroCounts();
      const byTopic = new Map<string, Counts>();
      for (const art of gold.articles.slice(0, opts.limit ?? Infinity)) {
        const text = readArticle(opts.dataDir, art.file);
        if (text === null) { notes.push(`${set}: ${art.file} absent, skipped`); continue; }
        if (sha256(text) !== art.sha256) { notes.push(`${set}: ${art.file} differs from the annotated text (hash), skipped`); continue; }
        const doc = analyzeWith(pipeline, text, { published: '2005-01-01' });
        if (doc.text !== text) { notes.push(`${set}: ${art.file} text changed in ingest, skipped`); continue; }
        const { counts, misses } = scoreArticle(art.attributions, predictions(doc));
        sum = addCounts(sum, counts);
        const topic = art.file.split('/')[0];
        byTopic.set(topic, addCounts(byTopic.get(topic) ?? zeroCounts(), counts));
        if (opts.flags.verbose) for (const m of misses) notes.push(`${art.file} ${describe(text, m)}`);
      }
      for (const [name, c] of [...[...byTopic].sort(), [set, sum] as const].map(([t, c]) => [t === set ? set : `${set}/${t}`, c] as const)) {
        const f = figures(c);
        rows.push({ set: name, ...f });
        if (name === set) for (const [k, v] of Object.entries(f)) metrics[`${set}.${k}`] = v;
      }
      total = addCounts(total, sum);
    }
    if (sets.length > 1) {
      const f = figures(total);
      rows.push({ set: 'all', ...f });
      for (const [k, v] of Object.entries(f)) metrics[`all.${k}`] = v;
    }
    if (!opts.flags.verbose) notes.push('speaker = the statement\'s speakerName (the canonical name reports show); speaker.entity = the speaker entity\'s name only; --verbose lists every miss');
    return { task: 'whosaid', data: `${goldDir} over ${join(opts.dataDir, 'bbc-news')}`, rows, metrics, notes };
  },
};
