/**
 * The framing stage: how an article frames what it reports, and in whose voice.
 *
 * Writes the `framing` layer (ids `fr…`), one annotation per finding; label is one of
 * - the 14 SemEval-2020 Task 11 techniques (./techniques.ts), found by the span tagger
 *   and technique classifier trained on PTC, plus cue spans of ./lexicons/technique-cues.json
 *   named by the classifier (./learned.ts, ./cues.ts; attrs `confidence`, `alternative`,
 *   `alternativeConfidence`);
 * - `scare-quotes` (./scare.ts; attrs `quote`, `why`);
 * - `vague-sourcing` (./vague.ts; attrs `how`);
 * - `contested-term` (./contested.ts; attrs `term`, `competesWith`, `usageOf`, `conflict`, `termKind`);
 * - `authorial-adoption` (./adoption.ts; attrs `frame`, `usageOf`, and `paraphraseOf` /
 *   `paraphraseOfName` when the words paraphrase someone's claim): the outlet's own wording.
 * Every annotation has attrs `voice` ('quoted' | 'attributed' | 'outlet'), and when known
 * `statement`, `speaker` (entity id) and `speakerName` (./voice.ts), and `how`
 * ('model' | 'lexicon' | 'pattern' | 'statement' | 'quotes').
 *
 * Requires `paragraphs`, `sentences`, `tokens`, `pos`; reads `dep`, `statements`,
 * `quotes`, `voice` when present. Offsets: half-open UTF-16 into `doc.text`.
 * Linear in the text: the rules are single regular-expression scans, quotation and
 * statement lookups are binary searches.
 * @module
 */
import type { AttrValue, Doc } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';
import type { AnnotationDraft, Stage, StageContext } from '../../stage.js';
import { buildTokView } from '../statements/tokview.js';
import { loadFramingModel } from './model.js';
import { findTechniques } from './learned.js';
import { findContested } from './contested.js';
import { findCues } from './cues.js';
import { findVague } from './vague.js';
import { findScare } from './scare.js';
import { findAdoptionPatterns, LEARNED_MIN } from './adoption.js';
import { VoiceIndex } from './voice.js';

const LOADED = new Set(['Loaded_Language', 'Name_Calling,Labeling']);

export const framingStage: Stage = {
  name: 'framing',
  version: '1',
  requires: ['paragraphs', 'sentences', 'tokens', 'pos'],
  optional: ['dep', 'statements', 'quotes', 'voice', 'boilerplate'],
  assigns: ['framing'],
  // English model and lexicons.
  languages: ['en'],
  init() { loadFramingModel(); },
  run(doc: Doc, ctx: StageContext): AnnotationDraft[] {
    const text = doc.text;
    const model = loadFramingModel();
    const voices = new VoiceIndex(doc);
    const bp = layer(doc, 'boilerplate');
    const inBoilerplate = boilerplateTest(bp);
    const drafts: AnnotationDraft[] = [];
    const add = (start: number, end: number, label: string, attrs: Record<string, AttrValue>) => {
      if (end <= start || inBoilerplate(start)) return;
      const v = voices.of(start, end, label !== 'vague-sourcing');
      drafts.push({ id: '', layer: 'framing', start, end, text: text.slice(start, end), label, attrs: { ...attrs, ...v } });
    };

    const techniques = findTechniques(buildTokView(doc), text, model, findCues(text));
    for (const t of techniques) add(t.start, t.end, t.technique, { how: t.how, confidence: t.confidence, alternative: t.alternative, alternativeConfidence: t.alternativeConfidence });

    const contested = findContested(text);
    for (const c of contested) {
      const e = c.entry;
      add(c.start, c.end, 'contested-term', { how: 'lexicon', term: e.term, competesWith: e.competesWith, usageOf: e.usageOf, conflict: e.conflict, termKind: e.kind, confidence: 1 });
    }
    for (const h of findVague(text, layer(doc, 'statements'))) add(h.start, h.end, 'vague-sourcing', { how: h.how, confidence: h.how === 'pattern' ? 0.9 : 0.7 });

    // A quotation wraps a term when its inside is a contested term or a confident loaded-language span.
    const termStarts = new Map<number, number>();
    for (const c of contested) termStarts.set(c.start, c.end);
    for (const t of techniques) if (LOADED.has(t.technique)) termStarts.set(t.start, Math.max(t.end, termStarts.get(t.start) ?? 0));
    const isTerm = (s: number, e: number) => termStarts.get(s) === e;
    for (const q of findScare(text, layer(doc, 'quotes'), isTerm)) add(q.start, q.end, 'scare-quotes', { how: 'quotes', quote: q.quote, why: q.why, confidence: q.why === 'short-unattributed' ? 0.6 : 0.9 });

    // Authorial adoption: one-sided wording that is the outlet's own — its assertions, or its
    // paraphrase of a claim (an indirect statement's words are the outlet's choice) — never
    // inside quotation marks (quoting, even scare-quoting, keeps the wording at a distance).
    const quotes = layer(doc, 'quotes');
    const insideQuote = (at: number) => {
      let lo = 0, hi = quotes.length;
      while (lo < hi) { const m = (lo + hi) >> 1; if (quotes[m].end <= at) lo = m + 1; else hi = m; }
      for (let k = lo; k < quotes.length && quotes[k].start <= at; k++) if (quotes[k].end > at) return true;
      return false;
    };
    const adopt = (start: number, end: number, attrs: Record<string, AttrValue>, paraphraseToo: boolean) => {
      if (inBoilerplate(start) || insideQuote(start) || insideQuote(end - 1)) return;
      const v = voices.of(start, end);
      if (v.voice === 'quoted' || (v.voice === 'attributed' && !paraphraseToo)) return;
      const within: Record<string, AttrValue> = v.voice === 'attributed' ? { paraphraseOf: v.statement ?? null, ...(v.speakerName ? { paraphraseOfName: v.speakerName } : {}) } : {};
      drafts.push({ id: '', layer: 'framing', start, end, text: text.slice(start, end), label: 'authorial-adoption', attrs: { ...attrs, ...within, voice: 'outlet' } });
    };
    for (const a of findAdoptionPatterns(text)) adopt(a.start, a.end, { how: 'pattern', frame: a.frame, usageOf: a.usageOf, confidence: 0.8 }, true);
    for (const c of contested) if (c.entry.oneSided) adopt(c.start, c.end, { how: 'lexicon', frame: `uses ${c.entry.usageOf}'s term "${c.entry.term}" (competes with ${c.entry.competesWith})`, usageOf: c.entry.usageOf, confidence: 0.9 }, true);
    for (const t of techniques) if (t.how === 'model' && LOADED.has(t.technique) && t.confidence >= LEARNED_MIN) adopt(t.start, t.end, { how: 'model', frame: `${t.technique} in the outlet's voice`, usageOf: 'the outlet', confidence: t.confidence }, false);

    drafts.sort((a, b) => a.start - b.start || a.end - b.end || (a.label! < b.label! ? -1 : 1));
    for (const d of drafts) d.id = ctx.newId('fr');
    return drafts;
  },
};

/** Whether an offset lies in a boilerplate block (binary search over the sorted layer). */
function boilerplateTest(bp: Doc['layers'][string]): (at: number) => boolean {
  return (at) => {
    let lo = 0, hi = bp.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (bp[m].end <= at) lo = m + 1; else hi = m; }
    return lo < bp.length && bp[lo].start <= at;
  };
}
