/**
 * Clock times: "3 p.m.", "15:00 GMT", "noon", "eight o'clock".
 * @module
 */
import { adder, type Matcher, B, E, cand } from './blocks.js';
import { NUMBER_WORDS } from '../lexicon.js';

/** The clock matchers, in priority order. */
export const clockMatchers: Matcher[] = [];
const add = adder(clockMatchers);

// Clock times: "3 p.m.", "10:30 a.m. EDT", "noon", "midnight", "midday", "15:00 GMT"
add('clock', `${B}(?:(?<hh>[01]?\\d|2[0-3])(?::(?<mm>[0-5]\\d))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm|a\\.m|p\\.m|AM|PM|A\\.M\\.|P\\.M\\.)(?:\\s+(?<tz>[ECMP][SD]T|GMT|UTC|BST|CET|CEST|local time))?|(?<h2>[01]?\\d|2[0-3]):(?<m2>[0-5]\\d)(?:\\s+(?<tz2>[ECMP][SD]T|GMT|UTC|BST|CET|CEST|local time|hours|hrs))|(?<w>noon|midnight|midday|mid-?\\s?afternoon|mid-?\\s?morning))${E}`, (m, c) => {
  const g = m.groups!;
  if (g.w) {
    const w = g.w.toLowerCase();
    if (/^mid-?\s?afternoon$/.test(w)) return cand(c, m.index, m.index + m[0].length, 'TIME', { k: 'clock', part: 'AF' }, 'clock', 2);
    if (/^mid-?\s?morning$/.test(w)) return cand(c, m.index, m.index + m[0].length, 'TIME', { k: 'clock', part: 'MO' }, 'clock', 2);
    return cand(c, m.index, m.index + m[0].length, 'TIME', { k: 'clock', hh: w === 'midnight' ? 24 : 12, mm: 0 }, 'clock', 2);
  }
  let hh = +(g.hh ?? g.h2);
  const mm = +(g.mm ?? g.m2 ?? 0);
  const ap = (g.ap ?? '').toLowerCase();
  if (ap.startsWith('p') && hh < 12) hh += 12;
  if (ap.startsWith('a') && hh === 12) hh = 0;
  let end = m.index + m[0].length;
  if (ap && !ap.endsWith('.') && c.s[end] === '.' && /^a\.m$|^p\.m$/.test(ap)) end++;
  return cand(c, m.index, end, 'TIME', { k: 'clock', hh, mm }, 'clock', 3);
});

// "4 in the morning", "eight o'clock", "10 o'clock at night"
add('clock-words', `${B}(?<h>[01]?\\d|2[0-3]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?<oc>\\s+o['’]clock)?(?:\\s+(?:in\\s+the|at)\\s+(?<part>morning|afternoon|evening|night))?${E}`, (m, c) => {
  const g = m.groups!;
  if (!g.oc && !g.part) return null;
  let hh = /^\d/.test(g.h) ? +g.h : NUMBER_WORDS[g.h.toLowerCase()];
  if (hh > 12 && g.part) return null;
  const part = g.part?.toLowerCase();
  if ((part === 'afternoon' || part === 'evening' || (part === 'night' && hh >= 6)) && hh < 12) hh += 12;
  if (part === 'morning' && hh === 12) hh = 0;
  return cand(c, m.index, m.index + m[0].length, 'TIME', { k: 'clock', hh, mm: 0 }, 'clock', 3);
});
