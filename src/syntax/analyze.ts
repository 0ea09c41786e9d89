/**
 * One call that tags and parses a sentence with a loaded {@link SyntaxModel}: the POS
 * tagger, then the supertagger when the model has one, then the parser.
 * @module
 */
import type { SyntaxModel } from './model-io.js';

let stags = new Int32Array(64);

/**
 * Tags and parses one sentence of `lex.length` words. `forms` are normalised forms
 * (see `normalizeForm`) and `lex` their records from `model.lexicon`. Writes tag class
 * ids to `tags`, heads (0 = root, else 1-based word index) to `heads` and label ids to
 * `labs`, each from index 0; the arrays must hold at least `lex.length` entries.
 */
export function analyzeSentence(model: SyntaxModel, forms: readonly string[], lex: readonly Int32Array[],
  tags: Int32Array, heads: Int32Array, labs: Int32Array): void {
  model.tagger.tag(forms, lex, tags);
  let st: Int32Array | null = null;
  if (model.supertagger) {
    if (stags.length < lex.length) stags = new Int32Array(lex.length * 2);
    model.supertagger.tag(forms, lex, stags, tags);
    st = stags;
  }
  model.parser.parse(lex, tags, heads, labs, st);
}
