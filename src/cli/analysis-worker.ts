/**
 * The worker thread the CLI analyses items in (see src/ingest/limits.ts for why a worker: a
 * slow item can be stopped only from outside its thread). It receives one item at a time,
 * analyses it with the default pipeline (built once per worker) and answers with the rendered
 * output, so a document crosses threads only for the HTML report. The JSON and JSONL exports
 * are streamed (src/export/json-stream.ts) in pieces the main thread acknowledges once written:
 * the export of a big article is never one string, neither here nor in the main thread.
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import { buildPipeline, type Pipeline } from '../pipeline/runner.js';
import { defaultStages } from '../pipeline/default.js';
import { BIG_DOC_CHARS, collectingStages, fullCollection } from './collect.js';
import { toDocJSON, type DocJSON } from '../export/json.js';
import { jsonChunks } from '../export/json-stream.js';
import { InputError } from '../model/errors.js';
import { eventsTsvRows } from '../export/events-tsv.js';
import { renderText } from '../report/text.js';
import { CHUNKS_IN_FLIGHT, type WorkAck, type WorkChunk, type WorkRequest, type WorkResponse } from './work.js';

/** The default pipeline, collecting garbage between the stages of a big document (src/cli/collect.ts). */
let pipeline: Promise<Pipeline> | undefined;

/** Pieces sent and not yet acknowledged, and the wait for the next acknowledgement. */
let inFlight = 0;
let acked: (() => void) | undefined;

async function waitForAcks(max: number): Promise<void> {
  while (inFlight > max) await new Promise<void>((r) => { acked = r; });
}

/**
 * Analyses an item and renders it: the whole answer, or the export to stream. Only the export
 * outlives this call, so the document's other parts (the token-level annotations, which the
 * export holds as columns) can be collected while the export is written.
 */
async function analyseItem(req: WorkRequest): Promise<WorkResponse | { json: DocJSON; problems: string[] }> {
  pipeline ??= buildPipeline(collectingStages(defaultStages()));
  const doc = await analyze(req.article, { pipeline: await pipeline, published: req.published, ...(req.dateOrder ? { dateOrder: req.dateOrder } : {}), ...(req.crawledAt ? { crawledAt: req.crawledAt } : {}) });
  const problems = doc.messages.filter((m) => m.severity === 'error' && m.origin === 'ingest').map((m) => m.message);
  // The last stage's garbage goes before the report or export adds its own (as between stages).
  if (doc.text.length >= BIG_DOC_CHARS) fullCollection();
  const r = req.render;
  if (r.format === 'text') return { id: req.id, ok: true, out: renderText(doc, { color: r.color }) + '\n', problems };
  if (r.format === 'events-tsv') return { id: req.id, ok: true, out: eventsTsvRows(doc), problems };
  if (r.format === 'html') return { id: req.id, ok: true, doc: toDocJSON(doc), problems };
  return { json: toDocJSON(doc, { layers: r.layers }), problems };
}

async function handle(req: WorkRequest): Promise<WorkResponse> {
  try {
    const a = await analyseItem(req);
    if (!('json' in a)) return a;
    // The document is gone but for its export: free the rest before writing.
    if (a.json.text.length >= BIG_DOC_CHARS) fullCollection();
    for (const chunk of jsonChunks(a.json, req.render.pretty && req.render.format === 'json' ? 2 : 0)) {
      await waitForAcks(CHUNKS_IN_FLIGHT - 1);
      inFlight++;
      parentPort!.postMessage({ id: req.id, chunk } satisfies WorkChunk);
    }
    await waitForAcks(0);
    return { id: req.id, ok: true, problems: a.problems };
  } catch (e) {
    const internal = !(e instanceof InputError);
    return { id: req.id, ok: false, internal, message: e instanceof Error ? `${internal ? `${e.name}: ` : ''}${e.message}` : String(e), stack: internal && e instanceof Error ? e.stack : undefined };
  }
}

parentPort?.on('message', async (msg: WorkRequest | WorkAck) => {
  if ('ack' in msg) { inFlight--; const a = acked; acked = undefined; a?.(); return; }
  parentPort!.postMessage(await handle(msg));
});
