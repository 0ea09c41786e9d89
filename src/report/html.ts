import type { Doc, SpanRef } from '../model/types.js';
import { layer } from '../model/doc.js';
import { summarize } from './summary.js';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&#39;'));
}

interface Mark { start: number; end: number; cls: string; title: string }

/**
 * A self-contained HTML page for one or more documents: the article text with
 * entities, quotes, cues and times highlighted, and the summary tables.
 *
 * Safety: every piece of article content is escaped, and the page carries a
 * Content-Security-Policy that allows no script at all, so hostile article
 * content can never execute.
 */
export function renderHtml(docs: readonly Doc[]): string {
  const body = docs.map(renderDoc).join('\n<hr>\n');
  const title = docs.length === 1 ? summarize(docs[0]).title : `${docs.length} articles`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph — ${escapeHtml(title)}</title>
<style>${CSS}</style></head>
<body>
${body}
</body></html>
`;
}

function renderDoc(doc: Doc): string {
  const s = summarize(doc);
  const meta = s.meta.map((m) => `<dt>${escapeHtml(m.label)}</dt><dd>${escapeHtml(m.value)}</dd>`).join('');
  const parts: string[] = [];
  parts.push(`<article><h1>${escapeHtml(s.title)}</h1><dl class="meta">${meta}</dl>`);
  if (s.voice) parts.push(`<p class="voice">Outlet's own voice: ${Math.round(s.voice.outlet * 100)}% · attributed: ${Math.round(s.voice.attributed * 100)}%</p>`);
  parts.push(`<div class="legend"><span class="ent">entity</span> <span class="cue">cue</span> <span class="src">source</span> <span class="content">content</span> <span class="tx">time</span> <span class="bp">boilerplate</span> <span class="fr">framing</span></div>`);
  parts.push(`<section class="text">${highlight(doc)}</section>`);
  if (s.entities.length) {
    parts.push('<h2>Who</h2><table><tr><th>entity</th><th>type</th><th>knowledge base</th><th>mentions</th></tr>' +
      s.entities.map((e) => `<tr><td>${escapeHtml(e.name)}</td><td>${escapeHtml(e.type)}</td><td>${escapeHtml(e.kb ?? '')}</td><td>${escapeHtml(e.mentions.join(' · '))}</td></tr>`).join('') + '</table>');
  }
  if (s.statements.length) {
    parts.push('<h2>Who said what</h2><table><tr><th>speaker</th><th>cue</th><th>kind</th><th>content</th><th>sentence</th></tr>' +
      s.statements.map((st) => `<tr><td>${escapeHtml(st.speaker)}${st.source ? ` <small>(“${escapeHtml(st.source)}”${st.inferred ? `, <span title="${escapeHtml(st.evidence.join('; '))}">inferred</span>` : ''})</small>` : ''}</td>` +
        `<td>${escapeHtml(st.cue)}</td><td>${escapeHtml(st.kind)} ${escapeHtml(st.sourceKind)}</td><td>${escapeHtml(st.content)}</td>` +
        `<td><small>${escapeHtml(st.sentence)} <span class="off">@${st.start}–${st.end}</span></small></td></tr>`).join('') + '</table>');
  }
  if (s.events.length) {
    parts.push('<h2>What happened</h2><table><tr><th>actor</th><th>action</th><th>target</th><th>status</th><th>where</th><th>when</th><th>evidence</th></tr>' +
      s.events.map((e) => `<tr><td>${escapeHtml(e.source)}</td><td>${e.negated ? 'NOT ' : ''}${escapeHtml(e.category)} <small>CAMEO ${escapeHtml(e.cameo)}</small></td><td>${escapeHtml(e.target)}</td><td>${escapeHtml(e.status)}${e.speaker ? ` <small>(${escapeHtml(e.speaker)})</small>` : ''}</td><td>${escapeHtml(e.place ?? '')}</td><td>${escapeHtml(e.time ?? '')}</td><td>${escapeHtml(e.evidence)}</td></tr>`).join('') + '</table>');
  }
  if (s.times.length) {
    parts.push('<h2>When</h2><table><tr><th>expression</th><th>type</th><th>value</th><th>why</th></tr>' +
      s.times.map((t) => `<tr><td>${escapeHtml(t.text)}</td><td>${escapeHtml(t.type)}</td><td>${escapeHtml(t.value)}</td><td>${escapeHtml(t.reason ?? '')}</td></tr>`).join('') + '</table>');
  }
  if (s.framing) parts.push(framingHtml(s.framing));
  if (s.messages.length) {
    parts.push('<h2>Messages</h2><ul>' + s.messages.map((m) => `<li>${escapeHtml(m.severity)}: ${escapeHtml(m.message)} <small>${escapeHtml(m.rule)}</small></li>`).join('') + '</ul>');
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** The framing section: counts by label and voice, outlet share, tone, spans, most loaded statements. */
function framingHtml(f: NonNullable<ReturnType<typeof summarize>['framing']>): string {
  const counts = (r: Record<string, number>) => Object.entries(r).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${escapeHtml(k)} ${n}`).join(' · ') || 'none';
  const d = f.tone.document;
  const rows = f.spans.filter((x) => x.confidence >= 0.5).map((x) => `<tr><td>${escapeHtml(x.text)}</td><td>${escapeHtml(x.label)}</td><td>${escapeHtml(x.voice)}${x.speaker ? ` (${escapeHtml(x.speaker)})` : ''}</td><td>${x.confidence.toFixed(2)}</td></tr>`).join('');
  const loaded = f.mostLoaded.map((m) => `<tr><td>${escapeHtml(m.speakerName)}</td><td>${m.spans}</td><td>${m.tone.toFixed(2)}</td><td>${escapeHtml(m.text)}</td></tr>`).join('');
  const speakers = f.tone.speakers.map((s) => `${escapeHtml(s.speakerName)} ${s.tone.toFixed(2)}`).join(' · ');
  return `<h2>Framing</h2><p>By label: ${counts(f.byLabel)}<br>By voice: ${counts(f.byVoice)}` +
    (f.outletShare !== null ? `<br>Outlet's own voice: ${Math.round(f.outletShare * 100)}% of the text` : '') +
    `<br>Tone (AFINN-165, positive − negative per 100 words): ${d.tone.toFixed(2)}${speakers ? ` · by speaker: ${speakers}` : ''}</p>` +
    (rows ? `<table><tr><th>span</th><th>label</th><th>voice</th><th>confidence</th></tr>${rows}</table>` : '') +
    (loaded ? `<h3>Most loaded statements</h3><table><tr><th>speaker</th><th>spans</th><th>tone</th><th>content</th></tr>${loaded}</table>` : '');
}

function ref(v: unknown): SpanRef | undefined {
  return v && typeof v === 'object' && 'start' in (v as object) ? (v as SpanRef) : undefined;
}

/** The text split at every annotation boundary; each piece carries the classes of the marks covering it. */
function highlight(doc: Doc): string {
  const marks: Mark[] = [];
  for (const b of layer(doc, 'boilerplate')) marks.push({ start: b.start, end: b.end, cls: 'bp', title: `boilerplate (${b.label ?? ''})` });
  for (const m of layer(doc, 'mentions')) marks.push({ start: m.start, end: m.end, cls: 'ent', title: `${m.label ?? ''} ${String(m.attrs.entity ?? '')}` });
  for (const f of layer(doc, 'framing')) if (typeof f.attrs.confidence !== 'number' || f.attrs.confidence >= 0.5) marks.push({ start: f.start, end: f.end, cls: 'fr', title: `${f.label ?? ''} (${String(f.attrs.voice ?? '')})` });
  for (const t of layer(doc, 'timexes')) marks.push({ start: t.start, end: t.end, cls: 'tx', title: `${t.label ?? ''} ${String(t.attrs.value ?? '')}` });
  for (const st of layer(doc, 'statements')) {
    for (const [key, cls] of [['content', 'content'], ['cue', 'cue'], ['source', 'src']] as const) {
      const r = ref(st.attrs[key]);
      if (r) marks.push({ start: r.start, end: r.end, cls, title: `${key} of ${st.label ?? 'statement'}` });
    }
  }
  const text = doc.text;
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = escapeHtml(text.slice(a, b)).replace(/\n/g, '<br>');
    const covering = marks.filter((m) => m.start <= a && m.end >= b);
    if (!covering.length) { out.push(piece); continue; }
    const cls = [...new Set(covering.map((m) => m.cls))].join(' ');
    const title = covering.map((m) => m.title).join('; ');
    out.push(`<span class="${cls}" title="${escapeHtml(title)}">${piece}</span>`);
  }
  return out.join('');
}

const CSS = `body{font:16px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;color:#555}
.meta dt{font-weight:600}.meta dd{margin:0}.text{border-left:3px solid #ddd;padding-left:1rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #eee;padding:.3rem;text-align:left;vertical-align:top}
.ent{background:#e3f0ff}.cue{font-weight:700;color:#a05a00}.src{text-decoration:underline}.content{background:#fff4d6}
.tx{background:#e5f8e5}.off{color:#888}.bp{color:#999;text-decoration:line-through}.legend span{padding:0 .3rem;margin-right:.3rem}.voice{color:#555}.fr{border-bottom:2px dotted #b0208a}`;
