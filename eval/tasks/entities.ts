import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPipeline } from '../../src/pipeline/runner.js';
import { defaultStages } from '../../src/pipeline/default.js';
import { createDoc } from '../../src/model/doc.js';
import { readGumEntities } from '../gum-entities.js';
import { emptyCounts, scoreDoc, type EntityCounts, type SysEntity, type SysMention } from '../entity-score.js';
import { MissingDataError, type EvalReport, type EvalTask } from '../types.js';
import { round } from '../metrics.js';

const GENRES = /^GUM_(news|bio|interview)_/;

/**
 * `npm run eval -- entities`: the pipeline up to the entities stage over GUM's Wikified news,
 * biography and interview documents (text rebuilt from the `# text` lines), scored against
 * GUM's person/organization/place clusters. `dev` (every other document in name order, the
 * part tuned on) and `check` (the rest) are reported apart to show what generalises.
 * Figures over titled gold clusters that were found: canonical name = Wikipedia title
 * (`name`), found mentions spread over several entities (`split`), a KB id (`kb`), the type
 * (`type`); B-cubed F1 of the found named mentions (`b3.f1`); `pronounNames` counts "I"/"we"
 * taken as names. `--verbose` lists each wrong or linked cluster for review.
 */
export const task: EvalTask = {
  name: 'entities',
  description: 'entities vs GUM news/bio/interview Wikification: canonical name = title, B-cubed, splits, KB ids',
  async run(opts): Promise<EvalReport> {
    const dir = join(opts.dataDir, 'gum', 'dep');
    if (!existsSync(dir)) throw new MissingDataError(`needs ${dir}`);
    let names = readdirSync(dir).filter((f) => GENRES.test(f) && f.endsWith('.conllu')).map((f) => f.slice(0, -7)).sort();
    if (opts.limit) names = names.slice(0, opts.limit);
    const stages = defaultStages();
    const pipeline = await buildPipeline(stages.slice(0, stages.findIndex((s) => s.name === 'entities') + 1));
    const parts: Record<'dev' | 'check', EntityCounts> = { dev: emptyCounts(), check: emptyCounts() };
    names.forEach((name, i) => {
      const gold = readGumEntities(readFileSync(join(dir, `${name}.conllu`), 'utf8'), name);
      const doc = pipeline.run(createDoc(gold.text));
      const mentions: SysMention[] = (doc.layers.mentions ?? []).map((m) => ({ start: m.start, end: m.end, entity: String(m.attrs.entity), kind: String(m.attrs.kind), label: m.label ?? '', text: m.text }));
      const entities = new Map<string, SysEntity>();
      for (const e of doc.layers.entities ?? []) entities.set(e.id, { id: e.id, name: String(e.attrs.name), label: e.label ?? '', kb: typeof e.attrs.kb === 'string' ? e.attrs.kb : undefined });
      scoreDoc(parts[i % 2 === 0 ? 'dev' : 'check'], name, gold.mentions, gold.clusters, mentions, entities);
    });
    const all = emptyCounts();
    for (const p of Object.values(parts)) {
      for (const k of Object.keys(all) as (keyof EntityCounts)[]) if (typeof all[k] === 'number') (all[k] as number) += p[k] as number;
      all.misses.push(...p.misses);
      all.pronounTexts.push(...p.pronounTexts);
    }
    const rows: Record<string, string | number>[] = [];
    const metrics: Record<string, number> = {};
    for (const [part, c] of [['dev', parts.dev], ['check', parts.check], ['all', all]] as const) {
      const r = {
        name: round(c.nameOk / Math.max(1, c.detected)),
        'b3.p': round(c.b3p / Math.max(1, c.b3n)), 'b3.r': round(c.b3r / Math.max(1, c.b3n)),
        'b3.f1': 0,
        split: round(c.split / Math.max(1, c.detected)),
        kb: round(c.kb / Math.max(1, c.detected)),
        type: round(c.typeOk / Math.max(1, c.detected)),
        found: round(c.detected / Math.max(1, c.titled)),
        'named.found': round(c.namedFound / Math.max(1, c.namedGold)),
        pronounNames: c.pronounNames,
      };
      r['b3.f1'] = round(r['b3.p'] + r['b3.r'] ? (2 * r['b3.p'] * r['b3.r']) / (r['b3.p'] + r['b3.r']) : 0);
      rows.push({ part, titled: c.titled, detected: c.detected, ...r });
      for (const [k, v] of Object.entries(r)) metrics[`${part}.${k}`] = v;
    }
    const notes = [
      'clusters: GUM person/organization/place entities with a Wikipedia title that some non-pronoun system mention found (on a gold mention\'s head word)',
      'name: canonical name = title (accents, case, punctuation, a leading "the", a "(disambiguator)" and a ", qualifier" folded); b3: B-cubed over found named (PROPN-headed) mentions',
      'dev = every other document in name order (tuned on), check = the rest',
    ];
    if (opts.flags.verbose) for (const m of all.misses) notes.push(`${m.doc}: [${m.type}] "${m.title}" → "${m.name}" ${m.label}${m.kb ? ` kb=${m.kb}` : ''}${m.split ? ' SPLIT' : ''} {${m.surfaces.join(' | ')}}`);
    if (opts.flags.verbose && all.pronounTexts.length) notes.push(`pronouns as names: ${all.pronounTexts.join(', ')}`);
    return { task: 'entities', data: `${dir} news/bio/interview (${names.length} docs)`, rows, metrics, notes };
  },
};
