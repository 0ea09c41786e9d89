import { InputError } from '../model/errors.js';

/** Result of decoding raw bytes. */
export interface Decoded { text: string; encoding: string }

/**
 * Decodes file bytes to a string: UTF-8 (with or without BOM), UTF-16 LE/BE by BOM,
 * otherwise UTF-8 when valid, else Windows-1252 (a superset of ISO-8859-1 for text).
 * @throws InputError for empty or binary input.
 */
export function decodeBytes(buf: Uint8Array, origin = 'input'): Decoded {
  if (buf.length === 0) throw new InputError('E_EMPTY', `${origin}: the file is empty`);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(buf)) throw new InputError('E_BINARY', `${origin}: looks like binary data, not text or HTML`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(buf), encoding: 'windows-1252' };
  }
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
