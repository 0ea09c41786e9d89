import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeTitle, readGumEntities } from './gum-entities.js';
import { emptyCounts, isPronounName, normTitle, scoreDoc, type SysEntity, type SysMention } from './entity-score.js';

// An original two-sentence document in GUM's CoNLL-U layout (columns: id form lemma upos xpos feats head deprel deps misc).
const CONLLU = [
  '# newpar',
  '# text = Mayor Ada Quill visited Brisk.',
  '1\tMayor\tmayor\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-_-_-3-coref-Ada_Quill',
  '2\tAda\tAda\tPROPN\tNNP\t_\t3\tflat\t_\t_',
  '3\tQuill\tQuill\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)',
  '4\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_',
  '5\tBrisk\tBrisk\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=(2-place-new-_-_-1-sgl-Brisk%2C_Ontario%28town%29)',
  '6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '# text = She liked it.',
  '1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-_-_-1-ana)',
  '2\tliked\tlike\tVERB\tVBD\t_\t0\troot\t_\t_',
  '3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\tEntity=(2-place-giv-_-_-1-coref)',
  '4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '',
].join('\n');

test('GUM reader: text, mention spans, heads, titles', () => {
  const d = readGumEntities(CONLLU, 'demo');
  assert.equal(d.text, 'Mayor Ada Quill visited Brisk. She liked it.');
  const rows = d.mentions.map((m) => [d.text.slice(m.start, m.end), m.cluster, d.text.slice(m.headStart, m.headEnd), m.named]);
  assert.deepEqual(rows, [
    ['Mayor Ada Quill', '1', 'Quill', true],
    ['Brisk', '2', 'Brisk', true],
    ['She', '1', 'She', false],
    ['it', '2', 'it', false],
  ]);
  assert.equal(d.clusters.get('1')!.title, 'Ada Quill');
  assert.equal(d.clusters.get('2')!.title, 'Brisk, Ontario(town)');
  assert.equal(normTitle(d.clusters.get('2')!.title!), 'brisk');
});

test('title decoding and normalisation (table)', () => {
  const cases: [string, string][] = [['Pierre%2DSimon_Laplace', 'Pierre-Simon Laplace'], ['Labour_Party_%28UK%29', 'Labour Party (UK)'], ['50%_off', '50% off']];
  for (const [raw, exp] of cases) assert.equal(decodeTitle(raw), exp);
  const norms: [string, string, boolean][] = [
    ['Labour Party (UK)', 'Labour Party', true], ['The Guardian', 'Guardian', true], ['Évariste Galois', 'Evariste Galois', true],
    ['St. Petersburg', 'Saint Petersburg', false], ['Tony Blair', 'Blair', false], ['Savannah, Georgia', 'Savannah', true], ['Washington, D.C.', 'Washington', true],
  ];
  for (const [a, b, same] of norms) assert.equal(normTitle(a) === normTitle(b), same, `${a} / ${b}`);
});

test('scoring: names, splits, B-cubed, pronoun names', () => {
  const d = readGumEntities(CONLLU, 'demo');
  const sys = (text: string, entity: string, kind = 'name', label = 'PERSON'): SysMention => {
    const start = d.text.indexOf(text);
    return { start, end: start + text.length, entity, kind, label, text };
  };
  const cases: { name: string; mentions: SysMention[]; entities: SysEntity[]; exp: Partial<Record<'detected' | 'nameOk' | 'split' | 'kb' | 'typeOk' | 'pronounNames', number>>; b3?: number }[] = [
    { name: 'right', mentions: [sys('Ada Quill', 'e1'), sys('Brisk', 'e2', 'name', 'GPE')],
      entities: [{ id: 'e1', name: 'Ada Quill', label: 'PERSON' }, { id: 'e2', name: 'Brisk', label: 'GPE', kb: 'city:X' }],
      exp: { detected: 2, nameOk: 2, kb: 1, typeOk: 2, split: 0 }, b3: 1 },
    { name: 'title kept in the name, place typed as a person', mentions: [sys('Mayor Ada Quill', 'e1'), sys('Brisk', 'e2')],
      entities: [{ id: 'e1', name: 'Mayor Ada Quill', label: 'PERSON' }, { id: 'e2', name: 'Brisk', label: 'PERSON' }],
      exp: { detected: 2, nameOk: 1, typeOk: 1 } },
    { name: 'two people merged; "She" as a name', mentions: [sys('Ada Quill', 'e1'), sys('Brisk', 'e1'), sys('She', 'e1')],
      entities: [{ id: 'e1', name: 'Ada Quill', label: 'PERSON' }],
      exp: { detected: 2, pronounNames: 1 }, b3: 2 / 3 },
    { name: 'pronoun mentions never detect', mentions: [sys('it', 'e2', 'pronoun')], entities: [{ id: 'e2', name: 'Brisk', label: 'GPE' }], exp: { detected: 0 } },
  ];
  for (const c of cases) {
    const acc = emptyCounts();
    scoreDoc(acc, 'demo', d.mentions, d.clusters, c.mentions, new Map(c.entities.map((e) => [e.id, e])));
    assert.equal(acc.titled, 2, c.name);
    for (const [k, v] of Object.entries(c.exp)) assert.equal(acc[k as keyof typeof c.exp], v, `${c.name}: ${k}`);
    if (c.b3 !== undefined) {
      const p = acc.b3p / acc.b3n, r = acc.b3r / acc.b3n;
      assert.ok(Math.abs((2 * p * r) / (p + r) - c.b3) < 1e-9, `${c.name}: b3 p=${p} r=${r}`);
    }
  }
});

test('pronoun names: "I", "We", "she" are; "US" (the country in capitals) is not', () => {
  for (const [t, want] of [['I', true], ['We', true], ['she', true], ['US', false], ['Us', true], ['Brisk', false]] as const) assert.equal(isPronounName(t), want, t);
});
