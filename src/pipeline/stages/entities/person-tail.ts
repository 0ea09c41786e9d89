/**
 * A person's surname the tagger left out: a person span ending in a given name (or a lone given
 * name of any type) right before a capitalised word no span covers is that person's full name
 * when the word reads as a surname — "Pierre Charles" + "L'Enfant", "Pierre-Simon" + "Laplace";
 * so is a person span before a surname with an elided particle ("Jean le Rond" + "d'Alembert"),
 * and a one-word person span (a surname) before a romanised hyphenated given name ("Wong" +
 * "Kwok-kin", "Hwang" + "Hee-chan"). A surname word starts with a capital, or with an elided particle before one
 * (d', l', o'), and holds lower-case letters (no acronym); weekdays and months, words news mostly
 * writes in lower case, demonyms and KB countries are no surnames. The span is widened and typed
 * PER.
 *
 * Spans are token indices into one sentence's NER tokens (end exclusive); pure function.
 * @module
 */
import type { NerToken } from './recognise.js';
import type { TagSpan } from './title-spans.js';

const SURNAME = /^(?:[dDlLoO]['’])?\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;
const CALENDAR = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** What the rule needs to know of words: given names, common words, demonyms and countries. */
export interface TailLexicon {
  givenName(w: string): boolean;
  common(w: string): boolean;
  /** A demonym or a KB country ("French", "Italy"): never a surname here. */
  placeWord(w: string): boolean;
}

/** Widens person spans over a surname right after them (see the module comment); mutates and returns `spans`. */
export function extendPersonTails(toks: readonly NerToken[], spans: TagSpan[], lex: TailLexicon): TagSpan[] {
  const covered = new Uint8Array(toks.length);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = 1;
  for (const s of spans) {
    const t = toks[s.end];
    // A word glued to the span (no space between) is no next word of the name.
    if (!t || covered[s.end] || toks[s.end - 1].end === t.start) continue;
    // The span so far ends in a given name ("Pierre Charles", "Pierre-Simon"), or the word is a
    // surname with an elided particle ("d'Alembert"): "Andy Warhol" + "Foundation" is no longer name.
    const lastWord = toks[s.end - 1].text;
    const given = lastWord.split('-').every((p) => lex.givenName(p));
    const elided = /^[dDlLoO]['’]\p{Lu}/u.test(t.text);
    // A romanised East Asian given name after a one-word surname ("Wong" + "Kwok-kin").
    const asian = s.type === 'PER' && s.end - s.start === 1 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(t.text);
    if (!given && !elided && !asian) continue;
    if (s.type !== 'PER' && !(given && s.end - s.start === 1)) continue;
    if (!SURNAME.test(t.text) || CALENDAR.test(t.text) || lex.common(t.text) || lex.placeWord(t.text)) continue;
    s.end++;
    s.type = 'PER';
    covered[s.end - 1] = 1;
  }
  return spans;
}
