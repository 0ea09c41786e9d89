/**
 * One size of `npm run bench -- scale`, in a process of its own so that its peak RSS is its own
 * (in one process the sizes before it, their garbage and a heap grown for them, raised it).
 * `node --import tsx bench/scale-child.ts article|runon N`: analyses a generated article of N KB
 * (or N words without sentence-ending punctuation) as the CLI's worker does (the default
 * pipeline, a full collection between the stages of a big document, src/cli/collect.ts), after a
 * warm-up article, counts the compact JSON export as the CLI streams it, and prints one JSON line:
 * chars, tokens, seconds (wall, and CPU of all threads: a check on wall times taken on a loaded machine), per-stage seconds, JSON bytes and the process's peak RSS (getrusage).
 * @module
 */
import { analyzeWith } from '../src/analyze.js';
import { buildPipeline } from '../src/pipeline/runner.js';
import { defaultStages } from '../src/pipeline/default.js';
import { BIG_DOC_CHARS, collectingStages, fullCollection } from '../src/cli/collect.js';
import { toDocJSON } from '../src/export/json.js';
import { jsonChunks } from '../src/export/json-stream.js';
import { generateArticle, generateRunOn } from '../test/generate-article.js';

/** What the child prints (one JSON line on stdout). */
export interface ScaleSample { chars: number; tokens: number; seconds: number; cpuSeconds: number; stages: Record<string, number>; jsonBytes: number; peakRssKB: number }

const [kind, n] = [process.argv[2], Number(process.argv[3])];
if ((kind !== 'article' && kind !== 'runon') || !(n > 0)) throw new Error('usage: scale-child.ts article|runon N');
const pipeline = await buildPipeline(collectingStages(defaultStages()));
// Declared English: generated word salad must not be taken for another language (whose
// documents skip the English-only stages).
const input = (text: string) => ({ text, meta: { language: 'en' } });
analyzeWith(pipeline, input(generateArticle(50_000, 7)), { published: '2025-06-01' });
fullCollection();
for (const t of pipeline.timings) { t.ms = 0; t.docs = 0; }
const text = kind === 'article' ? generateArticle(n * 1000, 1) : generateRunOn(n, 1);
const t0 = performance.now(), cpu0 = process.cpuUsage();
let doc: ReturnType<typeof analyzeWith> | undefined = analyzeWith(pipeline, input(text), { published: '2025-06-01' });
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const tokens = doc.layers.tokens?.length ?? 0;
const json = toDocJSON(doc);
doc = undefined;
if (text.length >= BIG_DOC_CHARS) fullCollection();
let jsonBytes = 0;
for (const chunk of jsonChunks(json)) jsonBytes += Buffer.byteLength(chunk);
const stages = Object.fromEntries(pipeline.timings.map((t) => [t.name, t.ms / 1000]));
const sample: ScaleSample = { chars: text.length, tokens, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, stages, jsonBytes, peakRssKB: process.resourceUsage().maxRSS };
process.stdout.write(JSON.stringify(sample) + '\n');
