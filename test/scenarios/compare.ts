// README picture media/screenshot-compare.png: the Compare Claims view over five invented reports of one
// battle, with the conflict between the sides, a revision, independent sources and the range plot.
// Regenerate with
//   npm run build && npm run compile-tests && node scripts/vscode/run-in-browser.mjs \
//     --tests out/test/scenarios/compare.js --screenshots media --viewport 1400x850 --workspace sample
import * as vscode from 'vscode';
import { takeScreenshot } from '../integration/index';
import { writeBattle } from '../integration/support/battle';
import { claimLens, workspaceFile } from '../integration/support/workbench';
import { clearStage, settle } from './support/stage';

export async function run(): Promise<void> {
  const api = await claimLens();
  await clearStage();
  const files = await writeBattle(workspaceFile('battle').fsPath, { withMarkup: false });
  for (const file of files) await api.claims(vscode.Uri.file(file));
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  await vscode.commands.executeCommand('claimLens.compareClaims', { topic: 'killed:taliban' });
  await api.compareView.whenReady();
  await settle(1500);
  await takeScreenshot('screenshot-compare');
}
