/**
 * Parts of a year: quarters ("the third quarter", "Q3 2024"), halves, seasons.
 * @module
 */
import { adder, type Matcher, B, DATE_PREPS, E, ORD_RE, SEASON_RE, YEAR_RE, cand, groupStart, nextWord, prevWord } from './blocks.js';
import { ORDINALS, SEASONS } from '../lexicon.js';
import type { Sem } from '../types.js';

/** The quarters matchers, in priority order. */
export const quartersMatchers: Matcher[] = [];
const add = adder(quartersMatchers);

// Quarters: "the third quarter", "third-quarter", "the fourth quarter of 1990", "the fiscal first quarter", "Q3 2024"
add('quarter', `${B}(?:(?<the>the)\\s+)?(?:(?<yp>${YEAR_RE}|(?:this|last|next)\\s+year['’]s|${YEAR_RE}['’]s)\\s+)?(?:(?<rel>year-earlier|year-ago|latest|current|comparable|same|previous|prior|past|last|recent|next|coming|fiscal|calendar)\\s+)?(?:(?:fiscal|calendar)\\s+)?(?<ord>${ORD_RE})(?<hy>[- ])(?:fiscal[- ])?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?<y1>${YEAR_RE})|,?\\s+(?<y2>${YEAR_RE}))?${E}`, (m, c) => {
  const g = m.groups!;
  const q = ORDINALS[g.ord.toLowerCase()] ?? parseInt(g.ord, 10);
  let y = g.y1 ?? g.y2 ?? (g.yp && /^\d{4}/.test(g.yp) ? g.yp.slice(0, 4) : undefined);
  const ypRel = g.yp && !/^\d/.test(g.yp) ? g.yp.split(/\s+/)[0].toLowerCase() : undefined;
  if (g.the && /^(?:its|their)$/i.test(g.the) && !g.yp && !g.rel) { /* "its fourth quarter": TimeBank includes the possessive */ }
  if (ypRel) {
    const n = ypRel === 'last' ? -1 : ypRel === 'next' ? 1 : 0;
    return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n, gran: 'Q', pin: `Q${q}` }, 'quarter', 3);
  }
  // Adjectival "third-quarter profit": TimeBank leaves the determiner out.
  const start = g.the && g.hy === '-' && !y && !g.yp ? groupStart(m, g.rel ? 'rel' : 'ord') : m.index;
  if (g.rel === 'year-earlier' || g.rel === 'year-ago') {
    return cand(c, start, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'ref', unit: 'Y', n: -1, gran: 'Q' }, 'quarter-year-ago', 3);
  }
  const sem: Sem = y ? { k: 'abs', gran: 'Q', y: +y, q } : { k: 'abs', gran: 'Q', q };
  return cand(c, start, m.index + m[0].length, 'DATE', sem, 'quarter', 3);
});
add('quarter-q', `${B}(?:(?<q1>Q[1-4])|(?<q2>[1-4]Q))(?:\\s*(?<y>${YEAR_RE}|'\\d\\d))?${E}`, (m, c) => {
  const g = m.groups!;
  const q = +(g.q1 ? g.q1[1] : g.q2[0]);
  const y = g.y ? (g.y.startsWith("'") ? 2000 + +g.y.slice(1) : +g.y) : undefined;
  return cand(c, m.index, m.index + m[0].length, 'DATE', y ? { k: 'abs', gran: 'Q', y, q } : { k: 'abs', gran: 'Q', q }, 'quarter', 2);
});
// "the quarter", "the latest quarter", "the year-earlier quarter", "the year-ago period", "the year-earlier period"
add('quarter-ref', `${B}(?:the|this|that|last|next)\\s+(?:(?<rel>latest|current|recent|year-earlier|year-ago|comparable|same|previous|prior|past|last|just-ended|first|final)\\s+)?(?:fiscal\\s+)?(?<unit>quarter|period)${E}`, (m, c) => {
  const g = m.groups!;
  const first = m[0].split(/\s+/)[0].toLowerCase();
  const after = nextWord(c.s, m.index + m[0].length).toLowerCase();
  if (after === 'of' || after === 'ended' || after === 'ending' || after === 'ends') return null;
  if (g.unit === 'period' && !g.rel) return null;
  if (/^-to-/.test(c.s.slice(m.index + m[0].length))) return null; // "quarter-to-quarter"

  if (first === 'last' || first === 'next') {
    return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Q', n: first === 'last' ? -1 : 1, gran: 'Q' }, 'quarter-deictic', 2);
  }
  if (first === 'this') return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Q', n: 0, gran: 'Q' }, 'quarter-deictic', 2);
  const rel = g.rel?.toLowerCase();
  if (rel === 'latest' || rel === 'recent' || rel === 'just-ended' || rel === 'current') {
    // "the latest quarter": the last complete quarter before the DCT; "the current quarter": the DCT's.
    return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Q', n: rel === 'current' ? 0 : -1, gran: 'Q' }, 'quarter-latest', 1);
  }
  const n = rel === 'year-earlier' || rel === 'year-ago' ? -4 : rel === 'previous' || rel === 'prior' ? -1 : 0;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'ref', unit: 'Q', n, gran: 'Q' }, 'quarter-ref', 1);
});
// Halves: "the first half of 1990", "the second half"
add('half', `${B}(?:the\\s+)?(?<ord>first|second|1st|2nd|last|latter)\\s+half(?:\\s+of\\s+(?:(?<y>${YEAR_RE})|(?<rel>this|next|last)\\s+year|the\\s+year))?${E}`, (m, c) => {
  const g = m.groups!;
  const h = /^(first|1st)$/i.test(g.ord) ? 1 : 2;
  const after = nextWord(c.s, m.index + m[0].length).toLowerCase();
  // A bare "the second half" is usually a match or a story, not a calendar half: require the year.
  if (!g.y && !g.rel) return null;
  if (g.rel) {
    const n = g.rel === 'next' ? 1 : g.rel === 'last' ? -1 : 0;
    return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n, gran: 'H', pin: `H${h}` }, 'half', 2);
  }
  return cand(c, m.index, m.index + m[0].length, 'DATE', g.y ? { k: 'abs', gran: 'H', y: +g.y, h } : { k: 'abs', gran: 'H', h }, 'half', 2);
});

// Seasons: "last fall", "this summer", "the summer of 1990", "winter 2023", "(the) spring"
add('season', `${B}(?:(?<det>last|this|next|past|coming|the)\\s+)?(?<s>${SEASON_RE})(?:\\s+of\\s+(?<y1>${YEAR_RE})|\\s+(?<y2>${YEAR_RE}))?${E}`, (m, c) => {
  const g = m.groups!;
  const season = SEASONS[g.s.toLowerCase()];
  const y = g.y1 ?? g.y2;
  const det = g.det?.toLowerCase();
  const before = prevWord(c.s, m.index).toLowerCase();
  if (!det && !y && !DATE_PREPS.has(before)) return null;
  if (g.s.toLowerCase() === 'fall' && !det && !y) return null;
  if (g.s.toLowerCase() === 'fall' && det === 'the' && !y && !/^(?:in|during|by|until|since|through|over|before|after|for|of)$/.test(before)) return null;
  if (y) return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'S', y: +y, season }, 'season', 2);
  if (det === 'last' || det === 'next' || det === 'past' || det === 'coming') {
    return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n: det === 'next' || det === 'coming' ? 1 : -1, gran: 'S', pin: season }, 'season-deictic', 2);
  }
  if (det === 'this') return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n: 0, gran: 'S', pin: season }, 'season-deictic', 2);
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'S', season }, 'season', 1);
});
