/**
 * Shapes shared by the time matchers, refiners and resolver.
 * Offsets are half-open UTF-16 offsets into `Doc.text`.
 * @module
 */
import type { Gran, Unit } from './calendar.js';

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** What a matcher understood, before anchoring. */
export type Sem =
  /** Calendar fields as stated; missing coarser fields (usually the year) are inferred from the DCT and tense. */
  | { k: 'abs'; gran: Gran; y?: number; m?: number; d?: number; q?: number; h?: number; season?: string;
      hh?: number; mm?: number; part?: string; fiscal?: boolean; weekend?: boolean;
      /** Explicit direction from the DCT ("last June" −1, "next April" +1). */
      dir?: -1 | 1 }
  /** An offset from the DCT (deictic: "yesterday", "last year", "three weeks ago") or from the reference time (anaphoric: "two months later"). */
  | { k: 'rel'; anchor: 'dct' | 'ref'; unit: Unit; n: number; gran: Gran; part?: string; weekend?: boolean;
      /** A stated part of the shifted year: a season (SP SU FA WI), half (H1), quarter (Q3) or month (M11). */
      pin?: string }
  /** A day of the week; `dir` is explicit ("last Friday" −1, "next Friday" +1, "this Friday" 0) or null (tense decides). */
  | { k: 'dow'; dow: number; dir: -1 | 0 | 1 | null; part?: string;
      /** After "until", "as soon as", "by": a deadline, which lies ahead. */
      until?: boolean }
  /** A clock time or a part of day without a date ("3 p.m.", "noon"); the day comes from the reference time or DCT. */
  | { k: 'clock'; hh?: number; mm?: number; part?: string; mod?: string;
      /** The day it is on, when stated next to it ("noon Thursday", "10 p.m. yesterday"). */
      day?: Sem }
  /** Vague reference to past, present or future. */
  | { k: 'vague'; value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF' }
  /** A duration, value already normalised (P2M, PT3H, PXY). */
  | { k: 'dur'; value: string }
  /** A set (recurrence), value normalised (P1W, XXXX-WXX-3). */
  | { k: 'set'; value: string; quant?: string; freq?: string }
  /** A fixed value that needs no anchor (named periods). */
  | { k: 'fixed'; value: string; reason: string }
  /** An anniversary: `n` years after `base` (a year found in the following words), null when not found. */
  | { k: 'anniv'; n: number; base: number | null; reason: string }
  /** A holiday: a month/day, or a rule computing it for a year. */
  | { k: 'holiday'; name: string; m?: number; d?: number; rule?: (y: number) => [number, number] };

/** A candidate temporal expression found by a matcher. */
export interface Cand {
  start: number;
  end: number;
  type: TimexType;
  sem: Sem;
  mod?: string;
  /** The matcher that found it (for debugging and the `reason`). */
  rule: string;
  /** Tie-breaker between overlapping candidates of equal length (higher wins). */
  prio: number;
}
