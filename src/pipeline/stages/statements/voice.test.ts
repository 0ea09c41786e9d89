import { test } from 'node:test';
import assert from 'node:assert/strict';
import { voiceSegments } from './voice.js';

test('voice segments split sentences around contents', () => {
  const text = 'Rain fell. The council said the dam was safe, adding that repairs were planned.';
  const sents = [{ start: 0, end: 10 }, { start: 11, end: text.length }];
  const c1 = text.indexOf('the dam was safe'), c2 = text.indexOf('repairs were planned');
  const segs = voiceSegments(text, sents, [{ start: c1, end: c1 + 16 }, { start: c2, end: c2 + 20 }]);
  assert.deepEqual(segs.map((s) => [text.slice(s.start, s.end), s.label]), [
    ['Rain fell.', 'outlet'], ['The council said', 'outlet'], ['the dam was safe', 'attributed'],
    ['adding that', 'outlet'], ['repairs were planned', 'attributed'], ['.', 'outlet'],
  ].filter(([t]) => /\w/.test(t)));
});
