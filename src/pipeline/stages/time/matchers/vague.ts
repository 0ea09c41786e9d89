/**
 * Vague references: "now", "recently", "the past", "the coming years".
 * @module
 */
import { adder, type Matcher, B, E, cand, durationValue, nextWord, prevWord, unitOf } from './blocks.js';

/** The vague matchers, in priority order. */
export const vagueMatchers: Matcher[] = [];
const add = adder(vagueMatchers);

// Vague: now, currently, recently, the past, the future, soon, nowadays, these days, in recent years
add('vague', `${B}(?<w>recent (?:weeks and months|years|months|weeks|days|quarters|decades)|past years|the coming years|the coming months|the coming weeks|the coming days|coming (?:years|months|weeks|days|quarters)|the months ahead|the years ahead|the weeks ahead|the days ahead|the near future|the near term|the short term|the long term|the time being|the present|the past|the future|now|currently|current|nowadays|these days|at present|presently|at the moment|recently|recent|lately|of late|future|soon|shortly)${E}`, (m, c) => {
  const w = m.groups!.w.toLowerCase();
  const before = prevWord(c.s, m.index).toLowerCase();
  const after = nextWord(c.s, m.index + m[0].length).toLowerCase();
  const pos = c.posAt(m.index);
  let value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF' | null = null;
  switch (w) {
    case 'now': case 'right now': case 'currently': case 'nowadays': case 'these days': case 'at present': case 'presently': case 'at the moment': case 'the time being':
      value = 'PRESENT_REF'; break;
    case 'current':
      // adjective: "the current quarter" is matched as a date; "current account", "current affairs", "electric current" are not times.
      if (/^(?:account|accounts|affairs|events|flow|flows|density|source|value|assets|liabilities|ratio|yield)$/.test(after)) return null;
      if (!/^(?:the|its|his|her|their|our|a|in)$/.test(before) && pos !== 'ADJ') return null;
      value = 'PRESENT_REF'; break;
    case 'the present':
      value = 'PRESENT_REF'; break;
    case 'recently': case 'lately': case 'of late': case 'past years':
      value = 'PAST_REF'; break;
    case 'recent':
      if (/^(?:years|months|weeks|days)$/.test(after)) return null;
      value = 'PAST_REF'; break;
    case 'the past':
      if (/^(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d+|year|month|week|decade|day|quarter|months|years|weeks|days|decades|quarters|century|hour|hours)$/.test(after)) return null;
      value = 'PAST_REF'; break;
    case 'the near term': case 'the short term':
      value = 'FUTURE_REF'; break;
    case 'the long term': return null;
    case 'the future': case 'future': case 'the near future': case 'the coming years': case 'the coming months': case 'the coming weeks': case 'the coming days': case 'the months ahead': case 'the years ahead': case 'the weeks ahead': case 'the days ahead':
      if (w === 'future' && !/^(?:in|near|the|for|distant|immediate)$/.test(before) ) {
        // "future peace talks": an adjective; TimeBank marks it too, but only rarely. Keep when a preposition or article precedes.
        if (!/^(?:its|their|our|his|her)$/.test(before)) return null;
      }
      value = 'FUTURE_REF'; break;
    case 'soon': case 'shortly':
      if (after === 'after' || after === 'as' || after === 'afterwards' || before === 'as' || before === 'too') return null;
      value = 'FUTURE_REF'; break;
    default:
      if (w.startsWith('recent ') && !w.includes(' and ')) {
        // "recent years": an unspecified stretch of time up to now (PXY), as TimeBank mostly writes it.
        const unit = unitOf(w.slice(7));
        return cand(c, m.index, m.index + m[0].length, 'DURATION', { k: 'dur', value: durationValue(null, unit) }, 'recent-units', 0);
      }
      if (w.startsWith('recent ')) { value = 'PAST_REF'; break; }
      if (w.startsWith('coming ')) { value = 'FUTURE_REF'; break; }
      return null;
  }
  return cand(c, m.index, m.index + m[0].length, 'DATE', { k: 'vague', value }, 'vague', 0);
});
