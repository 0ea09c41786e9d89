/**
 * Terminal safety: article content and metadata are hostile input, and a terminal obeys
 * control characters — `ESC [2J` clears the screen, `ESC ]0;…BEL` retitles the window, a bare
 * CR overwrites a line. Text meant for a terminal passes through {@link visibleControls},
 * which shows every control character instead of sending it: C0 controls as their Unicode
 * Control Pictures (`␛`, `␇`, `␍`), DEL as `␡`, C1 controls (U+0080–U+009F; U+009B is a
 * one-character CSI on some terminals) as `\x9b`. Line feed and tab stay. The JSON export does
 * not use this: JSON escapes control characters itself, and stays byte-exact.
 * @module
 */

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** `s` with control characters made visible (see module doc); `\n` and `\t` kept. */
export function visibleControls(s: string): string {
  return s.replace(CONTROLS, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x20) return String.fromCharCode(0x2400 + c);
    if (c === 0x7f) return '\u2421';
    return `\\x${c.toString(16)}`;
  });
}

/** A copy of `value` with {@link visibleControls} applied to every string inside it (plain data only). */
export function visibleDeep<T>(value: T): T {
  if (typeof value === 'string') return visibleControls(value) as T;
  if (Array.isArray(value)) return value.map(visibleDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = visibleDeep(v);
    return out as T;
  }
  return value;
}
