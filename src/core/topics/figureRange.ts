import type { NumberValue } from '../entities/entity';
import { lazy } from '../lazy';

/** The values a figure allows, as an interval; `max` may be Infinity ("at least 40"). */
export interface FigureRange {
  min: number;
  max: number;
}

/** "about 9" allows this fraction either side, and at least one unit: reporters round. */
export const APPROXIMATION_TOLERANCE = 0.2;
const APPROXIMATE = /^(?:about|around|approximately|roughly|some|an estimated|estimated|circa|close to)$/i;
const JUST_BELOW = /^(?:nearly|almost)$/i;
const AT_MOST = /^(?:at most|up to|as many as|no more than)$/i;
const BELOW = /^(?:less than|fewer than|under|just under)$/i;
const ABOVE = /^(?:more than|over|upwards of|in excess of|just over)$/i;

/**
 * What a figure means, as numbers:
 * - "40" = [40, 40]; "at least 40" = [40, ∞); "more than 40" = [41, ∞) for counts;
 * - "up to 40", "at most 40" = [0, 40]; "fewer than 40" = [0, 39];
 * - "about 9" = [9 − t, 9 + t] with t = max(1, 20% of 9): [7.2, 10.8];
 * - "nearly 40" = [32, 40]: close to and below;
 * - "hundreds" = [200, 999]: a plural of a scale word means at least two of it; "dozens" = [24, 99];
 * - a recognised range ("between 30 and 40", "several hundred") = [min, max].
 */
export function figureRange(value: NumberValue, text = ''): FigureRange {
  const qualifier = value.qualifier?.toLowerCase().replace(/\s+/gu, ' ').trim();
  const v = value.value;
  const step = Number.isInteger(v) ? 1 : 0;
  if (qualifier) {
    if (APPROXIMATE.test(qualifier)) {
      const tolerance = Math.max(1, Math.abs(v) * APPROXIMATION_TOLERANCE);
      return { min: value.min ?? Math.max(0, v - tolerance), max: value.max ?? v + tolerance };
    }
    if (JUST_BELOW.test(qualifier)) return { min: v * (1 - APPROXIMATION_TOLERANCE), max: v };
    if (AT_MOST.test(qualifier)) return { min: 0, max: v };
    if (BELOW.test(qualifier)) return { min: 0, max: v - step };
    if (ABOVE.test(qualifier)) return { min: v + step, max: Infinity };
    if (qualifier === 'at least' || qualifier === 'no fewer than' || qualifier === 'no less than') return { min: v, max: Infinity };
  }
  if (value.vague && value.min !== undefined && value.max !== undefined && isScalePlural(text)) {
    return { min: Math.min(value.min * 2, value.max), max: value.max };
  }
  return { min: value.min ?? v, max: value.max ?? v };
}

/** "hundreds", "dozens", "hundreds of thousands": a plural scale word that starts the figure. */
function isScalePlural(text: string): boolean {
  return /^(?:tens|dozens|scores|hundreds|thousands|millions|billions)\b/iu.test(text.trim());
}

export function rangesOverlap(a: FigureRange, b: FigureRange): boolean {
  return a.min <= b.max && b.min <= a.max;
}

export function sameRange(a: FigureRange, b: FigureRange): boolean {
  return a.min === b.min && a.max === b.max;
}

/** The smallest range holding all of them. */
export function hull(ranges: readonly FigureRange[]): FigureRange {
  return ranges.reduce((all, range) => ({ min: Math.min(all.min, range.min), max: Math.max(all.max, range.max) }), { min: Infinity, max: -Infinity });
}

/** One formatter, made once: toLocaleString builds a new one on every call, which dominates a large comparison. */
const numberFormat = lazy(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }));
const format = (value: number): string => numberFormat().format(value);

/** "40", "≥ 40", "≤ 40", "7.2–10.8", "200–999". */
export function formatRange({ min, max }: FigureRange): string {
  if (min === max) return format(min);
  if (max === Infinity) return `≥ ${format(min)}`;
  if (min === 0) return `≤ ${format(max)}`;
  return `${format(min)}–${format(max)}`;
}
