import type { Doc } from '../model/types.js';
import { summarize, type DocSummary } from './summary.js';
import { visibleDeep } from './terminal-safe.js';

/** Options for the terminal report. */
export interface TextReportOptions { color?: boolean }

const codes = { bold: [1, 22], dim: [2, 22], cyan: [36, 39], yellow: [33, 39], green: [32, 39], magenta: [35, 39], red: [31, 39] } as const;
type Style = keyof typeof codes;

/**
 * Renders a report a person reads at a terminal (ANSI colour when `color`). Every string taken
 * from the document is shown with its control characters made visible (src/report/terminal-safe.ts),
 * so the only escape sequences in the report are the colours added here.
 */
export function renderText(doc: Doc, opts: TextReportOptions = {}): string {
  const c = (s: Style, t: string) => (opts.color ? `\x1b[${codes[s][0]}m${t}\x1b[${codes[s][1]}m` : t);
  const s = visibleDeep(summarize(doc));
  const out: string[] = [];
  out.push(c('bold', `■ ${s.title}`));
  for (const m of s.meta) out.push(`  ${c('dim', m.label.padEnd(10))} ${m.value}`);
  out.push(`  ${c('dim', 'size'.padEnd(10))} ${s.counts.paragraphs} paragraphs, ${s.counts.sentences} sentences, ${s.counts.tokens} tokens`);
  if (s.voice) out.push(`  ${c('dim', 'voice'.padEnd(10))} outlet ${pct(s.voice.outlet)}, attributed ${pct(s.voice.attributed)}`);
  if (s.entities.length) {
    out.push('', c('cyan', 'Who'));
    for (const e of s.entities) {
      const others = e.mentions.filter((x) => x !== e.name);
      out.push(`  ${c('bold', e.name)} ${c('dim', e.type)}${e.kb ? c('dim', ` [${e.kb}]`) : ''}${others.length ? ` — ${others.map((x) => `“${x}”`).join(', ')}` : ''}`);
    }
  }
  if (s.statements.length) {
    out.push('', c('cyan', 'Who said what'));
    for (const st of s.statements) {
      // The speaker's canonical name; the source words when they differ ("he", "the company").
      const src = st.source ? c('dim', ` (“${st.source}”${st.inferred ? ', inferred' : ''})`) : '';
      out.push(`  ${c('bold', st.speaker)}${src} ${c('yellow', st.cue)} ${c('dim', `[${st.kind}${st.sourceKind ? `, ${st.sourceKind}` : ''}]`)}${st.target ? ` → ${st.target}` : ''}`);
      out.push(`    ${clip(st.content, 200)}`);
      out.push(`    ${c('dim', `@${st.start}–${st.end} ${clip(st.sentence, 240)}`)}`);
      if (st.inferred && st.evidence.length) out.push(`    ${c('dim', `why: ${st.evidence.join('; ')}`)}`);
    }
  }
  if (s.events.length) {
    out.push('', c('cyan', 'What happened'));
    for (const e of s.events) {
      const status = e.status === 'attributed' && e.speaker ? `according to ${e.speaker}` : e.status;
      out.push(`  ${c('bold', e.source)} ${c('magenta', `${e.negated ? 'NOT ' : ''}${e.category}`)} ${e.target} ${c('dim', `[CAMEO ${e.cameo}; ${status}]`)}${e.place ? ` at ${e.place}` : ''}${e.time ? ` ${c('green', e.time)}` : ''}`);
      out.push(`    ${c('dim', clip(e.evidence, 160))}`);
    }
  }
  if (s.times.length) {
    out.push('', c('cyan', 'When'));
    for (const t of s.times) out.push(`  ${c('green', t.value.padEnd(12))} ${t.text} ${c('dim', t.type)}${t.reason ? c('dim', ` — ${t.reason}`) : ''}`);
  }
  if (s.framing) out.push(...framingLines(s.framing, c));
  if (s.boilerplate.length) {
    out.push('', c('cyan', 'Boilerplate skipped'));
    for (const b of s.boilerplate) out.push(`  ${c('dim', clip(b, 120))}`);
  }
  if (s.messages.length) {
    out.push('', c('cyan', 'Messages'));
    for (const m of s.messages) out.push(`  ${c(m.severity === 'error' ? 'red' : 'yellow', m.severity)} ${m.message} ${c('dim', m.rule)}`);
  }
  return out.join('\n') + '\n';
}

/** Lines of the framing section: counts, tone, then the spans that are not low-confidence model guesses. */
function framingLines(f: NonNullable<DocSummary['framing']>, c: (s: Style, t: string) => string): string[] {
  const out = ['', c('cyan', 'Framing')];
  const counts = (r: Record<string, number>) => Object.entries(r).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(', ');
  out.push(`  ${c('dim', 'by label'.padEnd(10))} ${counts(f.byLabel) || 'none'}`);
  out.push(`  ${c('dim', 'by voice'.padEnd(10))} ${counts(f.byVoice) || 'none'}`);
  if (f.outletShare !== null) out.push(`  ${c('dim', 'outlet'.padEnd(10))} ${pct(f.outletShare)} of the text in the outlet's own voice`);
  const d = f.tone.document;
  out.push(`  ${c('dim', 'tone'.padEnd(10))} ${d.tone.toFixed(2)} (${d.positive} positive, ${d.negative} negative of ${d.words} words; AFINN-165)`);
  for (const sp of f.tone.speakers) out.push(`  ${c('dim', ''.padEnd(10))} ${sp.speakerName}: ${sp.tone.toFixed(2)} over ${sp.statements} statement${sp.statements === 1 ? '' : 's'}`);
  for (const x of f.spans.filter((x) => x.confidence >= SHOWN_MIN)) {
    out.push(`  ${c('magenta', x.label)} “${clip(x.text, 80)}” ${c('dim', `${x.voice}${x.speaker ? ` (${x.speaker})` : ''} ${x.confidence.toFixed(2)}`)}`);
  }
  if (f.mostLoaded.length) {
    out.push(`  ${c('dim', 'most loaded statements')}`);
    for (const m of f.mostLoaded) out.push(`    ${c('bold', m.speakerName)} ${c('dim', `${m.spans} spans, tone ${m.tone.toFixed(2)}`)} ${clip(m.text, 120)}`);
  }
  return out;
}

/** Model spans below this confidence are counted but not listed in the reports. */
const SHOWN_MIN = 0.5;

function pct(x: number): string { return `${Math.round(x * 100)}%`; }
function clip(s: string, n: number): string { return s.length > n ? s.slice(0, n - 1) + '…' : s; }
