import * as chrono from 'chrono-node';
import type { AttrValue, Doc } from '../../../model/types.js';
import type { AnnotationDraft, Stage, StageContext, StageOutput } from '../../stage.js';
import { parseIsoDay, type CalPoint } from './calendar.js';
import { matchSentence, type MatchCtx } from './matchers.js';
import { dropOverlaps, extendModifiers, mergeAdjacent } from './refiners.js';
import { resolve, type RefTime } from './resolve.js';
import { tenseAt, type TTok } from './tense.js';
import { docView } from '../../../model/view.js';
import type { Cand } from './types.js';

/**
 * Temporal expressions (TIMEX3): found per sentence by the matchers in `matchers.ts`
 * (plus chrono-node for numeric date formats), refined (modifiers, overlaps), then
 * normalised in document order against the publication date (`doc.meta.publishedAt`,
 * the DCT) and the narrative's reference time (see `resolve.ts`).
 *
 * Requires `sentences`, `tokens`, `pos`; reads `dep` when present (the governing verb's tense).
 * Writes layer `timexes` (ids `tx…`; label DATE | TIME | DURATION | SET; attrs `value`
 * (TIMEX3 value), `mod?`, `quant?`, `freq?`, `anchor` ('dct' | timex id | null), `stated`
 * and `inferred` (lists of calendar fields), `reason`, `rule`).
 * Offsets: half-open UTF-16 into `doc.text`.
 */
export const timexStage: Stage = {
  name: 'timex',
  version: '1',
  requires: ['sentences', 'tokens', 'pos'],
  optional: ['dep'],
  assigns: ['timexes'],
  languages: ['en'],
  run(doc: Doc, ctx: StageContext): StageOutput {
    return findTimexes(doc, ctx);
  },
};

/** The DCT of a document: `meta.publishedAt`, else the `published` run option. */
export function documentDct(doc: Doc, options: Readonly<Record<string, unknown>> = {}): CalPoint | null {
  return parseIsoDay(doc.meta.publishedAt) ?? parseIsoDay(typeof options.published === 'string' ? options.published : undefined);
}

function findTimexes(doc: Doc, ctx: StageContext): StageOutput {
  const text = doc.text;
  const dct = documentDct(doc, ctx.options);
  const v = docView(doc);
  const tokens = v.tokens, upos = v.upos, head = v.head;
  const hasDep = v.hasDep;

  const perSentence: { cands: Cand[]; toks: TTok[] }[] = [];
  const sentences = v.sentences;
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si];
    const first = v.sentFirst[si], last = v.sentEnd[si];
    const toks: TTok[] = [];
    for (let k = first; k < last; k++) {
      const t = tokens[k];
      const tt: TTok = { start: t.start, end: t.end, text: t.text, pos: upos[k] };
      // Heads inside the sentence, as sentence-local indices.
      if (hasDep && head[k] >= first && head[k] < last) tt.head = head[k] - first;
      toks.push(tt);
    }
    const s = text.slice(sent.start, sent.end);
    const base = sent.start;
    const mc: MatchCtx = { s, base, posAt: (rel) => posAtOffset(toks, base + rel) };
    let cands = matchSentence(mc);
    cands.push(...chronoCandidates(s, sent.start, dct));
    cands = mergeAdjacent(text, dropOverlaps(extendModifiers(text, cands)));
    perSentence.push({ cands, toks });
  }

  const out: AnnotationDraft[] = [];
  let ref: RefTime | null = null;
  let quarter: RefTime | null = null;
  for (const { cands, toks } of perSentence) {
    for (const c of cands) {
      // "effective Feb. 1": a date something takes effect on lies ahead.
      // "since May": the starting point lies behind.
      const before = text.slice(Math.max(0, c.start - 12), c.start);
      const since = /\bsince\s+$/i.test(before);
      const tense = /\beffective\s+$/i.test(before) ? 'FUTURE' : since ? 'PAST' : tenseAt(toks, c.start, c.end);
      const r = resolve(c, dct, ref, tense, { quarter, since });
      const id = ctx.newId('tx');
      const attrs: Record<string, AttrValue> = {
        value: r.value,
        anchor: r.anchor,
        stated: r.stated,
        inferred: r.inferred,
        reason: r.reason,
        rule: c.rule,
      };
      if (c.mod) attrs.mod = c.mod;
      if (r.quant) attrs.quant = r.quant;
      if (r.freq) attrs.freq = r.freq;
      if (tense) attrs.tense = tense;
      out.push({ id, layer: 'timexes', start: c.start, end: c.end, text: text.slice(c.start, c.end), label: c.type, attrs });
      // The reference time moves to each specific date the narrative mentions (not to vague
      // references, durations, sets, named periods or anniversaries).
      // Nor to year-ago comparison baselines ("up from $3 million a year earlier"), which the
      // narrative does not move to.
      const baseline = c.sem.k === 'rel' && c.sem.unit === 'Y' && c.sem.n < 0 && (r.point?.gran === 'Q' || /year-ago|quarter-year-ago/.test(c.rule));
      if (r.point && !baseline && (c.type === 'DATE' || c.type === 'TIME') && c.sem.k !== 'fixed' && c.sem.k !== 'anniv') {
        ref = { point: r.point, id, at: c.start };
        if (r.point.gran === 'Q' && c.sem.k === 'abs') quarter = ref;
      }
    }
  }
  const messages: StageOutput['messages'] = [];
  if (!dct && out.some((a) => (a.attrs?.value as string).includes('X') && a.label !== 'DURATION' && a.label !== 'SET')) {
    messages.push({ rule: 'timex/no-dct', severity: 'warning', message: 'no publication date: relative dates are left unresolved (X in their values)' });
  }
  return { annotations: out, messages };
}

const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;

/**
 * chrono-node for numeric date formats the matchers do not cover ("2024-06-03", "6/3/2024"):
 * chrono's `isCertain` gives which fields the text stated.
 */
function chronoCandidates(s: string, base: number, dct: CalPoint | null): Cand[] {
  if (!NUMERIC_DATE.test(s)) return []; // cheap pre-check: chrono is slow, and only numeric dates need it
  const refDate = dct ? new Date(Date.UTC(dct.y, dct.m! - 1, dct.d!)) : new Date(0);
  const out: Cand[] = [];
  for (const r of chrono.strict.parse(s, refDate)) {
    if (!NUMERIC_DATE.test(r.text)) continue;
    const st = r.start;
    if (!st.isCertain('month') || !st.isCertain('day')) continue;
    const y = st.isCertain('year') ? st.get('year') ?? undefined : undefined;
    const m = st.get('month') ?? undefined;
    const d = st.get('day') ?? undefined;
    if (m === undefined || d === undefined) continue;
    // Version numbers, scores and ranges ("3.5.1", "2-1") are not dates: require a year or a slash form.
    if (y === undefined && !/\//.test(r.text)) continue;
    out.push({ start: base + r.index, end: base + r.index + r.text.length, type: 'DATE', sem: y !== undefined ? { k: 'abs', gran: 'D', y, m, d } : { k: 'abs', gran: 'D', m, d }, rule: 'chrono-numeric', prio: 2 });
  }
  return out;
}

/** UPOS of the token starting at `offset` (binary search over the sentence's tokens). */
function posAtOffset(toks: readonly TTok[], offset: number): string | undefined {
  let lo = 0, hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const st = toks[mid].start;
    if (st === offset) return toks[mid].pos;
    if (st < offset) lo = mid + 1; else hi = mid - 1;
  }
  return undefined;
}
