import * as vscode from 'vscode';
import { setSetting } from '../../integration/support/workbench';

/**
 * A clean, dark workbench for a README picture: no panel, chat, notifications, minimap, light bulb or
 * highlights of the word under the cursor, which would read as Claim Lens highlights; lines wrap.
 */
export async function clearStage(): Promise<void> {
  await setSetting('workbench.colorTheme', 'Default Dark Modern');
  await setSetting('editor.wordWrap', 'on');
  await setSetting('editor.minimap.enabled', false);
  await setSetting('editor.lightbulb.enabled', 'off');
  await setSetting('editor.occurrencesHighlight', 'off');
  await setSetting('editor.selectionHighlight', false);
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  await vscode.commands.executeCommand('notifications.clearAll');
}

/** Puts the cursor inside the first `phrase` of the editor, scrolled into view. */
export function placeCursorIn(editor: vscode.TextEditor, phrase: string): void {
  const at = editor.document.getText().indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in ${editor.document.fileName}`);
  const position = editor.document.positionAt(at + Math.floor(phrase.length / 2));
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Opens the hover at the cursor and gives the workbench time to render it. */
export async function showHover(): Promise<void> {
  await vscode.commands.executeCommand('editor.action.showHover');
  await settle();
}

/** Waits for the workbench to paint what the extension host just asked for. */
export function settle(ms = 800): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
