/**
 * A small, fast element tree for HTML pages (and, through htmlparser2, XML feeds).
 *
 * linkedom builds a full DOM (≈20 ms for a 130 KB page); extraction and metadata need only
 * elements, attributes and text. HTML is read by {@link parseHtmlTree}, a single-pass scanner
 * that reproduces htmlparser2's tree (tag soup rules, implied closes, entity decoding) but
 * jumps between `<` with `indexOf` instead of stepping a state machine per character, and
 * builds nothing for the bodies it drops. XML keeps htmlparser2's parser.
 * Script and style bodies are dropped except JSON-LD (`<script type="application/ld+json">`),
 * which metadata reads. Entities are decoded.
 * @module
 */
import { Parser } from 'htmlparser2';
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';

/**
 * An element: lower-case tag, attributes, children (elements or text strings).
 * HTML elements carry only the attributes in {@link KEPT_ATTRS} (what extraction and metadata
 * read); XML elements carry all of theirs.
 */
export interface HNode {
  tag: string;
  attrs: Record<string, string>;
  kids: (HNode | string)[];
  parent: HNode | null;
  /**
   * Per-element working data of one analysis pass (the extractor's text counts); undefined
   * from the parser. Declared on every node so that filling it does not reshape the objects.
   */
  scratch?: unknown;
}

/** Deepest element nesting kept in the tree. */
export const MAX_DEPTH = 400;

const SKIP_BODY = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'object', 'iframe', 'select', 'textarea']);

/** The HTML attributes the tree keeps: those extraction and metadata read. */
export const KEPT_ATTRS: ReadonlySet<string> = new Set(['class', 'id', 'hidden', 'style', 'role', 'itemprop', 'lang', 'xml:lang', 'property', 'name', 'http-equiv', 'content', 'rel', 'href', 'type', 'datetime']);

/**
 * Kept attributes of an HTML element. One fixed shape for every element, so that reading
 * `attrs.class` stays a monomorphic property load in the extractor's tree walks (objects
 * grown key by key from arbitrary attribute names end up in dictionary mode).
 */
class KeptAttrs {
  class: string | undefined = undefined;
  id: string | undefined = undefined;
  hidden: string | undefined = undefined;
  style: string | undefined = undefined;
  role: string | undefined = undefined;
  itemprop: string | undefined = undefined;
  lang: string | undefined = undefined;
  'xml:lang': string | undefined = undefined;
  property: string | undefined = undefined;
  name: string | undefined = undefined;
  'http-equiv': string | undefined = undefined;
  content: string | undefined = undefined;
  rel: string | undefined = undefined;
  href: string | undefined = undefined;
  type: string | undefined = undefined;
  datetime: string | undefined = undefined;
}

/** Sets a kept attribute unless the element already has it (the first occurrence wins, as in browsers). */
function keepAttr(a: KeptAttrs, name: string, value: string): void {
  switch (name) {
    case 'class': if (a.class === undefined) a.class = value; return;
    case 'id': if (a.id === undefined) a.id = value; return;
    case 'hidden': if (a.hidden === undefined) a.hidden = value; return;
    case 'style': if (a.style === undefined) a.style = value; return;
    case 'role': if (a.role === undefined) a.role = value; return;
    case 'itemprop': if (a.itemprop === undefined) a.itemprop = value; return;
    case 'lang': if (a.lang === undefined) a.lang = value; return;
    case 'xml:lang': if (a['xml:lang'] === undefined) a['xml:lang'] = value; return;
    case 'property': if (a.property === undefined) a.property = value; return;
    case 'name': if (a.name === undefined) a.name = value; return;
    case 'http-equiv': if (a['http-equiv'] === undefined) a['http-equiv'] = value; return;
    case 'content': if (a.content === undefined) a.content = value; return;
    case 'rel': if (a.rel === undefined) a.rel = value; return;
    case 'href': if (a.href === undefined) a.href = value; return;
    case 'type': if (a.type === undefined) a.type = value; return;
    case 'datetime': if (a.datetime === undefined) a.datetime = value; return;
  }
}

/**
 * The kept attribute named by `html[from, to)` (ASCII case-insensitive), or '' — without
 * slicing the name: most attributes (src, data-*, aria-*, width …) are not kept.
 */
function keptAttrName(html: string, from: number, to: number): string {
  let cands: readonly string[];
  switch (to - from) {
    case 2: cands = ATTRS_2; break;
    case 3: cands = ATTRS_3; break;
    case 4: cands = ATTRS_4; break;
    case 5: cands = ATTRS_5; break;
    case 6: cands = ATTRS_6; break;
    case 7: cands = ATTRS_7; break;
    case 8: cands = ATTRS_8; break;
    case 10: cands = ATTRS_10; break;
    default: return '';
  }
  outer: for (const w of cands) {
    for (let i = 0; i < w.length; i++) {
      const c = html.charCodeAt(from + i);
      // Only ASCII letters fold: the one non-ASCII letter toLowerCase folds to ASCII is the
      // Kelvin sign (to 'k'), and no kept name has a 'k'.
      if (c !== w.charCodeAt(i) && !(c >= 65 && c <= 90 && (c | 0x20) === w.charCodeAt(i))) continue outer;
    }
    return w;
  }
  return '';
}
const byLength = (len: number): readonly string[] => [...KEPT_ATTRS].filter((a) => a.length === len);
const ATTRS_2 = byLength(2), ATTRS_3 = byLength(3), ATTRS_4 = byLength(4), ATTRS_5 = byLength(5);
const ATTRS_6 = byLength(6), ATTRS_7 = byLength(7), ATTRS_8 = byLength(8), ATTRS_10 = byLength(10);

/** Shared by every HTML element without kept attributes (the tree is read-only for its users). */
const NO_ATTRS = Object.freeze(new KeptAttrs()) as unknown as Record<string, string>;

/**
 * Parses HTML (or XML with `xml: true`) into a tree rooted at a synthetic `#root` element.
 * Never throws on malformed markup: unclosed tags are closed at the end.
 */
export function parseTree(html: string, opts: { xml?: boolean } = {}): HNode {
  return opts.xml ? parseXmlTree(html) : parseHtmlTree(html);
}

/**
 * Receives parser events and grows the tree. Script/style/svg … bodies are skipped
 * (`skipDepth` counts their open elements) and elements nested deeper than MAX_DEPTH are
 * flattened into their ancestor (their text is kept): tree walks are recursive and a page
 * of 100,000 unclosed <div>s must not overflow.
 */
class TreeBuilder {
  readonly root: HNode = { tag: '#root', attrs: {}, kids: [], parent: null, scratch: undefined };
  cur: HNode = this.root;
  skipDepth = 0;
  depth = 0;
  flatDepth = 0;

  /** Whether the next opened element keeps its attributes (outside skipped bodies and the depth cap). */
  wantsAttrs(name: string, skipBody: boolean): boolean {
    return this.skipDepth === 0 && this.flatDepth === 0 && this.depth < MAX_DEPTH && (!skipBody || name === 'script');
  }

  /** Opens an element; `skipBody` (HTML only) drops it and its content, except JSON-LD scripts. */
  open(name: string, attrs: Record<string, string>, skipBody: boolean): void {
    if (this.skipDepth > 0) { this.skipDepth++; return; }
    if (this.flatDepth > 0 || this.depth >= MAX_DEPTH) { this.flatDepth++; return; }
    if (skipBody && !(name === 'script' && /ld\+json/i.test(attrs.type ?? ''))) { this.skipDepth = 1; return; }
    const el: HNode = { tag: name, attrs, kids: [], parent: this.cur, scratch: undefined };
    this.cur.kids.push(el);
    this.cur = el;
    this.depth++;
  }

  text(data: string): void {
    if (this.skipDepth > 0) return;
    const k = this.cur.kids;
    const last = k.length - 1;
    if (last >= 0 && typeof k[last] === 'string') k[last] = (k[last] as string) + data;
    else k.push(data);
  }

  close(name: string): void {
    if (this.skipDepth > 0) { this.skipDepth--; return; }
    if (this.flatDepth > 0) { this.flatDepth--; return; }
    // Close up to the matching element (the parser reports implied closes itself).
    let n: HNode | null = this.cur;
    let up = 1;
    while (n && n !== this.root && n.tag !== name) { n = n.parent; up++; }
    if (n && n !== this.root) { this.cur = n.parent ?? this.root; this.depth = Math.max(0, this.depth - up); }
  }
}

function parseXmlTree(xml: string): HNode {
  const b = new TreeBuilder();
  const parser = new Parser({
    onopentag: (name, attribs) => b.open(name, attribs, false),
    ontext: (data) => b.text(data),
    onclosetag: (name) => b.close(name),
  }, { decodeEntities: true, xmlMode: true, recognizeCDATA: true, lowerCaseTags: false, lowerCaseAttributeNames: false });
  parser.write(xml);
  parser.end();
  return b.root;
}

// htmlparser2's HTML rules (Parser.ts), kept identical so the tree is the same.
const P_TAG = new Set(['p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTION = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])],
  ['p', P_TAG], ['h1', P_TAG], ['h2', P_TAG], ['h3', P_TAG], ['h4', P_TAG], ['h5', P_TAG], ['h6', P_TAG],
  ['select', FORM_TAGS], ['input', FORM_TAGS], ['output', FORM_TAGS], ['button', FORM_TAGS], ['datalist', FORM_TAGS], ['textarea', FORM_TAGS],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', DD_DT], ['dt', DD_DT],
  ['address', P_TAG], ['article', P_TAG], ['aside', P_TAG], ['blockquote', P_TAG], ['details', P_TAG], ['div', P_TAG], ['dl', P_TAG],
  ['fieldset', P_TAG], ['figcaption', P_TAG], ['figure', P_TAG], ['footer', P_TAG], ['form', P_TAG], ['header', P_TAG], ['hr', P_TAG],
  ['main', P_TAG], ['nav', P_TAG], ['ol', P_TAG], ['pre', P_TAG], ['section', P_TAG], ['table', P_TAG], ['ul', P_TAG],
  ['rt', RT_RP], ['rp', RT_RP], ['tbody', TABLE_SECTION], ['tfoot', TABLE_SECTION],
]);
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const FOREIGN = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** What htmlparser2 and the tree do with an element, looked up once per tag. */
interface TagRules {
  isVoid: boolean;
  /** Pushed on the foreign-content stack when opened, popped when an end tag names it. */
  foreign: boolean | undefined;
  impliesClose: Set<string> | undefined;
  /** End sequence of a raw-text body (see {@link rawTextEnd}), or ''. */
  rawTextEnd: string;
  skipBody: boolean;
}
const PLAIN_TAG: TagRules = { isVoid: false, foreign: undefined, impliesClose: undefined, rawTextEnd: '', skipBody: false };
const TAG_RULES = new Map<string, TagRules>();
for (const name of new Set([...OPEN_IMPLIES_CLOSE.keys(), ...VOID, ...FOREIGN, ...HTML_INTEGRATION, ...SKIP_BODY, 'script', 'style', 'title', 'textarea', 'tmp', 'xmp', 'xitle', 'xextarea'])) {
  TAG_RULES.set(name, {
    isVoid: VOID.has(name),
    foreign: FOREIGN.has(name) ? true : HTML_INTEGRATION.has(name) ? false : undefined,
    impliesClose: OPEN_IMPLIES_CLOSE.get(name),
    rawTextEnd: rawTextEnd(name),
    skipBody: SKIP_BODY.has(name),
  });
}
function rulesOf(name: string): TagRules { return TAG_RULES.get(name) ?? PLAIN_TAG; }

const LT = 60, GT = 62, SLASH = 47, EQ = 61, BANG = 33, QMARK = 63, DASH = 45, LBRACKET = 91, DQUOTE = 34, SQUOTE = 39, AMP = 38;

function isWs(c: number): boolean { return c === 32 || c === 10 || c === 9 || c === 12 || c === 13; }
function isAlpha(c: number): boolean { return (c >= 97 && c <= 122) || (c >= 65 && c <= 90); }

/**
 * The raw-text end sequence (`</script`, lower case) of an element whose body htmlparser2
 * reads as raw text, or '' — including its quirks: any `t…`/`x…` name spelt `?itle`,
 * `?extarea` or `?mp` counts (it checks only letters 3 on of the end sequence).
 */
function rawTextEnd(name: string): string {
  switch (name) {
    case 'script': return '</script';
    case 'style': return '</style';
  }
  const c = name.charCodeAt(0);
  if (c !== 116 && c !== 120) return ''; // t, x
  const rest = name.slice(1);
  return rest === 'itle' ? '</title' : rest === 'extarea' ? '</textarea' : rest === 'mp' ? '</xmp' : '';
}

const RAW_TEXT_NAMES: Record<string, string[]> = { s: ['script', 'style'], t: ['title', 'textarea', 'tmp'], x: ['xitle', 'xextarea', 'xmp'] };
/** Whether a tag name cut by the end of input was still being matched against a raw-text element name. */
function isRawTextPrefix(name: string): boolean {
  return !!RAW_TEXT_NAMES[name[0]]?.some((w) => w.startsWith(name));
}

function lower(s: string): string {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 65 && c <= 90 || c > 127) return s.toLowerCase(); }
  return s;
}

/**
 * htmlparser2's Parser layer for {@link parseHtmlTree}: the open-element and foreign-content
 * stacks, implied closes and the events they send to the {@link TreeBuilder}. A class rather
 * than closures in the scanner, so that V8 sees the same call targets on every page.
 */
class HtmlEvents {
  readonly b = new TreeBuilder();
  /** Open elements, top at the end. */
  readonly stack: string[] = [];
  /** Foreign-content (svg/math) flags, top at the end; htmlparser2 starts it with `false`. */
  readonly foreign: boolean[] = [false];
  constructor(readonly html: string) {}

  inForeign(): boolean { const f = this.foreign; return f.length > 0 && f[f.length - 1]; }
  top(): string | undefined { const st = this.stack; return st.length > 0 ? st[st.length - 1] : undefined; }

  text(from: number, to: number, decode: boolean): void {
    if (to <= from || this.b.skipDepth > 0) return;
    const s = this.html.slice(from, to);
    this.b.text(decode && s.indexOf('&') >= 0 ? decodeHTML(s) : s);
  }

  /** A start tag's name was read: implied closes, then the element goes on the stack. */
  openName(name: string, r: TagRules): void {
    const implied = r.impliesClose;
    const stack = this.stack;
    if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1])) this.b.close(stack.pop()!);
    if (!r.isVoid) {
      stack.push(name);
      if (r.foreign !== undefined) this.foreign.push(r.foreign);
    }
  }

  /** A start tag ended: the element opens (and a void one closes at once). */
  endOpen(name: string, attrs: Record<string, string>, r: TagRules): void {
    this.b.open(name, attrs, r.skipBody);
    if (r.isVoid) this.b.close(name);
  }

  /** `<x/>` inside svg/math closes x. */
  selfClose(name: string): void {
    if (this.top() === name) { this.b.close(name); this.stack.pop(); }
  }

  /** An end tag. */
  closeName(name: string): void {
    const r = rulesOf(name);
    const stack = this.stack;
    if (r.foreign !== undefined) this.foreign.pop();
    if (!r.isVoid) {
      const at = stack.lastIndexOf(name);
      if (at !== -1) { while (stack.length > at) this.b.close(stack.pop()!); }
      else if (name === 'p') {
        // A stray </p> is an empty paragraph.
        this.openName('p', r);
        this.endOpen('p', NO_ATTRS, r);
        this.selfClose('p');
      }
    } else if (name === 'br') { this.b.open('br', NO_ATTRS, false); this.b.close('br'); }
  }

  /** The body of a raw-text element; <title> decodes entities, except an '&' right after a partial "</title" (htmlparser2 consumes it unread). */
  rawBody(from: number, to: number, isTitle: boolean): void {
    if (to <= from || this.b.skipDepth > 0) return;
    const html = this.html;
    if (!isTitle) { this.b.text(html.slice(from, to)); return; }
    let s = from;
    for (let k = html.indexOf('<', from); k >= 0 && k < to; k = html.indexOf('<', k + 1)) {
      let m = 1;
      while (m < 7 && k + m < to && (html.charCodeAt(k + m) | 0x20) === '</title'.charCodeAt(m)) m++;
      if (m < 7 && k + m < to && html.charCodeAt(k + m) === AMP) {
        this.text(s, k + m, true);
        this.b.text('&');
        s = k + m + 1;
      }
    }
    this.text(s, to, true);
  }

  /** End of input: pending text, then every open element closes (innermost first). */
  end(textStart: number): void {
    this.text(textStart, this.html.length, true);
    const stack = this.stack;
    for (let k = stack.length - 1; k >= 0; k--) this.b.close(stack[k]);
  }

  /**
   * htmlparser2 reports the input's last character as text when the input ends after an end
   * tag's name or after a '/' in a start tag (its text start is -1 there, and slice(-1) is taken).
   */
  quirkLastChar(): void { const n = this.html.length; if (n > 0) this.b.text(this.html.slice(n - 1)); }
}

/**
 * Parses an HTML page into the tree htmlparser2 (decodeEntities, recognizeCDATA) would give
 * {@link TreeBuilder}, event for event. Text runs between tags are found with `indexOf('<')`
 * and decoded only when they contain `&`; attributes are read only for elements the tree keeps.
 * Malformed and truncated markup follows htmlparser2's tokenizer, quirks included (an
 * unterminated tag at the end is dropped, `</>` stays text, `<![CDATA[…]]>` is text).
 */
export function parseHtmlTree(html: string): HNode {
  const sc = new HtmlEvents(html);
  const b = sc.b;
  const n = html.length;
  let pos = 0; // where to look for the next '<'
  let textStart = 0; // start of the pending text run
  scan: while (pos < n) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    if (lt + 1 >= n) break; // a final '<' is text
    const c = html.charCodeAt(lt + 1);
    if (isAlpha(c)) {
      // Open tag: name up to whitespace, '/' or '>'.
      let i = lt + 2;
      while (i < n) { const ch = html.charCodeAt(i); if (ch === SLASH || ch === GT || isWs(ch)) break; i++; }
      sc.text(textStart, lt, true);
      textStart = pos = n;
      if (i >= n) {
        // An unterminated tag name at the end is dropped — unless it could still become a
        // raw-text element name, where htmlparser2 reports it (without the '<') as text.
        if (isRawTextPrefix(lower(html.slice(lt + 1, n)))) sc.text(lt + 1, n, false);
        break;
      }
      const name = lower(html.slice(lt + 1, i));
      const rules = rulesOf(name);
      sc.openName(name, rules);
      const wantsAttrs = b.wantsAttrs(name, rules.skipBody);
      let attrs: KeptAttrs | undefined;
      let selfClosing = false;
      // Attributes (htmlparser2's BeforeAttributeName … states).
      for (;;) {
        while (i < n && isWs(html.charCodeAt(i))) i++;
        if (i >= n) break scan;
        let ch = html.charCodeAt(i);
        if (ch === GT) break;
        if (ch === SLASH) {
          i++;
          while (i < n && isWs(html.charCodeAt(i))) i++;
          if (i >= n) { sc.quirkLastChar(); break scan; }
          if (html.charCodeAt(i) === GT) { selfClosing = true; break; }
          continue;
        }
        // Attribute name: its first character is taken whatever it is (even '=').
        const ns = i++;
        while (i < n) { ch = html.charCodeAt(i); if (ch === EQ || ch === SLASH || ch === GT || isWs(ch)) break; i++; }
        if (i >= n) break scan;
        const nameEnd = i;
        while (i < n && isWs(html.charCodeAt(i))) i++;
        if (i >= n) break scan;
        const attrName = wantsAttrs ? keptAttrName(html, ns, nameEnd) : '';
        const keep = attrName !== '';
        let value = '';
        if (html.charCodeAt(i) === EQ) {
          i++;
          while (i < n && isWs(html.charCodeAt(i))) i++;
          if (i >= n) break scan;
          const q = html.charCodeAt(i);
          let vs: number, ve: number;
          if (q === DQUOTE || q === SQUOTE) {
            vs = i + 1;
            ve = html.indexOf(q === DQUOTE ? '"' : "'", vs);
            if (ve < 0) break scan;
            i = ve + 1;
          } else {
            vs = i;
            while (i < n) { ch = html.charCodeAt(i); if (ch === GT || isWs(ch)) break; i++; }
            if (i >= n) break scan;
            ve = i;
          }
          if (keep) {
            value = html.slice(vs, ve);
            if (value.indexOf('&') >= 0) value = decodeHTMLAttribute(value);
          }
        }
        if (keep) keepAttr(attrs ??= new KeptAttrs(), attrName, value);
      }
      // i is at the closing '>'.
      pos = textStart = i + 1;
      if (selfClosing && sc.inForeign()) {
        // Inside svg/math, "<x/>" closes x.
        sc.endOpen(name, (attrs as unknown as Record<string, string> | undefined) ?? NO_ATTRS, rules);
        sc.selfClose(name);
        continue;
      }
      sc.endOpen(name, (attrs as unknown as Record<string, string> | undefined) ?? NO_ATTRS, rules);
      if (selfClosing) continue; // "<script/>" in HTML: open, but its body is markup
      const endSeq = rules.rawTextEnd;
      if (!endSeq) continue;
      // Raw-text body: up to "</name" followed by whitespace or '>' (ASCII case-insensitive).
      const bodyStart = pos;
      let k = bodyStart;
      let end = -1;
      for (;;) {
        k = html.indexOf('<', k);
        if (k < 0) break;
        let m = 1;
        while (m < endSeq.length && k + m < n && (html.charCodeAt(k + m) | 0x20) === endSeq.charCodeAt(m)) m++;
        if (m === endSeq.length && k + m < n && (html.charCodeAt(k + m) === GT || isWs(html.charCodeAt(k + m)))) { end = k; break; }
        k += m < endSeq.length ? Math.max(m, 1) : m;
      }
      const isTitle = endSeq === '</title';
      if (end < 0) { sc.rawBody(bodyStart, n, isTitle); textStart = pos = n; break; }
      sc.rawBody(bodyStart, end, isTitle);
      const nameStart = end + 2;
      const nameEnd = end + endSeq.length;
      sc.closeName(lower(html.slice(nameStart, nameEnd)));
      const gt = html.charCodeAt(nameEnd) === GT ? nameEnd : html.indexOf('>', nameEnd);
      if (gt < 0) { sc.quirkLastChar(); textStart = pos = n; break; }
      pos = textStart = gt + 1;
    } else if (c === SLASH) {
      let i = lt + 2;
      while (i < n && isWs(html.charCodeAt(i))) i++;
      if (i >= n) break; // "</" at the end is text
      const ch = html.charCodeAt(i);
      if (ch === GT) { pos = i + 1; continue; } // "</>" is text
      sc.text(textStart, lt, true);
      textStart = pos = n;
      if (isAlpha(ch)) {
        // Close tag: the name runs to whitespace or '>' ('/' included).
        let j = i + 1;
        while (j < n) { const d = html.charCodeAt(j); if (d === GT || isWs(d)) break; j++; }
        if (j >= n) break; // unterminated: dropped
        sc.closeName(lower(html.slice(i, j)));
        const gt = html.charCodeAt(j) === GT ? j : html.indexOf('>', j);
        if (gt < 0) { sc.quirkLastChar(); break; }
        pos = textStart = gt + 1;
      } else {
        // "</1…>" is a bogus comment.
        const gt = html.indexOf('>', i);
        if (gt < 0) { sc.text(i, n, false); break; }
        pos = textStart = gt + 1;
      }
    } else if (c === BANG) {
      sc.text(textStart, lt, true);
      textStart = pos = n;
      const s = lt + 2; // htmlparser2's section start for declarations
      if (s >= n) break;
      const d = html.charCodeAt(s);
      let gtFrom: number; // where a declaration's '>' is searched from
      if (d === DASH) {
        if (s + 1 >= n) { sc.text(s, n, false); break; }
        if (html.charCodeAt(s + 1) === DASH) {
          // Comment: ends at the first "-->" (also "<!-->" and "<!--->").
          const p = s + 2;
          let gt: number;
          if (p < n && html.charCodeAt(p) === GT) gt = p;
          else if (p + 1 < n && html.charCodeAt(p) === DASH && html.charCodeAt(p + 1) === GT) gt = p + 1;
          else { const e = html.indexOf('-->', p); gt = e < 0 ? -1 : e + 2; }
          if (gt < 0) break; // unterminated comment runs to the end
          pos = textStart = gt + 1;
          continue;
        }
        gtFrom = s + 2;
      } else if (d === LBRACKET) {
        const CDATA = 'CDATA[';
        let m = 0;
        while (m < CDATA.length && s + 1 + m < n && html.charCodeAt(s + 1 + m) === CDATA.charCodeAt(m)) m++;
        if (m === CDATA.length) {
          const cs = s + 1 + m;
          const e = html.indexOf(']]>', cs);
          if (e < 0) { if (cs < n) b.text(html.slice(cs)); break; }
          b.text(html.slice(cs, e));
          pos = textStart = e + 3;
          continue;
        }
        if (s + 1 + m >= n) { sc.text(s, n, false); break; }
        gtFrom = s + 1 + m; // mismatch: a declaration, the mismatching character reconsidered
      } else gtFrom = s + 1;
      const gt = html.indexOf('>', gtFrom);
      if (gt < 0) { sc.text(s, n, false); break; }
      pos = textStart = gt + 1;
    } else if (c === QMARK) {
      sc.text(textStart, lt, true);
      textStart = pos = n;
      const gt = html.indexOf('>', lt + 2);
      if (gt < 0) { sc.text(lt + 2, n, false); break; }
      pos = textStart = gt + 1;
    } else pos = lt + 1; // '<' not starting a tag is text
  }
  sc.end(textStart);
  return b.root;
}

/** Concatenated text of a node (no separators added). */
export function textOf(n: HNode | string): string {
  if (typeof n === 'string') return n;
  let s = '';
  for (const k of n.kids) s += typeof k === 'string' ? k : textOf(k);
  return s;
}

/** All descendant elements with one of the tags, in document order. */
export function findAll(n: HNode, pred: (e: HNode) => boolean, out: HNode[] = []): HNode[] {
  for (const k of n.kids) {
    if (typeof k === 'string') continue;
    if (pred(k)) out.push(k);
    findAll(k, pred, out);
  }
  return out;
}

/** First descendant element matching `pred`, depth-first. */
export function findFirst(n: HNode, pred: (e: HNode) => boolean): HNode | undefined {
  for (const k of n.kids) {
    if (typeof k === 'string') continue;
    if (pred(k)) return k;
    const f = findFirst(k, pred);
    if (f) return f;
  }
  return undefined;
}

/**
 * Markup that takes every branch of {@link parseHtmlTree}: raw text and title quirks, comments,
 * CDATA, declarations, stray and void end tags, foreign self-closing tags, entities in text
 * and attributes; its truncations take the end-of-input cases.
 */
const EVERY_BRANCH = '<!doctype html><html lang="en"><head><title>A &amp; B </ti&amp; c</title x><meta property="og:title" content="X &quot;Y&quot;" name=n>' +
  '<script type="application/ld+json">{"@type":"NewsArticle"}</SCRIPT><script>if (a < b) { x = "</scr" + "ipt>"; }</script ><style>p{}</style><script/>' +
  '</head><body><p class=a CLASS=b id="&amp;" hidden data-x="1">One<p>Two<div>Three</p></div><ul><li>a<li>b</ul><br></br></p><img src=a.png alt=\'x\'/><hr/ >' +
  '<textarea>&amp;<b></textarea><xmp><b></xmp><tmp>t</xmp>a<!-- c -->b<!---->c<!-->d<!--->e<![CDATA[g]]>h<![CDAX>i<!x>j<!->k<?php j ?>l</ >m</>n</1 bogus>o< p' +
  'x &amp &copy; &#x41; &#65 &lt<b a="&amp;&lt" c=&quot d=\'&amp=\' e f=g/h i = "j" =k>y</b><svg><path d="M0"/><title>t</title></svg><math><mi/></math><div/><span/>' +
  '<table><tr><td>1<td>2<tr><th>h</table><select><option>a<option>b</select><é>é</é></div></body></html><scri';

/*
 * V8 optimises the scanner after a few pages; a branch it has not run yet (a CDATA section, a
 * bogus comment, a truncated tag) then deoptimises it mid-page, and the page finishes in slow
 * code: on the eval pages the first pass was ~2x slower than later ones. Running every branch
 * once at load (4-7 ms, still unoptimised) gives V8 that feedback up front: the full text, then
 * truncations of it for the end-of-input branches.
 */
for (let run = 0; run < 12; run++) parseHtmlTree(run < 6 ? EVERY_BRANCH : EVERY_BRANCH.slice(0, EVERY_BRANCH.length - (run - 5) * 131));
