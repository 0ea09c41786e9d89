/**
 * Durations: "three years", "the past two months", bare plural units.
 * @module
 */
import { adder, type Matcher, B, E, INCLUDED_APPROX, NUMWORD, NUM_RE, UNIT_RE, approxMod, calUnit, cand, durationValue, groupStart, nextWord, parseNum, prevWord, unitOf } from './blocks.js';

/** The durations matchers, in priority order. */
export const durationsMatchers: Matcher[] = [];
const add = adder(durationsMatchers);

// Durations: "three years", "the past two months", "the first nine months", "two-year", "nearly forty years", "a decade", "years"
add('duration', `${B}(?:(?<approx>nearly|almost|about|around|some|more than|less than|over|under|roughly|approximately|at least|at most|up to|just|only|well over|no more than|not more than|barely)\\s+)?(?:(?<the>the)\\s+)?(?:(?<dir>past|last|next|first|coming|previous|final|following|initial|latest|remaining|same|entire|full|whole|subsequent|preceding)\\s+)?(?:(?<num0>\\d+|${NUMWORD})\\s+(?:to|or)\\s+)?(?<num>${NUM_RE})(?<sep>\\s*-\\s*|\\s+)(?:(?:more|additional|extra|further)\\s+)?(?<unit>${UNIT_RE})(?<orso>\\s+or\\s+so)?${E}`, (m, c) => {
  const g = m.groups!;
  const unitWord = g.unit.toLowerCase();
  const num = parseNum(g.num);
  const u = unitOf(unitWord);
  const numL = g.num.toLowerCase();
  const after = c.s.slice(m.index + m[0].length);
  // "10-year-old", "a two-day-old baby": ages are not timexes in TimeML.
  if (/^-old\b/.test(after) || /^\s+old\b/.test(after)) return null;
  // "a second group": the ordinal, not the unit.
  if ((numL === 'a' || numL === 'an') && unitWord === 'second') return null;
  // "four flights a week", "$500 million a year", "24 hours a day": a rate, which TimeBank does not mark.
  if ((numL === 'a' || numL === 'an') && !g.dir && !g.the && !g.approx) {
    const bw = prevWord(c.s, m.index);
    const bp = c.posAt(m.index - bw.length - 1);
    if (/^[\d.,]+$|^(?:million|billion|thousand|hundred|percent|cents?|dollars?)$/i.test(bw) || (bp === 'NOUN' && /s$/.test(bw))) return null;
  }
  // Plural unit after "a"/"one": "a years" is not English; singular after a plural number ("two year") is allowed (adjectival).
  if ((numL === 'a' || numL === 'an') && /s$/.test(unitWord) && unitWord !== 'hours') return null;
  // "one day" as "some day" (vague), "the day" handled elsewhere
  if ((numL === 'a' || numL === 'an' || numL === 'one') && !g.dir && !g.approx && !g.the) {
    const before = prevWord(c.s, m.index).toLowerCase();
    // "once a year", "$5 a day" are sets; "in a day" is fine. Sets are matched separately.
    if (/^(?:once|twice|times|per)$/.test(before) || /^\d|[$€£%]$/.test(before)) return null;
    if (numL === 'one' && unitWord === 'day' && !/^(?:for|in|within|after|over|than|only|just)$/.test(before)) return null;
  }
  // "the two years" vs. "the 1990s": numbers above 200 with a unit are quantities of time only for small units.
  if (num !== null && num >= 1000 && /^\d/.test(g.num)) return null;
  // "three-quarters of its food": a fraction.
  if (u === 'Q' && (/^\s+of\b/.test(after) || /^-of/.test(after) || g.sep.includes('-'))) return null;
  if (/^\d/.test(g.num) && g.num.includes(',') && num !== null && num < 1000) return null;
  // "two to three weeks": a range of durations, no single value.
  if (g.num0) return cand(c, m.index, m.index + m[0].length, 'DURATION', { k: 'dur', value: durationValue(null, u) }, 'duration-range', 1, g.approx ? approxMod(g.approx) : undefined);
  let value = durationValue(numL === 'some' || numL === 'several' || numL === 'few' || numL === 'many' || /of$/.test(numL) ? null : num, u);
  if (numL === 'a few' || numL === 'few' || numL === 'several' || numL === 'many' || numL === 'some' || /of$/.test(numL)) value = durationValue(null, u);
  let start = g.approx && !INCLUDED_APPROX.test(g.approx) ? groupStart(m, g.the ? 'the' : 'num') : m.index;
  let mod = g.approx ? approxMod(g.approx) : undefined;
  if (g.orso) mod = 'APPROX';
  // A determiner belongs to the expression only with a direction word or a bare count ("the nine months").
  if (g.the && !g.dir && g.sep.includes('-')) start = groupStart(m, 'num');
  if (g.approx && g.the) start = groupStart(m, 'the'); // "over the past two years": "over" is a signal
  return cand(c, start, m.index + m[0].length, 'DURATION', { k: 'dur', value }, 'duration', 1, mod);
});
// "the past year", "the last decade", "the next month", "the coming weeks", "the past few days" (no count: one unit, or X when plural)
add('duration-span', `${B}(?:(?<approx>over|during|for|in|within)\\s+)?the\\s+(?<dir>past|last|next|coming|previous|preceding|following|ensuing|first|final|latest|recent|current|entire|whole|full)\\s+(?<unit>${UNIT_RE})(?<orso>\\s+or\\s+so)?${E}`, (m, c) => {
  const g = m.groups!;
  const unitWord = g.unit.toLowerCase();
  const dir = g.dir.toLowerCase();
  const plural = /s$/.test(unitWord);
  const u = unitOf(unitWord);
  // "over the past year": the preposition is a signal, outside the expression.
  const start = g.approx ? m.index + m[0].toLowerCase().indexOf('the', g.approx.length) : m.index;
  const afterWord = nextWord(c.s, m.index + m[0].length).toLowerCase();
  if (afterWord === 'of') return null;
  if (!plural && (dir === 'following' || dir === 'next' || dir === 'previous' || dir === 'preceding') && /^(?:day|week|month|year|weekend)$/.test(unitWord)) return null; // anaphoric dates
  if (!plural && (dir === 'current' || dir === 'latest' || dir === 'first' || dir === 'final' || dir === 'last') && u === 'Q') return null;
  if (!plural && (dir === 'full' || dir === 'entire' || dir === 'whole') && unitWord === 'year') {
    return cand(c, start, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n: 0, gran: 'Y' }, 'full-year', 1);
  }
  if (!plural && (dir === 'current' || dir === 'latest')) {
    const cu = calUnit(unitWord);
    if (cu) return cand(c, start, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: cu.unit, n: 0, gran: cu.gran }, 'current-unit', 1);
  }
  if (dir === 'recent' || dir === 'coming') {
    if (plural) {
      const value = dir === 'recent' ? 'PAST_REF' : 'FUTURE_REF';
      return cand(c, start, m.index + m[0].length, 'DATE', { k: 'vague', value }, 'recent-units', 1);
    }
  }
  const value = durationValue(plural ? null : 1, u);
  return cand(c, start, m.index + m[0].length, 'DURATION', { k: 'dur', value }, 'duration-span', 1, g.orso ? 'APPROX' : undefined);
});
// Bare plural units: "years", "for months", "decades" (vague durations); "for a while" is not marked
add('duration-bare', `${B}(?<unit>years|months|weeks|days|hours|minutes|decades|centuries)${E}`, (m, c) => {
  const before = prevWord(c.s, m.index).toLowerCase();
  const after = nextWord(c.s, m.index + m[0].length).toLowerCase();
  if (!/^(?:for|in|over|within|after|took|take|takes|lasted|last|spent|spend|than|only|just|the)$/.test(before)) return null;
  if (/^(?:of|ago|earlier|later|before|after|old)$/.test(after)) return null;
  if (before === 'the' && !/^(?:ahead|to|since)$/.test(after)) return null;
  const u = unitOf(m.groups!.unit);
  return cand(c, m.index, m.index + m[0].length, 'DURATION', { k: 'dur', value: durationValue(null, u) }, 'duration-bare', 0);
});
