import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { createClaim, type Claim } from '../../../src/core/claims/model';
import { createSidecar, describeDocument, parseSidecar, serializeSidecar, type Sidecar } from '../../../src/core/claims/sidecar';
import type { ClaimLensApi } from '../../../src/extension/api';
import type { PromptName } from '../../../src/extension/claims/prompts';
import type { ClaimsNode, GroupNode } from '../../../src/extension/claims/tree/claimsTreeProvider';
import { waitFor } from './workbench';

export function sidecarOf(article: vscode.Uri): vscode.Uri {
  return article.with({ path: `${article.path}.claims.json` });
}

/** The sidecar as it is on disk, validated by the same schema the extension writes with. */
export function readSidecar(article: vscode.Uri): Sidecar {
  const text = fs.readFileSync(sidecarOf(article).fsPath, 'utf8');
  const parsed = parseSidecar(text);
  assert.ok(parsed.ok, `invalid sidecar: ${JSON.stringify(!parsed.ok && parsed.problems)}`);
  return parsed.sidecar;
}

export function sidecarExists(article: vscode.Uri): boolean {
  return fs.existsSync(sidecarOf(article).fsPath);
}

/** Waits for a Claim Lens prompt and answers it through the real quick input: `moves` down, then accept. */
export async function answer(api: ClaimLensApi, prompt: PromptName, moves = 0): Promise<void> {
  await waitFor(() => api.activePrompt() === prompt, `the ${prompt} prompt`);
  await new Promise((resolve) => setTimeout(resolve, 150));
  for (let i = 0; i < moves; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

export async function dismiss(api: ClaimLensApi, prompt: PromptName): Promise<void> {
  await waitFor(() => api.activePrompt() === prompt, `the ${prompt} prompt`);
  await new Promise((resolve) => setTimeout(resolve, 150));
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
}

export function select(editor: vscode.TextEditor, quote: string): void {
  const text = editor.document.getText();
  const start = text.indexOf(quote);
  assert.ok(start >= 0, `"${quote}" is not in the article`);
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + quote.length));
}

export async function rootGroups(api: ClaimLensApi): Promise<GroupNode[]> {
  const roots = (await api.claimsTree.getChildren()) ?? [];
  return roots.filter((node): node is GroupNode => node.type === 'group');
}

export async function articleGroup(api: ClaimLensApi, article: vscode.Uri): Promise<GroupNode | undefined> {
  return (await rootGroups(api)).find((group) => group.group.key === article.toString());
}

export async function treeItemsOf(api: ClaimLensApi, article: vscode.Uri): Promise<vscode.TreeItem[]> {
  const group = await articleGroup(api, article);
  if (!group) return [];
  const children: ClaimsNode[] = (await api.claimsTree.getChildren(group)) ?? [];
  return Promise.all(children.map((child) => api.claimsTree.getTreeItem(child)));
}

export async function codeActions(article: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', article, range)) ?? [];
}

export async function runCodeAction(action: vscode.CodeAction): Promise<unknown> {
  assert.ok(action.command, `code action "${action.title}" has no command`);
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/**
 * Writes an article and a sidecar with a claim on each quote, with node fs as git would, without Claim
 * Lens seeing either being made. Returns the article.
 */
export async function writeArticleWithClaims(
  name: string,
  text: string,
  quotes: readonly string[],
  /** The article's text on disk when it changed after the sidecar was written, before Claim Lens saw either. */
  textNow = text,
): Promise<vscode.Uri> {
  const article = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'scratch', name);
  fs.mkdirSync(vscode.Uri.joinPath(article, '..').fsPath, { recursive: true });
  const claims = quotes.map((quote, index) => {
    const start = text.indexOf(quote);
    assert.ok(start >= 0, `"${quote}" is not in the article`);
    return createClaim({
      text, start, end: start + quote.length, claimant: { name: `Claimant ${index + 1}` }, category: 'other', entities: [], author: 'test',
    });
  });
  const document = await describeDocument(name, text);
  fs.writeFileSync(article.fsPath, textNow);
  fs.writeFileSync(sidecarOf(article).fsPath, serializeSidecar(createSidecar(document, claims)));
  return article;
}

/** Asserts that every claim without attention sits on its quote in `text`. */
export function assertAnchored(claims: readonly Claim[], text: string): void {
  for (const claim of claims) {
    if (claim.attention) continue;
    assert.equal(text.slice(claim.anchor.start, claim.anchor.end), claim.quote.exact, `claim ${claim.id} is off its words`);
  }
}
