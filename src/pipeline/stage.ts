import type { AttrValue, Doc, DocMeta, Layer, Message } from '../model/types.js';

/**
 * What a stage proposes to write: an annotation without `source` (the runner stamps it).
 * Offsets are half-open UTF-16 offsets into `doc.text`; `text` must equal `doc.text.slice(start, end)`.
 */
export interface AnnotationDraft {
  id: string;
  layer: Layer;
  start: number;
  end: number;
  text: string;
  label?: string;
  attrs?: Record<string, AttrValue>;
}

/** A stage's result: new annotations, optional messages, optional metadata additions. */
export interface StageOutput {
  annotations: AnnotationDraft[];
  messages?: Omit<Message, 'origin'>[];
  /** Metadata the stage found (e.g. a language); merged into `doc.meta` without overwriting set fields. */
  meta?: Partial<DocMeta>;
}

/** Per-run context handed to every stage. */
export interface StageContext {
  /** Returns a fresh document-unique id with the given prefix (`t` → `t0`, `t1`, …). */
  newId(prefix: string): string;
  /** Options given to `analyze` (e.g. `published`). */
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * A pipeline stage: it finds, the runner validates and writes.
 *
 * A stage reads the layers it `requires` and returns annotations only in the
 * layers it `assigns`. It must not mutate the document.
 */
export interface Stage {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  /**
   * Layers the stage reads when the pipeline has them (e.g. `dep` to refine a rule).
   * When some stage in the pipeline assigns one, it must come earlier than this stage.
   */
  readonly optional?: readonly Layer[];
  /**
   * The languages (ISO 639-1) whose rules and models the stage has; absent: any language.
   * On a document whose language (`doc.meta.language`, declared or detected) is not among
   * them, the runner does not run the stage: its layers are written empty and a
   * `pipeline/language-unsupported` message says so.
   */
  readonly languages?: readonly string[];
  /** Optional one-time initialisation (e.g. loading a model); called when the pipeline is built. */
  init?(): void | Promise<void>;
  run(doc: Doc, ctx: StageContext): StageOutput | AnnotationDraft[];
}
