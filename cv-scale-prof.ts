import { getDefaultPipeline, analyzeWith } from './src/analyze.js';
import { generateArticle, generateRunOn } from './test/generate-article.js';
const p = await getDefaultPipeline();
const text = process.argv[2] === 'runon' ? generateRunOn(10000, 1) : generateArticle(Number(process.argv[2] ?? 400) * 1000, 1);
for (const t of p.timings) { t.ms = 0; }
const t0 = performance.now();
const d = analyzeWith(p, text, { published: '2025-06-01' });
console.log(Math.round(performance.now() - t0), JSON.stringify(p.timings.map(t => [t.name, Math.round(t.ms)])), d.layers.sentences.length);
