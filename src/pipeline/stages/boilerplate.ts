import type { Doc } from '../../model/types.js';
import { layer } from '../../model/doc.js';
import { findBoilerplate } from '../../ingest/boilerplate.js';
import type { Stage, StageContext, StageOutput } from '../stage.js';

/**
 * Marks news boilerplate that survived extraction ("Also Read: …", subscribe prompts,
 * photo credits …) so later stages skip it. The text is not rewritten; what is
 * marked is recorded in the `boilerplate` layer (label = rule) and as an info message.
 *
 * Writes layer `boilerplate` (ids `bp…`). Offsets: half-open UTF-16 into `doc.text`.
 */
export const boilerplateStage: Stage = {
  name: 'boilerplate',
  version: '2',
  requires: ['paragraphs'],
  assigns: ['boilerplate'],
  run(doc: Doc, ctx: StageContext): StageOutput {
    const out: StageOutput = { annotations: [], messages: [] };
    for (const para of layer(doc, 'paragraphs')) {
      for (const hit of findBoilerplate(doc.text, para.start, para.end)) {
        const text = doc.text.slice(hit.start, hit.end);
        out.annotations.push({ id: ctx.newId('bp'), layer: 'boilerplate', start: hit.start, end: hit.end, text, label: hit.rule });
        out.messages!.push({ rule: `boilerplate/${hit.rule}`, severity: 'info', message: `boilerplate skipped: ${JSON.stringify(text.length > 80 ? text.slice(0, 77) + '…' : text)}`, start: hit.start, end: hit.end });
      }
    }
    return out;
  },
};
