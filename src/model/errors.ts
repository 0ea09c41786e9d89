/**
 * Typed errors with stable codes. Entry points map them to exit codes:
 * {@link InputError} → 1 (bad input), anything else → 2 (internal error).
 * @module
 */

/** Base class: every newsgraph error has a stable `code`. */
export class NewsgraphError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The user's input cannot be used (missing file, empty, binary, undecodable …). Exit code 1. */
export class InputError extends NewsgraphError {}

/** A pipeline was declared wrongly (a stage needs a layer no earlier stage assigns …). */
export class PipelineError extends NewsgraphError {}

/** A stage produced an invalid annotation (out of bounds, text mismatch, undeclared layer …). */
export class SpanError extends NewsgraphError {}
