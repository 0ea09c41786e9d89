import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getPetrarch, petrarchKey, Petrarch } from './petrarch.js';

const p = getPetrarch();

test('resolveActor: names and aliases → code, ISO3 country and sector on a date', () => {
  const cases: [string, string | undefined, string, string | undefined, string | undefined][] = [
    // name, date, code, iso3, sector
    ['Vladimir Putin', '2025-09-03', 'RUSGOV', 'RUS', 'GOV'],
    ['President Putin', '2025-09-03', 'RUSGOV', 'RUS', 'GOV'],
    ['Vladimir Putin', '1995-01-01', 'RUSELI', 'RUS', 'ELI'],
    ['Russia', undefined, 'RUS', 'RUS', undefined],
    ['Russian', undefined, 'RUS', 'RUS', undefined],
    ['North Korea', undefined, 'PRK', 'PRK', undefined],
    ['the United Nations', undefined, 'IGOUNO', undefined, 'IGO'],
    ['U.N.', undefined, 'IGOUNO', undefined, 'IGO'],
    ['Kofi Annan', '2000-06-01', 'IGOUNO', undefined, 'IGO'],
    ['Afghan National Army', undefined, 'AFGMIL', 'AFG', 'MIL'],
  ];
  for (const [name, date, code, iso3, sector] of cases) {
    const r = p.resolveActor(name, date);
    assert.ok(r, `no actor for ${name}`);
    assert.equal(r.code, code, name);
    assert.equal(r.iso3, iso3, `${name} iso3`);
    assert.equal(r.sector, sector, `${name} sector`);
  }
  assert.equal(p.resolveActor('Frodo Baggins of the Shire'), undefined);
});

test('codeAt: dated roles win inside their period, the default outside it', () => {
  const a = p.actors('Kofi Annan')[0];
  assert.ok(a);
  assert.equal(p.codeAt(a, '2001-01-01'), 'IGOUNO');
  assert.equal(p.codeAt(a, '2015-01-01'), 'ELI');
});

test('decode: country, organisation primary and sectors of a CAMEO code', () => {
  const cases: [string, string | undefined, string | undefined, string[], string | undefined][] = [
    ['USAGOV', 'USA', undefined, ['GOV'], 'GOV'],
    ['AFGREBMUS', 'AFG', undefined, ['REB'], 'REB'],
    ['IGOUNOKID', undefined, 'IGO', [], 'IGO'],
    ['MNCUSA', 'USA', 'MNC', [], 'BUS'],
    ['SYR', 'SYR', undefined, [], undefined],
  ];
  for (const [code, iso3, org, sectors, sector] of cases) {
    const d = p.decode(code);
    assert.equal(d.iso3, iso3, code);
    assert.equal(d.org, org, code);
    assert.deepEqual(d.sectors, sectors, code);
    assert.equal(d.sector, sector, code);
  }
});

test('agents: common nouns → sectors, with generated plurals and substitutions', () => {
  const cases: [string, string][] = [['riot police', 'COP'], ['farmers', 'AGR'], ['rebels', 'REB'], ['foreign minister', 'GOVFRM'], ['congresswoman', 'LEG']];
  for (const [phrase, code] of cases) {
    const hit = p.agent(phrase);
    assert.ok(hit, phrase);
    assert.ok(hit.code.startsWith(code.slice(0, 3)), `${phrase}: ${hit.code}`);
  }
  assert.equal(p.agent('teacup'), undefined);
});

test('matchActorAt / matchAgentAt: the longest name wins', () => {
  const words = ['the', 'afghan', 'national', 'army', 'soldiers', 'said'];
  const m = p.matchActorAt(words, 1);
  assert.ok(m);
  assert.equal(m.length, 4);
  assert.equal(p.codeAt(m.actors[0]), 'AFGMIL');
  assert.equal(p.matchActorAt(words, 5), undefined);
  const g = p.matchAgentAt(['the', 'riot', 'police', 'came'], 1);
  assert.deepEqual(g, { length: 2, code: 'COP' });
});

test('verbs: inflected forms → lemma, block and CAMEO code; patterns per block', () => {
  const cases: [string, string, string][] = [['signed', 'sign', 'SIGN'], ['accused', 'accuse', 'BLAME'], ['met', 'meet', 'MEET_PEOPLE'], ['agreeing', 'agree', 'AGREE']];
  for (const [form, lemma, block] of cases) {
    const v = p.verb(form);
    assert.ok(v, form);
    assert.equal(v.lemma, lemma, form);
    assert.equal(v.block, block, form);
  }
  assert.equal(p.verb('accused')?.code, '112');
  assert.ok(p.patterns('SIGN').some((x) => x.post.includes('TREATY') && x.code.startsWith('0')));
  assert.ok((p.synsets.get('&TREATY') ?? []).includes('treaty'));
});

test('plover: CAMEO codes map to PLOVER 2021 categories through the table and its parents', () => {
  const cases: [string, string | undefined][] = [
    ['036', 'AGREE'], ['042', 'CONSULT'], ['0874', 'RETREAT'], ['083', 'CONCEDE'], ['112', 'ACCUSE'], ['093', 'ACCUSE'],
    ['1041', 'REQUEST'], ['020', 'REQUEST'], ['163', 'COERCE'], ['190', 'ASSAULT'], ['1823', 'ASSAULT'], ['010', undefined],
  ];
  for (const [code, cat] of cases) assert.equal(p.plover(code)?.category, cat, code);
});

test('petrarchKey: case, underscores, articles and possessives', () => {
  const cases: [string, string][] = [['The  United_Nations', 'united nations'], ['Russia’s', 'russia'], ['Rebels\'', 'rebels']];
  for (const [i, o] of cases) assert.equal(petrarchKey(i), o);
});

test('Petrarch: a malformed line is skipped, not fatal', () => {
  const q = new Petrarch({ actors: 'C\tgondor|minas tirith\tGON\nbroken line without tabs\n', agents: '', verbs: 'V\tsmite\tSMITE\t190\tsmites|smote\n', plover: '190\tASSAULT\t\n' }, ['GON']);
  assert.equal(q.resolveActor('Minas Tirith')?.iso3, 'GON');
  assert.equal(q.verb('smote')?.code, '190');
  assert.equal(q.plover('193')?.category, 'ASSAULT');
});
