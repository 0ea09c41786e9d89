/**
 * The worker thread the CLI analyses items in (see src/ingest/limits.ts for why a worker: a
 * slow item can be stopped only from outside its thread). It receives one item at a time,
 * analyses it with the default pipeline (built once per worker) and answers with the rendered
 * output, so a document crosses threads only for the HTML report.
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import { toDocJSON } from '../export/json.js';
import { InputError } from '../model/errors.js';
import { eventsTsvRows } from '../export/events-tsv.js';
import { renderText } from '../report/text.js';
import type { WorkRequest, WorkResponse } from './work.js';

parentPort?.on('message', async (req: WorkRequest) => {
  let res: WorkResponse;
  try {
    const doc = await analyze(req.article, { published: req.published, ...(req.dateOrder ? { dateOrder: req.dateOrder } : {}), ...(req.crawledAt ? { crawledAt: req.crawledAt } : {}) });
    const problems = doc.messages.filter((m) => m.severity === 'error' && m.origin === 'ingest').map((m) => m.message);
    const r = req.render;
    if (r.format === 'text') res = { id: req.id, ok: true, out: renderText(doc, { color: r.color }) + '\n', problems };
    else if (r.format === 'events-tsv') res = { id: req.id, ok: true, out: eventsTsvRows(doc), problems };
    else if (r.format === 'html') res = { id: req.id, ok: true, doc: toDocJSON(doc), problems };
    else res = { id: req.id, ok: true, out: JSON.stringify(toDocJSON(doc, { layers: r.layers }), null, r.pretty && r.format === 'json' ? 2 : undefined), problems };
  } catch (e) {
    const internal = !(e instanceof InputError);
    res = { id: req.id, ok: false, internal, message: e instanceof Error ? `${internal ? `${e.name}: ` : ''}${e.message}` : String(e), stack: internal && e instanceof Error ? e.stack : undefined };
  }
  parentPort!.postMessage(res);
});
