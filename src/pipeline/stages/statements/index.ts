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
 * - `reportingCues` (ids `rc…`): cue relations that report no proposition (actions, speech
 *   without content, intentions, headlines; ./evidence.ts), with the same attrs as statements.
 *   PolNeAR counts them as attributions; who-said-what does not.
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
import { DEFAULT_CUE_BIAS, loadModels, tagCues, tagRoles, type RawAttribution } from './model.js';
import { cueKindOf, lemmaOf } from './lexicon.js';
import { kindFromEntityType, kindFromText, type SourceKind } from './source-kind.js';
import { voiceSegments } from './voice.js';
import { classifyQuote } from './quote-kind.js';
import { SpeakerResolver, type SpeakerResolution } from './speaker.js';
import { reportsProposition } from './evidence.js';
import { findPostposed } from './postposed.js';
import { hasQuoted, hasVerb, isParticipleAfterComma, isRelativePronoun, SUBTREE_DEPTH } from './ranges.js';
import { cutAtNextAttribution, dropSettingRuns, skipListener } from './boundaries.js';

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
/** "warned X against Y": X is the target (the one warned), Y the content. */
const TARGET_AGAINST = new Set(['warn', 'caution']);
const TARGET_FOR = new Set(['blame', 'criticize', 'criticise', 'condemn', 'fault', 'praise', 'thank', 'congratulate', 'commend', 'credit', 'slam', 'attack', 'laud']);
const TIME_ADV = new Set(['later', 'earlier', 'previously', 'recently', 'then', 'now', 'today', 'yesterday', 'again', 'first', 'subsequently', 'initially', 'once']);
const DESCRIBE_AS = new Set(['describe', 'call', 'label', 'brand', 'dub', 'term', 'characterize', 'characterise', 'portray', 'cast']);

/** Options of {@link createStatementsStage}. */
export interface StatementsStageOptions {
  /** The attribution model file (default: the committed models/attribution.bin). */
  modelPath?: string | URL;
  /** Added to the cue tagger's B score, in tenths of its largest weight (default {@link DEFAULT_CUE_BIAS}). */
  cueBias?: number;
}

/** The statements stage (layers and offsets: see the module comment) with the given model and settings. */
export function createStatementsStage(options: StatementsStageOptions = {}): Stage {
  const { modelPath, cueBias = DEFAULT_CUE_BIAS } = options;
  return {
  name: 'statements',
  version: '1',
  requires: ['paragraphs', 'sentences', 'tokens', 'pos'],
  optional: ['dep', 'mentions', 'entities'],
  assigns: ['statements', 'reportingCues', 'quotes', 'voice'],
  languages: ['en'],
  init() { loadModels(modelPath); },
  run(doc: Doc, ctx: StageContext): AnnotationDraft[] {
    const m = loadModels(modelPath);
    const v = buildTokView(doc);
    const d = derive(v);
    const raw = tagRoles(v, d, tagCues(v, d, m.cue, cueBias), m.role);
    const stmts = refine(v, raw);
    return toAnnotations(doc, v, stmts, ctx);
  },
  };
}

/** The statements stage with the committed model and settings. */
export const statementsStage: Stage = createStatementsStage();

/** Rule refinements over the learned output (see the module comment). Exported for tests. */
export function refine(v: TokView, raw: RawAttribution[]): Statement[] {
  const out: Statement[] = [];
  const cueTok = new Uint8Array(v.n);
  for (const r of raw) for (let i = r.cue[0]; i <= r.cue[1]; i++) cueTok[i] = 1;
  // Cues in text order, for "the next cue after token i".
  const byStart = raw.map((r) => r.cue[0]).sort((a, b) => a - b);
  for (const r of raw) {
    let content = r.content.filter(([a, b]) => hasWord(v, a, b));
    // "According to X, Y." / "Y, according to X.": the rest of the sentence past the comma.
    if (!content.length && v.lower[r.cue[0]] === 'according') {
      const si = sentIndex(v, r.cue[0]);
      const s0 = v.sentStart[si], s1 = v.sentStart[si + 1] - 1;
      if (r.cue[0] === s0 || (r.cue[0] === s0 + 1 && v.shape[s0] === 'p')) {
        let k = r.cue[1] + 1;
        while (k <= s1 && v.word[k] !== ',') k++;
        let e = s1;
        while (e > k && v.shape[e] === 'p' && v.mark[e] !== 2) e--;
        if (k + 1 <= e) content = [[k + 1, e]];
      } else {
        let e = r.cue[0] - 1;
        while (e > s0 && v.shape[e] === 'p' && v.mark[e] !== 2) e--;
        if (e >= s0) content = [[s0, e]];
      }
    }
    // With a parse: the cue head's clausal complement (or object) when the tagger found no content.
    if (!content.length && v.head && v.deprel) {
      const comp = childSubtree(v, r.cue, ['ccomp', 'xcomp', 'obj', 'parataxis']);
      if (comp) content = [comp];
    }
    // The role tagger can stop inside the clause it reports ("claiming the offensive | was
    // intended to …"): one content run that opens the cue head's clausal complement and ends
    // inside it runs on to the complement's end.
    if (content.length === 1 && v.head && v.deprel) {
      const comp = childSubtree(v, r.cue, ['ccomp']);
      const [a, b] = content[0];
      if (comp && a >= comp[0] && a <= comp[0] + 1 && b >= a && b < comp[1]) content = [[a, comp[1]]];
    }
    // "according to X" attributes its own sentence only: a run the tagger carried into the next
    // sentence ("… according to Mr Hale. “Buyers are …,” he said.") belongs to that sentence's cue.
    if (v.lower[r.cue[0]] === 'according') content = content.filter(([a]) => v.sent[a] === v.sent[r.cue[0]]);
    if (!content.length) continue;
    let source = r.source ? trimSource(v, r.source) : null;
    // A source never lies inside what it says: the tagger's right-side source that is the
    // content ("… and said the case should be …") gives way to the subject rules below.
    if (source && content.some(([a, b]) => source![0] <= b && a <= source![1])) source = null;
    // "A Lao official, who asked not to be named, said …": the relative pronoun is the subject of
    // the aside, not of the cue after it; the cue's source is the phrase before the aside, and the
    // aside's own content is not this cue's.
    if (source && source[0] === source[1] && isRelativePronoun(v, source[0]) && source[1] < r.cue[0] && v.word.slice(source[1] + 1, r.cue[0]).includes(',')) {
      const rel = source[0];
      source = subjectBeforeAside(v, r.cue[0]) ?? phraseOpeningSentence(v, rel - 1);
      const aside = source;
      content = content.filter(([a, b]) => !(a > (aside ? aside[1] : -1) && b < r.cue[0]));
      if (!content.length) continue;
    }
    // Roles swapped: a "source" after the cue that is a clause, with all content before the cue
    // ("Officials, speaking on condition of anonymity, | said | Sofia had pushed for …"): the
    // clause is what was said and the words before the cue hold the speaker.
    if (source && source[0] > r.cue[1] && content.every(([a, b]) => b < r.cue[0] && !hasQuoted(v, a, b)) && hasClause(v, source) &&
      !isParticipleAfterComma(v, r.cue[0]) && !isPassive(v, r.cue)) {
      const si = sentIndex(v, source[0]);
      let e = v.sentStart[si + 1] - 1;
      while (e > source[1] && v.shape[e] === 'p' && v.mark[e] !== 2) e--;
      content = [[source[0], e]];
      source = null;
    }
    // "according to X": the source is the noun phrase after "to", up to the next comma or
    // the sentence end ("according to FEC filings", "according to a new poll").
    if (v.lower[r.cue[0]] === 'according') {
      const np = afterAccordingTo(v, r.cue[0]);
      if (np) source = np;
    }
    // "said in response", "said in a statement": the cue is the verb; a prepositional
    // phrase of two or more words after it is left out ("called for", "according to" stay).
    let cue: [number, number] = r.cue;
    // Auxiliaries belong to the cue ("has long maintained", "did not deny"), as in PolNeAR.
    {
      let b = cue[0];
      while (b - 1 >= 0 && v.sent[b - 1] === v.sent[cue[0]] && (v.pos[b - 1] === 'ADV' || v.pos[b - 1] === 'PART' || isAux(v, b - 1)) && cue[0] - b < 3) b--;
      while (b < cue[0] && !isAux(v, b)) b++;
      if (b < cue[0] && v.pos[cue[0]] === 'VERB') {
        cue = [b, cue[1]];
        if (source && source[0] >= b && source[1] < r.cue[0]) source = null;
      }
    }
    // The tagger can take the subject and auxiliaries for a first content run ("The bank would
    // not | confirm | that …", "She | would not deny | that …"). A run that touches or reaches
    // into the cue is cut before it; when content follows the cue, such a run without quoted
    // words or a verb is the cue's subject, not part of what was said ("Prices, he said, will
    // rise" keeps its first run: the source stands between it and the cue).
    if (content.some(([a, b]) => a < cue[0] && b >= cue[0] - 1)) {
      const after = content.some(([a]) => a > cue[1]);
      content = content.flatMap(([a, b]): [number, number][] => {
        if (!(a < cue[0] && b >= cue[0] - 1)) return [[a, b]];
        const e = Math.min(b, cue[0] - 1);
        return hasWord(v, a, e) && !(after && !hasQuoted(v, a, e) && !hasVerb(v, a, e)) ? [[a, e]] : [];
      });
      if (!content.length) continue;
    }
    content = dropSettingRuns(v, cue, content);
    if (!content.length) continue;
    // A leading time adverb is the statement's time, not its manner ("later reported", "earlier said").
    if (cue[1] > cue[0] && TIME_ADV.has(v.lower[cue[0]])) cue = [cue[0] + 1, cue[1]];
    if (v.lower[cue[0]] !== 'according') {
      let m = -1;
      for (let i = cue[0]; i <= cue[1]; i++) if (v.pos[i] === 'VERB') m = i;
      if (m >= 0 && cue[1] - m >= 2 && v.pos[m + 1] === 'ADP') cue = [cue[0], m];
    }
    let target: [number, number] | null = null;
    let inherited = false;
    // A participle cue after a comma ("…, saying X …") takes no source on its right:
    // those tokens begin the content.
    const participle = isParticipleAfterComma(v, r.cue[0]);
    if (participle && source && source[0] > r.cue[1]) {
      if (content[0][0] === source[1] + 1) content = [[source[0], content[0][1]], ...content.slice(1)];
      source = null;
    }
    // Its source is the clause's subject, never the words just before the comma.
    if (participle && source && source[1] < r.cue[0]) source = null;
    // With a parse: the subject of the cue's head when the tagger found none.
    if (!source && v.head && v.deprel) source = subjectOf(v, r.cue);
    // Without one: a participle or coordinated cue shares the previous statement's source.
    if (!source) {
      const prev = out[out.length - 1];
      if (prev && prev.source && v.sent[prev.cue[0]] === v.sent[r.cue[0]] && prev.cue[1] < r.cue[0]) { source = prev.source; inherited = true; }
    }
    // Else a participle or coordinated cue's source is the subject of the sentence's main
    // verb ("The military later reported … and, for the first time, acknowledged …").
    const verbal = v.pos[cue[0]] === 'VERB' || v.pos[cue[0]] === 'AUX';
    if (!source && (participle || verbal) && !isPassive(v, r.cue)) {
      source = clauseSubject(v, r.cue[0]);
      if (source) {
        // Inherited unless only adverbs stand between subject and cue ("the military later reported").
        inherited = false;
        for (let i = source[1] + 1; i < r.cue[0]; i++) if (v.pos[i] !== 'ADV') inherited = true;
      }
    }
    // "Research from Halifax, the country's biggest lender, suggests …": the subject before an
    // apposition or a dash-bracketed aside.
    if (!source && verbal && !participle && !isPassive(v, r.cue)) source = subjectBeforeAside(v, cue[0]);
    // A source cut at a party label's parenthesis ("Sen. David Perdue (R-Ga.)"): back to the name.
    if (source && !hasWord(v, source[0], source[1]) || (source && v.word[source[0]] === ')')) {
      let b = source![0];
      if (v.word[b] === ')' || v.word[b - 1] === ')') {
        while (b > 0 && v.word[b] !== '(' && source![0] - b < 8) b--;
        if (v.word[b] === '(') {
          while (b > 0 && (v.pos[b - 1] === 'PROPN' || v.word[b - 1].endsWith('.')) && v.sent[b - 1] === v.sent[source![0]]) b--;
          source = [b, Math.max(source![1], b)];
        }
      }
      if (source && !hasWord(v, source[0], source[1])) source = null;
    }
    // An expletive "it" ("It was reported that …", "It is said …") is no source.
    // Only the "it" of this cue's own clause: a subject shared from another verb ("…, and it has
    // forecast X, predicting Y") is a referring "it".
    if (source && source[0] === source[1] && (v.lower[source[0]] === 'it' || v.lower[source[0]] === 'there') && onlyAuxBetween(v, source[1], cue[0]) &&
      (v.pos[cue[0]] === 'AUX' || (source[1] + 1 < v.n && v.pos[source[1] + 1] === 'AUX'))) source = null;
    // "accuses X of Y": X is the target, Y the content.
    const lemma = r.cueLemma;
    if ((TARGET_OF.has(lemma) || TARGET_FOR.has(lemma) || TARGET_AGAINST.has(lemma)) && content[0][0] === r.cue[1] + 1) {
      const [a, b] = content[0];
      const prep = TARGET_OF.has(lemma) ? 'of' : TARGET_AGAINST.has(lemma) ? 'against' : 'for';
      for (let i = a + 1; i < b; i++) {
        if (v.lower[i] === prep) {
          target = [a, i - 1];
          // Gratitude and praise keep the addressee in the content ("thanked Kim for …").
          if (TARGET_OF.has(lemma) || TARGET_AGAINST.has(lemma)) content = [[i + 1, b], ...content.slice(1)];
          break;
        }
        if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX' || v.pos[i] === 'SCONJ' || v.word[i] === ',') break;
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
    // Indirect content that starts right after the cue runs to the end of the sentence
    // ("has pledged to erect …, while defending …"), unless another cue intervenes.
    {
      const last = content[content.length - 1];
      if (content.length === 1 && last[0] > cue[1] && last[0] - cue[1] <= 2 && !(v.quote[last[0]] >= 0)) {
        const si = sentIndex(v, last[1]);
        let e = v.sentStart[si + 1] - 1;
        while (e > last[1] && v.shape[e] === 'p') e--;
        // An embedded cue with its own subject ("saying Pyongyang considers …") is part of the
        // content; a coordinated one ("… and acknowledged") ends it.
        let ok = true;
        for (let i = last[1] + 1; i <= e; i++) {
          if (!cueTok[i]) continue;
          const p = v.pos[i - 1];
          if (!(i - 1 >= last[0] && (p === 'NOUN' || p === 'PROPN' || p === 'PRON'))) { ok = false; break; }
          while (i + 1 <= e && cueTok[i + 1]) i++;
        }
        if (ok) last[1] = e;
      }
    }
    // "reported X and, for the first time, acknowledged Y": X ends before the conjunction
    // that coordinates the next cue.
    {
      const last = content[content.length - 1];
      // The first cue starting after the content (cues may start at the same token: the first in text order).
      const k = firstAbove(byStart, last[1]);
      const nextStart = k < byStart.length ? byStart[k] : -1;
      const next = nextStart >= 0 && nextStart - last[1] <= 8 && v.sent[nextStart] === v.sent[last[1]] ? { cue: [nextStart] } : null;
      if (next) {
        for (let i = last[0] + 1; i <= last[1]; i++) {
          if (v.pos[i] !== 'CCONJ') continue;
          let verb = false;
          for (let j = i + 1; j < next.cue[0]; j++) if (v.pos[j] === 'VERB' || v.pos[j] === 'AUX') verb = true;
          if (!verb) { let e = i - 1; while (e > last[0] && v.shape[e] === 'p' && v.mark[e] !== 2) e--; last[1] = e; break; }
        }
      }
    }
    if (v.head) content = skipListener(v, cueHead(v, cue), lemma, content);
    if (!(v.quote[content[content.length - 1][0]] >= 0)) {
      const opensSentence = cue[0] === v.sentStart[sentIndex(v, cue[0])];
      content[content.length - 1] = cutAtNextAttribution(v, cueTok, content[content.length - 1], lemma === 'ask' && opensSentence);
    }
    const coordinated = cutAtCoordinatedCue(v, content);
    content = clipContent(v, cue, coordinated.content);
    out.push({ cue, source, content, target, cueLemma: lemma, sourceInherited: inherited });
    // The coordinated speech verb the cue tagger passed over is a statement of its own, by the
    // pronoun before it or by this statement's source.
    const nx = coordinated.next;
    if (nx && !raw.some((o) => o.cue[0] <= nx.verb && o.cue[1] >= nx.verb)) {
      const src: [number, number] | null = nx.pronoun >= 0 ? [nx.pronoun, nx.pronoun] : source;
      out.push({ cue: [nx.verb, nx.verb], source: src, content: clipContent(v, [nx.verb, nx.verb], [nx.rest]), target: null, cueLemma: lemmaOf(v.lower[nx.verb]), sourceInherited: nx.pronoun < 0 && !!source });
    }
  }
  applyPostposed(v, out);
  shareGovernorSource(v, out);
  quotedAsSaying(v, out);
  for (const st of out) passiveSource(v, st);
  for (const st of out) if (st.source) st.source = widenSource(v, st.source);
  return out;
}

const SUBJECT_PRONOUN = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/**
 * Unquoted content ends before a conjunction that coordinates another speech verb of the same
 * speaker ("reported a 20% rise, and it has recently forecast …"; "found it abhorrent and said …"):
 * the conjunction, then at most a subject pronoun, auxiliaries and adverbs, then a verb of
 * {@link COORDINATED_SPEECH}. A coordinated clause with a named subject of its own stays (it may
 * be part of what was said), and so do stance, intention and talk verbs ("and talk to voters").
 * Returns the content pieces and, for the cut, the coordinated verb, its pronoun and what follows it.
 */
export function cutAtCoordinatedCue(v: TokView, content: [number, number][]): { content: [number, number][]; next: { verb: number; pronoun: number; rest: [number, number] } | null } {
  let next: { verb: number; pronoun: number; rest: [number, number] } | null = null;
  const out = content.map(([a, b]) => {
    for (let i = a + 1; i <= b && !next; i++) {
      if (v.pos[i] !== 'CCONJ' || v.quote[i] >= 0) continue;
      let j = i + 1, pronoun = -1;
      while (j <= b && (v.word[j] === ',' || v.pos[j] === 'ADV')) j++;
      if (j <= b && SUBJECT_PRONOUN.has(v.lower[j])) pronoun = j++;
      while (j <= b && (isAux(v, j) || v.pos[j] === 'ADV' || v.pos[j] === 'PART')) j++;
      if (j >= b || v.pos[j] !== 'VERB' || !COORDINATED_SPEECH.has(lemmaOf(v.lower[j]))) continue;
      let e = i - 1;
      while (e > a && v.shape[e] === 'p' && v.mark[e] !== 2) e--;
      let rb = b;
      while (rb > j + 1 && v.shape[rb] === 'p' && v.mark[rb] !== 2) rb--;
      next = { verb: j, pronoun, rest: [j + 1, rb] };
      return [a, e] as [number, number];
    }
    return [a, b] as [number, number];
  });
  return { content: out, next };
}
/** Speech verbs whose coordination ends a content ("… and said", "…, and it has forecast"). */
const COORDINATED_SPEECH = new Set(['say', 'tell', 'add', 'warn', 'insist', 'claim', 'deny', 'argue', 'admit', 'predict', 'forecast',
  'promise', 'pledge', 'vow', 'accuse', 'confirm', 'reveal', 'announce', 'stress', 'suggest', 'acknowledge', 'maintain', 'estimate']);

/** Words that open a clause inside a tagged source ("shares jumped 6% after the firm said"). */
const CLAUSE_OPENER = new Set(['after', 'before', 'as', 'when', 'while', 'because', 'since', 'until', 'though', 'although', 'if', 'once', 'whereas']);

/** A source starts after the last clause opener inside it, when a noun phrase follows ("6% after the firm" → "the firm"). */
export function trimSource(v: TokView, src: [number, number]): [number, number] {
  for (let i = src[1] - 1; i >= src[0]; i--) {
    if (!CLAUSE_OPENER.has(v.lower[i]) || v.quote[i] >= 0) continue;
    for (let j = i + 1; j <= src[1]; j++) if (v.pos[j] === 'NOUN' || v.pos[j] === 'PROPN' || v.pos[j] === 'PRON') return [i + 1, src[1]];
    return src;
  }
  return src;
}

/** Office words and their lower-case qualifiers that belong to a name's source ("North Korean leader Kim Jong-un"). */
const ROLE_BEFORE_NAME = new Set(['leader', 'minister', 'secretary', 'chancellor', 'president', 'chief', 'chairman', 'chairwoman', 'spokesman',
  'spokeswoman', 'mp', 'mep', 'msp', 'peer', 'senator', 'governor', 'mayor', 'executive', 'economist', 'analyst', 'director', 'founder',
  'premier', 'envoy', 'ambassador', 'commissioner', 'boss', 'shadow', 'deputy', 'former', 'prime', 'foreign', 'home', 'finance',
  'defence', 'trade', 'general']);
const NOUN_LIKE = new Set(['NOUN', 'PROPN', 'ADJ']);
const CALENDAR_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * A source that starts inside a name reaches back over the whole name and the title before it,
 * as the guidelines want ("un" of "Kim Jong-un", split at the hyphen, becomes "North Korean leader
 * Kim Jong-un"): back over unspaced hyphen joins, then over capitalised words and office words
 * of the same sentence outside quotations; dates and words before a comma stay out. Only a
 * source cut inside a name is widened (PolNeAR's own sources keep the tagger's extent).
 */
export function widenSource(v: TokView, src: [number, number]): [number, number] {
  let a = src[0];
  const sent = v.sent[a];
  const same = (i: number) => i >= 0 && v.sent[i] === sent && v.quote[i] < 0;
  // "Jong" "-" "un": the hyphen touches both neighbours.
  while (same(a - 2) && v.word[a - 1] === '-' && v.end[a - 2] === v.start[a - 1] && v.end[a - 1] === v.start[a]) a -= 2;
  // "the council standards and | ethics committee": a conjunct without a determiner of its own
  // shares the modifiers and the determiner before "and".
  if (a === src[0] && same(a - 2) && v.lower[a - 1] === 'and' && v.pos[a] === 'NOUN' && v.pos[a - 2] === 'NOUN' && NOUN_LIKE.has(v.pos[src[1]])) {
    a -= 2;
    while (same(a - 1) && NOUN_LIKE.has(v.pos[a - 1]) && !CALENDAR_WORD.test(v.lower[a - 1])) a--;
    if (same(a - 1) && v.pos[a - 1] === 'DET') a--;
    return [a, src[1]];
  }
  // Only a source cut inside a name is widened: after a hyphen join, or a proper noun right
  // after another ("Jong" of "Kim Jong"); a whole name keeps the span the tagger gave it.
  if (a === src[0] && !(v.pos[a] === 'PROPN' && same(a - 1) && v.pos[a - 1] === 'PROPN')) return src;
  while (same(a - 1)) {
    const w = v.lower[a - 1];
    const cap = v.shape[a - 1] === 'X' || v.shape[a - 1] === 'XX';
    if (CALENDAR_WORD.test(w) || v.pos[a - 1] === 'VERB' || v.pos[a - 1] === 'AUX' || v.pos[a - 1] === 'ADP' || v.pos[a - 1] === 'PRON') break;
    if ((cap && v.pos[a - 1] !== 'DET') || ROLE_BEFORE_NAME.has(w)) { a--; continue; }
    // "the envoy Omar Bel-haj": the determiner of a role noun ends the phrase.
    if (v.pos[a - 1] === 'DET' && ROLE_BEFORE_NAME.has(v.lower[a])) a--;
    break;
  }
  return a === src[0] ? src : [a, src[1]];
}

/** Participles of reporting verbs whose passive leaves the speaker out ("is expected to", "was told that"). */
const PASSIVE_REPORT = new Set(['expected', 'believed', 'thought', 'said', 'reported', 'claimed', 'alleged', 'accused', 'understood', 'known',
  'announced', 'rumoured', 'rumored', 'feared', 'estimated', 'predicted', 'forecast', 'considered', 'told', 'promised', 'asked', 'urged',
  'suspected', 'charged', 'criticised', 'criticized', 'blamed', 'warned', 'advised', 'tipped', 'assured', 'informed', 'pledged', 'offered']);
const BE_FORM = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);

/**
 * A passive reporting cue ("is expected to", "it has been announced", "was accused of") names no
 * speaker in its subject: the subject is what or whom the report is about. The speaker is the
 * agent after "by" when one is named ("are being promised energy savings by the Liberal
 * Democrats", the content then ends before "by"); else there is no source (vague, as the
 * guidelines say for agentless passives).
 */
export function passiveSource(v: TokView, st: Statement): void {
  const [c0, c1] = st.cue;
  let verb = c1;
  while (verb > c0 && v.pos[verb] !== 'VERB') verb--;
  if (!PASSIVE_REPORT.has(v.lower[verb])) return;
  let k = verb - 1, be = false;
  while (k >= Math.max(0, c0 - 3) && v.sent[k] === v.sent[verb]) {
    if (BE_FORM.has(v.lower[k])) { be = true; break; }
    if (!(v.pos[k] === 'ADV' || v.pos[k] === 'PART' || isAux(v, k))) break;
    k--;
  }
  if (!be) return;
  // An agent: "by" + a noun phrase holding a proper noun, in the cue's sentence after the cue.
  const sent = v.sent[verb];
  for (let i = c1 + 1; i < v.n && v.sent[i] === sent && i - c1 <= 12; i++) {
    // "by" of another verb ("is expected to be opposed by X") is that verb's agent.
    if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX') break;
    if (v.lower[i] !== 'by' || v.quote[i] >= 0) continue;
    let e = i + 1, proper = false;
    while (e < v.n && v.sent[e] === sent && ['DET', 'ADJ', 'PROPN', 'NOUN'].includes(v.pos[e]) && e - i <= 6) { if (v.pos[e] === 'PROPN') proper = true; e++; }
    if (!proper) continue;
    st.source = [i + 1, e - 1];
    st.sourceInherited = false;
    const first = st.content[0];
    if (first[0] < i && first[1] >= i) {
      let end = i - 1;
      while (end > first[0] && v.shape[end] === 'p') end--;
      st.content = [[first[0], end], ...st.content.slice(1)];
    }
    return;
  }
  if (st.source && (st.source[1] < c0 || (st.source[0] > c1 && st.source[0] - c1 <= 1) || (st.source[0] === st.source[1] && v.lower[st.source[0]] === 'it'))) {
    st.source = null;
    st.sourceInherited = false;
  }
}

/**
 * A cue governed by the previous cue of its sentence shares that cue's source when the tagger
 * took a name inside the previous statement's content: a participle ("He rejected speculation
 * that Mr Brown …, saying …") or a coordinated verb ("said his country would …, but warned …").
 */
function shareGovernorSource(v: TokView, out: Statement[]): void {
  for (let k = 1; k < out.length; k++) {
    const s = out[k], prev = out[k - 1];
    const c = s.cue[0];
    if (!s.source || !prev.source || v.sent[prev.cue[0]] !== v.sent[c]) continue;
    const participle = isParticipleAfterComma(v, c);
    // "… said his country would …, but warned that …": a verb coordinated with the previous cue shares its subject.
    let j = c - 1;
    while (j > 0 && (v.pos[j] === 'ADV' || isAux(v, j))) j--;
    const coordinated = j >= 0 && v.pos[j] === 'CCONJ' && j > prev.cue[1];
    if (!participle && !coordinated) continue;
    if (prev.content.some(([a, b]) => s.source![0] >= a && s.source![1] <= b)) { s.source = prev.source; s.sourceInherited = true; }
  }
}

const QUOTE_VERB = new Set(['quoted', 'quotes', 'quoting', 'quote']);

/**
 * "Reuters quoted one trader as saying …": the one quoted is the source of "saying"; the
 * channel keeps its own record for "quoted" (the guidelines' agency-as-channel record).
 */
function quotedAsSaying(v: TokView, out: Statement[]): void {
  for (const s of out) {
    const c = s.cue[0];
    if (s.cue[1] !== c || c < 3 || v.lower[c - 1] !== 'as' || !v.lower[c].endsWith('ing')) continue;
    let q = -1;
    for (let i = c - 2; i >= 0 && i >= c - 12 && v.sent[i] === v.sent[c]; i--) if (QUOTE_VERB.has(v.lower[i])) { q = i; break; }
    if (q < 0 || q + 1 > c - 2) continue;
    const obj: [number, number] = [q + 1, c - 2];
    if (s.content.some(([a, b]) => a <= obj[1] && obj[0] <= b)) continue;
    s.source = obj;
    s.sourceInherited = false;
  }
}

/** Sources after the content (./postposed.ts) correct or add statements; text order is restored. */
function applyPostposed(v: TokView, out: Statement[]): void {
  const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];
  for (const p of findPostposed(v)) {
    const verb: [number, number] = [p.cue[1], p.cue[1]];
    const same = out.find((o) => overlaps(o.cue, verb));
    for (let k = out.length - 1; k >= 0; k--) {
      const o = out[k];
      if (o === same) continue;
      if (o.content.some((c) => overlaps(c, p.source) || overlaps(c, p.cue))) out.splice(k, 1);
    }
    if (same) { same.source = p.source; same.content = p.content; same.sourceInherited = false; same.cue = p.cue; }
    else out.push({ cue: p.cue, source: p.source, content: p.content, target: null, cueLemma: p.cueLemma, sourceInherited: false });
  }
  out.sort((a, b) => a.cue[0] - b.cue[0]);
}

/**
 * The subject of the first verb of the sentence before token `limit`: the run of
 * nominal tokens right before it (skipping adverbs: "The Russian military later reported").
 */
function clauseSubject(v: TokView, limit: number): [number, number] | null {
  let i = limit;
  while (i > 0 && v.sent[i - 1] === v.sent[limit]) i--;
  let verb = -1;
  for (let j = i; j <= limit; j++) if (v.pos[j] === 'VERB' || v.pos[j] === 'AUX') { verb = j; break; }
  if (verb < 0) return null;
  let e = verb - 1;
  while (e >= i && v.pos[e] === 'ADV') e--;
  let b = e;
  while (b - 1 >= i && NOMINAL.has(v.pos[b - 1]) && v.word[b - 1] !== ',') b--;
  // The head is nominal; taggers often call "military" in "the Russian military" an adjective.
  const nominalHead = v.pos[e] === 'NOUN' || v.pos[e] === 'PROPN' || v.pos[e] === 'PRON' || (v.pos[e] === 'ADJ' && v.pos[b] === 'DET');
  if (b > e || !nominalHead) return null;
  return [b, e];
}
const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);
const ASIDE = new Set([',', '-', '–', '—']);
const NP_LINK = new Set(['of', 'from', 'at', 'on', 'by', 'for']);

/**
 * The noun phrase right before an aside that ends just before the cue at token `cue`
 * ("Research from Halifax, the country's biggest lender, suggests"; "X's figures - issued on
 * Thursday - suggest"): the aside is bracketed by the same mark (commas or dashes), at most 14
 * tokens long; the phrase may hold "of/from/at" between nominals. Null when the shape differs.
 */
export function subjectBeforeAside(v: TokView, cue: number): [number, number] | null {
  let e = cue - 1;
  const sent = v.sent[cue];
  while (e >= 0 && v.sent[e] === sent && (v.pos[e] === 'ADV' || isAux(v, e))) e--;
  if (e < 0 || v.sent[e] !== sent || !ASIDE.has(v.word[e])) return null;
  const mark = v.word[e];
  let j = e - 1;
  while (j >= 0 && v.sent[j] === sent && v.word[j] !== mark && e - j <= 14) j--;
  if (j < 0 || v.sent[j] !== sent || v.word[j] !== mark || j === e - 1) return null;
  let b = j - 1;
  const end = b;
  if (end < 0 || v.sent[end] !== sent || !(v.pos[end] === 'NOUN' || v.pos[end] === 'PROPN')) return null;
  while (b - 1 >= 0 && v.sent[b - 1] === sent && v.word[b - 1] !== ',') {
    if (NOMINAL.has(v.pos[b - 1])) { b--; continue; }
    // A sentence's first word before the link is often mistagged as a verb ("Research from X").
    if (NP_LINK.has(v.lower[b - 1]) && b - 2 >= 0 && v.sent[b - 2] === sent &&
      (v.pos[b - 2] === 'NOUN' || v.pos[b - 2] === 'PROPN' || (b - 2 === v.sentStart[sentIndex(v, b - 2)] && v.shape[b - 2] === 'X'))) { b -= 2; continue; }
    break;
  }
  // The phrase must open its clause: the sentence start, or after a closing quote mark.
  if (b !== v.sentStart[sentIndex(v, b)] && !(v.mark[b - 1] === 2 || v.shape[b - 1] === 'p')) return null;
  return [b, end];
}

/** The noun phrase after "according to" at token `i`, up to a comma, dash, bracket, quote mark or the sentence end. */
function afterAccordingTo(v: TokView, i: number): [number, number] | null {
  let a = i + 1;
  if (a < v.n && v.lower[a] === 'to') a++;
  if (a >= v.n || v.sent[a] !== v.sent[i]) return null;
  let e = a;
  while (e + 1 < v.n && v.sent[e + 1] === v.sent[i] && e + 1 - a < 15 && v.mark[e + 1] === 0 &&
    !STOP_NP.has(v.word[e + 1])) e++;
  while (e > a && v.shape[e] === 'p') e--;
  return hasWord(v, a, e) && v.mark[a] === 0 ? [a, e] : null;
}
const STOP_NP = new Set([',', ';', ':', '.', '—', '–', '--', '(', ')', '?', '!']);

/** With a parse: the cue's head has a passive subject or auxiliary ("was announced"): its clause subject is no source. */
function isPassive(v: TokView, cue: [number, number]): boolean {
  if (!v.head || !v.deprel) return false;
  for (let i = Math.max(0, cue[0] - 8); i < Math.min(v.n, cue[1] + 8); i++) {
    const h = v.head[i];
    if (h >= cue[0] && h <= cue[1] && (v.deprel[i] === 'nsubj:pass' || v.deprel[i] === 'aux:pass')) return true;
  }
  return false;
}

/**
 * Content after the cue ends with its sentence: a quotation's run stops at the end of the
 * sentence where the quotation closes ("“…,” he said. Touché," stops at the mark), an
 * unquoted run at the end of the sentence where it starts. Runs inside an open
 * multi-paragraph quotation are left alone.
 */
export function clipContent(v: TokView, cue: [number, number], content: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b0] of content) {
    let b = b0;
    if (a > cue[1] && v.sent[b] !== v.sent[a]) {
      const q = v.quote[a];
      if (v.mark[a] === 1 && q >= 0 && !v.quotes[q].open) {
        let e = a;
        while (e + 1 <= b && v.quote[e + 1] === q) e++;
        if (e < b) b = Math.min(b, v.sentStart[sentIndex(v, e) + 1] - 1);
      } else if (q < 0) b = Math.min(b, v.sentStart[sentIndex(v, a) + 1] - 1);
      while (b > a && v.shape[b] === 'p' && v.mark[b] !== 2) b--;
    }
    // "…, in a statement signed by …", "…, in an interview with …": how it was said, not what.
    if (a > cue[1]) {
      for (let i = a + 1; i + 3 <= b; i++) {
        if (v.word[i] !== ',' || v.quote[i] >= 0 || v.lower[i + 1] !== 'in' || !ARTICLE.has(v.lower[i + 2]) || !SPEECH_MEDIUM.has(v.lower[i + 3])) continue;
        // A parenthetical the content goes on after ("the deal, in a statement on Monday, was final") stays.
        let resumes = false;
        // It resumes with a finite verb after the closing comma, not with a participle (", including …").
        for (let j = i + 4; j < b && !resumes; j++) if (v.word[j] === ',' && hasVerb(v, j + 1, b) && !v.lower[j + 1].endsWith('ing')) resumes = true;
        if (!resumes) b = i - 1;
        break;
      }
    }
    out.push([a, b]);
  }
  return out;
}

const ARTICLE = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
/** Nouns for the medium of a speech act ("in a statement", "in an interview"). */
const SPEECH_MEDIUM = new Set(['statement', 'interview', 'letter', 'speech', 'note', 'email', 'e-mail', 'message', 'post', 'briefing',
  'release', 'submission', 'filing', 'memo', 'tweet', 'broadcast', 'blog', 'column', 'article', 'editorial', 'newsletter']);

/** Whether only auxiliaries, adverbs and particles lie strictly between tokens `a` and `b`. */
function onlyAuxBetween(v: TokView, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (!(isAux(v, i) || v.pos[i] === 'ADV' || v.pos[i] === 'PART')) return false;
  return true;
}

/** An auxiliary by its tag, or by its relation when the tagger calls it a verb ("has/VERB long maintained"). */
function isAux(v: TokView, i: number): boolean {
  return v.pos[i] === 'AUX' || (v.deprel !== undefined && v.deprel[i].startsWith('aux'));
}


function hasWord(v: TokView, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (v.shape[i] !== 'p') return true;
  return false;
}

/** The head of a cue: its first token whose head lies outside the cue (else its last token). */
function cueHead(v: TokView, cue: [number, number]): number {
  const head = v.head!;
  for (let i = cue[0]; i <= cue[1]; i++) if (head[i] < cue[0] || head[i] > cue[1]) return i;
  return cue[1];
}


/** The token range of the subtree of the first child of the cue's head with one of `rels`. */
function childSubtree(v: TokView, cue: [number, number], rels: string[]): [number, number] | null {
  const rel = v.deprel!;
  const h = cueHead(v, cue);
  const kids = v.dv.children(h);
  for (const want of rels) {
    for (const i of kids) {
      if (rel[i].split(':')[0] !== want) continue;
      let [lo, hi] = v.dv.subtreeRange(i, SUBTREE_DEPTH);
      while (hi > lo && v.shape[hi] === 'p' && v.mark[hi] !== 2) hi--;
      return [lo, hi];
    }
  }
  return null;
}

/**
 * The phrase from the sentence start up to the comma at `comma` when it holds no verb (the
 * antecedent of an aside: "A Lao official, who …"), else null. Tagger-proof: any non-verb word counts.
 */
function phraseOpeningSentence(v: TokView, comma: number): [number, number] | null {
  if (comma < 1 || v.word[comma] !== ',') return null;
  const s0 = v.sentStart[sentIndex(v, comma)];
  for (let i = s0; i < comma; i++) if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX' || v.word[i] === ',' || v.quote[i] >= 0) return null;
  return comma - 1 >= s0 && comma - s0 <= 8 ? [s0, comma - 1] : null;
}

/** Whether a range holds a subject and its verb (a clause, not a name like "JP Morgan Chase"); needs the parse. */
function hasClause(v: TokView, [a, b]: [number, number]): boolean {
  if (!v.head || !v.deprel) return false;
  for (let i = a; i <= b; i++) {
    const r = v.deprel[i], h = v.head[i];
    if ((r === 'nsubj' || r === 'nsubj:pass' || r === 'expl') && h > i && h <= b && (v.pos[h] === 'VERB' || v.pos[h] === 'AUX' || v.pos[h] === 'ADJ')) return true;
  }
  return false;
}

/** The `nsubj` (or passive agent) subtree of the cue's head, as a token range. */
function subjectOf(v: TokView, cue: [number, number]): [number, number] | null {
  const head = v.head!, rel = v.deprel!;
  let h = cueHead(v, cue);
  // A participle ("…, saying") or conjunct takes its governor's subject.
  for (let hop = 0; hop < 3; hop++) {
    for (const i of v.dv.children(h)) {
      // A passive cue's subject is what was said ("the plan was announced"); its source is
      // the agent ("… by the ministry").
      if (rel[i] === 'nsubj' || rel[i] === 'obl:agent') {
        let [lo, hi] = v.dv.subtreeRange(i, SUBTREE_DEPTH);
        if (rel[i] === 'obl:agent' && v.lower[lo] === 'by') lo++;
        return lo <= hi ? [lo, hi] : null;
      }
    }
    if ((rel[h] === 'advcl' || rel[h] === 'conj' || rel[h] === 'xcomp') && head[h] >= 0) h = head[h]; else break;
  }
  return null;
}

/** Index of the first value in sorted `xs` greater than `x` (xs.length when none). */
function firstAbove(xs: readonly number[], x: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (xs[m] <= x) lo = m + 1; else hi = m; }
  return lo;
}

function sentIndex(v: TokView, i: number): number {
  let lo = 0, hi = v.sentStart.length - 1;
  while (lo < hi) { const m = (lo + hi + 1) >> 1; if (v.sentStart[m] <= i) lo = m; else hi = m - 1; }
  return lo;
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
  // Quotation classes by shape first, so that a scare quote inside a content does not make
  // the statement a quotation; a short quote becomes speech when it is the whole content
  // or follows the cue closely ('called it “a disgrace”').
  const shapeLabel = v.quotes.map((q) => classifyQuote(text, q, v));
  const speechQuotes = new Set<number>();
  const contentSpans: { start: number; end: number; id: string }[] = [];
  const names: string[] = [];
  const resolver = mentions.length ? new SpeakerResolver(text, v, mentions, entities) : null;
  const properNames = new ProperNames(v);
  for (const s of stmts) {
    const parts = s.content.map(([a, b]) => ref(doc, v, a, b));
    const cStart = parts[0].start, cEnd = parts[parts.length - 1].end;
    const cue = ref(doc, v, s.cue[0], s.cue[1]);
    const source = s.source ? ref(doc, v, s.source[0], s.source[1]) : null;
    const start = Math.min(cStart, cue.start, source && !s.sourceInherited ? source.start : Infinity);
    const end = Math.max(cEnd, cue.end, source && !s.sourceInherited ? source.end : -Infinity);
    // Kind from the quotations inside the content.
    // A short quotation inside reported speech is the speaker's own words for the label ("said
    // the suspension was “unjust and wrong”" is mixed), though it is no evidence of speech on its own.
    let quoted = 0, total = 0, fragments = 0;
    for (const [a, b] of s.content) {
      for (let i = a; i <= b; i++) {
        if (v.shape[i] === 'p') continue;
        total++;
        const qi = v.quote[i];
        if (qi < 0 || shapeLabel[qi] === 'title') continue;
        if (shapeLabel[qi] === 'scare') {
          const qs = v.quotes[qi];
          const whole = s.content.length === 1 && v.start[a] >= qs.start && v.end[b] <= qs.end + 1;
          const between = qs.start >= cue.end ? text.slice(cue.end, qs.start).trim() : '.';
          const bw = between ? between.split(/\s+/) : [];
          const nearCue = bw.length <= 2 && !bw.includes('that') && !/[.;]/.test(between);
          if (!whole && !nearCue) {
            // A term held at a distance ("the “de-Nazification” of Ukraine", "so-called “reforms”") stays a scare quote.
            if (!/\b(the|so-called|so called)\s*$/i.test(text.slice(Math.max(0, qs.start - 12), qs.start))) fragments++;
            continue;
          }
        }
        quoted++; speechQuotes.add(qi);
      }
    }
    // Entirely quoted: direct when the quotation reads as a sentence of its own (opens with
    // a capital or at the sentence start), partial when it is a fragment ("as a “joint fight …”").
    let firstWord = s.content[0][0];
    while (firstWord < s.content[0][1] && v.shape[firstWord] === 'p') firstWord++;
    const clauseLike = v.shape[firstWord] === 'X' || v.shape[firstWord] === 'XX' || v.shape[firstWord] === 'd' ||
      s.content[0][0] === v.sentStart[sentIndex(v, s.content[0][0])];
    // Partly quoted (reported speech around an embedded quotation) is mixed.
    const kindOfCue = cueKindOf(s.cueLemma) ?? (v.lower[s.cue[0]] === 'according' ? 'assertion' : 'other');
    const label = quoted === 0 ? (fragments > 0 && kindOfCue !== 'other' ? 'mixed' : 'indirect') : quoted >= total * 0.9 ? (clauseLike ? 'direct' : 'partial-direct') : 'mixed';
    // Held to evidence of a reported proposition (./evidence.ts).
    const proposition = reportsProposition(v, { cue: s.cue, content: s.content, cueLemma: s.cueLemma, cueKind: kindOfCue, quoted, hasSource: !!s.source });
    const id = ctx.newId(proposition ? 'st' : 'rc');
    // Speaker: the mention inside the source (entity id), else a name found by rule.
    let speaker: string | null = null, speakerInferred = s.sourceInherited, sourceKind: SourceKind = 'unknown';
    let speakerName: string | null = null;
    let resolution: SpeakerResolution | null = null;
    if (source) {
      const m = pickMention(mentions, source.start, source.end);
      if (m) {
        speaker = (m.attrs.entity as string) ?? null;
        speakerInferred ||= m.attrs.kind === 'pronoun' || m.attrs.inferred === true;
        const ent = speaker ? entities.get(speaker) : undefined;
        speakerName = ent ? String(ent.attrs.name ?? ent.text) : m.text;
        sourceKind = kindFromEntityType(m.label ?? '', m.text);
      }
      // With mentions: the discourse-level resolution (./speaker.ts) decides the speaker.
      if (resolver) {
        resolution = resolver.resolve(s.source!, s.content);
        resolver.record(s.source!, resolution);
        speaker = resolution.speaker;
        speakerName = resolution.name;
        speakerInferred = s.sourceInherited || resolution.inferred;
        if (s.sourceInherited && speakerName) resolution.evidence.unshift('the subject shared with an earlier cue of the sentence');
        const ent = speaker ? entities.get(speaker) : undefined;
        if (ent) sourceKind = resolver.isPerson(speaker!) ? 'person' : kindFromEntityType(ent.label ?? '', String(ent.attrs.name ?? ent.text));
      }
      const words = [], tags = [];
      for (let i = s.source![0]; i <= s.source![1]; i++) { words.push(v.lower[i]); tags.push(v.pos[i]); }
      const byText = kindFromText(source.text, words, tags, doc.meta.outlet);
      if (sourceKind === 'unknown' || byText === 'vague' || byText === 'anonymous' || byText === 'outlet') sourceKind = byText;
      if (!m && !resolver) {
        const r = nameByRule(text, v, s.source!, names, properNames);
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
    if (resolution?.affiliation) attrs.speakerAffiliation = resolution.affiliation;
    if (resolution && resolution.evidence.length && (speakerInferred || resolution.affiliation)) attrs.speakerEvidence = resolution.evidence;
    if (s.target) attrs.target = ref(doc, v, s.target[0], s.target[1]);
    out.push({ id, layer: proposition ? 'statements' : 'reportingCues', start, end, text: text.slice(start, end), label, attrs });
    if (!proposition) continue;
    // The outlet's voice excludes only words someone is reported to have said, written or
    // believed: lexicon cue kinds, or any content carrying a quotation.
    if (cueKind !== 'other' || quoted > 0) for (const p of parts) contentSpans.push({ start: p.start, end: p.end, id });
  }
  // Quotes.
  const ownerOf = overlapFinder(contentSpans);
  v.quotes.forEach((q, qi) => {
    const owner = ownerOf(q.start, q.end);
    const label = shapeLabel[qi] === 'title' ? 'title' : speechQuotes.has(qi) ? 'speech' : shapeLabel[qi];
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

/**
 * `(start, end) => the first span of `spans` (in their order) overlapping [start, end)`, without
 * scanning every span per query: spans sorted by start, with a running maximum of their ends.
 */
function overlapFinder<T extends { start: number; end: number }>(spans: readonly T[]): (start: number, end: number) => T | undefined {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || a - b);
  const maxEnd: number[] = [];
  for (const i of order) maxEnd.push(Math.max(maxEnd.length ? maxEnd[maxEnd.length - 1] : -Infinity, spans[i].end));
  return (start, end) => {
    // Spans starting before `end`; walk back while an earlier one can still reach past `start`.
    let lo = 0, hi = order.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (spans[order[m]].start < end) lo = m + 1; else hi = m; }
    let best = -1;
    for (let k = lo - 1; k >= 0 && maxEnd[k] > start; k--) {
      const i = order[k];
      if (spans[i].end > start && (best < 0 || i < best)) best = i;
    }
    return best < 0 ? undefined : spans[best];
  };
}

/** The mention that best stands for a source span: one starting it, else a person, else the first non-demonym. */
function pickMention(mentions: readonly Annotation[], start: number, end: number): Annotation | undefined {
  let best: Annotation | undefined, bestScore = -1;
  // Mentions are sorted by start and short: begin a bounded distance before the span.
  let lo = 0, hi = mentions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid].start < start - MAX_MENTION) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.start >= end) break;
    if (m.end <= start) continue;
    // A demonym only modifies the source ("Turkish Foreign Minister X"): it is the speaker
    // only when the source holds no other mention.
    if (m.attrs.kind === 'demonym') { if (bestScore < 0) { best = m; bestScore = 0; } continue; }
    let score = 1;
    if (m.start === start) score += 2;
    if ((m.label ?? '').startsWith('PER')) score += 1;
    if (score > bestScore) { best = m; bestScore = score; }
  }
  return best;
}

/**
 * Without entities: the last run of proper nouns in the source before any comma or
 * preposition (the head of "North Korean leader Kim Jong-un"); hyphenated parts join the
 * run. A pronoun takes the previous statement's speaker; a single name takes the fuller
 * earlier name it is part of ("Kim" → "Kim Jong-un").
 */
function nameByRule(text: string, v: TokView, src: [number, number], earlier: string[], properNames: ProperNames): { name: string | null; inferred: boolean } {
  const [a, b] = src;
  if (a === b && PRONOUNS.has(v.lower[a])) return { name: earlier.length ? earlier[earlier.length - 1] : null, inferred: true };
  let stop = b;
  for (let i = a + 1; i <= b; i++) if (v.word[i] === ',' || v.pos[i] === 'ADP') { stop = i - 1; break; }
  while (stop > a && v.shape[stop] === 'p') stop--;
  const runs = properRuns(v, a, stop);
  // A common-noun head ("the Russian military", "Ukrainian forces"): the noun phrase names the source.
  const commonHead = v.pos[stop] === 'NOUN' || (v.pos[stop] === 'ADJ' && v.pos[a] === 'DET');
  if (commonHead && (!runs.length || runs[runs.length - 1][1] < stop)) {
    return runs.length ? { name: text.slice(v.start[a], v.end[stop]), inferred: false } : { name: null, inferred: false };
  }
  if (!runs.length) return { name: null, inferred: false };
  const best = runs[runs.length - 1];
  const name = text.slice(v.start[best[0]], v.end[best[1]]);
  if (best[0] === best[1]) {
    const full = properNames.longestBefore(text, a, v.word[best[0]]);
    if (full) return { name: full, inferred: false };
  }
  return { name, inferred: false };
}

/** Longer mentions than this (UTF-16 units) are not searched back for by {@link pickMention}. */
const MAX_MENTION = 400;

/**
 * The multi-word proper-noun runs of a document indexed by word, so that "the longest
 * earlier run containing this word" costs a binary search instead of a scan from the
 * document start. Answers exactly what `properRuns(v, 0, a − 1)` scanned for.
 */
class ProperNames {
  private readonly runs: [number, number][];
  /** Raw start (before title words are skipped) of each run. */
  private readonly raw: number[] = [];
  /** Per word: run ends and the longest run text up to each (ties: the earliest). */
  private readonly byWord = new Map<string, { y: number[]; best: string[] }>();
  constructor(private readonly v: TokView) {
    this.runs = properRuns(v, 0, v.n - 1, this.raw);
  }

  longestBefore(text: string, a: number, word: string): string | null {
    const v = this.v;
    if (this.byWord.size === 0 && this.runs.length) this.index(text);
    let full: string | null = null;
    const e = this.byWord.get(word);
    if (e) {
      const k = firstAbove(e.y, a - 1) - 1;
      if (k >= 0) full = e.best[k];
    }
    // The run cut by the bound is scanned as properRuns(v, 0, a − 1) would cut it.
    const r = firstAbove(this.raw, a - 1) - 1;
    if (r >= 0 && this.runs[r][1] > a - 1) {
      for (const [x, y] of properRuns(v, this.raw[r], a - 1)) {
        if (y === x) continue;
        for (let k = x; k <= y; k++) if (v.word[k] === word) {
          const s = text.slice(v.start[x], v.end[y]);
          if (!full || s.length > full.length) full = s;
        }
      }
    }
    return full;
  }

  private index(text: string): void {
    const v = this.v;
    for (const [x, y] of this.runs) {
      if (y === x) continue;
      const s = text.slice(v.start[x], v.end[y]);
      const seen = new Set<string>();
      for (let k = x; k <= y; k++) {
        const w = v.word[k];
        if (seen.has(w)) continue;
        seen.add(w);
        let e = this.byWord.get(w);
        if (!e) { e = { y: [], best: [] }; this.byWord.set(w, e); }
        const prev = e.best.length ? e.best[e.best.length - 1] : null;
        e.y.push(y);
        e.best.push(prev && prev.length >= s.length ? prev : s);
      }
    }
  }
}

/** Runs of PROPN tokens in [a, b], joined across unspaced hyphens (Jong-un); `rawStarts` gets each run's first PROPN. */
function properRuns(v: TokView, a: number, b: number, rawStarts?: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = a; i <= b; i++) {
    if (v.pos[i] !== 'PROPN') continue;
    let j = i;
    for (;;) {
      if (j + 1 <= b && v.pos[j + 1] === 'PROPN') { j++; continue; }
      if (j + 2 <= b && v.word[j + 1] === '-' && v.start[j + 1] === v.end[j] && v.start[j + 2] === v.end[j + 1]) { j += 2; continue; }
      break;
    }
    // Title words ("President", "Minister") are tagged PROPN by some taggers: keep them out of names.
    let x = i;
    while (x < j && TITLE_WORDS.has(v.lower[x])) x++;
    out.push([x, j]);
    rawStarts?.push(i);
    i = j;
  }
  return out;
}
const TITLE_WORDS = new Set(['president', 'prime', 'minister', 'chancellor', 'king', 'queen', 'general', 'gen.', 'sen.', 'senator', 'rep.', 'gov.', 'governor', 'mayor', 'mr.', 'mrs.', 'ms.', 'dr.', 'secretary', 'leader', 'chairman', 'judge', 'justice', 'pope', 'sheikh', 'prince']);
