import * as vscode from 'vscode';
import { ENTITY_KINDS, type Entity } from '../../core/entities/entity';
import { describeEntity } from '../../core/entities/describe';
import type { Highlighter } from './highlighter';
import { inform } from '../notices';

interface EntityItem extends vscode.QuickPickItem {
  entity?: Entity;
}

/** A quick pick of the active article's entities, grouped by kind; picking one selects it. */
export async function goToEntity(highlighter: Highlighter): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const status = editor && highlighter.status(editor.document);
  if (!editor || status?.state !== 'on') {
    inform(vscode.l10n.t('Claim Lens: open a highlighted article to go to its actors, places and numbers.'));
    return;
  }
  const document = editor.document;
  const items: EntityItem[] = [];
  for (const kind of ENTITY_KINDS) {
    const ofKind = status.entities.filter((entity) => entity.kind === kind);
    if (ofKind.length === 0) continue;
    items.push({ label: sectionTitle(kind), kind: vscode.QuickPickItemKind.Separator });
    for (const entity of ofKind) {
      const description = describeEntity(entity);
      const line = document.positionAt(entity.start).line + 1;
      items.push({
        label: entity.text,
        description: description.name !== entity.text ? description.name : description.title,
        detail: vscode.l10n.t('Line {0}', line),
        entity,
      });
    }
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Go to an actor, place or number'), matchOnDescription: true });
  if (!picked?.entity) return;
  const range = new vscode.Range(document.positionAt(picked.entity.start), document.positionAt(picked.entity.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function sectionTitle(kind: Entity['kind']): string {
  switch (kind) {
    case 'actor':
      return vscode.l10n.t('Actors');
    case 'place':
      return vscode.l10n.t('Places');
    case 'number':
      return vscode.l10n.t('Numbers');
  }
}
