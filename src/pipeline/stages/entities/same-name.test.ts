// One name, one entity (./same-name.ts), on texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterDraft, MentionDraft } from './canonical.js';
import { joinSameNames } from './same-name.js';

/**
 * Name mentions for `[surface, type, cluster name?]` in order of appearance, one cluster per
 * distinct (cluster name, type) as the canonicaliser makes them; returns each resulting cluster's
 * mentions as `start-end:text` and the joined clusters' types.
 */
function joinNames(text: string, names: [string, string, string?][]): { groups: string[][]; types: string[] } {
  const mentions: MentionDraft[] = [];
  const clusters: ClusterDraft[] = [];
  let from = 0;
  for (const [n, type, cname] of names) {
    const start = text.indexOf(n, from);
    assert.ok(start >= 0, `"${n}" not in the text`);
    from = start + n.length;
    const name = cname ?? n;
    let ci = clusters.findIndex((c) => c.name === name && c.type === type);
    if (ci < 0) { ci = clusters.length; clusters.push({ type, name }); }
    mentions.push({ start, end: start + n.length, type, kind: 'name', cluster: ci });
  }
  joinSameNames(text, mentions, clusters);
  const by = new Map<number, string[]>();
  for (const m of mentions) {
    assert.equal(m.type, clusters[m.cluster].type, 'a mention takes its cluster\'s type');
    by.set(m.cluster, [...(by.get(m.cluster) ?? []), `${m.start}-${m.end}:${text.slice(m.start, m.end)}`]);
  }
  return { groups: [...by.values()], types: [...by.keys()].map((c) => clusters[c].type) };
}

const cases: { name: string; text: string; names: [string, string, string?][]; groups: string[][]; types: string[] }[] = [
  { name: 'a movement tagged ORG twice and a place once is one ORG',
    text: 'Members of Verdantism met. Verdantism grew. Critics of Verdantism left.',
    names: [['Verdantism', 'ORG'], ['Verdantism', 'LOC'], ['Verdantism', 'ORG']],
    groups: [['11-21:Verdantism', '27-37:Verdantism', '55-65:Verdantism']], types: ['ORG'] },
  { name: 'case, a leading "the" and a possessive fold: "The Quill" and "the Quill\'s"',
    text: 'The Quill ran the story. Readers of the Quill\'s site agreed.',
    names: [['The Quill', 'PERSON', 'Quill'], ['Quill\'s', 'MISC']],
    groups: [['0-9:The Quill', '40-47:Quill\'s']], types: ['PERSON'] },
  { name: 'a tie between a person and an organisation: the person',
    text: 'Halvard wrote. At Halvard the lights went out.',
    names: [['Halvard', 'PERSON'], ['Halvard', 'ORG']],
    groups: [['0-7:Halvard', '18-25:Halvard']], types: ['PERSON'] },
  { name: 'a tie between an organisation and a place: the organisation',
    text: 'the Tarn Guild met. In Tarn Guild halls',
    names: [['Tarn Guild', 'LOC'], ['Tarn Guild', 'ORG']],
    groups: [['4-14:Tarn Guild', '23-33:Tarn Guild']], types: ['ORG'] },
];

for (const c of cases) {
  test(`same name: ${c.name}`, () => {
    const r = joinNames(c.text, c.names);
    assert.deepEqual(r.groups, c.groups);
    assert.deepEqual(r.types, c.types);
  });
}
