import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coarsen, dayNumber, dayPoint, formatPoint, isoWeek, parseIsoDay, shift } from './calendar.js';

const d = (s: string) => parseIsoDay(s)!;

const cases: [string, string][] = [
  [formatPoint(shift(coarsen(d('2024-06-15'), 'M'), 2, 'M')), '2024-08'],
  [formatPoint(shift(coarsen(d('2024-11-15'), 'M'), 3, 'M')), '2025-02'],
  [formatPoint(shift(d('2024-03-31'), -1, 'M')), '2024-02-29'],
  [formatPoint(shift(coarsen(d('1989-10-27'), 'Q'), -1, 'Q')), '1989-Q3'],
  [formatPoint(shift(coarsen(d('1989-02-01'), 'Q'), -1, 'Q')), '1988-Q4'],
  [formatPoint(shift(coarsen(d('1989-10-27'), 'Y'), -1, 'Y')), '1988'],
  [formatPoint(coarsen(d('2025-09-03'), 'W')), '2025-W36'],
  [formatPoint(shift(coarsen(d('2025-01-01'), 'W'), -1, 'W')), '2024-W52'],
  [formatPoint(shift(d('2025-03-01'), -1, 'D')), '2025-02-28'],
  [formatPoint(coarsen(coarsen(d('2025-09-03'), 'W'), 'M')), '2025-09'],
  [formatPoint({ gran: 'DE', y: 1985 }), '198'],
  [formatPoint({ gran: 'C', y: 1900 }), '19'],
  [formatPoint({ gran: 'T', y: 2025, m: 9, d: 3, hh: 15, mm: 0 }), '2025-09-03T15:00'],
  [formatPoint({ gran: 'T', y: 2025, m: 9, d: 3, part: 'MO' }), '2025-09-03TMO'],
];

for (const [got, want] of cases) test(`calendar: ${want}`, () => assert.equal(got, want));

test('calendar: ISO weeks at year boundaries', () => {
  assert.deepEqual(isoWeek(2021, 1, 3), { y: 2020, w: 53 });
  assert.deepEqual(isoWeek(2024, 12, 30), { y: 2025, w: 1 });
  assert.equal(formatPoint(dayPoint(dayNumber(2025, 9, 3))), '2025-09-03');
  assert.equal(parseIsoDay('not a date'), null);
  assert.equal(formatPoint(parseIsoDay('Wed, 03 Sep 2025 10:00:00 GMT')!), '2025-09-03');
  assert.equal(formatPoint(d('2025-09-03T10:15:00Z')), '2025-09-03');
});
