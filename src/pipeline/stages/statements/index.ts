/**
 * Who said what: the statements stage.
 *
 * Finds reporting cues with a token tagger learned from PolNeAR, labels each cue's
 * source and content with a cue-conditioned role tagger (both averaged perceptrons,
 * ./model.ts), then refines with rules: a missing source is taken from the cue's
 * `nsubj` when a `dep` layer is present, else inherited from the previous statement of
 * the sentence ("…reaffirmed X, saying …"); "accuses X of Y" splits target and
 * content; "described X as a “…”" keeps the quotation as content. Quotation marks are
 * paired (./quotes.ts) and each quote classed as speech, scare quote or title.
 *
 * Writes layers:
 * - `statements` (ids `st…`): span = source..content extent; label = 'direct' |
 *   'partial-direct' | 'indirect' | 'mixed'; attrs { cue, content, contentParts, source,
 *   speaker, speakerName, speakerInferred, sourceKind, cueKind, cueLemma, target? }.
 * - `quotes` (ids `q…`): every quotation; label 'speech' | 'scare' | 'title'; attrs { statement? }.
 * - `voice` (ids `v…`): sentence stretches, label 'outlet' | 'attributed'.
 *
 * Reads `paragraphs`, `sentences`, `tokens`, `pos`; optionally `dep`, `mentions`, `entities`.
 * Offsets: half-open UTF-16 into `doc.text`.
 * @module
 */
import type { Annotation, AttrValue, Doc, SpanRef } from '../../../model/types.js';
import { layer, spanRef } from '../../../model/doc.js';
import type { AnnotationDraft, Stage, StageContext } from '../../stage.js';
import { buildTokView, type TokView } from './tokview.js';
import { derive } from './features.js';
import { loadModels, tagCues, tagRoles, type RawAttribution } from './model.js';
import { cueKindOf } from './lexicon.js';
import { kindFromEntityType, kindFromText, type SourceKind } from './source-kind.js';
import { voiceSegments } from './voice.js';
import { classifyQuote } from './quote-kind.js';

/** One statement before it becomes an annotation (token ranges resolved to offsets). */
export interface Statement {
  cue: [number, number];
  source: [number, number] | null;
  content: [number, number][];
  target: [number, number] | null;
  cueLemma: string;
  /** Source inherited from another statement (not adjacent to this cue). */
  sourceInherited: boolean;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'his', 'her', 'who', 'which', 'that']);
const TARGET_OF = new Set(['accuse', 'charge', 'suspect', 'convict']);
const TARGET_FOR = new Set(['blame', 'criticize', 'criticise', 'condemn', 'fault', 'praise', 'thank', 'congratulate', 'commend', 'credit', 'slam', 'attack', 'laud']);
const DESCRIBE_AS = new Set(['describe', 'call', 'label', 'brand', 'dub', 'term', 'characterize', 'characterise', 'portray', 'cast']);

export const statementsStage: Stage = {
  name: 'statements',
  version: '1',
  requires: ['paragraphs', 'sentences', 'tokens', 'pos'],
  optional: ['dep', 'mentions', 'entities'],
  assigns: ['statements', 'quotes', 'voice'],
  init() { loadModels(); },
  run(doc: Doc, ctx: StageContext): AnnotationDraft[] {
    const v = buildTokView(doc);
    const d = derive(v);
    const m = loadModels();
    const raw = tagRoles(v, d, tagCues(v, d, m.cue), m.role);
    const stmts = refine(v, raw);
    return toAnnotations(doc, v, stmts, ctx);
  },
};

/** Rule refinements over the learned output (see the module comment). Exported for tests. */
export function refine(v: TokView, raw: RawAttribution[]): Statement[] {
  const out: Statement[] = [];
  for (const r of raw) {
    let content = r.content.filter(([a, b]) => hasWord(v, a, b));
    if (!content.length) continue;
    let target: [number, number] | null = null;
    let source = r.source;
    let inherited = false;
    // With a parse: the subject of the cue's head when the tagger found none.
    if (!source && v.head && v.deprel) source = subjectOf(v, r.cue);
    // Without one: a participle or coordinated cue shares the previous statement's source.
    if (!source) {
      const prev = out[out.length - 1];
      if (prev && prev.source && v.sent[prev.cue[0]] === v.sent[r.cue[0]] && prev.cue[1] < r.cue[0]) { source = prev.source; inherited = true; }
    }
    // "accuses X of Y": X is the target, Y the content.
    const lemma = r.cueLemma;
    if ((TARGET_OF.has(lemma) || TARGET_FOR.has(lemma)) && content[0][0] === r.cue[1] + 1) {
      const [a, b] = content[0];
      const prep = TARGET_OF.has(lemma) ? 'of' : 'for';
      for (let i = a + 1; i < b; i++) {
        if (v.lower[i] === prep) {
          target = [a, i - 1];
          // Gratitude and praise keep the addressee in the content ("thanked Kim for …").
          if (TARGET_OF.has(lemma)) content = [[i + 1, b], ...content.slice(1)];
          break;
        }
        if (v.pos[i] === 'VERB' || v.word[i] === ',') break;
      }
    }
    // "described X as a “…”": the quotation is the content.
    if (DESCRIBE_AS.has(lemma) && content.length === 1) {
      const [a, b] = content[0];
      for (let i = a; i < b; i++) {
        if (v.lower[i] !== 'as') continue;
        let j = i + 1;
        while (j <= b && v.mark[j] !== 1 && j - i <= 3) j++;
        if (j <= b && v.mark[j] === 1) {
          let e = j;
          const q = v.quote[j];
          while (e + 1 <= b && v.quote[e + 1] === q) e++;
          // The closing mark may follow the final full stop outside the tagged run.
          while (e + 1 < v.n && v.quote[e + 1] === q) e++;
          content = [[j, e]];
        }
        break;
      }
    }
    out.push({ cue: r.cue, source, content, target, cueLemma: lemma, sourceInherited: inherited });
  }
  return out;
}

function hasWord(v: TokView, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (v.shape[i] !== 'p') return true;
  return false;
}

/** The `nsubj`/`nsubj:pass` subtree of the cue's head, as a token range. */
function subjectOf(v: TokView, cue: [number, number]): [number, number] | null {
  const head = v.head!, rel = v.deprel!;
  let h = cue[1];
  for (let i = cue[0]; i <= cue[1]; i++) if (head[i] < cue[0] || head[i] > cue[1]) { h = i; break; }
  // A participle ("…, saying") or conjunct takes its governor's subject.
  for (let hop = 0; hop < 3; hop++) {
    for (let i = 0; i < v.n; i++) {
      if (head[i] === h && (rel[i] === 'nsubj' || rel[i] === 'nsubj:pass')) {
        let lo = i, hi = i;
        for (let j = 0; j < v.n; j++) {
          let k = j, steps = 0;
          while (k >= 0 && k !== i && steps < 20) { k = head[k]; steps++; }
          if (k === i) { if (j < lo) lo = j; if (j > hi) hi = j; }
        }
        return [lo, hi];
      }
    }
    if ((rel[h] === 'advcl' || rel[h] === 'conj' || rel[h] === 'xcomp') && head[h] >= 0) h = head[h]; else break;
  }
  return null;
}

function ref(doc: Doc, v: TokView, a: number, b: number): SpanRef {
  return spanRef(doc.text, v.start[a], v.end[b]);
}

function toAnnotations(doc: Doc, v: TokView, stmts: Statement[], ctx: StageContext): AnnotationDraft[] {
  const text = doc.text;
  const out: AnnotationDraft[] = [];
  const mentions = layer(doc, 'mentions');
  const entities = new Map<string, Annotation>();
  for (const e of layer(doc, 'entities')) entities.set(e.id, e);
  const speechQuotes = new Set<number>();
  const contentSpans: { start: number; end: number; id: string }[] = [];
  const names: string[] = [];
  for (const s of stmts) {
    const id = ctx.newId('st');
    const parts = s.content.map(([a, b]) => ref(doc, v, a, b));
    const cStart = parts[0].start, cEnd = parts[parts.length - 1].end;
    const cue = ref(doc, v, s.cue[0], s.cue[1]);
    const source = s.source ? ref(doc, v, s.source[0], s.source[1]) : null;
    const start = Math.min(cStart, cue.start, source && !s.sourceInherited ? source.start : Infinity);
    const end = Math.max(cEnd, cue.end, source && !s.sourceInherited ? source.end : -Infinity);
    // Kind from the quotations inside the content.
    let quoted = 0, total = 0, startsQuoted = false;
    for (const [a, b] of s.content) {
      for (let i = a; i <= b; i++) {
        if (v.shape[i] === 'p') continue;
        total++;
        if (v.quote[i] >= 0) { quoted++; speechQuotes.add(v.quote[i]); if (i === a || (i === a + 1 && v.mark[a] === 1)) startsQuoted = true; }
      }
    }
    const label = quoted === 0 ? 'indirect' : quoted >= total * 0.9 ? (startsQuoted || v.mark[s.content[0][0]] === 1 ? 'direct' : 'partial-direct')
      : startsQuoted ? 'mixed' : 'partial-direct';
    // Speaker: the mention inside the source (entity id), else a name found by rule.
    let speaker: string | null = null, speakerInferred = s.sourceInherited, sourceKind: SourceKind = 'unknown';
    let speakerName: string | null = null;
    if (source) {
      const m = pickMention(mentions, source.start, source.end);
      if (m) {
        speaker = (m.attrs.entity as string) ?? null;
        speakerInferred ||= m.attrs.kind === 'pronoun' || m.attrs.inferred === true;
        const ent = speaker ? entities.get(speaker) : undefined;
        speakerName = ent ? String(ent.attrs.name ?? ent.text) : m.text;
        sourceKind = kindFromEntityType(m.label ?? '', m.text);
      }
      const words = [], tags = [];
      for (let i = s.source![0]; i <= s.source![1]; i++) { words.push(v.lower[i]); tags.push(v.pos[i]); }
      const byText = kindFromText(source.text, words, tags, doc.meta.outlet);
      if (sourceKind === 'unknown' || byText === 'vague' || byText === 'anonymous' || byText === 'outlet') sourceKind = byText;
      if (!m) {
        const r = nameByRule(v, s.source!, names);
        speakerName = r.name;
        speakerInferred ||= r.inferred;
      }
    }
    if (speakerName) names.push(speakerName);
    const cueText = cue.text.toLowerCase();
    const cueKind = cueKindOf(s.cueLemma) ?? (cueText.startsWith('according') ? 'assertion' : 'other');
    const attrs: Record<string, AttrValue> = {
      cue, content: spanRef(text, cStart, cEnd), contentParts: parts, source, speaker, speakerName, speakerInferred,
      sourceKind, cueKind, cueLemma: cueText.startsWith('according') ? 'according to' : s.cueLemma,
    };
    if (s.target) attrs.target = ref(doc, v, s.target[0], s.target[1]);
    out.push({ id, layer: 'statements', start, end, text: text.slice(start, end), label, attrs });
    for (const p of parts) contentSpans.push({ start: p.start, end: p.end, id });
  }
  // Quotes.
  v.quotes.forEach((q, qi) => {
    const owner = contentSpans.find((c) => c.start < q.end && c.end > q.start);
    const label = owner || speechQuotes.has(qi) ? 'speech' : classifyQuote(text, q, v);
    const attrs: Record<string, AttrValue> = owner ? { statement: owner.id } : {};
    if (q.open) attrs.open = true;
    out.push({ id: ctx.newId('q'), layer: 'quotes', start: q.start, end: q.end, text: text.slice(q.start, q.end), label, attrs });
  });
  // Voice.
  for (const seg of voiceSegments(text, layer(doc, 'sentences'), contentSpans)) {
    out.push({ id: ctx.newId('v'), layer: 'voice', start: seg.start, end: seg.end, text: text.slice(seg.start, seg.end), label: seg.label, attrs: {} });
  }
  return out;
}

/** The mention that best stands for a source span: one starting it, else a person, else the first non-demonym. */
function pickMention(mentions: readonly Annotation[], start: number, end: number): Annotation | undefined {
  let best: Annotation | undefined, bestScore = -1;
  for (const m of mentions) {
    if (m.start >= end) break;
    if (m.end <= start) continue;
    let score = 1;
    if (m.attrs.kind === 'demonym') score = 0;
    if (m.start === start) score += 2;
    if ((m.label ?? '').startsWith('PER')) score += 1;
    if (score > bestScore) { best = m; bestScore = score; }
  }
  return best;
}

/**
 * Without entities: the longest run of proper nouns in the source; a pronoun takes the
 * previous statement's speaker; a single surname takes the fuller earlier name it is part of.
 */
function nameByRule(v: TokView, src: [number, number], earlier: string[]): { name: string | null; inferred: boolean } {
  const [a, b] = src;
  if (a === b && PRONOUNS.has(v.lower[a])) return { name: earlier.length ? earlier[earlier.length - 1] : null, inferred: true };
  let best: [number, number] | null = null;
  for (let i = a; i <= b; i++) {
    if (v.pos[i] !== 'PROPN') continue;
    let j = i;
    while (j + 1 <= b && v.pos[j + 1] === 'PROPN') j++;
    if (!best || j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  if (!best) return { name: null, inferred: false };
  const name = v.word.slice(best[0], best[1] + 1).join(' ');
  if (best[0] === best[1]) {
    const full = longestEarlierContaining(v, v.word[best[0]], v.start[best[0]]);
    if (full) return { name: full, inferred: false };
  }
  return { name, inferred: false };
}

function longestEarlierContaining(v: TokView, word: string, before: number): string | null {
  let best: string | null = null;
  for (let i = 0; i < v.n && v.start[i] < before; i++) {
    if (v.pos[i] !== 'PROPN') continue;
    let j = i;
    while (j + 1 < v.n && v.pos[j + 1] === 'PROPN') j++;
    if (j > i) {
      for (let k = i; k <= j; k++) {
        if (v.word[k] === word) {
          const s = v.word.slice(i, j + 1).join(' ');
          if (!best || s.length > best.length) best = s;
          break;
        }
      }
    }
    i = j;
  }
  return best;
}
