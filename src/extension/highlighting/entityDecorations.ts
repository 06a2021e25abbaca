import * as vscode from 'vscode';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../../core/entities/entity';
import type { Span } from '../../core/scanning/span';

export type RangesByKind = Record<EntityKind, Span[]>;

/** One decoration type per kind, created once for the whole session, coloured by the theme. */
export class EntityDecorations implements vscode.Disposable {
  private readonly types: Record<EntityKind, vscode.TextEditorDecorationType>;

  constructor() {
    this.types = {
      actor: createType('actor'),
      place: createType('place'),
      number: createType('number'),
    };
  }

  /** Shows `entities` of the enabled kinds in `editor`; returns what it drew, by kind. */
  apply(editor: vscode.TextEditor, entities: readonly Entity[], enabled: ReadonlySet<EntityKind>): RangesByKind {
    const drawn = emptyRanges();
    for (const entity of entities) if (enabled.has(entity.kind)) drawn[entity.kind].push({ start: entity.start, end: entity.end });
    const document = editor.document;
    for (const kind of ENTITY_KINDS) {
      const ranges = drawn[kind].map((span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
      editor.setDecorations(this.types[kind], ranges);
    }
    return drawn;
  }

  clear(editor: vscode.TextEditor): void {
    for (const kind of ENTITY_KINDS) editor.setDecorations(this.types[kind], []);
  }

  dispose(): void {
    for (const kind of ENTITY_KINDS) this.types[kind].dispose();
  }
}

export function emptyRanges(): RangesByKind {
  return { actor: [], place: [], number: [] };
}

function createType(kind: EntityKind): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`claimLens.${kind}Background`),
    border: '1px solid',
    borderColor: new vscode.ThemeColor(`claimLens.${kind}Border`),
    borderRadius: '3px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}
