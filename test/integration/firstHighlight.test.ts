import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { claimLens, closeAllEditors, firstHighlightDrawn, spansOf, workspaceFile } from './support/workbench';

const ARTICLE = [
  'Shelling resumed near Kherson on Tuesday, the regional governor said.',
  'Ukrainian officials reported 14 civilians wounded; the Russian defence ministry said its forces had hit a depot.',
  'Reuters could not verify either account.',
  '',
].join('\n');

/** Far above what it takes (tens of milliseconds), so that only a gross regression fails, not a busy machine. */
const GROSS_REGRESSION_MS = 1000;

describe('first highlight of an article', () => {
  afterEach(closeAllEditors);

  it('is drawn soon after the article is shown, and says how soon', async () => {
    const api = await claimLens();
    const uri = workspaceFile('scratch', 'first-highlight.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));

    const openedAt = performance.now();
    const document = await vscode.workspace.openTextDocument(uri);
    const drawn = firstHighlightDrawn(api, document);
    await vscode.window.showTextDocument(document, { preview: false });
    const shownAt = performance.now();
    const drawnAt = await drawn;
    console.log(`      first highlight ${(drawnAt - openedAt).toFixed(0)} ms after opening the article; ` +
      `VS Code took ${(shownAt - openedAt).toFixed(0)} ms of that to show it, Claim Lens ${Math.max(0, drawnAt - shownAt).toFixed(0)} ms more`);

    assert.ok(drawnAt - shownAt < GROSS_REGRESSION_MS, `the first highlight came ${(drawnAt - shownAt).toFixed(0)} ms after the article was shown`);
    await api.whenHighlighted(document);
    const ranges = api.highlightedRanges(document);
    assert.deepEqual(ranges.place, spansOf(ARTICLE, 'Kherson'));
    assert.ok(ranges.actor.some((span) => ARTICLE.slice(span.start, span.end) === 'Reuters'), 'the outlet is an actor');
    assert.ok(ranges.number.some((span) => ARTICLE.slice(span.start, span.end) === '14'), 'the count is a number');
  });
});
