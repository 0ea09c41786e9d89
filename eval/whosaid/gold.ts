/**
 * The who-said-what gold sets (eval/data/whosaid/*.json): stand-off annotations of BBC News
 * articles read from `<dataDir>/bbc-news` at eval time. The committed files hold no article
 * text: file ids, the SHA-256 of each article's decoded text, and UTF-16 offsets into it, plus
 * the canonical speaker names and labels (facts, not text).
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../src/ingest/decode.js';

/** Labels of the annotation rules (../shared/docs/attribution-guidelines.md). */
export type GoldKind = 'direct' | 'partial' | 'indirect' | 'mixed' | 'according' | 'continuation';

/** A half-open UTF-16 span. */
export type Span = [number, number];

/** One gold attribution (one cue). */
export interface GoldAttribution {
  kind: GoldKind;
  source: Span | null;
  cue: Span | null;
  content: Span;
  /** Canonical speaker names, alternatives of one speaker (`Liberal Democrats` / `Lib Dems`); empty for vague and anonymous sources. */
  speaker: string[];
}

/** One annotated article. */
export interface GoldArticle {
  /** `<topic>/<nnn>.txt` under bbc-news. */
  file: string;
  /** SHA-256 (hex) of the decoded article text the offsets refer to. */
  sha256: string;
  attributions: GoldAttribution[];
}

export interface GoldSet { $comment?: string; articles: GoldArticle[] }

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Reads an article's text as every input is decoded (UTF-8, else Windows-1252). */
export function readArticle(dataDir: string, file: string): string | null {
  const path = join(dataDir, 'bbc-news', file);
  if (!existsSync(path)) return null;
  return decodeBytes(readFileSync(path), path).text;
}

/** Loads a gold set; throws with a clear message when the file is malformed. */
export function loadGold(path: string): GoldSet {
  const g = JSON.parse(readFileSync(path, 'utf8')) as GoldSet;
  if (!Array.isArray(g.articles)) throw new Error(`${path}: no "articles" array`);
  return g;
}
