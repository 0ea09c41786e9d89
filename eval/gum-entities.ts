/**
 * Reads a GUM `.conllu` document as text plus gold entity mentions with character spans:
 * the text is rebuilt from the `# text` lines (sentences of a paragraph joined by a space,
 * paragraphs — `# newpar` — by a blank line), and every mention of GUM's `Entity=` layer
 * (`GRP-etype-infstat-salience-centering-minspan-link-identity`) becomes a span with its
 * cluster id, type, Wikipedia identity (the title, percent-decoded, underscores as spaces)
 * and whether it is *named* (its head word is a proper noun starting with a capital).
 * Offsets are half-open UTF-16 offsets into the rebuilt text.
 *
 * @module
 */

/** One gold mention. */
export interface GumMention {
  start: number;
  end: number;
  /** GUM's entity id, unique within the document: the gold cluster. */
  cluster: string;
  /** GUM entity type (person, place, organization, event, abstract …). */
  type: string;
  /** Span of the mention's head word. */
  headStart: number;
  headEnd: number;
  /** The head word is a proper noun (`PROPN`) written with a capital. */
  named: boolean;
}

/** One gold cluster: GUM type and, when Wikified, the Wikipedia title. */
export interface GumCluster { id: string; type: string; title?: string }

/** A rebuilt document with its gold mentions and clusters. */
export interface GumEntityDoc { name: string; text: string; mentions: GumMention[]; clusters: Map<string, GumCluster> }

interface Word { start: number; end: number; text: string; upos: string; head: number; entity: string }

/** Parses one `.conllu` file of GUM into text, mentions and clusters. */
export function readGumEntities(conllu: string, name: string): GumEntityDoc {
  let text = '';
  const mentions: GumMention[] = [];
  const clusters = new Map<string, GumCluster>();
  let sentText = '', newPar = false;
  let words: { text: string; upos: string; head: number; entity: string; mwt?: string }[] = [];
  const flush = () => {
    if (!sentText) { words = []; return; }
    if (newPar && text.length) text += '\n\n';
    else if (text.length) text += ' ';
    const base = text.length;
    text += sentText;
    // Words located in the sentence text in order; a word not spelled out (a part of a
    // multi-word token like "can't" = "ca" + "n't" when spelled differently) takes its cursor.
    const located: Word[] = [];
    let cur = 0;
    for (const w of words) {
      const at = sentText.indexOf(w.text, cur);
      const ok = at >= 0 && sentText.slice(cur, at).trim() === '';
      const s = ok ? at : cur;
      const e = ok ? at + w.text.length : cur;
      located.push({ start: base + s, end: base + e, text: w.text, upos: w.upos, head: w.head, entity: w.entity });
      cur = e;
    }
    addMentions(located, mentions, clusters);
    sentText = ''; words = []; newPar = false;
  };
  for (const line of conllu.split('\n')) {
    if (!line.trim()) { flush(); continue; }
    if (line.startsWith('# newpar')) { if (!line.startsWith('# newpar_block')) newPar = true; continue; }
    const m = /^# text = (.*)$/.exec(line);
    if (m) { sentText = m[1]; continue; }
    if (line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c.length < 10 || c[0].includes('-') || c[0].includes('.')) continue;
    const em = /(?:^|\|)Entity=([^|]*)/.exec(c[9]);
    words.push({ text: c[1], upos: c[3], head: Number(c[6]), entity: em ? em[1] : '' });
  }
  flush();
  return { name, text, mentions, clusters };
}

/** Mentions of one sentence from the words' `Entity=` values. */
function addMentions(words: Word[], out: GumMention[], clusters: Map<string, GumCluster>): void {
  const open: { id: string; start: number }[] = [];
  const spans: { id: string; start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const e = words[i].entity;
    if (!e) continue;
    // "(12-person-…" opens, "12)" closes, "(12-person-…)" is a one-word mention.
    const re = /\(([^()]+)(\))?|(\d+)\)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(e))) {
      if (m[1]) {
        const f = m[1].split('-');
        const id = f[0];
        if (!clusters.has(id)) clusters.set(id, { id, type: f[1] });
        const c = clusters.get(id)!;
        if (f.length >= 8 && f[7]) c.title ??= decodeTitle(f.slice(7).join('-'));
        if (m[2]) spans.push({ id, start: i, end: i + 1 });
        else open.push({ id, start: i });
      } else if (m[3]) {
        for (let k = open.length - 1; k >= 0; k--) {
          if (open[k].id === m[3]) { spans.push({ id: m[3], start: open[k].start, end: i + 1 }); open.splice(k, 1); break; }
        }
      }
    }
  }
  for (const s of spans) {
    // Head: the first word whose syntactic head lies outside the span.
    let head = s.start;
    for (let k = s.start; k < s.end; k++) { const h = words[k].head - 1; if (h < s.start || h >= s.end) { head = k; break; } }
    const hw = words[head];
    out.push({
      start: words[s.start].start, end: words[s.end - 1].end, cluster: s.id, type: clusters.get(s.id)!.type,
      headStart: hw.start, headEnd: hw.end, named: hw.upos === 'PROPN' && /^[A-Z0-9]/.test(hw.text),
    });
  }
}

/** "Pierre%2DSimon_Laplace" → "Pierre-Simon Laplace". */
export function decodeTitle(raw: string): string {
  let t = raw;
  try { t = decodeURIComponent(raw); } catch { /* a stray % stays as it is */ }
  return t.replace(/_/g, ' ');
}
