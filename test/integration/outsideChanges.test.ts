import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { sha256Hex } from '../../src/core/text/hash';
import type { Claim } from '../../src/core/claims/model';
import { assertAnchored, readSidecar, sidecarExists, treeItemsOf, writeArticleWithClaims } from './support/claims';
import { claimLens, closeAllEditors, showArticle, showNewArticle, waitFor, workspaceFile } from './support/workbench';

// Articles changed behind Claim Lens' back, as by git: claims end up on the right words or flagged, never wrong.
const ORIGINAL = [
  'Clashes near Khawak Pass',
  '',
  'Taliban spokesman Zabihullah Mujahid said at least 40 resistance fighters were killed overnight.',
  'A local elder said the road to Dara had been closed by the fighting since Tuesday.',
  'The National Resistance Front said more than 350 Taliban fighters had been trapped in the valley.',
  '',
].join('\n');
const TALIBAN = 'at least 40 resistance fighters were killed overnight';
const ELDER = 'the road to Dara had been closed by the fighting since Tuesday';
const NRF = 'more than 350 Taliban fighters had been trapped in the valley';
/** A paragraph added on top, a figure changed inside one claim and another claim's sentence deleted. */
const CHANGED = [
  'Updated on Wednesday with figures from both sides and from the provincial governor.',
  '',
  'Clashes near Khawak Pass',
  '',
  'Taliban spokesman Zabihullah Mujahid said at least 45 resistance fighters were killed overnight.',
  'The National Resistance Front said more than 350 Taliban fighters had been trapped in the valley.',
  '',
].join('\n');

const TALIBAN_NOW = TALIBAN.replace('40', '45');

/**
 * Claims on the right words or flagged, never wrong: the claim whose figure changed is either on the new
 * words (moved through a known change) or needs review with its tagged quote and the changed words as
 * proposal; the claim whose sentence was deleted is an orphan; the untouched one moved with the text.
 */
function assertRightOrFlagged(claims: readonly Claim[], text: string): void {
  const byClaimant = (name: string) => {
    const found = claims.find((claim) => claim.claimant.name === name);
    assert.ok(found, `the claim of ${name} is kept`);
    return found;
  };
  assert.equal(claims.length, 3);
  const taliban = byClaimant('Claimant 1');
  assert.equal(text.slice(taliban.anchor.start, taliban.anchor.end), TALIBAN_NOW, 'on the changed sentence');
  if (taliban.attention) {
    assert.equal(taliban.attention.state, 'needs-review');
    assert.equal(taliban.quote.exact, TALIBAN, 'the quote the analyst tagged');
  } else {
    assert.equal(taliban.quote.exact, TALIBAN_NOW);
  }
  const elder = byClaimant('Claimant 2');
  assert.equal(elder.attention?.state, 'orphan');
  assert.equal(elder.quote.exact, ELDER);
  const nrf = byClaimant('Claimant 3');
  assert.equal(nrf.attention, undefined);
  assert.equal(nrf.quote.exact, NRF);
  assertAnchored(claims, text);
}

async function assertFlaggedInMemory(article: vscode.Uri, text: string): Promise<void> {
  const api = await claimLens();
  assertRightOrFlagged((await api.claims(article)).claims, text);
}

/** Edits and saves the article in the editor, then reads the sidecar back from disk. */
async function editSaveAndCheckSidecar(article: vscode.Uri): Promise<void> {
  const editor = await showArticle(article);
  const end = editor.document.positionAt(editor.document.getText().length);
  assert.ok(await editor.edit((builder) => builder.insert(end, 'Both sides could not be reached for comment.\n')), 'the edit applied');
  // On a slow machine auto-save may have saved it already; a save refused for any other reason is tried again.
  await waitFor(async () => !editor.document.isDirty || (await editor.document.save()), 'the article to be saved');
  const saved = fs.readFileSync(article.fsPath, 'utf8');
  const sha256 = await sha256Hex(saved);
  await waitFor(() => sidecarExists(article) && readSidecar(article).document.sha256 === sha256, 'the sidecar to describe the saved text');
  const sidecar = readSidecar(article);
  assertRightOrFlagged(sidecar.claims, saved);
  assert.equal(sidecar.document.length, saved.length);
}

describe('claims of articles changed outside VS Code', () => {
  afterEach(closeAllEditors);

  it('follows an article never opened, listed by the Claims view, changed on disk while VS Code runs', async () => {
    const api = await claimLens();
    const article = await writeArticleWithClaims('outside-listed.txt', ORIGINAL, [TALIBAN, ELDER, NRF]);
    await waitFor(async () => (await treeItemsOf(api, article)).length === 3, 'the Claims view to list the claims');
    fs.writeFileSync(article.fsPath, CHANGED);
    await waitFor(async () => (await api.claims(article)).orphans.length === 1, 'the claims to follow the change');
    await assertFlaggedInMemory(article, CHANGED);
    const descriptions = (await treeItemsOf(api, article)).map((item) => String(item.description));
    assert.ok(descriptions.some((description) => /text not found/.test(description)), descriptions.join(' | '));
    await editSaveAndCheckSidecar(article);
  });

  it('finds claims again when the article changed while VS Code was not running', async () => {
    const article = await writeArticleWithClaims('outside-offline.txt', ORIGINAL, [TALIBAN, ELDER, NRF], CHANGED);
    await showArticle(article);
    await assertFlaggedInMemory(article, CHANGED);
    await editSaveAndCheckSidecar(article);
  });

  it('follows an article reloaded in a background tab', async () => {
    const api = await claimLens();
    const article = await writeArticleWithClaims('outside-background.txt', ORIGINAL, [TALIBAN, ELDER, NRF]);
    const editor = await showArticle(article);
    assert.equal((await api.claims(article)).claims.length, 3);
    await showNewArticle('outside-foreground.txt', 'Another article.\n');
    fs.writeFileSync(article.fsPath, CHANGED);
    await waitFor(() => editor.document.getText() === CHANGED, 'VS Code to reload the article');
    await waitFor(async () => (await api.claims(article)).orphans.length === 1, 'the claims to follow the reload');
    await assertFlaggedInMemory(article, CHANGED);
    await editSaveAndCheckSidecar(article);
  });

  it('follows an article renamed in VS Code and then changed on disk', async () => {
    const api = await claimLens();
    const from = await writeArticleWithClaims('outside-before-rename.txt', ORIGINAL, [TALIBAN, ELDER, NRF]);
    await showArticle(from);
    assert.equal((await api.claims(from)).claims.length, 3);
    const to = workspaceFile('scratch', 'outside-after-rename.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => sidecarExists(to) && readSidecar(to).document.fileName === 'outside-after-rename.txt', 'the sidecar to follow');
    fs.writeFileSync(to.fsPath, CHANGED);
    await waitFor(async () => (await api.claims(to)).orphans.length === 1, 'the claims to follow the change');
    await assertFlaggedInMemory(to, CHANGED);
    await editSaveAndCheckSidecar(to);
  });

  it('finds claims again when a pulled sidecar was written against an older text than the article on disk', async () => {
    const api = await claimLens();
    const article = await writeArticleWithClaims('outside-pulled.txt', ORIGINAL, [NRF]);
    assert.equal((await api.claims(article)).claims.length, 1);
    // The pull brings the changed article and a colleague's sidecar made before the change.
    const colleague = await writeArticleWithClaims('outside-pulled-source.txt', ORIGINAL, [TALIBAN, ELDER, NRF]);
    fs.writeFileSync(article.fsPath, CHANGED);
    fs.writeFileSync(`${article.fsPath}.claims.json`, fs.readFileSync(`${colleague.fsPath}.claims.json`, 'utf8'));
    await waitFor(async () => (await api.claims(article)).claims.length === 3, 'the pulled sidecar to be read');
    await waitFor(async () => (await api.claims(article)).orphans.length === 1, 'the pulled claims to be found again');
    await assertFlaggedInMemory(article, CHANGED);
    await editSaveAndCheckSidecar(article);
  });
});
