import * as vscode from 'vscode';
import type { Entity } from '../../core/entities/entity';
import { BINARY_SAMPLE_LENGTH, eligibility, type Eligibility, type NotHighlighted } from '../../core/scanning/eligibility';
import type { Span } from '../../core/scanning/span';
import { isArticle } from '../articles';
import { Settings } from '../settings';
import type { DocumentScanner } from './documentScanner';
import { EntityDecorations, emptyRanges, type RangesByKind } from './entityDecorations';

/** What the status bar and the hover need to know about one document. */
export type HighlightStatus =
  | { state: 'off' }
  | { state: 'skipped'; eligibility: NotHighlighted }
  | { state: 'on'; entities: readonly Entity[]; complete: boolean };

/**
 * Decides which articles are highlighted, keeps their entities current through the scanner, and draws
 * them in every visible editor: at once when an editor is shown, after a pause while typing.
 */
export class Highlighter implements vscode.Disposable {
  private readonly decorations = new EntityDecorations();
  private readonly drawn = new Map<string, RangesByKind>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fired after a document's highlights were redrawn or its status changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly settings: Settings,
    readonly scanner: DocumentScanner,
  ) {
    this.disposables = [
      this.decorations,
      this.changed,
      scanner.onDidUpdate((document) => this.draw(document)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.onScroll(event.textEditor)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onEdit(event)),
      vscode.workspace.onDidCloseTextDocument((document) => this.onClose(document)),
      vscode.workspace.onDidOpenTextDocument((document) => this.onLanguageMaybeChanged(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (Settings.affectsHighlighting(event)) this.refreshVisible();
      }),
    ];
  }

  status(document: vscode.TextDocument): HighlightStatus {
    if (!this.settings.highlightEnabled(document)) return { state: 'off' };
    const verdict = this.eligibilityOf(document);
    if (!verdict.highlighted) return { state: 'skipped', eligibility: verdict };
    return { state: 'on', entities: this.scanner.entities(document), complete: this.scanner.isComplete(document) };
  }

  /** What was last drawn for the document, by kind, as offsets. */
  drawnRanges(document: vscode.TextDocument): RangesByKind {
    return this.drawn.get(document.uri.toString()) ?? emptyRanges();
  }

  async whenHighlighted(document: vscode.TextDocument): Promise<void> {
    await this.scanner.whenIdle(document);
  }

  /** Brings every visible editor up to date at once. */
  refreshVisible(): void {
    const documents = new Set(vscode.window.visibleTextEditors.map((editor) => editor.document));
    for (const document of documents) this.refresh(document);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private refresh(document: vscode.TextDocument): void {
    if (this.status(document).state !== 'on') {
      this.scanner.forget(document);
      this.erase(document);
      return;
    }
    this.scanner.scanNow(document);
    this.draw(document);
  }

  private draw(document: vscode.TextDocument): void {
    const enabled = this.settings.enabledKinds(document);
    let drawn = emptyRanges();
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document) drawn = this.decorations.apply(editor, this.entitiesToDraw(editor), enabled);
    }
    this.drawn.set(document.uri.toString(), drawn);
    this.changed.fire(document);
  }

  /**
   * All entities of an ordinary article; for a huge one, those near what is on screen, so that each
   * redraw costs what the screen shows rather than what the file holds. Scrolling draws the next part.
   */
  private entitiesToDraw(editor: vscode.TextEditor): readonly Entity[] {
    const entities = this.scanner.entities(editor.document);
    if (entities.length <= DRAW_EVERYTHING_UP_TO) return entities;
    const window = drawingWindow(editor);
    return window ? this.scanner.entitiesWithin(editor.document, window) : [];
  }

  private onScroll(editor: vscode.TextEditor): void {
    if (this.scanner.entities(editor.document).length > DRAW_EVERYTHING_UP_TO) this.draw(editor.document);
  }

  private erase(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.decorations.clear(editor);
    this.drawn.delete(document.uri.toString());
    this.changed.fire(document);
  }

  private onEdit(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    this.scanner.noteChanges(event, this.settings.highlightDelay(event.document));
  }

  private onClose(document: vscode.TextDocument): void {
    this.scanner.forget(document);
    this.drawn.delete(document.uri.toString());
  }

  /** Changing a document's language closes and reopens it under the same URI. */
  private onLanguageMaybeChanged(document: vscode.TextDocument): void {
    if (vscode.window.visibleTextEditors.some((editor) => editor.document === document)) this.refresh(document);
  }

  private eligibilityOf(document: vscode.TextDocument): Eligibility {
    const end = document.lineAt(document.lineCount - 1).range.end;
    const length = document.offsetAt(end);
    const headEnd = document.positionAt(Math.min(length, BINARY_SAMPLE_LENGTH));
    const head = document.getText(new vscode.Range(new vscode.Position(0, 0), headEnd));
    return eligibility({ languageId: document.languageId, isArticle: isArticle(document), length, head }, {
      maxSizeMB: this.settings.maxSizeMB(document),
    });
  }
}

/** Above this many entities an article is drawn near the screen only. */
const DRAW_EVERYTHING_UP_TO = 20_000;
/** Lines drawn above and below the screen, so that scrolling rarely shows an undrawn line. */
const DRAWING_MARGIN_LINES = 300;

function drawingWindow(editor: vscode.TextEditor): Span | undefined {
  const ranges = editor.visibleRanges;
  if (ranges.length === 0) return undefined;
  const document = editor.document;
  const firstLine = Math.max(0, ranges[0].start.line - DRAWING_MARGIN_LINES);
  const lastLine = Math.min(document.lineCount - 1, ranges[ranges.length - 1].end.line + DRAWING_MARGIN_LINES);
  return { start: document.offsetAt(new vscode.Position(firstLine, 0)), end: document.offsetAt(document.lineAt(lastLine).range.end) };
}

/** The part of the document shown in its visible editors, as one offset span. */
export function visibleSpan(document: vscode.TextDocument): Span | undefined {
  let span: Span | undefined;
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document !== document) continue;
    for (const range of editor.visibleRanges) {
      const start = document.offsetAt(range.start);
      const end = document.offsetAt(range.end);
      span = span ? { start: Math.min(span.start, start), end: Math.max(span.end, end) } : { start, end };
    }
  }
  return span;
}
