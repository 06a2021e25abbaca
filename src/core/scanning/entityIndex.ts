import type { Entity, Recognizer } from '../entities/entity';
import { addSpan, overlaps, shiftOffset, subtractSpan, type Span, type TextEdit } from './span';
import { expandToLines, firstSlice } from './slicing';

/**
 * The entities of one document, kept up to date edit by edit: an edit shifts what lies after it and
 * marks only the lines it touched for another scan, so the work follows the size of the change,
 * not the size of the document. Scanning goes slice by slice so a caller can yield in between.
 */
export class EntityIndex {
  private entities: Entity[] = [];
  private pending: Span[];

  constructor(textLength: number) {
    this.pending = textLength > 0 ? [{ start: 0, end: textLength }] : [];
  }

  get isComplete(): boolean {
    return this.pending.length === 0;
  }

  /** Text still waiting for a scan. */
  get pendingSpans(): readonly Span[] {
    return this.pending;
  }

  all(): readonly Entity[] {
    return this.entities;
  }

  /** The entity covering `offset`, if any. */
  at(offset: number): Entity | undefined {
    let low = 0;
    let high = this.entities.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const entity = this.entities[middle];
      if (offset < entity.start) high = middle - 1;
      else if (offset >= entity.end) low = middle + 1;
      else return entity;
    }
    return undefined;
  }

  /** Applies one edit in the coordinates of the text just before it. */
  applyEdit(edit: TextEdit): void {
    const delta = edit.newLength - (edit.end - edit.start);
    const touched: Span = { start: edit.start, end: edit.start + edit.newLength };
    const kept: Entity[] = [];
    let dirty = touched;
    for (const entity of this.entities) {
      if (entity.end < edit.start) kept.push(entity);
      else if (entity.start > edit.end) kept.push({ ...entity, start: entity.start + delta, end: entity.end + delta });
      else dirty = { start: Math.min(dirty.start, entity.start), end: Math.max(dirty.end, shiftOffset(entity.end, edit)) };
    }
    this.entities = kept;
    const shifted = this.pending
      .map((span) => ({ start: shiftOffset(span.start, edit), end: shiftOffset(span.end, edit) }))
      .filter((span) => span.end > span.start);
    // A pure deletion leaves nothing new, but may join two words into one name: rescan around it.
    const around = dirty.end > dirty.start ? dirty : { start: Math.max(0, dirty.start - 1), end: dirty.start + 1 };
    this.pending = addSpan(shifted, around);
  }

  /**
   * Scans one slice of at most about `budget` code units of pending text, preferring what overlaps
   * `focus` (the visible part of an editor). Returns the span scanned, or undefined when nothing is pending.
   */
  scanNext(text: string, recognizer: Recognizer, budget: number, focus?: Span): Span | undefined {
    this.pending = this.pending
      .map((span) => ({ start: Math.min(span.start, text.length), end: Math.min(span.end, text.length) }))
      .filter((span) => span.end > span.start);
    if (this.pending.length === 0) return undefined;
    const target = this.pickTarget(focus);
    const slice = this.sliceAround(text, target, budget);
    const found = recognizer
      .recognize(text.slice(slice.start, slice.end))
      .map((entity) => ({ ...entity, start: entity.start + slice.start, end: entity.end + slice.start }));
    this.replaceEntitiesIn(slice, found);
    this.pending = subtractSpan(this.pending, slice).filter((span) => span.end > span.start);
    return slice;
  }

  private pickTarget(focus: Span | undefined): Span {
    const focused = focus && this.pending.find((span) => overlaps(span, focus));
    if (!focused || !focus) return this.pending[0];
    return { start: Math.max(focused.start, focus.start), end: Math.min(focused.end, Math.max(focus.end, focused.start + 1)) };
  }

  /**
   * Whole lines around `target` when they fit, so context rules see whole sentences; the rest of a
   * huge line goes on from `target`, so that every call makes progress.
   */
  private sliceAround(text: string, target: Span, budget: number): Span {
    const lines = expandToLines(text, target);
    const reach = target.start - lines.start <= budget / 2 ? lines : { start: target.start, end: lines.end };
    const slice = firstSlice(text, reach, budget);
    return slice.end > target.start ? slice : firstSlice(text, { start: target.start, end: lines.end }, budget);
  }

  /** The entities that overlap `span`, found by binary search: cheap enough to call on every scroll. */
  within(span: Span): readonly Entity[] {
    return this.entities.slice(this.boundary((entity) => entity.end <= span.start), this.boundary((entity) => entity.start < span.end));
  }

  private replaceEntitiesIn(slice: Span, found: Entity[]): void {
    const first = this.boundary((entity) => entity.end <= slice.start);
    const last = this.boundary((entity) => entity.start < slice.end);
    if (first === this.entities.length) for (const entity of found) this.entities.push(entity);
    else this.entities = this.entities.slice(0, first).concat(found, this.entities.slice(last));
  }

  /**
   * The first index where `isBefore` stops holding. Entities never overlap, so sorted by start they are
   * sorted by end too, and both tests hold for a prefix of the list.
   */
  private boundary(isBefore: (entity: Entity) => boolean): number {
    let low = 0;
    let high = this.entities.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (isBefore(this.entities[middle])) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
