/**
 * Offsets and anaphora: "three years ago", "two months later", "the following week", "the weekend".
 * @module
 */
import { adder, type Matcher, B, E, INCLUDED_APPROX, NUM_RE, UNIT_RE, approxMod, calUnit, cand, groupStart, nextWord, parseNum, prevWord, unitOf } from './blocks.js';

/** The relative matchers, in priority order. */
export const relativeMatchers: Matcher[] = [];
const add = adder(relativeMatchers);

// "three years ago", "a year earlier", "two months later", "a week before", "five days from now", "nearly two weeks ago"
add('offset', `${B}(?:(?<approx>nearly|almost|about|around|some|more than|less than|over|roughly|approximately|just|only|at least)\\s+)?(?<num>${NUM_RE})[- ](?<unit>${UNIT_RE})\\s+(?<dir>ago|earlier|later|before|after|afterwards?|previously|prior|hence|from now|on|back)${E}`, (m, c) => {
  const g = m.groups!;
  const dir = g.dir.toLowerCase();
  // "two days before the election": "before" is a preposition and the expression a duration.
  if (/^(?:before|after|on|prior|back)$/.test(dir)) {
    const nw = nextWord(c.s, m.index + m[0].length);
    if (nw && /^(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|i|to|[A-Z]\w*)$/.test(nw) && /^\s+\w/.test(c.s.slice(m.index + m[0].length))) return null;
  }
  const num = parseNum(g.num);
  const cu = calUnit(g.unit);
  const back = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' || dir === 'prior' || dir === 'back';
  const anchor = dir === 'ago' || dir === 'from now' || dir === 'hence' || dir === 'back' ? 'dct' : 'ref';
  const mod = g.approx ? approxMod(g.approx) : undefined;
  const st = g.approx && !INCLUDED_APPROX.test(g.approx) ? groupStart(m, 'num') : m.index;
  const en = m.index + m[0].length;
  if (/^T/.test(unitOf(g.unit)) && num !== null) {
    // "an hour later": the same day as the anchor (clock times are rarely known in news).
    return cand(c, st, en, 'TIME', { k: 'rel', anchor, unit: 'D', n: 0, gran: 'D' }, 'offset-time', 2, mod);
  }
  if (!cu || num === null || !Number.isInteger(num)) {
    // Vague ("years ago", "some time later"): a past or future reference.
    return cand(c, st, en, 'DATE', { k: 'vague', value: back ? 'PAST_REF' : 'FUTURE_REF' }, 'offset-vague', 2, mod);
  }
  // "a decade ago" is a year ten years back, not a decade.
  if (cu.unit === 'DE' || cu.unit === 'C') {
    const years = num * (cu.unit === 'DE' ? 10 : 100);
    return cand(c, st, en, 'DATE', { k: 'rel', anchor, unit: 'Y', n: back ? -years : years, gran: 'Y' }, 'offset', 3, mod);
  }
  return cand(c, st, en, 'DATE', { k: 'rel', anchor, unit: cu.unit, n: back ? -num : num, gran: cu.gran }, 'offset', 3, mod);
});

// Anaphoric: "the following week", "the next day", "the previous year", "the same day", "that year", "the day before", "the year"
add('anaphoric', `${B}(?:(?<pre>later|earlier|early|late)\\s+)?(?:(?<the>the)\\s+(?<rel>following|next|previous|preceding|prior|same|subsequent|day before|day after|week before|week after|year before|year after)?\\s*|(?<that>that)\\s+)(?<unit>day|week|month|year|weekend|decade)(?<after>\\s+(?:before|after|earlier))?${E}`, (m, c) => {
  const g = m.groups!;
  const rel = g.rel?.toLowerCase();
  const unit = g.unit.toLowerCase();
  const cu = calUnit(unit)!;
  const afterWord = nextWord(c.s, m.index + m[0].length).toLowerCase();
  const before = prevWord(c.s, m.index).toLowerCase();
  let n = 0;
  if (rel === 'following' || rel === 'next' || rel === 'subsequent') n = 1;
  else if (rel === 'previous' || rel === 'preceding' || rel === 'prior') n = -1;
  else if (rel?.endsWith('before')) return null;
  if (g.after) {
    // "the day before authorities issued …": "before" opens a clause; only "the day before." is anaphoric.
    if (/^\s*[A-Za-z]/.test(c.s.slice(m.index + m[0].length))) return null;
    n = /before|earlier/.test(g.after) ? -1 : 1;
  }
  if (!rel && !g.after && !g.that) {
    // bare "the year"/"the day": only as a time of reference ("in the year", "earlier in the week"), not "the year's best", "of the day"
    if (/^(?:['’]s|of|that|when|in|before|after|ahead|earlier|ended|ending|to|through)$/.test(afterWord) && !(afterWord === 'ended' || afterWord === 'ending')) return null;
    if (afterWord === 'ended' || afterWord === 'ending') return null;
    if (!/^(?:in|during|for|of|over|through|throughout|within|by|until|at|since|on)$/.test(before)) return null;
    if (unit === 'day' || unit === 'decade') return null;
  }
  if (g.that && /^(?:['’]s|of)$/.test(afterWord)) return null;
  if (/^['’]s$/.test(afterWord)) return null;
  const pre = g.pre?.toLowerCase();
  const mod = !pre ? undefined : /^(?:earlier|early)$/.test(pre) ? 'START' : 'END';
  if (pre && !g.that && !rel) return null;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'ref', unit: cu.unit, n, gran: cu.gran, weekend: unit === 'weekend' }, 'anaphoric', 1, mod);
});
// "the weekend", "over the weekend"
add('weekend', `${B}the\\s+weekend${E}`, (m, c) => {
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'W', n: 0, gran: 'W', weekend: true }, 'weekend', 2);
});
