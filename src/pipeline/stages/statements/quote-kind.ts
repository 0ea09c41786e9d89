/**
 * Classes a quotation that no statement claims: a title ("the film “Dark Waters”"),
 * a scare quote (short, no verb, inside a noun phrase: the “de-Nazification” of Ukraine)
 * or speech (anything longer or clause-like).
 * @module
 */
import type { QuoteSpan } from './quotes.js';
import type { TokView } from './tokview.js';

const TITLE_TRIGGERS = /\b(titled|entitled|book|novel|film|movie|documentary|song|album|show|series|programme|program|headline|column|op-ed|essay|article|report|play|poem|podcast|slogan|hashtag|campaign)\s*,?\s*$/i;

export function classifyQuote(text: string, q: QuoteSpan, v: TokView): 'speech' | 'scare' | 'title' {
  const inner = text.slice(q.start + 1, q.open ? q.end : q.end - 1).trim();
  const words = inner.split(/\s+/).filter(Boolean);
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  if (TITLE_TRIGGERS.test(before)) return 'title';
  let verb = false;
  for (let i = 0; i < v.n; i++) {
    if (v.start[i] <= q.start) continue;
    if (v.start[i] >= q.end) break;
    if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX') { verb = true; break; }
  }
  const endsSentence = /[.!?]["'”’]?$/.test(inner) || /[,.!?]$/.test(inner);
  const titleCase = words.length >= 2 && words.every((w) => /^[A-Z0-9]/.test(w) || /^(of|the|a|an|and|in|on|for|to|at|with)$/.test(w));
  if (titleCase && !endsSentence && !verb) return 'title';
  if (words.length <= 4 && !verb && !endsSentence) return 'scare';
  return 'speech';
}
