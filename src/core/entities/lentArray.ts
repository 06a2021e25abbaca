/**
 * A plain array lent to one text at a time. V8 allocates an array of more than about 16K entries in its
 * large-object space, slowly, and soon collects garbage after it: the arrays indexed by token, allocated
 * afresh for each 128 KB segment of a long text, cost the recognizer a sixth of its time.
 */
export class LentArray<T> {
  private items: T[] = [];

  /** The array with at least `length` entries, all empty; whatever it was lent for before must be done with it. */
  take(length: number): T[] {
    // Cleared whole: its borrower may have written past `length`.
    if (this.items.length < length) this.items = new Array<T>(length);
    else this.items.fill(undefined as T);
    return this.items;
  }
}
