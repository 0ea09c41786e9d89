import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { scoreExpected, type Expected } from '../expected.js';
import { MissingDataError, type EvalReport, type EvalTask } from '../types.js';
import { round } from '../metrics.js';

/** `npm run eval -- seed`: the pipeline over the seed article, scored section by section against expected.json. */
export const task: EvalTask = {
  name: 'seed',
  description: 'seed article vs the analyst reading (expected.json): found / expected per section',
  async run(opts): Promise<EvalReport> {
    const articlePath = join(opts.seedDir, 'article.txt');
    const expectedPath = join(opts.seedDir, 'expected.json');
    if (!existsSync(articlePath) || !existsSync(expectedPath)) throw new MissingDataError(`needs ${articlePath} and ${expectedPath}`);
    const exp = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
    const doc = await analyze(readFileSync(articlePath, 'utf8'), { published: exp.published ?? '2025-09-03' });
    const { sections, items } = scoreExpected(doc, exp);
    const metrics: Record<string, number> = {};
    let found = 0, expected = 0;
    for (const s of sections) {
      metrics[`${s.section}.found`] = s.found;
      metrics[`${s.section}.expected`] = s.expected;
      metrics[`${s.section}.recall`] = round(s.found / s.expected);
      found += s.found; expected += s.expected;
    }
    metrics['all.recall'] = round(found / expected);
    return {
      task: 'seed',
      data: articlePath,
      rows: [...sections.map((s) => ({ section: s.section, found: s.found, expected: s.expected, recall: round(s.found / s.expected) })),
        { section: 'all', found, expected, recall: round(found / expected) }],
      metrics,
      notes: opts.flags.verbose ? items.filter((i) => !i.ok).map((i) => `missed ${i.section}: ${i.item} — ${i.why}`) : [`${items.filter((i) => !i.ok).length} misses (--verbose lists them)`],
    };
  },
};
