import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../../src/extension/api';

export const EXTENSION_ID = 'claimlens.claim-lens';

export async function claimLens(): Promise<ClaimLensApi> {
  const extension = vscode.extensions.getExtension<ClaimLensApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  const api = await extension.activate();
  assert.ok(api, 'activate() returned no test API: it does only in ExtensionMode.Test');
  return api;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder (a copy of sample/)');
  return folder.uri;
}

export function workspaceFile(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

/** Writes a new article into the test workspace and shows it. */
export async function showNewArticle(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = workspaceFile('scratch', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return showArticle(uri);
}

export async function showArticle(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Polls until `condition` holds: decorations and the status bar follow events, not promises. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Resolves with the time (performance.now()) at which the first highlights were drawn in the document. */
export function firstHighlightDrawn(api: ClaimLensApi, document: vscode.TextDocument): Promise<number> {
  const drawnAny = () => Object.values(api.highlightedRanges(document)).some((ranges) => ranges.length > 0);
  if (drawnAny()) return Promise.resolve(performance.now());
  return new Promise((resolve) => {
    const listener = api.onDidChangeHighlights((changed) => {
      if (changed !== document || !drawnAny()) return;
      listener.dispose();
      resolve(performance.now());
    });
  });
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  const [section, ...rest] = key.split('.');
  await vscode.workspace.getConfiguration(section).update(rest.join('.'), value, vscode.ConfigurationTarget.Global);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Every span of `needle` in `text`, in order. */
export function spansOf(text: string, needle: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}

/** The markdown of every hover at `position`, with VS Code's escaping of plain text undone. */
export async function hoverTextAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\/g, '');
}
