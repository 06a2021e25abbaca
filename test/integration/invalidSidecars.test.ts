import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { select, sidecarOf, treeItemsOf } from './support/claims';
import { claimLens, closeAllEditors, hoverTextAt, showArticle, workspaceFile } from './support/workbench';

describe('invalid sidecars', () => {
  afterEach(closeAllEditors);

  it('keeps every readable claim visible read-only with the reason, refuses tagging before asking, leaves the file alone', async () => {
    const api = await claimLens();
    const article = workspaceFile('scratch', 'invalid-visible.txt');
    const source = fs.readFileSync(workspaceFile('articles', 'el-fasher-siege.txt.claims.json').fsPath, 'utf8');
    // One claim with an unknown status: the other two can still be read.
    const broken = source.replace('"status": "disputed"', '"status": "maybe"');
    assert.notEqual(broken, source);
    fs.mkdirSync(vscode.Uri.joinPath(article, '..').fsPath, { recursive: true });
    fs.copyFileSync(workspaceFile('articles', 'el-fasher-siege.txt').fsPath, article.fsPath);
    fs.writeFileSync(sidecarOf(article).fsPath, broken);

    const editor = await showArticle(article);
    const state = await api.claims(article);
    assert.equal(state.claims.length, 2, 'the readable claims are kept');
    assert.match(state.readOnly ?? '', /status/);

    const items = await treeItemsOf(api, article);
    assert.deepEqual(items.map((item) => item.contextValue), ['claim.readOnly', 'claim.readOnly']);
    const tooltip = items[0].tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /Read\\?-only/);
    assert.match(tooltip.value, /status/);

    const [first] = state.claims;
    const hover = await hoverTextAt(editor.document, editor.document.positionAt(first.anchor.start + 1));
    assert.match(hover, /Read-only/);

    select(editor, 'at least 27 civilians were killed');
    await vscode.commands.executeCommand('claimLens.tagClaim');
    assert.equal(api.activePrompt(), undefined, 'nothing was asked');
    assert.match(api.lastNotice() ?? '', /read-only: .*status/);
    assert.equal(fs.readFileSync(sidecarOf(article).fsPath, 'utf8'), broken, 'the file is untouched, byte for byte');

    // Saving the article does not write the sidecar either.
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'Updated. '));
    assert.ok(await editor.document.save());
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(fs.readFileSync(sidecarOf(article).fsPath, 'utf8'), broken);
  });
});
