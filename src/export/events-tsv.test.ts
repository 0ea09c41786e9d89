import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { EVENTS_TSV_COLUMNS, eventsTsvHeader, eventsTsvRows } from './events-tsv.js';

test('events-tsv: one line per event, every column, offsets slicing the evidence', async () => {
  const text = 'Japan imposed sanctions on North Korea.\nThe Kenyan president met his Ugandan counterpart in Kampala on Monday.';
  const doc = await analyze({ text: text, meta: { language: 'en' } }, { published: '2026-03-05' });
  assert.equal(eventsTsvHeader().split('\t').length, EVENTS_TSV_COLUMNS.length);
  const rows = eventsTsvRows(doc).split('\n').filter(Boolean).map((l) => l.split('\t'));
  assert.equal(rows.length, (doc.layers.events ?? []).length);
  assert.ok(rows.length >= 2);
  const col = (r: string[], c: (typeof EVENTS_TSV_COLUMNS)[number]) => r[EVENTS_TSV_COLUMNS.indexOf(c)];
  for (const r of rows) {
    assert.equal(r.length, EVENTS_TSV_COLUMNS.length);
    assert.equal(col(r, 'doc_id'), doc.id);
    const s = Number(col(r, 'evidence_start')), e = Number(col(r, 'evidence_end'));
    assert.ok(text.slice(s, e).includes(col(r, 'trigger')));
  }
  const meet = rows.find((r) => col(r, 'plover') === 'CONSULT');
  assert.ok(meet);
  assert.equal(col(meet, 'source_country'), 'KEN');
  assert.equal(col(meet, 'target_country'), 'UGA');
  assert.equal(col(meet, 'place'), 'Kampala');
  assert.match(col(meet, 'lat'), /^-?\d+(\.\d+)?$/);
  assert.equal(col(meet, 'date'), '2026-03-02');
  assert.equal(col(meet, 'status'), 'reported');
});

test('events-tsv: a document without events gives no rows; values never break a line', async () => {
  const doc = await analyze({ text: 'Weather: sunny, 24 degrees.', meta: { language: 'en' } }, { published: '2026-03-05' });
  assert.equal(eventsTsvRows(doc), '');
});
