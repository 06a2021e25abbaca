// README picture media/screenshot-highlights.png: a sample article with its actors, places and numbers
// highlighted, the hover of an actor and the counts in the status bar. Regenerate with
//   npm run build && npm run compile-tests && node scripts/vscode/run-in-browser.mjs \
//     --tests out/test/scenarios/highlights.js --screenshots media --viewport 1400x850 --workspace sample
import { takeScreenshot } from '../integration/index';
import { claimLens, showArticle, waitFor, workspaceFile } from '../integration/support/workbench';
import { clearStage, placeCursorIn, settle, showHover } from './support/stage';

export async function run(): Promise<void> {
  const api = await claimLens();
  await clearStage();
  const editor = await showArticle(workspaceFile('articles', 'panjshir-offensive.txt'));
  await api.whenHighlighted(editor.document);
  await waitFor(() => api.statusBar().text.includes('$(person)'), 'the status bar counts');
  await settle();
  placeCursorIn(editor, 'Fahim Dashti');
  await showHover();
  await takeScreenshot('screenshot-highlights');
}
