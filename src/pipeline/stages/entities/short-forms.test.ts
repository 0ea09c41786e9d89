// Short forms joined to organisations (./short-forms.ts), on texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterDraft, MentionDraft } from './canonical.js';
import { joinShortForms } from './short-forms.js';

/**
 * Mentions for the quoted names of `text` ([text, type] in order of appearance), a cluster per distinct name;
 * returns the text slices of each resulting cluster's name mentions and the mentions' types.
 */
function join(text: string, names: [string, string][]): { groups: string[][]; types: Record<string, string> } {
  const mentions: MentionDraft[] = [];
  const clusters: ClusterDraft[] = [];
  let from = 0;
  for (const [n, type] of names) {
    const start = text.indexOf(n, from);
    assert.ok(start >= 0, `"${n}" not in the text`);
    from = start + n.length;
    // The same name and type is the same cluster, as the canonicaliser makes it.
    let ci = clusters.findIndex((c) => c.name === n && c.type === type);
    if (ci < 0) { ci = clusters.length; clusters.push({ type, name: n }); }
    mentions.push({ start, end: start + n.length, type, kind: 'name', cluster: ci });
  }
  joinShortForms(text, mentions, clusters);
  const by = new Map<number, string[]>();
  const types: Record<string, string> = {};
  for (const m of mentions) {
    const t = text.slice(m.start, m.end);
    by.set(m.cluster, [...(by.get(m.cluster) ?? []), t]);
    types[t] = m.type;
  }
  return { groups: [...by.values()], types };
}

const cases: { name: string; text: string; names: [string, string][]; groups: string[][]; types?: Record<string, string> }[] = [
  { name: 'the distinctive word before a generic one, typed as a place, joins the university',
    text: 'She studied at Corrington University. At Corrington she met her husband.',
    names: [['Corrington University', 'ORG'], ['Corrington', 'LOC']], groups: [['Corrington University', 'Corrington']],
    types: { Corrington: 'ORG' } },
  { name: 'the name after "Church of", written first',
    text: 'Critics of Velism say the Church of Velism hides its accounts.',
    names: [['Velism', 'ORG'], ['Church of Velism', 'ORG']], groups: [['Velism', 'Church of Velism']] },
  { name: 'the last word of a team',
    text: 'The Harbour City Gulls won again; the Gulls now lead the table.',
    names: [['Harbour City Gulls', 'ORG'], ['Gulls', 'MISC']], groups: [['Harbour City Gulls', 'Gulls']] },
  { name: 'an acronym before or after its expansion',
    text: 'The NTA said on Monday that the National Tidal Authority would publish data.',
    names: [['NTA', 'ORG'], ['National Tidal Authority', 'ORG']], groups: [['NTA', 'National Tidal Authority']] },
  { name: 'an acronym skips "of"',
    text: 'The University of Eastern Marlow (UEM) opened a gallery; UEM staff chose the prints.',
    names: [['University of Eastern Marlow', 'ORG'], ['UEM', 'ORG'], ['UEM', 'ORG']], groups: [['University of Eastern Marlow', 'UEM', 'UEM']] },
  { name: 'of two organisations, the one named most often',
    text: 'Dunmore College and Dunmore Hospital merged. Dunmore Hospital staff cheered. Dunmore said so.',
    names: [['Dunmore College', 'ORG'], ['Dunmore Hospital', 'ORG'], ['Dunmore Hospital', 'ORG'], ['Dunmore', 'ORG']],
    groups: [['Dunmore College'], ['Dunmore Hospital', 'Dunmore Hospital', 'Dunmore']] },
];

for (const c of cases) {
  test(`short forms: ${c.name}`, () => {
    const got = join(c.text, c.names);
    assert.deepEqual(got.groups, c.groups);
    for (const [t, type] of Object.entries(c.types ?? {})) assert.equal(got.types[t], type);
  });
}
