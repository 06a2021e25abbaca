import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ClaimNode } from '../../src/extension/claims/tree/claimsTreeProvider';
import { answer, articleGroup, readSidecar, select, writeArticleWithClaims } from './support/claims';
import { claimLens, closeAllEditors, EXTENSION_ID, hoverTextAt, showArticle, waitFor } from './support/workbench';

const BEFORE = [
  'Taliban spokesman Zabihullah Mujahid said at least 40 resistance fighters were killed overnight.',
  'A local elder said the road to Dara had been closed by the fighting since Tuesday.',
  '',
].join('\n');
const AFTER = [
  'Taliban spokesman Zabihullah Mujahid said at least 45 resistance fighters were killed overnight.',
  'According to an elder, fighting had cut the Dara road.',
  '',
].join('\n');
const TALIBAN = 'at least 40 resistance fighters were killed overnight';
const ELDER = 'the road to Dara had been closed by the fighting since Tuesday';

async function claimNodes(article: vscode.Uri): Promise<ClaimNode[]> {
  const api = await claimLens();
  const group = await articleGroup(api, article);
  assert.ok(group, 'the article is in the Claims view');
  return group.children.filter((node): node is ClaimNode => node.type === 'claim');
}

/** Whether a menu's `when` clause shows it on a tree item of this context value (the two forms the manifest uses). */
function offeredOn(when: string, viewItem: string): boolean {
  const equals = /viewItem == ([\w.]+)/.exec(when);
  if (equals) return equals[1] === viewItem;
  const matches = /viewItem =~ \/(.+)\/(?:\s|$)/.exec(when);
  return matches ? new RegExp(matches[1]).test(viewItem) : false;
}

describe('claims that need review or were not found', () => {
  afterEach(closeAllEditors);

  it('shows a claim whose words changed as needing review and confirms its new place from the tree', async () => {
    const api = await claimLens();
    const article = await writeArticleWithClaims('attention-confirm.txt', BEFORE, [TALIBAN], AFTER);
    const editor = await showArticle(article);
    const [node] = await claimNodes(article);
    const item = await api.claimsTree.getTreeItem(node);
    assert.equal(item.contextValue, 'claim.needsReview');
    assert.match(String(item.description), /needs review/);
    const hover = await hoverTextAt(editor.document, editor.document.positionAt(AFTER.indexOf('45')));
    assert.match(hover, /Needs review/);
    assert.match(hover, /confirmClaimPlace/);

    await vscode.commands.executeCommand('claimLens.confirmClaimPlace', node);
    const [claim] = readSidecar(article).claims;
    assert.equal(claim.attention, undefined);
    assert.equal(claim.quote.exact, TALIBAN.replace('40', '45'));
    assert.equal(AFTER.slice(claim.anchor.start, claim.anchor.end), claim.quote.exact);
  });

  it('re-attaches a claim whose text was not found to the selection, picked from the palette', async () => {
    const api = await claimLens();
    const article = await writeArticleWithClaims('attention-reattach.txt', BEFORE, [ELDER], AFTER);
    const editor = await showArticle(article);
    assert.deepEqual((await api.claims(article)).orphans.length, 1);
    const [node] = await claimNodes(article);
    assert.equal((await api.claimsTree.getTreeItem(node)).contextValue, 'claim.orphan');

    select(editor, 'fighting had cut the Dara road');
    const reattaching = vscode.commands.executeCommand('claimLens.reattachClaim');
    await answer(api, 'claim');
    await reattaching;
    const [claim] = readSidecar(article).claims;
    assert.equal(claim.attention, undefined);
    assert.equal(claim.quote.exact, 'fighting had cut the Dara road');
    assert.equal(AFTER.slice(claim.anchor.start, claim.anchor.end), claim.quote.exact);
  });

  it('removes a claim that needs review from the palette and offers edit and remove on it in the tree', async () => {
    const api = await claimLens();
    const article = await writeArticleWithClaims('attention-remove.txt', BEFORE, [TALIBAN], AFTER);
    const editor = await showArticle(article);
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    const sidecarBefore = fs.readFileSync(`${article.fsPath}.claims.json`, 'utf8');
    assert.match(sidecarBefore, /at least 40/);

    const menus = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.menus['view/item/context'] as Array<{ command: string; when: string }>;
    for (const command of ['claimLens.editClaim', 'claimLens.removeClaim', 'claimLens.confirmClaimPlace', 'claimLens.reattachClaim']) {
      const whens = menus.filter((menu) => menu.command === command).map((menu) => menu.when);
      assert.ok(whens.some((when) => offeredOn(when, 'claim.needsReview')), `${command}: ${whens.join(' | ')}`);
    }

    const removing = vscode.commands.executeCommand('claimLens.removeClaim');
    await answer(api, 'claim');
    await waitFor(() => readSidecar(article).claims.length === 0, 'the claim to leave the sidecar');
    assert.equal((await api.claims(article)).claims.length, 0);
    await waitFor(() => /removed the claim/.test(api.lastNotice() ?? ''), 'the undo offer');
    await vscode.commands.executeCommand('notifications.clearAll');
    await removing;
  });
});
