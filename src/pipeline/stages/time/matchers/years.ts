/**
 * Years and larger: fiscal years, year-end, "the year ended …", bare years, decades, centuries.
 * @module
 */
import { adder, type Matcher, B, COUNT_NOUN, E, YEAR_RE, cand, durationValue, groupStart, nextWord, prevWord } from './blocks.js';
import { ORDINALS } from '../lexicon.js';

/** The years matchers, in priority order. */
export const yearsMatchers: Matcher[] = [];
const add = adder(yearsMatchers);

// "the 1988 period", "the 1989 fiscal year": the article belongs to the expression
// "the 1988 period", "the 1988 quarter" in a quarterly report: the reporting quarter of that year (see resolve).
add('year-period', `${B}the\\s+(?<y>${YEAR_RE})\\s+(?:fiscal\\s+)?(?<u>period|quarter|fiscal year|year)${E}`, (m, c) => {
  const u = m.groups!.u.toLowerCase();
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'Y', y: +m.groups!.y }, u === 'period' || u === 'quarter' ? 'year-period-q' : 'year-period', 2);
});
// "year-earlier", "the year-ago period", "the year-earlier nine months"
add('year-ago-adj', `${B}(?:(?<the>the)\\s+)?(?:comparable\\s+)?year-(?:earlier|ago)(?:\\s+(?<noun>period|quarter|level|results|nine months|six months|first quarter|second quarter|third quarter|fourth quarter|first half|second half))?${E}`, (m, c) => {
  const g = m.groups!;
  const start = g.the && (!g.noun || /level|results/i.test(g.noun)) ? m.index + m[0].toLowerCase().indexOf('year') : m.index;
  const end = g.noun && /level|results/i.test(g.noun) ? m.index + m[0].length - g.noun.length - 1 : m.index + m[0].length;
  if (/months/i.test(g.noun ?? '')) return cand(c, start, end, 'DURATION', { k: 'dur', value: durationValue(/nine/i.test(g.noun!) ? 9 : 6, 'M') }, 'year-ago-adj', 3);
  const q = g.noun ? (ORDINALS[g.noun.split(' ')[0].toLowerCase()] ?? 0) : 0;
  if (q > 0 && /quarter/i.test(g.noun!)) return cand(c, start, end, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n: -1, gran: 'Q', pin: `Q${q}` }, 'year-ago-adj', 3);
  return cand(c, start, end, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n: -1, gran: 'Y' }, 'year-ago-adj', 3);
});
// "the current fiscal year", "this fiscal year", "last fiscal year", "the fiscal year"
add('fiscal-year', `${B}(?:(?<det>the current|this|last|next|the previous|the latest|the new|the coming|the|its|their)\\s+)fiscal\\s+year(?:\\s+(?<y>${YEAR_RE}))?${E}`, (m, c) => {
  const g = m.groups!;
  const det = g.det.toLowerCase();
  const start = det === 'its' || det === 'their' ? m.index + g.det.length + 1 : m.index;
  if (g.y) return cand(c, start, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'Y', y: +g.y, fiscal: true }, 'fiscal-year', 3);
  const n = det === 'last' || det === 'the previous' ? -1 : det === 'next' || det === 'the coming' || det === 'the new' ? 1 : 0;
  const after = nextWord(c.s, m.index + m[0].length).toLowerCase();
  if ((det === 'the' || det === 'its' || det === 'their') && (after === 'ended' || after === 'ending' || after === 'ends' || after === 'beginning' || after === 'that' || after === 'which')) return null;
  return cand(c, start, m.index + m[0].length, 'DATE', { k: 'rel', anchor: det === 'the' || det === 'its' || det === 'their' ? 'ref' : 'dct', unit: 'Y', n, gran: 'Y' }, 'fiscal-year', 3);
});

// "year-end", "year end", "year's end", "the end of the year" (the DCT year, its end)
add('year-end', `${B}year(?:-|\\s+|['’]s\\s+)end${E}`, (m, c) => {
  const after = c.s.slice(m.index + m[0].length);
  if (/^\s*(?:results|figures|bonus|bonuses|report|rally|review|sales|holiday|holidays|deadline)\b/i.test(after)) return null;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Y', n: 0, gran: 'Y' }, 'year-end', 2, 'END');
});
// "the year ended Sept. 30", "the fiscal year ended March 31": a year-long period (a duration in TimeBank);
// "the quarter ended Sept. 30": the quarter.
add('period-ended', `${B}(?:the|its)\\s+(?:fiscal\\s+)?(?<u>year|quarter|nine months|six months)(?=\\s+(?:ended|ending|that ended|which ended|through)\\b)`, (m, c) => {
  const u = m.groups!.u.toLowerCase();
  const start = /^its/i.test(m[0]) ? m.index + 4 : m.index;
  if (u === 'quarter') return cand(c, start, m.index + m[0].length, 'DATE', { k: 'rel', anchor: 'dct', unit: 'Q', n: -1, gran: 'Q' }, 'quarter-latest', 2);
  const value = u === 'year' ? 'P1Y' : u === 'nine months' ? 'P9M' : 'P6M';
  return cand(c, start, m.index + m[0].length, 'DURATION', { k: 'dur', value }, 'period-ended', 2);
});

// Years: "1990", "in 2024", "fiscal 1989", "the 1988 period" (the year only)
add('year', `${B}(?:(?<fiscal>fiscal(?:\\s+year)?|FY)\\s*)?(?<year>${YEAR_RE})(?![\\d,.]\\d|\\s*%|[\\w])`, (m, c) => {
  const g = m.groups!;
  const y = +g.year;
  const yStart = groupStart(m, 'year');
  const pre = c.s.slice(Math.max(0, yStart - 2), yStart);
  if (/[$€£#]\s*$/.test(pre) || /\d[,.]$/.test(pre)) return null;
  const after = nextWord(c.s, m.index + m[0].length);
  if (COUNT_NOUN.test(after)) return null;
  const before = prevWord(c.s, yStart).toLowerCase();
  if (/^(?:no\.?|number|page|room|route|flight|highway|article|section|model|version|chapter|bus|interstate|§|tel|fax|code|zip|act)$/i.test(before)) return null;
  // Numbers in a range of quantities ("between 1500 and 1800 soldiers") are counts.
  if (/^(?:about|some|nearly|almost|over|than|around|approximately|roughly)$/.test(before) && y > new Date().getUTCFullYear() + 30) return null;
  if (y > 2100) return null;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'Y', y, fiscal: !!g.fiscal }, 'year', 0);
});

// Decades: "the 1990s", "1980s", "the '90s", "the mid-1980s"
add('decade', `${B}(?:(?<the>the)\\s+)?(?:(?<mod>early|late|mid)[- ]?)?(?<dec>(?:1[5-9]|20)\\d0|'\\d0)['’]?s${E}`, (m, c) => {
  const g = m.groups!;
  const y = g.dec.startsWith("'") ? 1900 + +g.dec.slice(1) : +g.dec;
  const mod = g.mod ? ({ early: 'START', late: 'END', mid: 'MID' } as Record<string, string>)[g.mod.toLowerCase()] : undefined;
  // TimeBank includes the article: "the 1990s", "the mid-1990s".
  const start = m.index;
  return cand(c, start, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'DE', y }, 'decade', 2, mod);
});
add('decade-words', `${B}(?:the\\s+)(?:(?<mod>early|late|mid)[- ]?)?(?<dec>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${E}`, (m, c) => {
  const g = m.groups!;
  const y = 1900 + ({ twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 } as Record<string, number>)[g.dec];
  const mod = g.mod ? ({ early: 'START', late: 'END', mid: 'MID' } as Record<string, string>)[g.mod] : undefined;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'DE', y }, 'decade', 2, mod);
});
// Centuries: "the 20th century", "the nineteenth century"
add('century', `${B}(?:the\\s+)?(?:(?<mod>early|late|mid)[- ]?)?(?<n>\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).filter((w) => w !== 'last').join('|')})[- ]century${E}`, (m, c) => {
  const g = m.groups!;
  const n = /^\d/.test(g.n) ? parseInt(g.n, 10) : ORDINALS[g.n.toLowerCase()];
  const mod = g.mod ? ({ early: 'START', late: 'END', mid: 'MID' } as Record<string, string>)[g.mod] : undefined;
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'abs', gran: 'C', y: (n - 1) * 100 }, 'century', 2, mod);
});
