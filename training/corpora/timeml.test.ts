import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTml } from './timeml.js';

// A TimeML snippet written for this test.
const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">2001-05-04</TIMEX3></DCT>
<TEXT>
The board <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-05-03">Thursday</TIMEX3> &amp; agreed to sell the unit within <TIMEX3 tid="t2" type="DURATION" value="P2M" mod="LESS_THAN">less than two months</TIMEX3>.
</TEXT>
</TimeML>`;

test('parseTml: strips tags, keeps gold offsets, unescapes entities, skips the DCT', () => {
  const d = parseTml(TML, 'x');
  assert.equal(d.dct, '2001-05-04');
  assert.equal(d.timexes.length, 2);
  for (const t of d.timexes) assert.equal(d.text.slice(t.start, t.end), t.text);
  assert.deepEqual(d.timexes.map((t) => [t.text, t.type, t.value]), [['Thursday', 'DATE', '2001-05-03'], ['less than two months', 'DURATION', 'P2M']]);
  assert.equal(d.timexes[1].mod, 'LESS_THAN');
  assert.ok(d.text.includes('Thursday & agreed'));
  assert.ok(!d.text.includes('<'));
});
