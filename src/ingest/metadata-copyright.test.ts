import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyrightHolder, holderIsAuthor } from './metadata-copyright.js';

// [notice, expected holder]
const holders: [string, string | undefined][] = [
  ['© 2021 Lena Sommerfeld', 'Lena Sommerfeld'],
  ['Copyright (c) 2015- Tobias Brenner. All rights reserved. Design by Someone', 'Tobias Brenner'],
  ['(c) Tobias Brenner • Weitere Rechte siehe Impressum', 'Tobias Brenner'],
  ['© Seaside Kitchen by Helena', 'Helena'],
  ['| COPYRIGHT LENA SOMMERFELD | A HARBOUR PROJECT', 'LENA SOMMERFELD'],
  ['© Coastline Energie AG 2022. Alle Rechte vorbehalten.', 'Coastline Energie AG'],
  ['© 2012 APA/AP', 'APA/AP'],
  ['© Foto: Jonas Weber', undefined],
  ['Photo © Jonas Weber / stock.adobe.com', undefined],
  ['no mark here, Jonas Weber', undefined],
  ['© 2023', undefined],
];
for (const [raw, want] of holders) test(`copyrightHolder(${JSON.stringify(raw)})`, () => assert.equal(copyrightHolder(raw), want));

const given = (w: string) => ['lena', 'tobias', 'helena', 'andre'].includes(w);
// [holder, "by" form, expected]
const authors: [string, boolean, boolean][] = [
  ['Lena Sommerfeld', false, true],
  ['LENA SOMMERFELD', false, true],
  ['André Brenner', false, true],
  ['Dr. Tobias Brenner', false, true],
  ['APA/AP', false, true],
  ['Helena', true, true],
  ['Helena', false, false],
  ['Coastline Energie AG', false, false],
  ['Lena Media', false, false],
  ['Harbour Lights', false, false],
  ['Statistics Globe', false, false],
];
for (const [h, by, want] of authors) test(`holderIsAuthor(${JSON.stringify(h)}, by=${by})`, () => assert.equal(holderIsAuthor(h, given, by), want));
