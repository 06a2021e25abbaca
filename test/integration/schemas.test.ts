import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { sidecarOf } from './support/claims';
import { closeAllEditors, waitFor, workspaceFile } from './support/workbench';

/** Copies a sample file into scratch/ with one value replaced, as a careless hand edit would. */
function copyWithTypo(source: vscode.Uri, target: vscode.Uri, from: string, to: string): string {
  const text = fs.readFileSync(source.fsPath, 'utf8');
  assert.ok(text.includes(from), `${from} is not in ${source.path}`);
  fs.mkdirSync(vscode.Uri.joinPath(target, '..').fsPath, { recursive: true });
  fs.writeFileSync(target.fsPath, text.replace(from, to));
  return text.replace(from, to);
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}

describe("JSON schemas in VS Code's JSON editor", () => {
  afterEach(closeAllEditors);

  it('loads the schema a sidecar names in $schema, offline, and flags a bad hand edit', async () => {
    const article = workspaceFile('scratch', 'schema-check.txt');
    const sidecar = sidecarOf(article);
    fs.copyFileSync(workspaceFile('articles', 'el-fasher-siege.txt').fsPath, article.fsPath);
    const text = copyWithTypo(sidecarOf(workspaceFile('articles', 'el-fasher-siege.txt')), sidecar, '"status": "disputed"', '"status": "maybe"');
    await vscode.window.showTextDocument(sidecar);
    await waitFor(() => vscode.languages.getDiagnostics(sidecar).some((diagnostic) => /unverified/.test(diagnostic.message)), 'the schema to flag the status', 20_000);
    const messages = vscode.languages.getDiagnostics(sidecar).map((diagnostic) => diagnostic.message);
    assert.ok(!messages.some((message) => /Unable to load schema/.test(message)), messages.join('\n'));
    const status = vscode.languages.getDiagnostics(sidecar).find((diagnostic) => /unverified/.test(diagnostic.message));
    assert.equal(status?.range.start.line, lineOf(text, '"maybe"'));
  });

  it('validates the workspace gazetteer as it is edited', async () => {
    const gazetteer = workspaceFile('scratch', '.claimlens', 'gazetteer.json');
    const text = copyWithTypo(workspaceFile('.claimlens', 'gazetteer.json'), gazetteer, '"subtype": "feature"', '"subtype": "moon"');
    await vscode.window.showTextDocument(gazetteer);
    await waitFor(() => vscode.languages.getDiagnostics(gazetteer).some((diagnostic) => /armed group/.test(diagnostic.message)), 'the schema to flag the subtype', 20_000);
    const subtype = vscode.languages.getDiagnostics(gazetteer).find((diagnostic) => /armed group/.test(diagnostic.message));
    assert.equal(subtype?.range.start.line, lineOf(text, '"moon"'));
  });
});
