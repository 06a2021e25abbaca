import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { SIDECAR_SCHEMA_ID } from '../../src/core/claims/sidecar';
import { answer, readSidecar, sidecarOf } from './support/claims';
import { claimLens, closeAllEditors, showArticle, waitFor, workspaceFile } from './support/workbench';

describe('format 1 sidecars', () => {
  afterEach(closeAllEditors);

  it('loads a format 1 sidecar unchanged and rewrites it as format 2 only when a claim changes', async () => {
    const api = await claimLens();
    // The same file name: a sidecar naming another file would be rewritten to name this one.
    const article = workspaceFile('scratch', 'format-one', 'el-fasher-siege.txt');
    const original = fs.readFileSync(workspaceFile('articles', 'el-fasher-siege.txt.claims.json').fsPath, 'utf8');
    assert.match(original, /"version": 1/);
    fs.mkdirSync(vscode.Uri.joinPath(article, '..').fsPath, { recursive: true });
    fs.copyFileSync(workspaceFile('articles', 'el-fasher-siege.txt').fsPath, article.fsPath);
    fs.writeFileSync(sidecarOf(article).fsPath, original);

    const editor = await showArticle(article);
    const state = await api.claims(article);
    assert.equal(state.claims.length, 3);
    assert.equal(state.readOnly, undefined);
    assert.ok(state.claims.every((claim) => claim.attention === undefined));

    // Saved with the same text: nothing changed, so the file stays as it was.
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'x'));
    await editor.edit((builder) => builder.delete(new vscode.Range(0, 0, 0, 1)));
    assert.ok(await editor.document.save());
    await vscode.commands.executeCommand('claimLens.refreshClaims');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(fs.readFileSync(sidecarOf(article).fsPath, 'utf8'), original);

    const setting = vscode.commands.executeCommand('claimLens.setClaimStatus', { article, claimId: state.claims[0].id });
    await answer(api, 'status', 1);
    await setting;
    await waitFor(() => readSidecar(article).version === 2, 'the sidecar to be rewritten');
    const rewritten = readSidecar(article);
    assert.equal(rewritten.$schema, SIDECAR_SCHEMA_ID);
    assert.equal(rewritten.claims.length, 3);
    assert.equal(rewritten.claims.find((claim) => claim.id === state.claims[0].id)?.status, 'corroborated');
  });
});
