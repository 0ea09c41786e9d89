import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './language.js';

const cases: [string, string][] = [
  ['en', 'The council voted on Wednesday to build a flood wall along the river, ending two years of argument over how to protect the town centre from the water that has reached the shops twice.'],
  ['de', 'Der Stadtrat hat am Mittwoch beschlossen, eine Hochwasserschutzmauer am Fluss zu bauen. Damit endet ein Streit, der sich seit zwei Jahren um die Frage dreht, wie die Innenstadt geschützt werden soll.'],
  ['fr', 'Le conseil municipal a voté mercredi la construction d’un mur contre les crues le long de la rivière, mettant fin à deux ans de débats sur la protection du centre de la ville.'],
  ['es', 'El ayuntamiento aprobó el miércoles la construcción de un muro contra las inundaciones a lo largo del río, lo que pone fin a dos años de discusiones sobre cómo proteger el centro de la ciudad.'],
];
for (const [lang, text] of cases) {
  test(`detects ${lang}`, () => assert.equal(detectLanguage(text), lang));
}

test('too little text names no language', () => {
  assert.equal(detectLanguage('Tokyo 2025'), undefined);
});

// One-line English sentences, as in event and attribution records: never another language
// (a wrong verdict switches the English-only stages off).
const shortEnglish = [
  'Russia accused Ukraine of shelling the plant on Monday.',
  'Police arrested two protesters in Lagos.',
  'The minister said the talks would resume in March.',
];
for (const text of shortEnglish) {
  test(`short English is English or unnamed: ${text}`, () => {
    const r = detectLanguage(text);
    assert.ok(r === undefined || r === 'en', `got ${r}`);
  });
}
