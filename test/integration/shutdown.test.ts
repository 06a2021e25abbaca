import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { answer, codeActions, readSidecar, runCodeAction, select, sidecarExists, sidecarOf } from './support/claims';
import { claimLens, closeAllEditors, EXTENSION_ID, showNewArticle, waitFor } from './support/workbench';

const REPORT = 'The National Resistance Front said more than 350 Taliban fighters had been trapped in the valley.\n';
const NRF = 'more than 350 Taliban fighters had been trapped in the valley';

/** The extension's own module, as the extension host loaded it: what VS Code calls on shutdown. */
function extensionModule(): { deactivate(): Promise<void> } {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  return require(path.join(extension.extensionPath, 'dist', 'extension.js'));
}

/** Starts tagging; the promise inside resolves once the claim is written. */
async function tagNrf(editor: vscode.TextEditor): Promise<{ tagging: Promise<unknown> }> {
  select(editor, NRF);
  const actions = await codeActions(editor.document.uri, editor.selection);
  const oneStep = actions.find((action) => action.title.startsWith('Tag as claim by '));
  assert.ok(oneStep);
  return { tagging: runCodeAction(oneStep) };
}

describe('shutdown and faults', () => {
  afterEach(closeAllEditors);

  it('deactivate waits for a sidecar write still pending', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('shutdown-pending.txt', REPORT);
    const release = api.holdClaimWrites();
    let tagging: Promise<unknown> | undefined;
    let deactivated = false;
    try {
      ({ tagging } = await tagNrf(editor));
      await waitFor(async () => (await api.claims(editor.document.uri)).claims.length === 1, 'the claim in memory');
      const deactivating = extensionModule().deactivate().then(() => {
        deactivated = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(deactivated, false, 'deactivate returned before the write');
      assert.equal(sidecarExists(editor.document.uri), false);
      release();
      await deactivating;
    } finally {
      release();
    }
    assert.equal(deactivated, true);
    assert.deepEqual(readSidecar(editor.document.uri).claims.map((claim) => claim.quote.exact), [NRF], 'the write finished first');
    await tagging;
  });

  it('writes errors it catches to the Claim Lens log', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('shutdown-log.txt', REPORT);
    await (await tagNrf(editor)).tagging;
    const [claim] = readSidecar(editor.document.uri).claims;
    const sidecar = sidecarOf(editor.document.uri);
    // A folder where the sidecar should be: as root, permissions cannot make a write fail.
    fs.rmSync(sidecar.fsPath);
    fs.mkdirSync(sidecar.fsPath);
    fs.writeFileSync(`${sidecar.fsPath}/blocker`, '');
    try {
      const setting = vscode.commands.executeCommand('claimLens.setClaimStatus', { article: editor.document.uri, claimId: claim.id });
      await answer(api, 'status', 1);
      await setting;
      await waitFor(() => api.loggedErrors().some((error) => /^writing .*shutdown-log\.txt\.claims\.json/.test(error)), 'the error in the log');
    } finally {
      fs.rmSync(sidecar.fsPath, { recursive: true });
      await vscode.commands.executeCommand('claimLens.retrySavingClaims');
    }
    assert.deepEqual(readSidecar(editor.document.uri).claims.map((each) => each.status), ['corroborated']);
  });
});
