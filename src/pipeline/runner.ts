import type { Annotation, AttrValue, Doc, Message, SpanRef } from '../model/types.js';
import { PipelineError, SpanError } from '../model/errors.js';
import type { AnnotationDraft, Stage, StageContext, StageOutput } from './stage.js';

/** Timing of one stage over one or more documents (milliseconds, summed). */
export interface StageTiming { name: string; ms: number; docs: number }

/**
 * A built, validated sequence of stages.
 *
 * Built with {@link buildPipeline}, which checks that every layer a stage
 * requires is assigned by an earlier stage (or given as `initialLayers`) and
 * that no two stages assign the same layer.
 */
export class Pipeline {
  /** Cumulative time per stage, for benchmarks. */
  readonly timings: StageTiming[];

  constructor(readonly stages: readonly Stage[]) {
    this.timings = stages.map((s) => ({ name: s.name, ms: 0, docs: 0 }));
  }

  /** Runs every stage over `doc` and returns a new frozen document with their layers added. */
  run(doc: Doc, options: Record<string, unknown> = {}): Doc {
    let current = doc;
    const counters = new Map<string, number>();
    // Continue numbering after ids the document already holds (e.g. from ingestion).
    for (const anns of Object.values(doc.layers)) for (const a of anns) bumpCounter(counters, a.id);
    const ctx: StageContext = {
      options,
      newId(prefix: string) {
        const n = counters.get(prefix) ?? 0;
        counters.set(prefix, n + 1);
        return prefix + n;
      },
    };
    const lang = primaryLanguage(doc.meta.language);
    const skipped: string[] = [];
    for (let i = 0; i < this.stages.length; i++) {
      const stage = this.stages[i];
      const t0 = performance.now();
      if (lang && stage.languages && !stage.languages.includes(lang)) {
        skipped.push(stage.name);
        current = applyOutput(current, stage, { annotations: [], messages: [{ rule: 'pipeline/language-unsupported', severity: 'info',
          message: `${stage.name} knows ${stage.languages.join(', ')} only and the document is in "${lang}": not run, its layers (${stage.assigns.join(', ')}) are empty` }] });
      } else {
        const raw = stage.run(current, ctx);
        current = applyOutput(current, stage, Array.isArray(raw) ? { annotations: raw } : raw);
      }
      const timing = this.timings[i];
      timing.ms += performance.now() - t0;
      timing.docs++;
    }
    if (skipped.length) {
      const m: Message = { rule: 'pipeline/language-unsupported', severity: 'warning', origin: 'pipeline',
        message: `the document is in "${doc.meta.language}", which these stages have no rules or models for (they know ${[...new Set(this.stages.filter((s) => skipped.includes(s.name)).flatMap((s) => s.languages ?? []))].join(', ')}): ${skipped.join(', ')}; they were not run and their layers are empty` };
      current = Object.freeze({ ...current, messages: Object.freeze([m, ...current.messages]) });
    }
    return current;
  }
}

/** The primary subtag of a BCP-47 language tag, lower case (`en-GB` → `en`); undefined when absent. */
function primaryLanguage(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const p = tag.trim().toLowerCase().split(/[-_]/)[0];
  return p || undefined;
}

function bumpCounter(counters: Map<string, number>, id: string): void {
  const m = /^(.*?)(\d+)$/.exec(id);
  if (!m) return;
  const n = Number(m[2]) + 1;
  if ((counters.get(m[1]) ?? 0) < n) counters.set(m[1], n);
}

/**
 * Checks the declarations and returns a runnable pipeline. Calls each stage's `init`.
 * @throws PipelineError when a required layer is never assigned before it is needed,
 *   or two stages assign the same layer.
 */
export async function buildPipeline(stages: readonly Stage[], initialLayers: readonly string[] = []): Promise<Pipeline> {
  checkDeclarations(stages, initialLayers);
  for (const s of stages) await s.init?.();
  return new Pipeline(stages);
}

/** The synchronous part of {@link buildPipeline}: declaration checks only. */
export function checkDeclarations(stages: readonly Stage[], initialLayers: readonly string[] = []): void {
  const assigned = new Map<string, string>();
  for (const l of initialLayers) assigned.set(l, '(input)');
  const assignedAnywhere = new Set(stages.flatMap((s) => s.assigns));
  for (const s of stages) {
    for (const o of s.optional ?? []) {
      if (assignedAnywhere.has(o) && !assigned.has(o)) {
        throw new PipelineError('E_OPTIONAL_ORDER', `stage "${s.name}" reads layer "${o}", which is assigned only by a later stage`);
      }
    }
    for (const r of s.requires) {
      if (!assigned.has(r)) {
        throw new PipelineError('E_REQUIRES', `stage "${s.name}" requires layer "${r}", which no earlier stage assigns`);
      }
    }
    for (const a of s.assigns) {
      const prev = assigned.get(a);
      if (prev) throw new PipelineError('E_ASSIGNS_TWICE', `layer "${a}" is assigned by both "${prev}" and "${s.name}"`);
      assigned.set(a, s.name);
    }
  }
}

/**
 * Validates a stage's output against the document and returns the new document.
 * @throws SpanError for an undeclared layer, a duplicate id, an out-of-bounds span,
 *   or a span whose claimed text differs from the document text.
 */
export function applyOutput(doc: Doc, stage: Stage, out: StageOutput): Doc {
  const source = `${stage.name}@${stage.version}`;
  const text = doc.text;
  const byLayer = new Map<string, Annotation[]>();
  for (const l of stage.assigns) byLayer.set(l, []);
  const seen = new Set<string>();
  for (const d of out.annotations) {
    const bucket = byLayer.get(d.layer);
    if (!bucket) throw new SpanError('E_LAYER', `stage "${stage.name}" wrote layer "${d.layer}" it does not assign`);
    checkSpan(text, d.start, d.end, d.text, stage.name, d.id);
    if (seen.has(d.id)) throw new SpanError('E_DUP_ID', `stage "${stage.name}" wrote id "${d.id}" twice`);
    seen.add(d.id);
    const attrs = d.attrs ?? {};
    for (const k in attrs) checkAttr(text, attrs[k], stage.name, d.id, k);
    const ann: Annotation = d.label === undefined
      ? { id: d.id, layer: d.layer, start: d.start, end: d.end, text: d.text, attrs, source }
      : { id: d.id, layer: d.layer, start: d.start, end: d.end, text: d.text, label: d.label, attrs, source };
    bucket.push(ann);
  }
  const layers: Record<string, readonly Annotation[]> = { ...doc.layers };
  for (const [name, anns] of byLayer) {
    if (doc.layers[name]) throw new SpanError('E_LAYER_EXISTS', `stage "${stage.name}" would overwrite layer "${name}"`);
    if (!isSorted(anns)) anns.sort((a, b) => a.start - b.start || a.end - b.end);
    layers[name] = Object.freeze(anns);
  }
  const messages: Message[] = out.messages?.length
    ? [...doc.messages, ...out.messages.map((m) => ({ ...m, origin: stage.name }))]
    : (doc.messages as Message[]);
  let meta = doc.meta;
  if (out.meta) {
    const merged = { ...doc.meta } as Record<string, unknown>;
    for (const [k, v] of Object.entries(out.meta)) if (merged[k] === undefined && v !== undefined) merged[k] = v;
    meta = Object.freeze(merged);
  }
  return Object.freeze({ id: doc.id, text, meta, layers: Object.freeze(layers), messages: Object.freeze(messages) });
}

function isSorted(anns: readonly Annotation[]): boolean {
  for (let i = 1; i < anns.length; i++) {
    const a = anns[i - 1], b = anns[i];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

function checkSpan(text: string, start: number, end: number, claimed: string, stage: string, id: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new SpanError('E_BOUNDS', `stage "${stage}" wrote ${id} at [${start}, ${end}), outside the text (length ${text.length})`);
  }
  // Compare without allocating a slice: this runs for every token.
  if (claimed.length !== end - start || !text.startsWith(claimed, start)) {
    throw new SpanError(
      'E_TEXT',
      `stage "${stage}" wrote ${id} at [${start}, ${end}) claiming ${JSON.stringify(claimed)}, but the text there is ${JSON.stringify(text.slice(start, end))}`,
    );
  }
}

function isSpanRef(v: AttrValue): v is SpanRef {
  return typeof v === 'object' && v !== null && !Array.isArray(v) &&
    typeof (v as SpanRef).start === 'number' && typeof (v as SpanRef).end === 'number' && typeof (v as SpanRef).text === 'string';
}

function checkAttr(text: string, v: AttrValue, stage: string, id: string, key: string): void {
  if (v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) { for (const x of v) checkAttr(text, x, stage, id, key); return; }
  if (isSpanRef(v)) { checkSpan(text, v.start, v.end, v.text, stage, `${id}.${key}`); return; }
}

export type { AnnotationDraft };
