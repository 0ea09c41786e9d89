// Tagged spans are cut where they cross a quotation boundary (one voice per span); spans asserted by text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../model/doc.js';
import { buildPipeline } from '../../runner.js';
import { paragraphsStage } from '../paragraphs.js';
import { boilerplateStage } from '../boilerplate.js';
import { tokenizeStage } from '../tokenize.js';
import { buildTokView, type TokView } from '../statements/tokview.js';
import { splitAtQuotes } from './learned.js';

const TEXT = 'The minister called the plan a “cowardly betrayal of our people” and left the room.';

async function view(text: string): Promise<TokView> {
  const pipe = await buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage]);
  return buildTokView(pipe.run(createDoc(text)));
}

/** Token range [a, b) of the tokens from the one starting with `from` to the one ending with `to`. */
function range(v: TokView, text: string, from: string, to: string): { a: number; b: number } {
  const s = text.indexOf(from), e = text.indexOf(to, s) + to.length;
  let a = 0;
  while (v.start[a] < s) a++;
  let b = a;
  while (b < v.n && v.end[b] <= e) b++;
  return { a, b };
}

test('a span crossing into a quotation is cut at the mark; marks and punctuation-only pieces are left out', async () => {
  const v = await view(TEXT);
  const cases: { from: string; to: string; want: string[] }[] = [
    // Outside, then inside: two voices, two spans, without the opening mark.
    { from: 'plan', to: 'betrayal', want: ['plan a', 'cowardly betrayal'] },
    // Inside, then out again past the closing mark.
    { from: 'betrayal', to: 'left', want: ['betrayal of our people', 'and left'] },
    // Wholly inside, or wholly outside: unchanged.
    { from: 'cowardly', to: 'people', want: ['cowardly betrayal of our people'] },
    { from: 'The', to: 'called', want: ['The minister called'] },
    // The quotation with its marks: the words only.
    { from: '“', to: '”', want: ['cowardly betrayal of our people'] },
    // A piece that is only the closing mark is dropped; the rest stays as tagged.
    { from: '”', to: '.', want: ['and left the room.'] },
    // The closing mark at the end of a piece is left out.
    { from: 'people', to: '”', want: ['people'] },
  ];
  for (const c of cases) {
    const r = range(v, TEXT, c.from, c.to);
    const got = splitAtQuotes(v, [{ ...r, margin: 1 }]).map((s) => TEXT.slice(v.start[s.a], v.end[s.b - 1]));
    assert.deepEqual(got, c.want, `${c.from}…${c.to}`);
  }
});

test('a piece of punctuation only is dropped', async () => {
  const text = 'They said “never”, and meant it.';
  const v = await view(text);
  const r = range(v, text, 'never', ',');
  assert.deepEqual(splitAtQuotes(v, [{ ...r, margin: 1 }]).map((s) => text.slice(v.start[s.a], v.end[s.b - 1])), ['never']);
});

test('pieces keep their span’s margin and stay in order', async () => {
  const v = await view(TEXT);
  const r = range(v, TEXT, 'minister', 'and');
  const out = splitAtQuotes(v, [{ ...r, margin: 2.5 }]);
  assert.equal(out.length, 3);
  assert.ok(out.every((s) => s.margin === 2.5));
  for (let k = 1; k < out.length; k++) assert.ok(out[k].a >= out[k - 1].b);
});
