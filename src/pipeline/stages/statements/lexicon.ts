/**
 * Reporting cues as data: lemma → cue kind. Curated by hand from the cue forms most
 * frequent in PolNeAR train (counted with `npm run train -- attribution`) and the
 * reporting-verb classes of Bergler and of Pareti's PARC guidelines. The model learns
 * which words are cues; this table names their kind and gives the learner a feature.
 * @module
 */

/** Cue kind → lemmas (multi-word lemmas are space-separated). */
export const CUE_KINDS: Record<string, string[]> = {
  assertion: ['say', 'tell', 'state', 'add', 'note', 'write', 'explain', 'declare', 'announce', 'report', 'claim', 'assert',
    'argue', 'insist', 'maintain', 'contend', 'suggest', 'reaffirm', 'reiterate', 'stress', 'emphasize', 'emphasise',
    'point out', 'describe', 'call', 'tweet', 'post', 'remark', 'comment', 'respond', 'reply', 'answer', 'continue',
    'conclude', 'confirm', 'testify', 'recall', 'disclose', 'reveal', 'estimate', 'predict', 'indicate', 'show',
    'find', 'according to', 'cite', 'quote', 'mention', 'observe', 'repeat', 'publish', 'brief', 'inform', 'signal',
    'propose', 'tout', 'boast', 'brag', 'joke', 'quip', 'shout', 'yell', 'chant', 'whisper', 'proclaim', 'predict',
    'forecast', 'project', 'learn', 'hear', 'speak', 'talk', 'statement', 'interview', 'remarks', 'argument', 'claim'],
  accusation: ['accuse', 'blame', 'charge', 'allege', 'criticize', 'criticise', 'condemn', 'attack', 'slam', 'denounce',
    'fault', 'lambaste', 'blast', 'decry', 'mock', 'ridicule', 'label', 'brand', 'smear', 'accusation', 'allegation'],
  promise: ['pledge', 'promise', 'vow', 'commit', 'swear', 'guarantee', 'undertake', 'assure', 'pledge to'],
  denial: ['deny', 'reject', 'dismiss', 'refute', 'dispute', 'rebuff', 'rebut', 'contradict', 'denial'],
  acknowledgement: ['acknowledge', 'admit', 'concede', 'recognise', 'recognize', 'confess', 'grant', 'accept'],
  warning: ['warn', 'caution', 'threaten', 'alert', 'warning'],
  gratitude: ['thank', 'praise', 'congratulate', 'commend', 'applaud', 'hail', 'credit', 'laud'],
  belief: ['believe', 'think', 'feel', 'consider', 'expect', 'hope', 'fear', 'doubt', 'suspect', 'assume', 'worry',
    'know', 'see', 'view', 'regard', 'seem', 'appear', 'agree', 'understand', 'realize', 'realise', 'imagine', 'guess'],
  question: ['ask', 'question', 'wonder', 'inquire', 'query'],
  request: ['urge', 'call for', 'demand', 'appeal', 'request', 'order', 'instruct', 'direct', 'encourage', 'implore', 'beg', 'want'],
  endorsement: ['endorse', 'support', 'back', 'welcome', 'defend', 'champion'],
};

/** Irregular forms of cue verbs → lemma (regular forms are derived by {@link lemmaOf}). */
const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', saying: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think',
  felt: 'feel', knew: 'know', known: 'know', saw: 'see', seen: 'see', spoke: 'speak', spoken: 'speak', heard: 'hear',
  found: 'find', swore: 'swear', sworn: 'swear', undertook: 'undertake', taught: 'teach', meant: 'mean', learnt: 'learn',
  according: 'accord', stated: 'state', noted: 'note', quoted: 'quote', argued: 'argue', continued: 'continue',
  concluded: 'conclude', declared: 'declare', described: 'describe', announced: 'announce', believed: 'believe',
  hoped: 'hope', proposed: 'propose', urged: 'urge', refuted: 'refute', disputed: 'dispute', promised: 'promise',
  pledged: 'pledge', accused: 'accuse', charged: 'charge', alleged: 'allege', praised: 'praise', criticized: 'criticize',
  criticised: 'criticise', denounced: 'denounce', acknowledged: 'acknowledge', recognized: 'recognize', recognised: 'recognise',
  cautioned: 'caution', assumed: 'assume', imagined: 'imagine', realized: 'realize', realised: 'realise', released: 'release',
  decried: 'decry', denied: 'deny', replied: 'reply', testified: 'testify', queried: 'query', implied: 'imply',
  notes: 'note', denies: 'deny', replies: 'reply', testifies: 'testify', admitted: 'admit', admitting: 'admit',
  committed: 'commit', committing: 'commit', referred: 'refer', referring: 'refer', quipped: 'quip', quipping: 'quip',
  regretted: 'regret', regretting: 'regret', emphasized: 'emphasize', emphasised: 'emphasise', dismissed: 'dismiss',
  confessed: 'confess', stressed: 'stress', guessed: 'guess', addressed: 'address', expressed: 'express',
  gave: 'give', given: 'give', made: 'make', took: 'take', taken: 'take', wanted: 'want', sought: 'seek',
  insisted: 'insist', maintained: 'maintain', reaffirmed: 'reaffirm', thanked: 'thank', warned: 'warn',
};

const KIND_OF = new Map<string, string>();
for (const [kind, lemmas] of Object.entries(CUE_KINDS)) for (const l of lemmas) if (!KIND_OF.has(l)) KIND_OF.set(l, kind);

/** A light lemma for lower-cased `w`: irregular table, then -ies/-ied/-ing/-ed/-s stripping. */
export function lemmaOf(w: string): string {
  const irr = IRREGULAR[w];
  if (irr) return irr;
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (n > 4 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (n > 5 && w.endsWith('ing')) return restoreE(w.slice(0, -3));
  if (n > 4 && w.endsWith('ed')) return restoreE(w.slice(0, -2));
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

function restoreE(stem: string): string {
  // warn-ed, claim-ed stay; describ-ed → describe, not-ed → note (when the stem is in the lexicon with an e).
  if (KIND_OF.has(stem)) return stem;
  if (KIND_OF.has(stem + 'e')) return stem + 'e';
  const last = stem.length - 1;
  if (last > 2 && stem[last] === stem[last - 1] && !'lsz'.includes(stem[last])) return stem.slice(0, -1);
  return stem;
}

/** The cue kind of a lemma (or of a multi-word lemma like `according to`), or `undefined`. */
export function cueKindOf(lemma: string): string | undefined {
  return KIND_OF.get(lemma);
}
