import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'claimlens.claim-lens';

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('smoke: the extension in real VS Code', () => {
  it('runs in VS Code 1.100 or newer', () => {
    const [major = 0, minor = 0] = vscode.version.split('.').map(Number);
    assert.ok(major > 1 || (major === 1 && minor >= 100), `VS Code ${vscode.version} is older than 1.100`);
  });

  it(`has ${EXTENSION_ID} installed`, () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not among ${vscode.extensions.all.length} extensions`);
    assert.equal(extension.packageJSON.name, 'claim-lens');
  });

  it('activates without error once a plaintext document is open', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    // Empty, so closing it afterwards asks nothing.
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext' });
    await vscode.window.showTextDocument(document);
    await waitFor(() => extension.isActive, 10_000);
    assert.equal(extension.isActive, true);
    // isActive is also true when activate() threw; activate() then rejects with that error.
    await extension.activate();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
