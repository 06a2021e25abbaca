// README picture media/screenshot-claims.png: the Claims view listing the sample's claims beside an
// article with claim underlines, and the hover of one claim, which is also selected in the view.
// Regenerate with
//   npm run build && npm run compile-tests && node scripts/vscode/run-in-browser.mjs \
//     --tests out/test/scenarios/claims.js --screenshots media --viewport 1400x850 --workspace sample
import * as vscode from 'vscode';
import { takeScreenshot } from '../integration/index';
import { articleGroup } from '../integration/support/claims';
import { claimLens, setSetting, showArticle, waitFor, workspaceFile } from '../integration/support/workbench';
import { clearStage, placeCursorIn, settle, showHover } from './support/stage';

export async function run(): Promise<void> {
  const api = await claimLens();
  await clearStage();
  await vscode.commands.executeCommand('workbench.view.extension.claimLens');
  const article = workspaceFile('articles', 'el-fasher-siege.txt');
  await waitFor(async () => (await articleGroup(api, article)) !== undefined, 'the Claims view to list the sample claims');
  const editor = await showArticle(article);
  await api.whenHighlighted(editor.document);
  // Narrowing the focused editor widens the side bar, so the claims' labels are readable.
  for (let step = 0; step < 3; step++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
  // Below the last claim, the hover covers only plain text.
  await setSetting('editor.hover.above', false);
  await settle();
  placeCursorIn(editor, 'forces controlled');
  await vscode.commands.executeCommand('claimLens.revealClaim');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await showHover();
  await takeScreenshot('screenshot-claims');
}
