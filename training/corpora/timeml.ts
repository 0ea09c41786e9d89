/**
 * Reader for TimeML (TempEval-3 `.tml` files): the <TEXT> element's text with its tags
 * removed and entities unescaped, the gold TIMEX3s with offsets into that text, and the
 * document creation time. Used by evaluation (`npm run eval -- timex`) and training.
 * @module
 */

/** A gold TIMEX3: offsets into the stripped text (UTF-16, half-open). */
export interface GoldTimex { start: number; end: number; text: string; type: string; value: string; mod?: string }
/** One TimeML document: stripped text, DCT and gold timexes. */
export interface TmlDoc { id: string; text: string; dct: string; timexes: GoldTimex[] }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Parses a TimeML file: the <TEXT> element's text without tags, with gold TIMEX3 offsets. */
export function parseTml(xml: string, id: string): TmlDoc {
  const dctM = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml);
  const dct = dctM ? dctM[1] : '';
  const a = xml.indexOf('<TEXT>');
  const b = xml.indexOf('</TEXT>');
  const body = a >= 0 && b > a ? xml.slice(a + 6, b) : '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: { start: number; attrs: string }[] = [];
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(\w+);|&#(\d+);/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4]) { text += ENTITIES[m[4]] ?? m[0]; continue; }
    if (m[5]) { text += String.fromCharCode(+m[5]); continue; }
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) { if (!m[3].endsWith('/')) open.push({ start: text.length, attrs: m[3] }); continue; }
    const o = open.pop();
    if (!o) continue;
    const attr = (k: string) => new RegExp(`\\b${k}="([^"]*)"`).exec(o.attrs)?.[1];
    const t: GoldTimex = { start: o.start, end: text.length, text: text.slice(o.start), type: attr('type') ?? '', value: attr('value') ?? '' };
    const mod = attr('mod');
    if (mod) t.mod = mod;
    timexes.push(t);
  }
  text += body.slice(last);
  return { id, text, dct, timexes };
}
