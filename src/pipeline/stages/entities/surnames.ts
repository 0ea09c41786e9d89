/**
 * Document consistency for persons named in full once and by surname often: a two- or
 * three-word name ending in a word the document writes alone for a person at least twice is
 * that person in full, whatever type the tagger gave it ("Évariste Galois" tagged ORG while
 * "Galois" is a person throughout). Names with a KB entry, an institution or place word
 * ("Galois Institute"), an honorific or an acronym in front ("UC Berkeley") keep their type.
 * Linear in the names; mutates their types.
 * @module
 */
import type { NameSpan } from './recognise.js';
import { institutionWord, isHonorific } from './evidence.js';

/** Retypes full names of persons known by their surname (see the module comment). */
export function fullNamesOfSurnames(text: string, names: NameSpan[]): void {
  const surnames = new Map<string, number>();
  for (const nm of names) {
    const surface = text.slice(nm.start, nm.end);
    if (nm.type === 'PERSON' && !surface.includes(' ')) surnames.set(surface, (surnames.get(surface) ?? 0) + 1);
  }
  if (!surnames.size) return;
  for (const nm of names) {
    if (nm.type === 'PERSON' || nm.kb) continue;
    const w = text.slice(nm.start, nm.end).split(/\s+/);
    if (w.length < 2 || w.length > 3 || (surnames.get(w[w.length - 1]) ?? 0) < 2) continue;
    if (/^\p{Lu}\p{Ll}/u.test(w[0]) && w.every((x) => /^\p{Lu}[\p{L}'’.-]*$/u.test(x)) && !institutionWord(w) && !isHonorific(w[0])) nm.type = 'PERSON';
  }
}
