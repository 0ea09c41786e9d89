/**
 * News boilerplate that survives article extraction, found in plain text.
 * Patterns are data: each has a rule id naming what it removes.
 * @module
 */

/** A boilerplate span in the text (half-open UTF-16 offsets) and the rule that found it. */
export interface BoilerplateHit { start: number; end: number; rule: string }

interface LinePattern { rule: string; re: RegExp }

/** Whole-paragraph patterns: the paragraph is boilerplate when it matches from its start. */
const LINE_PATTERNS: readonly LinePattern[] = [
  { rule: 'related-link', re: /^(?:also read|read also|read more|related|related stories?|recommended|more on this story|see also|watch|listen)\s*[:|\-–—]\s*\S/i },
  { rule: 'subscribe-prompt', re: /^(?:subscribe|sign up|follow us|click here|download (?:our|the) app|get the latest|join our)\b[^.]{0,160}$/i },
  { rule: 'share-prompt', re: /^(?:share (?:this|on)|share:|tweet|email this)\b[^.]{0,80}$/i },
  { rule: 'photo-credit', re: /^(?:photo|image|picture|file photo|photograph)s?\s*(?:credit)?\s*[:|/]\s*[^.]{0,120}$/i },
  { rule: 'update-note', re: /^(?:this (?:story|article) (?:has been|was) updated)\b[^]{0,200}$/i },
  { rule: 'cookie-notice', re: /^(?:we use cookies|this (?:site|website) uses cookies)\b/i },
];

/**
 * Boilerplate spans within the paragraph `[start, end)` of `text`.
 * Each line of the paragraph is tested separately so that a single pasted
 * "Also Read" line inside a block is found.
 */
export function findBoilerplate(text: string, start: number, end: number): BoilerplateHit[] {
  const hits: BoilerplateHit[] = [];
  let s = start;
  while (s < end) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > end) e = end;
    let ls = s, le = e;
    while (ls < le && /\s/.test(text[ls])) ls++;
    while (le > ls && /\s/.test(text[le - 1])) le--;
    if (le > ls) {
      const line = text.slice(ls, le);
      for (const p of LINE_PATTERNS) {
        if (p.re.test(line)) { hits.push({ start: ls, end: le, rule: p.rule }); break; }
      }
    }
    s = e + 1;
  }
  return hits;
}
