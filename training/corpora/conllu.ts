/**
 * The CoNLL-U reader for training and evaluation: basic-tree words only
 * (multi-word token ranges and empty nodes are skipped, as UD evaluation does).
 * @module
 */

/** One sentence of a treebank. Heads are 1-based word indices, 0 = root. */
export interface TreebankSentence {
  id: string;
  words: string[];
  upos: string[];
  xpos: string[];
  heads: number[];
  deprels: string[];
  /** The MISC column (GUM keeps `Entity=` annotations there). */
  misc: string[];
}

/** Parses CoNLL-U text into sentences. */
export function parseConllu(text: string): TreebankSentence[] {
  const out: TreebankSentence[] = [];
  let cur: TreebankSentence | null = null;
  let id = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) {
      const m = /^# sent_id = (.*)$/.exec(line);
      if (m) id = m[1].trim();
      continue;
    }
    if (line.trim() === '') {
      if (cur && cur.words.length) out.push(cur);
      cur = null;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 8 || cols[0].includes('-') || cols[0].includes('.')) continue;
    if (!cur) cur = { id, words: [], upos: [], xpos: [], heads: [], deprels: [], misc: [] };
    cur.words.push(cols[1]);
    cur.upos.push(cols[3]);
    cur.xpos.push(cols[4]);
    cur.heads.push(Number(cols[6]));
    cur.deprels.push(cols[7]);
    cur.misc.push(cols[9] ?? '_');
  }
  if (cur && cur.words.length) out.push(cur);
  return out;
}
