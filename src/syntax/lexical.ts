/**
 * Per-word-form lexical feature values (hashes of the normalised form, lower case,
 * affixes and shape), computed once per distinct form and cached, so tagging and
 * parsing a sentence costs a few map lookups per token rather than string work.
 * @module
 */
import { hashString } from '../ml/hash.js';

/** Slots of a lexical record. */
export const enum Lex {
  Form = 0, Lower, Suf1, Suf2, Suf3, Suf4, Pre1, Pre2, Pre3, Shape, Flags, Cluster, Cluster2, Size,
}

/** Flag bits in `Lex.Flags`. */
export const enum LexFlag { Digit = 1, Upper = 2, InitCap = 4, Hyphen = 8, AllCaps = 16, Punct = 32 }

/**
 * Maps typographic variants onto one form so the model sees the same feature for
 * `country’s` / `country's`, `n’t` / `n't`, `“` / `"` (news text and GUM mix both).
 */
export function normalizeForm(s: string): string {
  let needs = false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x2000) { needs = true; break; }
  if (!needs) return s;
  return s.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
}

/** Word shape: X/x/d for upper/lower/digit, other characters kept, runs capped at 2 (`Xxx`, `dd.dd`). */
export function wordShape(s: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < s.length && out.length < 12; i++) {
    const c = s[i];
    let m: string;
    if (c >= 'a' && c <= 'z') m = 'x';
    else if (c >= 'A' && c <= 'Z') m = 'X';
    else if (c >= '0' && c <= '9') m = 'd';
    else {
      const lc = c.toLowerCase();
      m = lc !== c.toUpperCase() ? (lc === c ? 'x' : 'X') : c;
    }
    if (m === last) { if (++run > 2) continue; } else { last = m; run = 1; }
    out += m;
  }
  return out;
}

function computeLex(raw: string, clusters: ReadonlyMap<string, number> | null): Int32Array {
  const form = normalizeForm(raw);
  const lower = form.toLowerCase();
  const r = new Int32Array(Lex.Size);
  r[Lex.Form] = hashString(form);
  r[Lex.Lower] = hashString(lower);
  const n = lower.length;
  r[Lex.Suf1] = hashString(lower.slice(n - 1));
  r[Lex.Suf2] = n >= 2 ? hashString(lower.slice(n - 2)) : 0;
  r[Lex.Suf3] = n >= 3 ? hashString(lower.slice(n - 3)) : 0;
  r[Lex.Suf4] = n >= 4 ? hashString(lower.slice(n - 4)) : 0;
  r[Lex.Pre1] = hashString(lower.slice(0, 1));
  r[Lex.Pre2] = n >= 2 ? hashString(lower.slice(0, 2)) : 0;
  r[Lex.Pre3] = n >= 3 ? hashString(lower.slice(0, 3)) : 0;
  r[Lex.Shape] = hashString(wordShape(form));
  let flags = 0;
  let letters = 0, uppers = 0, alnum = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 48 && c <= 57) { flags |= LexFlag.Digit; alnum++; }
    else if (c === 45) flags |= LexFlag.Hyphen;
    const ch = form[i];
    const lc = ch.toLowerCase(), uc = ch.toUpperCase();
    if (lc !== uc) { letters++; alnum++; if (ch === uc) uppers++; }
  }
  if (uppers > 0) flags |= LexFlag.Upper;
  if (letters > 0 && form[0] !== form[0].toLowerCase()) flags |= LexFlag.InitCap;
  if (letters > 1 && uppers === letters) flags |= LexFlag.AllCaps;
  if (alnum === 0) flags |= LexFlag.Punct;
  r[Lex.Flags] = flags;
  // Cluster values are `(coarse + 1) << 10 | (fine + 1)`; 0 = no cluster.
  const cv = clusters?.get(lower) ?? 0;
  r[Lex.Cluster] = cv & 1023;
  r[Lex.Cluster2] = cv >> 10;
  return r;
}

/** A cache of lexical records; optionally carries word clusters (lower-case form → `(coarse + 1) << 10 | (fine + 1)`). */
export class Lexicon {
  private cache = new Map<string, Int32Array>();
  constructor(private readonly clusters: ReadonlyMap<string, number> | null = null, private readonly maxSize = 200_000) {}

  /** An empty cache with the same clusters. */
  fresh(): Lexicon { return new Lexicon(this.clusters, this.maxSize); }

  /** The lexical record of `form` (shared, do not mutate). */
  get(form: string): Int32Array {
    let r = this.cache.get(form);
    if (r === undefined) {
      if (this.cache.size >= this.maxSize) this.cache.clear();
      r = computeLex(form, this.clusters);
      this.cache.set(form, r);
    }
    return r;
  }
}
