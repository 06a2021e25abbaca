// Tests module that vsix.test.ts runs inside code-server with the packaged extension installed in the
// extensions folder: it opens a plaintext document, waits for the extension to activate and reports
// where VS Code loaded it from (a CLAIMLENS_INSTALLED_EXTENSION line), for the test to check.
import * as vscode from 'vscode';

const PROBE_MARKER = 'CLAIMLENS_INSTALLED_EXTENSION';
const EXTENSION_ID = 'claimlens.claim-lens';
const ACTIVATION_TIMEOUT_MS = 10_000;

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  const document = await vscode.workspace.openTextDocument({ language: 'plaintext' });
  await vscode.window.showTextDocument(document);
  const deadline = Date.now() + ACTIVATION_TIMEOUT_MS;
  while (!extension.isActive && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  // isActive is also true when activate() threw; activate() then rejects with that error.
  if (extension.isActive) await extension.activate();
  console.log(`${PROBE_MARKER} ${JSON.stringify({ extensionPath: extension.extensionPath, isActive: extension.isActive })}`);
}
