import { createDoc } from './model/doc.js';
import type { Doc, DocMeta, Message } from './model/types.js';
import { ingestArticle, type ArticleInput } from './ingest/index.js';
import { validateStatedDate } from './ingest/metadata-stated.js';
import { buildPipeline, type Pipeline } from './pipeline/runner.js';
import { defaultStages } from './pipeline/default.js';

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /** Publication date (YYYY-MM-DD or ISO date-time) used when the input states none. */
  published?: string;
  /**
   * When the input states no date and `published` is not given, use the modification time of
   * the file it was read from (`ArticleInput.fileTime`) and say so in a warning. Off by default:
   * a file time is often a copy time, not a publication time.
   */
  useFileTime?: boolean;
  /** Reading of ambiguous numeric dates (`03/09/2025`) in stated dates and pages: `dmy` or `mdy`; default from the language. */
  dateOrder?: 'dmy' | 'mdy';
  /**
   * When an HTML page was fetched (ISO 8601): the end of the plausible window for its dates and
   * the anchor of relative ones ("3 hours ago", "vor 2 Tagen"), which are not read without it.
   */
  crawledAt?: string;
  /** A pipeline to use instead of the default one. */
  pipeline?: Pipeline;
}

let defaultPipeline: Promise<Pipeline> | undefined;

/** The default pipeline, built once per process. */
export function getDefaultPipeline(): Promise<Pipeline> {
  defaultPipeline ??= buildPipeline(defaultStages());
  return defaultPipeline;
}

/**
 * Analyses one article: plain text (optionally with a metadata header), HTML, or an
 * {@link ArticleInput}. Returns the frozen document with every layer of the pipeline.
 */
export async function analyze(input: string | ArticleInput, options: AnalyzeOptions = {}): Promise<Doc> {
  const pipeline = options.pipeline ?? (await getDefaultPipeline());
  return analyzeWith(pipeline, input, options);
}

/** Synchronous analysis with an already built pipeline (for batch loops and benchmarks). */
export function analyzeWith(pipeline: Pipeline, input: string | ArticleInput, options: AnalyzeOptions = {}): Doc {
  const art: ArticleInput = typeof input === 'string' ? { text: input } : input;
  const { text, meta, notes } = ingestArticle(art, { ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}), ...(options.crawledAt ? { crawledAt: options.crawledAt } : {}) });
  const messages: Message[] = notes.map((n) => ({ rule: n.rule, severity: n.severity, message: n.message, origin: 'ingest', ...(n.data ? { data: n.data } : {}) }));
  const m: DocMeta = { ...meta };
  if (!m.publishedAt) {
    const given = options.published ? validateStatedDate(options.published, { origin: '--published', order: options.dateOrder, language: m.language, url: m.url }) : undefined;
    for (const n of given?.notes ?? []) messages.push({ ...n, origin: 'ingest' });
    if (given?.value) {
      m.publishedAt = given.value;
      m.publishedAtSource = 'option';
    } else if (options.useFileTime && art.fileTime) {
      m.publishedAt = art.fileTime;
      m.publishedAtSource = 'file-mtime';
      messages.push({ rule: 'ingest/date-from-file-time', severity: 'warning', origin: 'ingest',
        message: `no publication date found; using the file's modification time ${art.fileTime}` });
    } else {
      messages.push({ rule: 'ingest/no-publication-date', severity: 'warning', origin: 'ingest',
        message: 'no publication date found and none given (--published); relative dates cannot be anchored' });
    }
  }
  if (!text.trim()) {
    messages.push({ rule: 'ingest/no-article-text', severity: 'error', origin: 'ingest', message: 'no article text found in the input' });
  }
  const doc = createDoc(text, m, undefined, messages);
  return pipeline.run(doc, { published: m.publishedAt });
}
