import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { analyze } from '../src/analyze.js';
import { readArticles } from '../src/ingest/index.js';
import { samplePaths } from '../src/samples.js';
import { toDocJSON, DOC_SCHEMA_ID } from '../src/export/json.js';
import { scoreExpected, type Expected } from '../eval/expected.js';
import { expectedFor } from '../eval/tasks/samples.js';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../schema/doc.v2.schema.json', import.meta.url)), 'utf8'));
const validate = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false }).compile<any>(schema); // eslint-disable-line @typescript-eslint/no-explicit-any

test('the schema file and the exporter agree on the schema id', () => {
  assert.equal(schema.$id, DOC_SCHEMA_ID);
});

test('there are at least four built-in samples, each with a golden reading', () => {
  const paths = samplePaths();
  assert.ok(paths.length >= 4);
  for (const p of paths) assert.ok(existsSync(expectedFor(p)), `golden file for ${basename(p)}`);
});

for (const path of samplePaths()) {
  test(`sample ${basename(path)}: analyses, validates against the schema, every span slices exactly`, async () => {
    const exp = JSON.parse(readFileSync(expectedFor(path), 'utf8')) as Expected;
    const [article] = await readArticles(path);
    const doc = await analyze(article, { published: exp.published });
    const json = JSON.parse(JSON.stringify(toDocJSON(doc)));
    assert.ok(validate(json), JSON.stringify(validate.errors?.slice(0, 3)));
    for (const anns of Object.values(doc.layers)) for (const a of anns) assert.equal(doc.text.slice(a.start, a.end), a.text, a.id);
    assert.ok(doc.meta.title, 'title found');
    assert.ok(doc.meta.publishedAt?.startsWith(exp.published!), `publication date ${doc.meta.publishedAt}`);
    // Boilerplate the analyst listed is marked or recorded as removed.
    const { items } = scoreExpected(doc, { boilerplate: exp.boilerplate });
    for (const i of items) assert.ok(i.ok, `${i.item}: ${i.why}`);
  });
}

test('the HTML sample loses its navigation, cookie banner, share prompt, recommended links and footer', async () => {
  const path = samplePaths().find((p) => p.endsWith('.html'))!;
  const [article] = await readArticles(path);
  const doc = await analyze(article);
  assert.match(doc.text, /voted on Wednesday night to build a £12 million flood wall/);
  assert.match(doc.text, /Some residents remain unconvinced\./);
  for (const junk of ['Subscribe', 'We use cookies', 'Share this article', 'New bus timetable', 'All rights reserved', 'Privacy']) {
    const inText = doc.text.includes(junk);
    const marked = doc.layers.boilerplate?.some((b) => b.text.includes(junk));
    assert.ok(!inText || marked, `${junk} left in the article text`);
  }
});

test('the schema rejects documents that break the layer contracts', async () => {
  const [article] = await readArticles(samplePaths()[0]);
  const good = JSON.parse(JSON.stringify(toDocJSON(await analyze(article))));
  assert.ok(validate(good), JSON.stringify(validate.errors?.slice(0, 3)));
  const broken: [string, (d: any) => void][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['statement without a cue', (d) => { delete d.layers.statements[0].attrs.cue; }],
    ['statement with an unknown kind', (d) => { d.layers.statements[0].label = 'rumour'; }],
    ['timex with an unknown type', (d) => { d.layers.timexes[0].label = 'WHEN'; }],
    ['negative offset', (d) => { d.layers.sentences[0].start = -1; }],
    ['negative token offset', (d) => { d.tokenTable.start[0] = -1; }],
    ['token table with relations but no heads', (d) => { delete d.tokenTable.head; }],
    ['token table naming the pos layer without its tags', (d) => { delete d.tokenTable.upos; }],
    ['head below the root marker', (d) => { d.tokenTable.head[0] = -2; }],
    ['a v1 version number', (d) => { d.version = '1.0.0'; }],
    ['mention of an unknown kind', (d) => { d.layers.mentions[0].attrs.kind = 'guess'; }],
    ['framing span with an unknown voice', (d) => { d.layers.framing[0].attrs.voice = 'narrator'; }],
    ['framing summary without tone', (d) => { delete d.framing.tone; }],
    ['message with a bad rule id', (d) => { d.messages.push({ rule: 'No Rule', severity: 'info', message: 'x', origin: 'x' }); }],
  ];
  for (const [name, breakIt] of broken) {
    const d = structuredClone(good);
    breakIt(d);
    assert.equal(validate(d), false, name);
  }
});
