/**
 * Converts the PETRARCH2 dictionaries (MIT, Open Event Data Alliance) and the PLOVER
 * CAMEO→PLOVER conversion table into the compact files under src/kb/data/petrarch/.
 *
 *   node --import tsx scripts/petrarch-convert.ts [--data ../shared/data] [--out src/kb/data/petrarch]
 *
 * The output is deterministic (sorted where the input order does not matter), so a rerun on the
 * same dictionaries rebuilds the committed files byte for byte. Only dictionary entries are
 * converted (names, codes, dates, verb forms, patterns); the dictionaries' comments are dropped.
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const data = resolve(opt('--data', '../shared/data'));
const out = resolve(opt('--out', 'src/kb/data/petrarch'));
const dictDir = join(data, 'events/petrarch/dictionaries');

const read = (f: string) => readFileSync(f, 'latin1').replace(/\r\n?/g, '\n');
/** Drops a `#` comment (PETRARCH allows one per line). */
const stripComment = (l: string) => { const i = l.indexOf('#'); return i >= 0 ? l.slice(0, i) : l; };
/** PETRARCH phrase (`VLADIMIR_V._PUTIN_`) → lookup form (`vladimir v. putin`). */
const phrase = (p: string) => p.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** YYMMDD or YYYYMMDD → YYYY-MM-DD (two-digit years below 30 are 20xx, as the dictionaries' dates need). */
function day(s: string): string | null {
  let y: number, rest: string;
  if (/^\d{8}$/.test(s)) { y = +s.slice(0, 4); rest = s.slice(4); }
  else if (/^\d{6}$/.test(s)) { const yy = +s.slice(0, 2); y = yy < 30 ? 2000 + yy : 1900 + yy; rest = s.slice(2); }
  else return null;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** One `[CODE restriction]` → `CODE`, `CODE@from/to` (either side may be empty), or null when malformed. */
function codeSpec(inner: string): string | null {
  const parts = inner.trim().split(/\s+/);
  const code = parts[0];
  if (!code || !/^[A-Za-z0-9-]+$/.test(code)) return null;
  const r = parts.slice(1).join('');
  if (!r) return code;
  let m: RegExpMatchArray | null;
  if ((m = r.match(/^<(\d+)$/))) { const d = day(m[1]); return d ? `${code}@/${d}` : null; }
  if ((m = r.match(/^>(\d+)$/))) { const d = day(m[1]); return d ? `${code}@${d}/` : null; }
  if ((m = r.match(/^(\d+)-(\d+)$/))) { const a = day(m[1]), b = day(m[2]); return a && b ? `${code}@${a}/${b}` : null; }
  return null;
}

// ---- actors -------------------------------------------------------------------------------
interface ActorRec { names: string[]; codes: string[]; file: string }

function readActors(file: string, tag: string): ActorRec[] {
  const recs: ActorRec[] = [];
  let cur: ActorRec | null = null;
  let codesStarted = false;
  const flush = () => { if (cur && cur.codes.length && cur.names.length) recs.push(cur); cur = null; };
  for (const raw of read(join(dictDir, file)).split('\n')) {
    const line = stripComment(raw).replace(/;.*$/, '');
    if (!line.trim()) continue;
    const brackets = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => codeSpec(m[1])).filter((c): c is string => !!c);
    const head = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line) && !head) { // a tab-indented date restriction line
      if (cur) { cur.codes.push(...brackets); codesStarted = true; }
      continue;
    }
    if (head.startsWith('+')) {
      if (!cur || codesStarted) { flush(); cur = { names: [], codes: [], file: tag }; codesStarted = false; }
      const n = phrase(head.slice(1));
      if (n) cur.names.push(n);
      cur.codes.push(...brackets);
      continue;
    }
    // A new primary phrase; a record whose codes come later gathers its synonyms first.
    flush();
    const n = phrase(head);
    cur = { names: n ? [n] : [], codes: brackets, file: tag };
    codesStarted = false;
  }
  flush();
  return recs;
}

// ---- agents -------------------------------------------------------------------------------
function plural(w: string): string {
  if (/[^a-z]$/.test(w)) return w; // abbreviations ("lt.") have no regular plural
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(ss|sh|ch|x)$/.test(w)) return w + 'es';
  return w + 's';
}

function readAgents(): string[] {
  const subs = new Map<string, string[]>();
  const rows = new Set<string>();
  for (const raw of read(join(dictDir, 'Phoenix.agents.txt')).split('\n')) {
    const line = stripComment(raw).replace(/<!--.*?-->/g, '').trim();
    if (!line) continue;
    const sm = line.match(/^!(\w+)!\s*=\s*(.+)$/);
    if (sm) { subs.set(sm[1], sm[2].split(',').map((x) => x.trim()).filter(Boolean)); continue; }
    const cm = line.match(/\[(~?)([A-Z]+)(~?)[\]}]/);
    if (!cm) continue;
    const code = cm[2];
    const where = cm[3] === '~' ? 'pre' : 'post'; // `NGO~`: the agent code goes before the actor's country
    const body = line.slice(0, cm.index).trim();
    const pm = body.match(/^(.*?)\s*\{([^}]*)\}\s*$/);
    const root = (pm ? pm[1] : body).trim();
    const explicit = pm ? pm[2].trim().split(/\s+/).filter(Boolean) : null;
    const expand = (p: string): string[] => {
      const m = p.match(/!(\w+)!/);
      if (!m) return [p];
      return (subs.get(m[1]) ?? []).flatMap((s) => expand(p.replace(m[0], s)));
    };
    for (const r of expand(root)) {
      const forms = [phrase(r)];
      const hasSub = /!\w+!/.test(root);
      if (!hasSub) {
        if (explicit) forms.push(...explicit.map(phrase));
        else { const ws = phrase(r).split(' '); ws[ws.length - 1] = plural(ws[ws.length - 1]); forms.push(ws.join(' ')); }
      }
      for (const f of forms) if (f) rows.add(`${f}\t${code}\t${where}`);
    }
  }
  return [...rows].sort();
}

// ---- verbs (PETRARCH2 CAMEO.2.0.txt) --------------------------------------------------------
/** Regular verb forms as PETRARCH generates them. */
function verbForms(v: string): string[] {
  if (/ee$/.test(v)) return [v + 's', v + 'd', v + 'ing'];
  if (/e$/.test(v)) return [v + 's', v + 'd', v.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(v)) return [v.slice(0, -1) + 'ies', v.slice(0, -1) + 'ied', v + 'ing'];
  if (/(ss|sh|ch|x|z)$/.test(v)) return [v + 'es', v + 'ed', v + 'ing'];
  return [v + 's', v + 'ed', v + 'ing'];
}

function firstCode(c: string): string {
  // `[042:043]` codes the active and the passive/compound reading; `[:173]` only the latter.
  const parts = c.split(':').map((x) => x.trim()).filter(Boolean);
  return parts[0] ?? '---';
}

function readVerbs(): { synsets: string[]; verbs: string[]; patterns: string[] } {
  const synsets: string[] = [];
  const verbs: string[] = [];
  const patterns: string[] = [];
  let curSyn: { name: string; words: string[]; noPlural: boolean } | null = null;
  let block = '';
  let blockCode = '---';
  const flushSyn = () => { if (curSyn) synsets.push(`${curSyn.name}\t${curSyn.words.join('|')}`); curSyn = null; };
  let inPatterns = false;
  for (const raw of read(join(dictDir, 'CAMEO.2.0.txt')).split('\n')) {
    if (raw.startsWith('~')) continue; // transformations: not used by this coder
    const line = stripComment(raw).replace(/\s+$/, '');
    if (!line.trim()) continue;
    const bm = line.match(/^---\s*(\S+)\s*\[([^\]]*)\]\s*---/);
    if (bm) { flushSyn(); inPatterns = true; block = bm[1]; blockCode = firstCode(bm[2]); continue; }
    if (!inPatterns) {
      if (line.startsWith('&')) { flushSyn(); curSyn = { name: line.trim().replace(/_$/, ''), words: [], noPlural: line.trim().endsWith('_') }; continue; }
      if (line.startsWith('+') && curSyn) {
        const w = line.slice(1).trim();
        const p = phrase(w);
        curSyn.words.push(p);
        if (!w.endsWith('_') && !curSyn.noPlural) { const ws = p.split(' '); ws[ws.length - 1] = plural(ws[ws.length - 1]); curSyn.words.push(ws.join(' ')); }
        continue;
      }
      continue;
    }
    if (line.startsWith('-')) {
      const cm = line.match(/\[([^\]]*)\]\s*$/);
      if (!cm) continue;
      const body = line.slice(1, cm.index).trim();
      const star = body.indexOf('*');
      if (star < 0) continue;
      const pre = body.slice(0, star).trim().replace(/\s+/g, ' ');
      const post = body.slice(star + 1).trim().replace(/\s+/g, ' ');
      patterns.push(`${block}\t${pre}\t${post}\t${firstCode(cm[1])}`);
      continue;
    }
    // A verb of the current block: `VERB {forms} [code]` or `+MULTI_WORD {…}`.
    const vm = line.trim().match(/^(\S+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/);
    if (!vm) continue;
    const lemmaRaw = vm[1];
    const code = vm[3] !== undefined ? firstCode(vm[3]) : blockCode;
    const explicit = vm[2] !== undefined ? vm[2].trim().split(/\s+/).filter(Boolean) : null;
    const multi = lemmaRaw.includes('+') || lemmaRaw.includes('_');
    const lemma = phrase(lemmaRaw.replace(/\+/g, ''));
    let forms: string[];
    if (explicit) forms = explicit.map((f) => phrase(f.replace(/\+/g, '')));
    else if (multi) {
      // Inflect the word marked with '+' (or the first word).
      const ws = lemmaRaw.replace(/^_+|_+$/g, '').split('_');
      let k = ws.findIndex((w) => w.startsWith('+'));
      if (k < 0) k = 0;
      const base = ws[k].replace('+', '').toLowerCase();
      forms = verbForms(base).map((f) => ws.map((w, j) => (j === k ? f : w.replace('+', '').toLowerCase())).join(' '));
    } else forms = verbForms(lemma);
    verbs.push(`${lemma}\t${block}\t${code}\t${[...new Set(forms)].filter((f) => f !== lemma).join('|')}`);
  }
  flushSyn();
  return { synsets, verbs, patterns };
}

// ---- CAMEO → PLOVER -------------------------------------------------------------------------
function readPlover(): string[] {
  const rows: string[] = [];
  const seen = new Set<string>();
  for (const raw of read(join(data, 'events/plover/CAMEO2PLOVER-2021.txt')).split('\n')) {
    const m = stripComment(raw).match(/^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,]*?)\s*(?:,|$)/);
    if (!m || seen.has(m[1])) continue;
    seen.add(m[1]);
    rows.push(`${m[1]}\t${m[2]}\t${m[3].trim()}`);
  }
  return rows.sort();
}

// ---- write ---------------------------------------------------------------------------------
mkdirSync(out, { recursive: true });
const actorFiles: [string, string][] = [['Phoenix.Countries.actors.txt', 'C'], ['Phoenix.International.actors.txt', 'I'], ['Phoenix.MilNonState.actors.txt', 'M']];
const actorLines: string[] = [];
for (const [f, tag] of actorFiles) {
  for (const r of readActors(f, tag)) actorLines.push(`${tag}\t${[...new Set(r.names)].join('|')}\t${r.codes.join(' ')}`);
}
const header = (what: string) => `# ${what}\n# Converted by scripts/petrarch-convert.ts from the PETRARCH2 dictionaries (MIT, Open Event Data Alliance); see LICENSE and README.md.\n`;
writeFileSync(join(out, 'actors.tsv'), header('Actors: file tag (C countries, I international, M non-state armed) TAB names (|) TAB codes (CODE or CODE@from/to, space-separated; undated codes are defaults)') + actorLines.join('\n') + '\n');
writeFileSync(join(out, 'agents.tsv'), header('Agents: phrase TAB code TAB pre|post (where the agent code goes relative to the actor code)') + readAgents().join('\n') + '\n');
const v = readVerbs();
writeFileSync(join(out, 'verbs.tsv'), header('Verbs: S synset TAB words (|); V lemma TAB block TAB CAMEO code (--- = none) TAB other forms (|); P block TAB pre-verb TAB post-verb TAB code') +
  [...v.synsets.map((s) => `S\t${s}`), ...v.verbs.map((s) => `V\t${s}`), ...v.patterns.map((s) => `P\t${s}`)].join('\n') + '\n');
writeFileSync(join(out, 'cameo-plover.tsv'), '# CAMEO code TAB PLOVER 2021 category TAB mode (from CAMEO2PLOVER-2021, PLOVER manual draft 0.8, P. Schrodt)\n' + readPlover().join('\n') + '\n');
writeFileSync(join(out, 'LICENSE'), readFileSync(join(data, 'events/petrarch/LICENSE')));
console.log(`actors ${actorLines.length}, verbs ${v.verbs.length}, patterns ${v.patterns.length}, synsets ${v.synsets.length}`);
