import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { analyze } from './analyze.js';
import { SYNTAX_MODEL_URL } from './pipeline/stages/syntax.js';

const skip = existsSync(SYNTAX_MODEL_URL) ? false : 'needs models/syntax.bin';

test('a German article gets a language warning and no English-rule layers; an English one gets neither', { skip }, async () => {
  const cases: { text: string; language: string; warned: boolean }[] = [
    { text: 'Der Stadtrat hat am Mittwoch den Bau einer Mauer gegen das Hochwasser beschlossen. Die Bürgermeisterin sagte, die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern. Die Opposition kritisierte die Kosten, die nach ihren Angaben nicht gedeckt sind.', language: 'de', warned: true },
    { text: 'The city council voted on Wednesday to build a flood wall along the river. The mayor, Clara Osei, said the work would begin in the spring and take two years. The opposition criticised the cost, which it said was not covered.', language: 'en', warned: false },
  ];
  for (const c of cases) {
    const doc = await analyze(c.text, { published: '2026-03-04' });
    assert.equal(doc.meta.language, c.language);
    const warn = doc.messages.filter((m) => m.rule === 'pipeline/language-unsupported' && m.severity === 'warning');
    assert.equal(warn.length, c.warned ? 1 : 0, c.language);
    assert.ok((doc.layers.tokens ?? []).length > 0, 'tokens in any language');
    for (const l of ['pos', 'mentions', 'statements', 'timexes']) assert.equal((doc.layers[l] ?? []).length > 0, !c.warned, `${c.language}: ${l}`);
    if (c.warned) assert.match(warn[0].message, /syntax, entities, statements, timex, events, timelinks/);
  }
});
