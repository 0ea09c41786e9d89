/**
 * Bytes → string, and mojibake repair.
 *
 * Order: byte-order mark (UTF-8, UTF-16 LE/BE) → HTTP `Content-Type` charset (for fetched
 * pages) → charset declared in the first 2 KB
 * (`<meta charset>`, `<meta http-equiv=Content-Type>`, `<?xml encoding?>`) → valid UTF-8 →
 * Windows-1252 (the WHATWG reading of ISO-8859-1). A declared UTF-8 that does not decode
 * falls back to Windows-1252 (pages often lie).
 * @module
 */
import { InputError } from '../model/errors.js';

/** Result of decoding raw bytes. */
export interface Decoded {
  text: string;
  /** The encoding used (WHATWG label). */
  encoding: string;
  /** How it was chosen: `bom`, `declared`, `utf-8-valid`, `fallback`. */
  how: string;
}

/**
 * Decodes file bytes to a string (see module doc).
 * @throws InputError for empty or binary input.
 */
export function decodeBytes(buf: Uint8Array, origin = 'input', httpCharset?: string): Decoded {
  if (buf.length === 0) throw new InputError('E_EMPTY', `${origin}: the file is empty`);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8', how: 'bom' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le', how: 'bom' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be', how: 'bom' };
  // UTF-16 without BOM: ASCII text shows as every other byte NUL.
  if (buf.length >= 4 && buf[0] !== 0 && buf[1] === 0 && buf[2] !== 0 && buf[3] === 0) return { text: new TextDecoder('utf-16le').decode(buf), encoding: 'utf-16le', how: 'sniffed' };
  if (buf.length >= 4 && buf[0] === 0 && buf[1] !== 0 && buf[2] === 0 && buf[3] !== 0) return { text: new TextDecoder('utf-16be').decode(buf), encoding: 'utf-16be', how: 'sniffed' };
  if (looksBinary(buf)) throw new InputError('E_BINARY', `${origin}: looks like binary data, not text or HTML`);
  // An HTTP Content-Type charset overrides the document's own declaration (HTML spec order).
  const declared = (httpCharset ? normaliseLabel(httpCharset) : undefined) ?? declaredCharset(buf);
  if (declared === 'windows-1252') return { text: decodeWindows1252(buf), encoding: declared, how: 'declared' };
  if (declared && declared !== 'utf-8') {
    try { return { text: new TextDecoder(declared).decode(buf), encoding: declared, how: 'declared' }; } catch { /* unknown label: sniff */ }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8', how: declared ? 'declared' : 'utf-8-valid' };
  } catch {
    return { text: decodeWindows1252(buf), encoding: 'windows-1252', how: 'fallback' };
  }
}

/** The charset declared in the first 2 KB (HTML meta or XML prolog), normalised; undefined if none. */
export function declaredCharset(buf: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(buf.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? normaliseLabel(m[1]) : undefined;
}

/** A charset label as its WHATWG encoding name, or undefined when unknown. */
function normaliseLabel(l: string): string | undefined {
  const label = l.trim().toLowerCase();
  if (label === 'utf8' || label === 'utf-8') return 'utf-8';
  try { return new TextDecoder(label).encoding; } catch { return undefined; }
}

/** True when the first 8 KiB hold NUL bytes or many control characters. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return ctrl / Math.max(n, 1) > 0.05;
}

// Windows-1252 characters for bytes 0x80–0x9F (the rest of 0xA0–0xFF map to U+00A0–U+00FF).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const TO_BYTE = new Map<string, number>();
for (let i = 0; i < 32; i++) TO_BYTE.set(CP1252_HIGH[i], 0x80 + i);
for (let b = 0x80; b <= 0xff; b++) if (!TO_BYTE.has(String.fromCharCode(b))) TO_BYTE.set(String.fromCharCode(b), b);

/**
 * Windows-1252 decoding done by hand: Node builds without full ICU decode the
 * `windows-1252` label as ISO-8859-1 (0x93 → U+0093 instead of “).
 */
export function decodeWindows1252(buf: Uint8Array): string {
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < buf.length; i += CHUNK) {
    const part = buf.subarray(i, i + CHUNK);
    const codes = new Array<number>(part.length);
    for (let j = 0; j < part.length; j++) { const b = part[j]; codes[j] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b; }
    s += String.fromCharCode(...codes);
  }
  return s;
}
// A UTF-8 lead byte read as Windows-1252 (Â–ô), then continuation bytes read as Windows-1252.
const CONT = `[\\u0080-\\u00BF${CP1252_HIGH.replace(/[\u0081\u008d\u008f\u0090\u009d]/g, '')}]`;
const MOJIBAKE_RE = new RegExp(`[\\u00C2-\\u00F4]${CONT}{1,3}`, 'g');
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 somewhere upstream ("â€œ" → "“",
 * "Ã©" → "é"). Only sequences that re-encode to valid UTF-8 are replaced.
 * Returns the text and how many sequences were repaired.
 */
export function repairMojibake(text: string): { text: string; repaired: number } {
  if (!/[ÂÃâ]/.test(text)) return { text, repaired: 0 };
  let repaired = 0;
  const out = text.replace(MOJIBAKE_RE, (m) => {
    const bytes = new Uint8Array(m.length);
    for (let i = 0; i < m.length; i++) { const b = TO_BYTE.get(m[i]); if (b === undefined) return m; bytes[i] = b; }
    try {
      const s = UTF8.decode(bytes);
      if (s.length !== 1 && !(s.length === 2 && /[\ud800-\udbff]/.test(s[0]))) return m;
      repaired++;
      return s;
    } catch { return m; }
  });
  return { text: out, repaired };
}
