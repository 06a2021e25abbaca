import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { parseWorkspaceGazetteer } from '../../src/core/entities';
import { codeActions, runCodeAction, select } from './support/claims';
import { claimLens, closeAllEditors, showArticle, spansOf, waitFor, workspaceFile } from './support/workbench';

// Zindabar is invented and known only to the second folder's gazetteer (test/fixtures/second-desk).
const ARTICLE = 'Zindabar residents said 14 tents stood near the camp. Qarvesh elders agreed.\n';

/** The second workspace folder: the integration tests run in a multi-root workspace (scripts/vscode/). */
function secondFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[1];
  assert.ok(folder, 'the integration tests need a second workspace folder (test/fixtures/second-desk)');
  return folder.uri;
}

async function writeArticle(folder: vscode.Uri, name: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(folder, 'scratch', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));
  return showArticle(uri);
}

function gazetteerOf(folder: vscode.Uri): string {
  return fs.readFileSync(vscode.Uri.joinPath(folder, '.claimlens', 'gazetteer.json').fsPath, 'utf8');
}

describe('a multi-root workspace', () => {
  let firstGazetteer: string;
  let secondGazetteer: string;
  before(() => {
    firstGazetteer = gazetteerOf(workspaceFile());
    secondGazetteer = gazetteerOf(secondFolder());
  });
  afterEach(async () => {
    const api = await claimLens();
    fs.writeFileSync(vscode.Uri.joinPath(workspaceFile(), '.claimlens', 'gazetteer.json').fsPath, firstGazetteer);
    fs.writeFileSync(vscode.Uri.joinPath(secondFolder(), '.claimlens', 'gazetteer.json').fsPath, secondGazetteer);
    await api.whenGazetteerLoaded();
    await closeAllEditors();
  });

  it("applies each folder's own gazetteer to its articles", async () => {
    const api = await claimLens();
    const first = await writeArticle(workspaceFile(), 'multi-root-first.txt');
    const second = await writeArticle(secondFolder(), 'multi-root-second.txt');
    await api.whenHighlighted(first.document);
    await api.whenHighlighted(second.document);
    assert.deepEqual(api.highlightedRanges(second.document).place, spansOf(ARTICLE, 'Zindabar'));
    assert.deepEqual(api.highlightedRanges(first.document).place, [], "the first folder's gazetteer does not know Zindabar");
  });

  it("adds a name through the lightbulb to the gazetteer of the article's folder", async () => {
    const api = await claimLens();
    const editor = await writeArticle(secondFolder(), 'multi-root-add.txt');
    await api.whenHighlighted(editor.document);
    select(editor, 'Qarvesh');
    const action = (await codeActions(editor.document.uri, editor.selection)).find((candidate) => candidate.title === 'Add "Qarvesh" to the gazetteer as a place');
    assert.ok(action, 'the add-as-place action is offered');
    await runCodeAction(action);
    const names = (text: string) => parseWorkspaceGazetteer(text).gazetteer.entries.map((entry) => entry.name);
    assert.ok(names(gazetteerOf(secondFolder())).includes('Qarvesh'), "the second folder's gazetteer has the new place");
    assert.equal(gazetteerOf(workspaceFile()), firstGazetteer, "the first folder's gazetteer is untouched");
    await waitFor(() => api.highlightedRanges(editor.document).place.length === 2, 'Qarvesh to be highlighted');
  });

  it("applies a folder's resource-scoped setting to that folder's articles only", async () => {
    const api = await claimLens();
    const second = await writeArticle(secondFolder(), 'multi-root-numbers-off.txt');
    const first = await writeArticle(workspaceFile(), 'multi-root-numbers-on.txt');
    assert.equal(vscode.workspace.getConfiguration('claimLens', second.document).get('highlight.numbers'), false);
    assert.equal(vscode.workspace.getConfiguration('claimLens', first.document).get('highlight.numbers'), true);
    await api.whenHighlighted(first.document);
    await api.whenHighlighted(second.document);
    await waitFor(() => api.highlightedRanges(first.document).number.length === 1, 'the number in the first folder');
    assert.deepEqual(api.highlightedRanges(first.document).number, spansOf(ARTICLE, '14'));
    assert.deepEqual(api.highlightedRanges(second.document).number, [], 'numbers are off in the second folder');
  });
});
