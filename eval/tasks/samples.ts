import { readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze.js';
import { readArticles } from '../../src/ingest/index.js';
import { samplePaths } from '../../src/samples.js';
import { scoreExpected, type Expected, type SectionScore } from '../expected.js';
import { round } from '../metrics.js';
import type { EvalReport, EvalTask } from '../types.js';

const EXPECTED_DIR = fileURLToPath(new URL('../../test/fixtures/expected/', import.meta.url));

/** Golden expectation file for a sample path (test/fixtures/expected/<name>.json). */
export function expectedFor(samplePath: string): string {
  return join(EXPECTED_DIR, basename(samplePath).replace(/\.[a-z]+$/i, '.json'));
}

/** `npm run eval -- samples`: the built-in samples against their golden analyst readings (no ../shared needed). */
export const task: EvalTask = {
  name: 'samples',
  description: 'built-in sample articles vs their golden analyst readings (test/fixtures/expected)',
  async run(opts): Promise<EvalReport> {
    const totals = new Map<string, SectionScore>();
    const rows: Record<string, string | number>[] = [];
    const notes: string[] = [];
    for (const path of samplePaths()) {
      const expPath = expectedFor(path);
      if (!existsSync(expPath)) { notes.push(`no golden file for ${basename(path)}`); continue; }
      const exp = JSON.parse(readFileSync(expPath, 'utf8')) as Expected;
      const [article] = await readArticles(path);
      const doc = await analyze(article, { published: exp.published });
      const { sections, items } = scoreExpected(doc, exp);
      for (const s of sections) {
        const t = totals.get(s.section) ?? { section: s.section, found: 0, expected: 0 };
        t.found += s.found; t.expected += s.expected;
        totals.set(s.section, t);
        rows.push({ sample: basename(path), section: s.section, found: s.found, expected: s.expected });
      }
      if (opts.flags.verbose) for (const i of items.filter((x) => !x.ok)) notes.push(`${basename(path)} missed ${i.section}: ${i.item} — ${i.why}`);
    }
    const metrics: Record<string, number> = {};
    for (const t of totals.values()) {
      metrics[`${t.section}.recall`] = round(t.found / t.expected);
      rows.push({ sample: 'ALL', section: t.section, found: t.found, expected: t.expected });
    }
    return { task: 'samples', data: 'samples/ + test/fixtures/expected/', rows, metrics, notes };
  },
};
