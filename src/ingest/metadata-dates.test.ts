import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, findDates, isoDay, parseTimestamp, plausible, relativeDate } from './metadata-dates.js';

// [text, order, expected ISO day, the date's exact text]
const textCases: [string, 'dmy' | 'mdy', string, string][] = [
  ['Posted on June 28, 2020 by the desk', 'dmy', '2020-06-28', 'June 28, 2020'],
  ['Updated Jun. 28th 2020', 'dmy', '2020-06-28', 'Jun. 28th 2020'],
  ['Veröffentlicht am 28. Juni 2020, 14:05 Uhr', 'dmy', '2020-06-28', '28. Juni 2020'],
  ['Stand: 28.06.2020', 'dmy', '2020-06-28', '28.06.2020'],
  ['Publié le 1er juillet 2021', 'dmy', '2021-07-01', '1er juillet 2021'],
  ['Publicado el 5 de mayo de 2022', 'dmy', '2022-05-05', '5 de mayo de 2022'],
  ['Pubblicato il 12 settembre 2019', 'dmy', '2019-09-12', '12 settembre 2019'],
  ['Publicado em 3 de março de 2018', 'dmy', '2018-03-03', '3 de março de 2018'],
  ['Опубликовано 15 августа 2016, 13:43', 'dmy', '2016-08-15', '15 августа 2016'],
  ['Опубліковано 2 лютого 2023', 'dmy', '2023-02-02', '2 лютого 2023'],
  ['Opublikowano 7 października 2021', 'dmy', '2021-10-07', '7 października 2021'],
  ['Gepubliceerd op 9 maart 2020', 'dmy', '2020-03-09', '9 maart 2020'],
  ['Yayınlanma 14 Şubat 2022', 'dmy', '2022-02-14', '14 Şubat 2022'],
  ['Date: 2020-06-28', 'dmy', '2020-06-28', '2020-06-28'],
  ['on 2020/06/28 at noon', 'dmy', '2020-06-28', '2020/06/28'],
  ['03/09/2025 edition', 'dmy', '2025-09-03', '03/09/2025'],
  ['03/09/2025 edition', 'mdy', '2025-03-09', '03/09/2025'],
  ['06/28/2020', 'dmy', '2020-06-28', '06/28/2020'],
  ['28.06.20 | Politik', 'dmy', '2020-06-28', '28.06.20'],
  ['发布时间 2020年6月28日', 'dmy', '2020-06-28', '2020年6月28日'],
  ['Tanja Karrasch 3.11.2023 Für', 'dmy', '2023-11-03', '3.11.2023'],
];
for (const [text, order, iso, span] of textCases) {
  test(`findDates: ${JSON.stringify(text)} (${order})`, () => {
    const [d] = findDates(text, { order, crawl: { y: 2026, m: 1, d: 1 } });
    assert.ok(d, 'a date is found');
    assert.equal(isoDay(d), iso);
    assert.equal(text.slice(d.start, d.end), span);
  });
}

test('findDates: an ambiguous numeric date says which reading it took', () => {
  const [d] = findDates('03/09/2025', { order: 'mdy', crawl: { y: 2026, m: 1, d: 1 } });
  assert.deepEqual([d.ambiguous, d.order], [true, 'mdy']);
  const [u] = findDates('13/09/2025', { order: 'mdy', crawl: { y: 2026, m: 1, d: 1 } });
  assert.equal(isoDay(u), '2025-09-13');
  assert.equal(u.ambiguous, undefined);
});

// [value, expected day, expected timestamp]
const stamps: [string, string, string | undefined][] = [
  ['2020-02-18T02:18:11Z', '2020-02-18', '2020-02-18T02:18:11Z'],
  ['2020-02-17T21:18:11-05:00', '2020-02-17', '2020-02-17T21:18:11-05:00'],
  ['2020-02-17 21:18:11+0100', '2020-02-17', '2020-02-17T21:18:11+01:00'],
  ['Tue, 05 Mar 2024 09:15:00 +0000', '2024-03-05', '2024-03-05T09:15:00Z'],
  ['20200628', '2020-06-28', undefined],
  ['2020-06-28', '2020-06-28', undefined],
];
for (const [v, day, ts] of stamps) {
  test(`parseTimestamp: ${v} keeps the day at its stated offset`, () => {
    const d = parseTimestamp(v)!;
    assert.equal(isoDay(d), day);
    assert.equal(d.timestamp, ts);
  });
}

test('parseTimestamp: impossible values are not dates', () => {
  for (const v of ['2025-02-30', '2025-13-01', '0000-00-00', 'garbage', '', '20201-01-01']) assert.equal(parseTimestamp(v), undefined, v);
});

test('plausible: 1995 up to the crawl day', () => {
  const crawl = { y: 2024, m: 5, d: 1 };
  assert.equal(plausible({ y: 1994, m: 12, d: 31 }, crawl), false);
  assert.equal(plausible({ y: 1995, m: 1, d: 1 }, crawl), true);
  assert.equal(plausible({ y: 2024, m: 5, d: 2 }, crawl), true); // one day of slack for zones ahead of UTC
  assert.equal(plausible({ y: 2024, m: 5, d: 3 }, crawl), false);
});

const rel: [string, string, string][] = [
  ['Published 3 hours ago', '2024-05-01', '3 hours ago'],
  ['vor 2 Tagen aktualisiert', '2024-04-29', 'vor 2 Tagen'],
  ['hace 5 horas', '2024-05-01', 'hace 5 horas'],
  ['2 дня назад', '2024-04-29', '2 дня назад'],
  ['il y a 3 jours', '2024-04-28', 'il y a 3 jours'],
  ['10 hours ago', '2024-04-30', '10 hours ago'],
];
for (const [text, day, span] of rel) {
  test(`relativeDate: ${text}`, () => {
    const r = relativeDate(text, new Date('2024-05-01T08:00:00Z'))!;
    assert.equal(isoDay(r.day), day);
    assert.equal(text.slice(r.start, r.end), span);
  });
}

test('relativeDate: a number without a relative marker is not a date', () => {
  assert.equal(relativeDate('3 hours of debate', new Date('2024-05-01T08:00:00Z')), undefined);
});

const urls: [string, string | undefined][] = [
  ['https://paper.example/2020/06/28/story', '2020-06-28'],
  ['https://paper.example/news/2020-06-28-story.html', '2020-06-28'],
  ['https://paper.example/Meldung/2022/20220124-foerderung.html', '2022-01-24'],
  ['https://paper.example/2020/6/8/story', '2020-06-08'],
  ['https://paper.example/2020/02/30/story', undefined],
  ['https://paper.example/2015/06/story.html', undefined],
  ['https://web.archive.org/web/20130217080612/http://blog.example/about', undefined],
  ['https://paper.example/article/123456789/story', undefined],
];
for (const [u, want] of urls) {
  test(`dateFromUrl: ${u}`, () => assert.equal(dateFromUrl(u, { y: 2026, m: 1, d: 1 }), want));
}
