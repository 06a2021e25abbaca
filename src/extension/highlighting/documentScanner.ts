import * as vscode from 'vscode';
import type { Entity, Recognizer } from '../../core/entities/entity';
import { EntityIndex } from '../../core/scanning/entityIndex';
import { SLICE_BUDGET } from '../../core/scanning/slicing';
import { overlaps, type Span, type TextEdit } from '../../core/scanning/span';
import { background } from '../log';

/** While a large article is scanned, show what is found at least this often. */
const PROGRESS_INTERVAL_MS = 300;

interface ScanState {
  readonly document: vscode.TextDocument;
  index: EntityIndex;
  running: boolean;
  debounce?: ReturnType<typeof setTimeout>;
  text?: string;
  textVersion?: number;
  idleWaiters: Array<() => void>;
}

/**
 * Keeps the entities of every open article up to date. Scans go slice by slice with a yield in
 * between, the visible part first, so even a very large article never blocks the extension host.
 */
export class DocumentScanner implements vscode.Disposable {
  private readonly states = new Map<string, ScanState>();
  private readonly updated = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fired when more of a document's entities are known. */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly recognizer: (document: vscode.TextDocument) => Promise<Recognizer>,
    private readonly focusOf: (document: vscode.TextDocument) => Span | undefined,
  ) {}

  entities(document: vscode.TextDocument): readonly Entity[] {
    return this.states.get(keyOf(document))?.index.all() ?? [];
  }

  entitiesWithin(document: vscode.TextDocument, span: Span): readonly Entity[] {
    return this.states.get(keyOf(document))?.index.within(span) ?? [];
  }

  entityAt(document: vscode.TextDocument, offset: number): Entity | undefined {
    return this.states.get(keyOf(document))?.index.at(offset);
  }

  isComplete(document: vscode.TextDocument): boolean {
    return this.states.get(keyOf(document))?.index.isComplete ?? false;
  }

  /** Starts or continues scanning at once: for an article just opened or shown. */
  scanNow(document: vscode.TextDocument): void {
    const state = this.stateOf(document);
    if (state.debounce) return;
    background('highlighting an article', this.run(state));
  }

  /** Records edits at once and rescans what they touched once typing pauses for `delayMs`. */
  noteChanges(event: vscode.TextDocumentChangeEvent, delayMs: number): void {
    const state = this.states.get(keyOf(event.document));
    if (!state) return;
    // Changes in one event refer to the text before the event; applied from the last to the first,
    // each one's offsets stay valid.
    const edits: TextEdit[] = event.contentChanges
      .map((change) => ({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, newLength: change.text.length }))
      .sort((a, b) => b.start - a.start);
    for (const edit of edits) state.index.applyEdit(edit);
    if (state.debounce) clearTimeout(state.debounce);
    state.debounce = setTimeout(() => {
      state.debounce = undefined;
      background('highlighting an article', this.run(state));
    }, delayMs);
  }

  /** Throws away what is known, e.g. after the gazetteer changed, and scans every tracked article again. */
  rescanAll(): void {
    for (const state of this.states.values()) {
      state.index = new EntityIndex(this.textOf(state).length);
      background('highlighting an article', this.run(state));
    }
  }

  forget(document: vscode.TextDocument): void {
    const state = this.states.get(keyOf(document));
    if (!state) return;
    if (state.debounce) clearTimeout(state.debounce);
    this.states.delete(keyOf(document));
    this.settle(state);
  }

  /** Resolves when the document is fully scanned and nothing is waiting for a pause in typing. */
  whenIdle(document: vscode.TextDocument): Promise<void> {
    const state = this.states.get(keyOf(document));
    if (!state || this.isIdle(state)) return Promise.resolve();
    return new Promise((resolve) => state.idleWaiters.push(resolve));
  }

  dispose(): void {
    for (const state of this.states.values()) this.forget(state.document);
    this.updated.dispose();
  }

  private stateOf(document: vscode.TextDocument): ScanState {
    let state = this.states.get(keyOf(document));
    if (!state) {
      const text = document.getText();
      state = { document, index: new EntityIndex(text.length), running: false, idleWaiters: [], text, textVersion: document.version };
      this.states.set(keyOf(document), state);
    }
    return state;
  }

  private async run(state: ScanState): Promise<void> {
    if (state.running) return;
    state.running = true;
    let lastProgress = Date.now();
    try {
      while (this.mayContinue(state)) {
        const focus = this.focusOf(state.document);
        const recognizer = await this.recognizer(state.document);
        if (!this.mayContinue(state)) break;
        const scanned = state.index.scanNext(this.textOf(state), recognizer, SLICE_BUDGET, focus);
        const showNow = state.index.isComplete || (focus && scanned && overlaps(scanned, focus)) ||
          Date.now() - lastProgress > PROGRESS_INTERVAL_MS;
        if (showNow) {
          this.updated.fire(state.document);
          lastProgress = Date.now();
        }
        if (!state.index.isComplete) await yieldToEventLoop();
      }
    } finally {
      state.running = false;
    }
    if (this.isIdle(state)) this.settle(state);
  }

  private mayContinue(state: ScanState): boolean {
    return !state.index.isComplete && !state.debounce && !state.document.isClosed &&
      this.states.get(keyOf(state.document)) === state;
  }

  private isIdle(state: ScanState): boolean {
    return state.index.isComplete && !state.running && !state.debounce;
  }

  private settle(state: ScanState): void {
    const waiters = state.idleWaiters.splice(0);
    for (const resolve of waiters) resolve();
  }

  /** The document's text, read once per version: getText copies the whole buffer. */
  private textOf(state: ScanState): string {
    if (state.textVersion !== state.document.version || state.text === undefined) {
      state.text = state.document.getText();
      state.textVersion = state.document.version;
    }
    return state.text;
  }
}

function keyOf(document: vscode.TextDocument): string {
  return document.uri.toString();
}

/** setImmediate where there is one (Node); the web extension host has only timers. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
