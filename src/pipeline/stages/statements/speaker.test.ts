// Speaker resolution (./speaker.ts) through the pipeline prefix, on texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation, SpanRef } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';
import { analyzeText } from './test-helpers.js';
import { personName } from './speaker.js';

interface Case {
  name: string;
  text: string;
  /** The statement to check, by its cue word and the start of its content. */
  cue: string;
  content: string;
  /** Expected speakerName (null = no named speaker) and whether it was inferred. */
  speaker: string | null | RegExp;
  inferred?: boolean;
  /** Evidence must mention this. */
  evidence?: string;
}

const cases: Case[] = [
  { name: 'a holiday the recogniser calls an organisation is no antecedent of "it"',
    text: 'Shares in Marlow Retail fell 5% on Tuesday. The retailer said sales over Christmas had been weak. It added that it expected trading to improve.',
    cue: 'added', content: 'that it expected trading', speaker: null },
  { name: 'a description\'s modifier found in a name picks that organisation over the previous speaker',
    text: 'The Trades Union Congress published a report on Monday. The Health and Safety Executive said it would study the findings. The union organisation claimed that safety officers were often ignored.',
    cue: 'claimed', content: 'that safety officers', speaker: 'Trades Union Congress', inferred: true, evidence: 'modifier' },
  { name: 'a description naming another country\'s body is not the body the next sentence names',
    text: 'The Belarusian foreign ministry claimed that trade had tripled in a year. The Lao commerce ministry could not confirm the figure.',
    cue: 'claimed', content: 'that trade had tripled', speaker: null },
  { name: 'a demonym agrees with its own country ("the French government" → France)',
    text: 'France rejected the plan on Monday. The French government said the vote had been rigged.',
    cue: 'said', content: 'the vote had been rigged', speaker: 'France' },
  { name: '"they" is never a town',
    text: 'Officials from Norland met the ministers in Eastbury on Monday. They said the talks had gone well.',
    cue: 'said', content: 'the talks had gone well', speaker: null },
  { name: '"X quoted Y as saying": Y is the source of "saying" (the channel keeps "quoted")',
    text: 'The agency quoted finance minister Ana Reyes as saying that the budget would be cut.',
    cue: 'saying', content: 'that the budget would be cut', speaker: 'Ana Reyes', inferred: false },
  { name: 'a description the story has not named yet is the speaker the next sentence names (a news lead)',
    text: 'Harbour Town would deal kindly with any bid by Lord Garvin to rejoin its board, its chairman has said. Dr Piet Vos told a radio programme there was no place for revenge.',
    cue: 'has said', content: 'Harbour Town would deal', speaker: 'Piet Vos', inferred: true, evidence: 'next sentence' },
  { name: 'a pronoun never takes a name from its own content (binding principle C)',
    text: 'Mr Garvin spoke to reporters on Monday. The board will welcome Mr Garvin back, he said.',
    cue: 'said', content: 'The board will welcome', speaker: null },
  { name: 'an indefinite spokesman is not the person the next sentence names when that person does not speak',
    text: 'A council spokesman said the road would reopen on Friday. The mayor, Jan Berg, visited the site on Monday.',
    cue: 'said', content: 'the road would reopen', speaker: null },
  { name: 'a description before a comma that names nobody leaves the name in apposition after it',
    text: 'The sale collapsed in March. One of the bidders, Harald Lunde, said the price had been too high.',
    cue: 'said', content: 'the price had been too high', speaker: 'Harald Lunde', inferred: false },
  { name: 'a pronoun takes the subject of the previous sentence, not a possessive',
    text: 'Long one of Mr Harlow\'s closest aides, Nadia Brennan questioned the timing of the vote on Tuesday. She said the party would wait until spring.',
    cue: 'said', content: 'the party would wait', speaker: 'Nadia Brennan', inferred: true, evidence: 'a subject' },
  { name: '"he added" after a quote goes to the previous statement\'s speaker',
    text: 'Trade minister Oskar Lindqvist said exports had recovered. Mr Lindqvist later met Paul Varga, the union leader. "We have turned the corner," he added.',
    cue: 'added', content: 'We have turned the corner', speaker: 'Oskar Lindqvist', inferred: true },
  { name: '"the company" goes to the organisation the discourse establishes',
    text: 'Shares in Orvane Mining rose 4% on Monday. The company said output at its northern pit had doubled.',
    cue: 'said', content: 'output at its northern pit', speaker: /^Orvane/, inferred: true, evidence: 'the company' },
  { name: '"X chief Y" gives the person, the organisation is the affiliation',
    text: 'Meridian Rail chief Tomasz Wren said fares would be frozen next year.',
    cue: 'said', content: 'fares would be frozen', speaker: 'Tomasz Wren', inferred: false, evidence: 'affiliation' },
  { name: '"Y, X\'s chairman" keeps the person',
    text: 'Henrik Salo, the Baltic Bank\'s chairman, said the merger would close in June.',
    cue: 'said', content: 'the merger would close', speaker: 'Henrik Salo', inferred: false },
  { name: 'an organisation\'s spokesman speaks for it, and "the spokesman" later is the same source',
    text: 'A Harbour Authority spokesman said the port would reopen on Friday. "Safety comes first," the spokesman said.',
    cue: 'said', content: 'Safety comes first', speaker: 'Harbour Authority', inferred: true },
  { name: '"Mr X" after the full name is that person, never the bare title',
    text: 'Party chairman Ivor Pendleton met the group on Monday. Mr Pendleton announced a review of the selection rules.',
    cue: 'announced', content: 'a review of the selection rules', speaker: 'Ivor Pendleton' },
  { name: 'a peer\'s title makes a person ("Lord X" is no place)',
    text: 'The former minister Lord Abernethy said the case should be judged on its merits.',
    cue: 'said', content: 'the case should be judged', speaker: /Abernethy$/ },
  { name: 'a role qualified by a place ("the Westbury MP") is the person the discourse names',
    text: 'Tory MP Gareth Holloway is to stand down at the election. The Westbury MP had denied that he was paid for the tours.',
    cue: 'had denied', content: 'that he was paid', speaker: 'Gareth Holloway', inferred: true },
  { name: 'an agentless passive names no speaker ("is expected to")',
    text: 'Lena Marsh is expected to plead guilty to fraud charges at the trial in Leeds.',
    // Found by its cue alone: this case is about the speaker, whatever content extent the role tagger gives.
    cue: 'is expected', content: '', speaker: null },
  { name: 'an expletive "it" in a passive report names no speaker',
    text: 'The board of Corvane Foods met on Friday. It was claimed that the chairman had sold shares early.',
    cue: 'was claimed', content: 'that the chairman had sold', speaker: null },
  { name: 'a passive agent after "by" is the speaker, and leaves the content',
    text: 'Farmers are being promised lower fuel duty by the Green Party if it wins the election.',
    cue: 'are being promised', content: 'lower fuel duty', speaker: 'Green Party' },
  { name: 'a document source before an apposition speaks for the organisation it comes from',
    text: 'Research from Almond Bank, the region\'s largest lender, suggests house prices are still rising.',
    cue: 'suggests', content: 'house prices are still rising', speaker: 'Almond Bank' },
  { name: 'a description in apposition after a person\'s name is that person, not the organisation in it',
    text: '"The ruling matters," Ruth Okafor, the lawyer leading the case against Delmar Foods, said. "It will change how boards behave."',
    cue: 'said', content: 'The ruling matters', speaker: 'Ruth Okafor' },
  { name: 'a source after a clause opener is the noun phrase after it ("6% after the firm said")',
    text: 'Shares in Orvane Mining rose 6% after the firm said its northern pit was larger than expected.',
    cue: 'said', content: 'its northern pit', speaker: /^Orvane/ },
  { name: 'a coordinated cue shares the subject, never its own content as source',
    text: 'Tory peer Lord Abernethy said he agreed with the judge, and said the case should be looked at again.',
    cue: 'said', content: 'the case should be looked', speaker: /Abernethy$/ },
  { name: '"they" after a passive takes its agent, the logical subject, over an earlier subject',
    text: 'The Tories now control the home affairs committee. The identity card bill is expected to be opposed by the Green Party. They have said the scheme is deeply flawed.',
    cue: 'have said', content: 'the scheme is deeply flawed', speaker: 'Green Party', inferred: true },
  { name: 'a participle shares a referring "it" subject of the verb it hangs on (no expletive)',
    text: 'Orvane Mining reported a 9% rise in output, and it has recently forecast similar gains in 2006, predicting that profits would double.',
    cue: 'predicting', content: 'that profits would double', speaker: /^Orvane/ },
  { name: 'a vague source has no named speaker',
    text: 'Analysts said the currency could weaken further in the coming weeks.',
    cue: 'said', content: 'the currency could weaken', speaker: null },
];

/** The statement with this cue whose content, or one of its parts, begins with `content`
 * (a raised subject is a content part of its own: "X, …, is expected | to plead guilty"). */
function find(statements: readonly Annotation[], cue: string, content: string): Annotation | undefined {
  const begins = (r: SpanRef) => r.text.replace(/^["“]/, '').startsWith(content);
  return statements.find((s) => (s.attrs.cue as SpanRef).text === cue
    && (begins(s.attrs.content as SpanRef) || ((s.attrs.contentParts as SpanRef[] | undefined) ?? []).some(begins)));
}

for (const c of cases) {
  test(`speaker: ${c.name}`, async () => {
    const doc = await analyzeText(c.text);
    const st = layer(doc, 'statements');
    const s = find(st, c.cue, c.content);
    assert.ok(s, `no statement "${c.cue}" / "${c.content}" in ${JSON.stringify(st.map((x) => [(x.attrs.cue as SpanRef).text, (x.attrs.content as SpanRef).text]))}`);
    if (c.speaker instanceof RegExp) assert.match(String(s.attrs.speakerName), c.speaker);
    else assert.equal(s.attrs.speakerName ?? null, c.speaker, JSON.stringify(s.attrs));
    if (c.inferred !== undefined) assert.equal(s.attrs.speakerInferred, c.inferred);
    if (c.evidence) assert.match(JSON.stringify(s.attrs.speakerEvidence ?? []), new RegExp(c.evidence));
    // The speaker entity, when there is one, names the same speaker.
    if (typeof s.attrs.speaker === 'string') {
      const ent = layer(doc, 'entities').find((e) => e.id === s.attrs.speaker);
      assert.ok(ent, 'speaker entity exists');
    }
  });
}

test('speaker: a passive agent\'s content ends before "by", and the agent is the source span', async () => {
  const text = 'Farmers are being promised lower fuel duty by the Green Party if it wins the election.';
  const doc = await analyzeText(text);
  const s = find(layer(doc, 'statements'), 'are being promised', 'lower fuel duty');
  assert.ok(s);
  const c = s.attrs.content as SpanRef, src = s.attrs.source as SpanRef;
  assert.equal(c.text, 'lower fuel duty');
  assert.equal(text.slice(c.start, c.end), c.text);
  assert.equal(src.text, 'the Green Party');
  assert.equal(text.slice(src.start, src.end), src.text);
});

test('speaker: the listener of "told" is never the speaker', async () => {
  const doc = await analyzeText('Ella Moreau told Radio North the strike would end within days.');
  const s = find(layer(doc, 'statements'), 'told', 'the strike would end');
  assert.ok(s);
  assert.equal(s.attrs.speakerName, 'Ella Moreau');
});

test('personName: role words and trailing descriptions leave the name', () => {
  const table: [string, string][] = [
    ['Conservative MP Sir Alan Trent', 'Sir Alan Trent'], ['Dr Ruth Okafor head of research', 'Dr Ruth Okafor'],
    ['Ana Costa', 'Ana Costa'], ['Rodrigo de Lima', 'Rodrigo de Lima'], ['Labour MP Jo Park', 'Jo Park'],
  ];
  for (const [input, want] of table) assert.equal(personName(input), want, input);
});
