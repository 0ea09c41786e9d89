/**
 * The newsgraph document model: one immutable text, its metadata, and layers of
 * stand-off annotations.
 *
 * **Offsets.** Every `start`/`end` in this project is a half-open offset in UTF-16
 * code units into `Doc.text` — exactly what `String.prototype.slice(start, end)`
 * takes. Conversion to other units (bytes, code points, tokens) happens only at
 * the edges (storage, export formats, evaluation against corpora).
 *
 * @module
 */

/** Names of the annotation layers the built-in stages write. Custom stages may add others. */
export type KnownLayer =
  | 'paragraphs'
  | 'boilerplate'
  | 'sentences'
  | 'tokens'
  | 'pos'
  | 'dep'
  | 'mentions'
  | 'entities'
  | 'statements'
  | 'voice'
  | 'timexes'
  | 'timelinks'
  | 'events'
  | 'framing';

/** A layer name: one of {@link KnownLayer} or a custom string. */
export type Layer = KnownLayer | (string & {});

/**
 * A reference to a span of `Doc.text` held inside an annotation's attributes
 * (e.g. a statement's cue or content). The runner validates these exactly as it
 * validates annotation spans: `text === doc.text.slice(start, end)`.
 */
export interface SpanRef {
  /** Half-open UTF-16 start offset into `Doc.text`. */
  start: number;
  /** Half-open UTF-16 end offset into `Doc.text`. */
  end: number;
  /** The sliced text, for readers; must equal `doc.text.slice(start, end)`. */
  text: string;
}

/** Attribute values: JSON-serialisable data. Relations are ids of other annotations (strings). */
export type AttrValue =
  | string
  | number
  | boolean
  | null
  | SpanRef
  | AttrValue[]
  | { [key: string]: AttrValue };

/**
 * One stand-off annotation.
 *
 * `id` is unique within the document and stable for a given pipeline version;
 * relations between annotations are expressed as ids in `attrs` (never copied text).
 */
export interface Annotation {
  /** Unique within the document, e.g. `t12` (token), `m3` (mention), `s4` (statement). */
  readonly id: string;
  /** The layer this annotation belongs to. */
  readonly layer: Layer;
  /** Half-open UTF-16 start offset into `Doc.text`. */
  readonly start: number;
  /** Half-open UTF-16 end offset into `Doc.text`. */
  readonly end: number;
  /** `doc.text.slice(start, end)`, checked by the runner when the annotation is written. */
  readonly text: string;
  /** The annotation's main class (a POS tag, an entity type, a statement kind …). */
  readonly label?: string;
  /** Further data; ids of related annotations, {@link SpanRef}s, values. */
  readonly attrs: Readonly<Record<string, AttrValue>>;
  /** Which stage wrote it, as `name@version`. */
  readonly source: string;
}

/** Severity of a {@link Message}. */
export type Severity = 'info' | 'warning' | 'error';

/**
 * A problem or notable fact found while processing a document: data, not console output
 * (after unified/vfile's `VFileMessage`).
 */
export interface Message {
  /** Stable rule id, e.g. `ingest/no-publication-date`, `boilerplate/removed`. */
  readonly rule: string;
  readonly severity: Severity;
  /** One human-readable line. */
  readonly message: string;
  /** Where in `Doc.text` it applies (half-open UTF-16 offsets), when it has a place. */
  readonly start?: number;
  readonly end?: number;
  /** The stage (or `ingest`) that raised it. */
  readonly origin: string;
  /** Extra machine-readable data (e.g. removed text). */
  readonly data?: Readonly<Record<string, AttrValue>>;
}

/** Document metadata. `publishedAt` is the document creation time every relative date anchors to. */
export interface DocMeta {
  title?: string;
  outlet?: string;
  url?: string;
  /** BCP-47 primary language subtag, e.g. `en`. */
  language?: string;
  /** ISO 8601 date or date-time; the document creation time (DCT). */
  publishedAt?: string;
  /**
   * Where `publishedAt` came from: `header`, `input`, `option`, `json-ld`, `meta:<name>` (e.g.
   * `meta:article:published_time`), `itemprop`, `time`, `url`, `text`, `text-relative`, `dateline`, `file-mtime`, …
   */
  publishedAtSource?: string;
  /**
   * The full stated timestamp when `publishedAt` is the day the outlet's readers see rather than
   * the timestamp itself (e.g. `2020-02-18T02:18:11Z` printed on the page as 17 February).
   */
  publishedTimestamp?: string;
  /** Last modification date-time, kept apart from the publication date (never used as the anchor). */
  modifiedAt?: string;
  /** The page's canonical URL (`<link rel=canonical>`, `og:url`) when it states one. */
  canonicalUrl?: string;
  /** Section or category (`article:section`, JSON-LD `articleSection`). */
  section?: string;
  /** Summary (`og:description`, `<meta name=description>`). */
  description?: string;
  /** Lead image URL (`og:image`, JSON-LD `image`). */
  image?: string;
  authors?: string[];
  /** Path or URL the document was read from. */
  origin?: string;
  /** The input format: `text`, `html`, `json`, `feed` … */
  format?: string;
}

/**
 * The analysed document. Its `text` never changes after ingestion; stages only add layers.
 * Objects of this type are frozen by the runner.
 */
export interface Doc {
  /** Stable document id (content hash unless given). */
  readonly id: string;
  /** The article text. All offsets index into it (UTF-16 code units, half-open). */
  readonly text: string;
  readonly meta: Readonly<DocMeta>;
  /** Annotations by layer, each array sorted by (start, end). */
  readonly layers: Readonly<Record<string, readonly Annotation[]>>;
  readonly messages: readonly Message[];
}
