import { existsSync } from 'node:fs';
import type { Annotation, Doc } from '../../model/types.js';
import { layer } from '../../model/doc.js';
import type { AnnotationDraft, Stage, StageContext } from '../stage.js';
import { loadSyntaxModel, type SyntaxModel } from '../../syntax/model-io.js';
import { normalizeForm } from '../../syntax/lexical.js';
import { analyzeSentence } from '../../syntax/analyze.js';

/** The trained model file, relative to this module (same depth under src/ and dist/). */
export const SYNTAX_MODEL_URL = new URL('../../../models/syntax.bin', import.meta.url);

let model: SyntaxModel | null = null;

/**
 * Loads the syntax model once (no-op when loaded): the committed model, or the file named
 * by the `NEWSGRAPH_SYNTAX_MODEL` environment variable (e.g. a model being trained or compared).
 */
export function loadSyntax(): SyntaxModel {
  if (!model) {
    const path = process.env.NEWSGRAPH_SYNTAX_MODEL || SYNTAX_MODEL_URL;
    if (!existsSync(path)) throw new Error(`syntax model missing at ${typeof path === 'string' ? path : path.pathname}; run \`npm run train -- syntax\``);
    model = loadSyntaxModel(path);
  }
  return model;
}

/**
 * Part-of-speech tags and labelled dependency trees from the trained tagger and
 * arc-eager parser (models/syntax.bin, trained on GUM by `npm run train -- syntax`).
 *
 * Writes layer `pos` (ids `p…`; label = UPOS; attrs `token` = token id, `xpos` = PTB tag)
 * and layer `dep` (ids `d…`; label = UD relation with GUM's subtypes, e.g. `nsubj:pass`;
 * attrs `token` = token id, `head` = the head's token id, or null for the sentence root).
 * One `pos` and one `dep` annotation per token, with the token's span.
 * Offsets: half-open UTF-16 into `doc.text`, identical to the token's.
 *
 * **Tokenisation mapping.** The units are the tokens of the `tokens` layer, one parser
 * word per token, within each `sentences` span. The tokenizer follows the UD / GUM
 * conventions the model was trained on (`ca n't`, `country 's`, `Jong - un`, `gon na`),
 * so no remapping is needed; where it still differs (a URL or e-mail address that GUM
 * would split), the token is tagged and attached as one word. When the model has a
 * supertagger, it runs between the tagger and the parser (see `analyzeSentence`).
 * Forms are normalised for features only: curly apostrophes and quotes become
 * straight ones (`country’s` and `country's` look alike); the annotations keep the text.
 */
export const syntaxStage: Stage = {
  name: 'syntax',
  version: '2',
  requires: ['sentences', 'tokens'],
  assigns: ['pos', 'dep'],
  languages: ['en'],
  init(): void { loadSyntax(); },
  run(doc: Doc, ctx: StageContext): AnnotationDraft[] {
    const model = loadSyntax();
    const { tagger, parser, lexicon } = model;
    const tokens = layer(doc, 'tokens');
    const out: AnnotationDraft[] = [];
    const deps: AnnotationDraft[] = [];
    let tags = new Int32Array(64), heads = new Int32Array(64), labs = new Int32Array(64);
    const forms: string[] = [];
    const lex: Int32Array[] = [];
    let ti = 0;
    for (const sent of layer(doc, 'sentences')) {
      while (ti < tokens.length && tokens[ti].start < sent.start) ti++;
      const first = ti;
      while (ti < tokens.length && tokens[ti].end <= sent.end) ti++;
      const n = ti - first;
      if (n === 0) continue;
      if (tags.length < n) { tags = new Int32Array(n * 2); heads = new Int32Array(n * 2); labs = new Int32Array(n * 2); }
      forms.length = 0; lex.length = 0;
      for (let i = first; i < ti; i++) {
        const f = normalizeForm(tokens[i].text);
        forms.push(f);
        lex.push(lexicon.get(f));
      }
      analyzeSentence(model, forms, lex, tags, heads, labs);
      for (let i = 0; i < n; i++) {
        const t: Annotation = tokens[first + i];
        const c = tags[i];
        out.push({ id: ctx.newId('p'), layer: 'pos', start: t.start, end: t.end, text: t.text, label: tagger.upos[c], attrs: { token: t.id, xpos: tagger.xpos[c] } });
        const h = heads[i];
        deps.push({ id: ctx.newId('d'), layer: 'dep', start: t.start, end: t.end, text: t.text, label: parser.labels[labs[i]],
          attrs: { token: t.id, head: h === 0 ? null : tokens[first + h - 1].id } });
      }
    }
    for (const d of deps) out.push(d);
    return out;
  },
};
