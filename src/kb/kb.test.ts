import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getKb, normName } from './index.js';

const kb = getKb();

test('lookup: name variants, exonyms and transliterations resolve to stable ids', () => {
  const cases: [string, string, string][] = [
    ['Kiev', 'city:UA:Kyiv', 'capital'],
    ['Kyiv', 'city:UA:Kyiv', 'capital'],
    ['DPRK', 'KP', 'country'],
    ['North Korea', 'KP', 'country'],
    ['the United States', 'US', 'country'],
    ['U.S.', 'US', 'country'],
    ['Britain', 'GB', 'country'],
    ['Pyongyang', 'city:KP:Pyongyang', 'capital'],
    ['Kursk Oblast', 'RU-KRS', 'region'],
    ['Kursk Region', 'RU-KRS', 'region'],
    ['Soviet Union', 'hist:SUHH', 'historical'],
    ['USSR', 'hist:SUHH', 'historical'],
    ['Second World War', 'event:WW2', 'event'],
    ['NATO', 'org:NATO', 'org'],
    ['Bombay', 'city:IN:Mumbai', 'city'],
  ];
  for (const [name, id, kind] of cases) {
    const e = kb.lookup(name)[0];
    assert.ok(e, `no entry for ${name}`);
    assert.equal(e.id, id, name);
    assert.equal(e.kind, kind, name);
  }
});

test('countries carry ISO codes, capitals with coordinates, and land borders', () => {
  const ua = kb.entries.get('UA')!;
  assert.equal(ua.iso3, 'UKR');
  assert.equal(ua.capital, 'city:UA:Kyiv');
  const kyiv = kb.entries.get('city:UA:Kyiv')!;
  assert.equal(kyiv.capitalOf, 'UA');
  assert.ok(Math.abs(kyiv.lat! - 50.45) < 0.1 && Math.abs(kyiv.lon! - 30.52) < 0.1);
  assert.ok(kb.entries.get('KP')!.borders!.includes('RU'));
  assert.ok(!kb.entries.get('KP')!.borders!.includes('UA'));
});

test('demonyms and roles', () => {
  const cases: [string, string][] = [['North Korean', 'KP'], ['Ukrainian', 'UA'], ['Ukrainians', 'UA'], ['Russian', 'RU'], ['French', 'FR'], ['Soviet', 'hist:SUHH']];
  for (const [d, id] of cases) assert.equal(kb.demonym(d)?.id, id, d);
  assert.equal(kb.demonym('Monday'), undefined);
  assert.ok(kb.role('North Korean leader').some((r) => r.country === 'KP' && r.person?.name === 'Kim Jong-un'));
  assert.ok(kb.role('Russian President').some((r) => r.country === 'RU'));
  assert.deepEqual(kb.role('gardener'), []);
});

test('normName: quotes, case, leading article, possessive', () => {
  assert.equal(normName('The Kremlin’s'), 'kremlin');
  assert.equal(normName('  North   Korea '), 'north korea');
});
