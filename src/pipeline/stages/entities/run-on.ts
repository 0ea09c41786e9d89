/**
 * Cuts tagger spans that run on over ordinary lower-case words. English names hold lower-case
 * words only as connectors ("Bank of England", "Council on Foreign Relations", "Manoel de
 * Oliveira"); a span such as "Deseret News observed", "BBC etc." or "Fisht Stadium in Sochi"
 * took the words after the name (or the next name) with it. The span is cut at each other
 * lower-case word; connectors left at either end of a piece go; a piece is kept when it starts
 * with a capital or a digit, and a one-word piece made by the cut is dropped when news mostly
 * writes that word in lower case ("Web" of "Web search engines including Google"). A greeting in
 * front ("Hey Frank") goes too.
 *
 * Spans are token indices into one sentence's NER tokens (end exclusive); pure function.
 * @module
 */
import type { NerToken } from './recognise.js';
import type { TagSpan } from './title-spans.js';

/** Lower-case words that occur inside names (English connectors and name particles). */
const CONNECTOR = new Set(['of', 'and', 'the', 'for', 'on', 'at', 'to', 'upon', '&', 'de', 'du', 'des', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'van', 'von',
  'der', 'den', 'ter', 'ten', 'la', 'le', 'les', 'y', 'e', 'et', 'und', 'bin', 'ibn', 'ben', 'al', 'el', 'sur', 'am', 'an', 'im', "'s", '’s', "'", '’', 'n', "'n'"]);

/** A word that breaks a name: starts with a lower-case letter, has no capital ("iPhone", "al-Assad" keep), is no connector. */
function breaks(w: string): boolean {
  return /^\p{Ll}/u.test(w) && !/\p{Lu}/u.test(w) && !CONNECTOR.has(w);
}

/** Greetings and interjections that a tagger takes into the name after them. */
const GREETING = new Set(['Hey', 'Hi', 'Hello', 'Dear', 'Thanks', 'Oh', 'Bye', 'Goodbye', 'Congratulations', 'Welcome']);

/** Connectors cannot start or end a piece ("and" of "Academy and instead …"). */
const edge = (w: string) => CONNECTOR.has(w) || /^[-–—.,]$/.test(w);

/** Cuts the spans (see the module comment); `common(w)` says news mostly writes `w` in lower case. Returns spans in input order. */
export function cutRunOnSpans(toks: readonly NerToken[], spans: readonly TagSpan[], common: (w: string) => boolean): TagSpan[] {
  const out: TagSpan[] = [];
  for (const s0 of spans) {
    // A greeting before a name is no part of it ("Hey Frank", "Dear Ms Olu").
    const s = s0.end - s0.start > 1 && GREETING.has(toks[s0.start].text) ? { ...s0, start: s0.start + 1 } : s0;
    let cut = false;
    for (let i = s.start; i < s.end; i++) if (breaks(toks[i].text)) { cut = true; break; }
    if (!cut) { out.push(s); continue; }
    let a = s.start;
    for (let i = s.start; i <= s.end; i++) {
      if (i < s.end && !breaks(toks[i].text)) continue;
      let b = a, e = i;
      while (b < e && edge(toks[b].text)) b++;
      while (e > b && edge(toks[e - 1].text)) e--;
      if (e > b && /^[\p{Lu}\d]/u.test(toks[b].text) && !(e - b === 1 && common(toks[b].text))) out.push({ start: b, end: e, type: s.type });
      a = i + 1;
    }
  }
  return out;
}
