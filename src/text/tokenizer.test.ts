import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, TokenBuffer } from './tokenizer.js';

/** Tokens of `text` as [start, end, sliced text]. */
function tokens(text: string): [number, number, string][] {
  const buf = new TokenBuffer();
  tokenize(text, 0, text.length, buf);
  const out: [number, number, string][] = [];
  for (let i = 0; i < buf.length; i++) out.push([buf.starts[i], buf.ends[i], text.slice(buf.starts[i], buf.ends[i])]);
  return out;
}
const forms = (text: string) => tokens(text).map((t) => t[2]);

test('spans: offsets are exact and slice to the token', () => {
  assert.deepEqual(tokens('Kim didn’t go.'), [[0, 3, 'Kim'], [4, 7, 'did'], [7, 10, 'n’t'], [11, 13, 'go'], [13, 14, '.']]);
  assert.deepEqual(tokens('  “No,” he said\u00a0twice…'), [
    [2, 3, '“'], [3, 5, 'No'], [5, 6, ','], [6, 7, '”'], [8, 10, 'he'], [11, 15, 'said'], [16, 21, 'twice'], [21, 22, '…']]);
});

test('a sub-range is tokenized without reading outside it', () => {
  const text = 'xx Moscow said. yy';
  const buf = new TokenBuffer();
  tokenize(text, 3, 15, buf);
  assert.deepEqual([...buf.starts.slice(0, buf.length)].map((s, i) => text.slice(s, buf.ends[i])), ['Moscow', 'said', '.']);
});

test('table: Penn Treebank / UD conventions for news text', () => {
  const cases: [string, string[]][] = [
    ['Mr. Smith met Gen. Milley in St. Petersburg.', ['Mr.', 'Smith', 'met', 'Gen.', 'Milley', 'in', 'St.', 'Petersburg', '.']],
    ['the U.S. and U.K.-based firms at 5 p.m. e.g. today', ['the', 'U.S.', 'and', 'U.K.', '-', 'based', 'firms', 'at', '5', 'p.m.', 'e.g.', 'today']],
    ['J. K. Rowling', ['J.', 'K.', 'Rowling']],
    ['It\'s theirs; they\'re here, I\'m sure, we\'ll see, he\'d go', ['It', '\'s', 'theirs', ';', 'they', '\'re', 'here', ',', 'I', '\'m', 'sure', ',', 'we', '\'ll', 'see', ',', 'he', '\'d', 'go']],
    ['can\'t won\'t cannot don\'t', ['ca', 'n\'t', 'wo', 'n\'t', 'can', 'not', 'do', 'n\'t']],
    ['gonna wanna Gotta gonnas', ['gon', 'na', 'wan', 'na', 'Got', 'ta', 'gonnas']],
    ['the country’s leaders, the students\' union, O\'Neill', ['the', 'country', '’s', 'leaders', ',', 'the', 'students', '\'', 'union', ',', 'O\'Neill']],
    ['Kim Jong-un, a well-known non-profit co-founder', ['Kim', 'Jong', '-', 'un', ',', 'a', 'well', '-', 'known', 'non-profit', 'co-founder']],
    ['COVID-19 on 2024-09-03, won 5-0 in the mid-1990s by e-mail', ['COVID-19', 'on', '2024-09-03', ',', 'won', '5-0', 'in', 'the', 'mid-1990s', 'by', 'e-mail']],
    ['$1,200.50 or 3.5% or £5bn or 1.5m at 3:30 on 9/11', ['$', '1,200.50', 'or', '3.5', '%', 'or', '£', '5', 'bn', 'or', '1.5', 'm', 'at', '3:30', 'on', '9/11']],
    ['the 21st time since the 1990s at 10am; the \'90s; 20km', ['the', '21st', 'time', 'since', 'the', '1990s', 'at', '10am', ';', 'the', '\'90s', ';', '20', 'km']],
    ['rose 0.7-0.8% to -5 or +44', ['rose', '0.7-0.8', '%', 'to', '-5', 'or', '+44']],
    ['see https://example.org/a_b?x=1. Or mail desk@example.com, #Elections @newsdesk', ['see', 'https://example.org/a_b?x=1', '.', 'Or', 'mail', 'desk@example.com', ',', '#Elections', '@newsdesk']],
    ['(www.example.com) and Amazon.com\'s', ['(', 'www.example.com', ')', 'and', 'Amazon.com', '\'s']],
    ['Wait... what?! No -- never', ['Wait', '...', 'what', '?!', 'No', '--', 'never']],
    ['AT&T and No. 2 but no. And etc. and Jan. 5', ['AT&T', 'and', 'No.', '2', 'but', 'no', '.', 'And', 'etc.', 'and', 'Jan.', '5']],
    ['"Quoted," she said (briefly).', ['"', 'Quoted', ',', '"', 'she', 'said', '(', 'briefly', ')', '.']],
    ['ok 👍🏽 done', ['ok', '👍', '🏽', 'done']],
    ['Zürich’s Straße, Ελλάδα, Москва.', ['Zürich', '’s', 'Straße', ',', 'Ελλάδα', ',', 'Москва', '.']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(forms(text), expected, text);
});
