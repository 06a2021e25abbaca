import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { claimLens, closeAllEditors, showArticle, workspaceFile } from './support/workbench';

function wordWrapOf(document: vscode.TextDocument): string | undefined {
  return vscode.workspace.getConfiguration('editor', document).get<string>('wordWrap');
}

describe('word wrap in articles', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' })
      .update('wordWrap', undefined, vscode.ConfigurationTarget.Global, true);
    await closeAllEditors();
  });

  it('is on by default in plain-text and Markdown articles', async () => {
    await claimLens();
    const text = await showArticle(workspaceFile('articles', 'panjshir-offensive.txt'));
    const markdown = await showArticle(workspaceFile('articles', 'kharkiv-counteroffensive.md'));
    assert.equal(text.document.languageId, 'plaintext');
    assert.equal(wordWrapOf(text.document), 'on');
    assert.equal(markdown.document.languageId, 'markdown');
    assert.equal(wordWrapOf(markdown.document), 'on');
  });

  it('leaves other languages alone', async () => {
    await claimLens();
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{}' });
    assert.equal(wordWrapOf(json), 'off');
  });

  it('is turned off by a user setting for the language', async () => {
    await claimLens();
    const editor = await showArticle(workspaceFile('articles', 'panjshir-offensive.txt'));
    await vscode.workspace.getConfiguration('editor', editor.document)
      .update('wordWrap', 'off', vscode.ConfigurationTarget.Global, true);
    assert.equal(wordWrapOf(editor.document), 'off');
    const markdown = await showArticle(workspaceFile('articles', 'kharkiv-counteroffensive.md'));
    assert.equal(wordWrapOf(markdown.document), 'on', 'only plain text was turned off');
  });
});
