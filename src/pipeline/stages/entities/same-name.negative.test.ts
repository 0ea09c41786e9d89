// Negative cases for ./same-name.ts: names that are not the same surface, KB-linked names and
// persons known by a full name stay apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterDraft, MentionDraft } from './canonical.js';
import { joinSameNames } from './same-name.js';
import { getKb } from '../../../kb/index.js';

const cases: { name: string; text: string; names: [string, string, string?][]; kb?: string }[] = [
  { name: 'different surfaces sharing a word', text: 'Tarn Guild and Tarn Hall', names: [['Tarn Guild', 'ORG'], ['Tarn Hall', 'LOC']] },
  { name: 'a person named in full is not the company of the same surname', text: 'Ines Okonkwo spoke. Okonkwo said she sold Okonkwo to a rival.', names: [['Ines Okonkwo', 'PERSON', 'Ines Okonkwo'], ['Okonkwo', 'PERSON', 'Ines Okonkwo'], ['Okonkwo', 'ORG']] },
  { name: 'a KB-linked city is not the person of the same one-word name', text: 'Sydney smiled. In Sydney it rained.', names: [['Sydney', 'PERSON'], ['Sydney', 'GPE']], kb: 'Sydney' },
  { name: 'a demonym group is no name here', text: 'Verdant voters and Verdant Party', names: [['Verdant', 'NORP'], ['Verdant', 'ORG']] },
];

for (const c of cases) {
  test(`same name, kept apart: ${c.name}`, () => {
    const mentions: MentionDraft[] = [];
    const clusters: ClusterDraft[] = [];
    let from = 0;
    for (const [n, type, cname] of c.names) {
      const start = c.text.indexOf(n, from);
      assert.ok(start >= 0);
      from = start + n.length;
      const name = cname ?? n;
      let ci = clusters.findIndex((x) => x.name === name && x.type === type);
      if (ci < 0) {
        ci = clusters.length;
        const kb = c.kb && type === 'GPE' ? getKb().lookup(c.kb)[0] : undefined;
        if (c.kb) assert.ok(kb || type !== 'GPE', 'the KB knows the city');
        clusters.push({ type, name, kb });
      }
      mentions.push({ start, end: start + n.length, type, kind: 'name', cluster: ci });
    }
    const before = mentions.map((m) => `${m.cluster}:${m.type}`);
    joinSameNames(c.text, mentions, clusters);
    assert.deepEqual(mentions.map((m) => `${m.cluster}:${m.type}`), before);
  });
}
