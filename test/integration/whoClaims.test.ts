import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { GroupNode } from '../../src/extension/claims/tree/claimsTreeProvider';
import { answer, codeActions, dismiss, readSidecar, rootGroups, runCodeAction, select, sidecarOf } from './support/claims';
import { claimLens, closeAllEditors, hoverTextAt, showNewArticle, waitFor, workspaceFile } from './support/workbench';

const IDENTITIES = {
  $schema: 'claimlens:/schemas/identities-1.json',
  claimants: [],
  sides: [
    { name: 'Taliban', members: ['Islamic Emirate'] },
    { name: 'National Resistance Front', members: ['NRF'] },
  ],
  distinct: [],
};

const identitiesFile = () => workspaceFile('.claimlens', 'identities.json');

async function writeIdentities(value: unknown): Promise<void> {
  fs.mkdirSync(vscode.Uri.joinPath(identitiesFile(), '..').fsPath, { recursive: true });
  fs.writeFileSync(identitiesFile().fsPath, JSON.stringify(value, null, 2));
  await (await claimLens()).whenIdentitiesLoaded();
}

const PALETTE_ARTICLE = [
  'Resistance reports heavy Taliban losses',
  '',
  'An NRF spokesperson, Fahim Dashti, said on Tuesday that 40 Taliban were killed and around 35 more injured over the past 40 hours.',
  '',
].join('\n');
const PALETTE_CLAIM = '40 Taliban were killed and around 35 more injured over the past 40 hours';

const LIGHTBULB_ARTICLE = [
  'Ambush in Paryan',
  '',
  'Fahim Dasti, the NRF spokesman, said the pass was held. The Taliban had lost 40 troops, he added.',
  '',
].join('\n');
const LIGHTBULB_CLAIM = 'The Taliban had lost 40 troops';

async function tagByLightbulb(editor: vscode.TextEditor, quote: string): Promise<vscode.CodeAction> {
  select(editor, quote);
  const actions = await codeActions(editor.document.uri, editor.selection);
  const oneStep = actions.find((action) => action.title.startsWith('Tag as claim by '));
  assert.ok(oneStep, `no one-step tag action among ${actions.map((action) => action.title).join(', ')}`);
  await runCodeAction(oneStep);
  return oneStep;
}

describe('who claims what, in real VS Code', () => {
  before(() => writeIdentities(IDENTITIES));
  afterEach(closeAllEditors);

  it('tags a casualty claim from the palette with claimant, side, category, measures and whose', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('palette-casualties.txt', PALETTE_ARTICLE);
    select(editor, PALETTE_CLAIM);
    const tagging = vscode.commands.executeCommand('claimLens.tagClaim');
    await answer(api, 'claimant');
    await answer(api, 'category');
    await tagging;

    const [claim] = readSidecar(editor.document.uri).claims;
    assert.equal(claim.claimant.name, 'Fahim Dashti');
    assert.equal(claim.claimant.affiliation, 'National Resistance Front', 'the workspace gazetteer\'s name for NRF');
    assert.equal(claim.claimant.side, 'National Resistance Front');
    assert.equal(claim.category, 'casualties');
    assert.deepEqual(claim.numbers.map((number) => [number.text, number.measure, number.whose?.group, number.whose?.side]), [
      ['40', 'killed', 'Taliban', 'Taliban'],
      ['35', 'wounded', 'Taliban', 'Taliban'],
      ['40', 'duration', undefined, undefined],
    ]);
  });

  it('tags in one step from the lightbulb, never filing a casualty claim as "other"', async () => {
    const editor = await showNewArticle('lightbulb-casualties.txt', LIGHTBULB_ARTICLE);
    const action = await tagByLightbulb(editor, LIGHTBULB_CLAIM);
    assert.match(action.title, /Fahim Dasti \(casualties\)/u);
    const [claim] = readSidecar(editor.document.uri).claims;
    assert.equal(claim.claimant.name, 'Fahim Dasti', 'the object of the claim, "the Taliban", is not its claimant');
    assert.equal(claim.claimant.side, 'National Resistance Front');
    assert.equal(claim.category, 'casualties');
    assert.deepEqual(claim.numbers.map((number) => [number.measure, number.whose?.group, number.whose?.side]), [['killed', 'Taliban', 'Taliban']]);
  });

  it('merges two spellings of a claimant across two articles into one group', async () => {
    const api = await claimLens();
    // The two articles tagged above name the same spokesman as "Fahim Dashti" and "Fahim Dasti".
    await vscode.commands.executeCommand('claimLens.groupClaimsBy', 'claimant');
    try {
      const spellings = async () => (await rootGroups(api)).filter((group) => /^Fahim Dash?ti$/u.test(group.group.label));
      assert.equal((await spellings()).length, 2, 'two groups before the merge');
      await vscode.commands.executeCommand('claimLens.mergeClaimants', ['Fahim Dasti', 'Fahim Dashti']);
      const onDisk = JSON.parse(fs.readFileSync(identitiesFile().fsPath, 'utf8'));
      assert.deepEqual(onDisk.claimants, [{ name: 'Fahim Dashti', aliases: ['Fahim Dasti'] }]);
      assert.deepEqual(onDisk.sides, IDENTITIES.sides, 'the analyst\'s sides are kept');
      await waitFor(async () => (await spellings()).length === 1, 'one group for both spellings');
      const [group] = await spellings();
      assert.equal(group.group.label, 'Fahim Dashti');
      assert.equal(group.group.count, 2);
      const articles = new Set((group.children as GroupNode['children']).map((child) => (child.type === 'claim' ? child.article.path : '')));
      assert.equal(articles.size, 2, 'claims of both articles');
      const item = api.claimsTree.getTreeItem(group.children[0]) as vscode.TreeItem;
      assert.match(String(item.description), /— /u, 'a claim row names its article when grouping is not by article');
    } finally {
      await vscode.commands.executeCommand('claimLens.groupClaimsBy', 'article');
    }
  });

  it('groups by side, then claimant, and filters by side', async () => {
    const api = await claimLens();
    await vscode.commands.executeCommand('claimLens.groupClaimsBy', 'side', 'claimant');
    try {
      const nrf = (await rootGroups(api)).find((group) => group.group.label === 'National Resistance Front');
      assert.ok(nrf, 'a side group');
      assert.ok(nrf.children.every((child) => child.type === 'group' && child.by === 'claimant'), 'claimants under the side');
      await vscode.commands.executeCommand('claimLens.filterClaims', 'sides', ['Taliban']);
      assert.deepEqual((await rootGroups(api)).map((group) => group.group.label).filter((label) => label === 'National Resistance Front'), []);
    } finally {
      await vscode.commands.executeCommand('claimLens.clearClaimsFilter');
      await vscode.commands.executeCommand('claimLens.groupClaimsBy', 'article');
    }
  });

  it('edits a figure in the claim editor, which stays open until done, and the hover shows the change', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('editor.txt', PALETTE_ARTICLE);
    await tagByLightbulb(editor, PALETTE_CLAIM);
    const [tagged] = readSidecar(editor.document.uri).claims;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const editing = vscode.commands.executeCommand('claimLens.editClaim', { article: editor.document.uri, claimId: tagged.id });
    // Claimant, side, category, status, note, then the figures: the first figure is the sixth row.
    await answer(api, 'edit', 5);
    await answer(api, 'figure', 0);
    await answer(api, 'measure', 2);
    await answer(api, 'edit', 3);
    await answer(api, 'status', 1);
    await dismiss(api, 'edit');
    await editing;
    const [edited] = readSidecar(editor.document.uri).claims;
    assert.equal(edited.numbers[0].measure, 'captured');
    assert.equal(edited.status, 'corroborated');
    assert.ok(edited.modified > tagged.modified, 'modified moves when the claim is rewritten');
    const hover = await hoverTextAt(editor.document, editor.document.positionAt(PALETTE_ARTICLE.indexOf(PALETTE_CLAIM) + 2));
    assert.match(hover, /captured · Taliban/u);
    assert.match(hover, /National Resistance Front/u);
  });

  it('loads a format 1 sidecar as it is, showing suggested measures without rewriting it', async () => {
    const api = await claimLens();
    const article = workspaceFile('articles', 'el-fasher-siege.txt');
    const before = fs.readFileSync(sidecarOf(article).fsPath, 'utf8');
    assert.match(before, /"version": 1/u);
    const { claims, readOnly } = await api.claims(article);
    assert.equal(readOnly, undefined);
    assert.ok(claims.length > 0);
    assert.ok(claims.every((claim) => claim.numbers.every((number) => number.measure === undefined)), 'nothing added to the claims in the store');
    const group = (await rootGroups(api)).find((candidate) => candidate.group.key === article.toString());
    assert.ok(group);
    const labels = group.children.map((child) => String((api.claimsTree.getTreeItem(child) as vscode.TreeItem).label));
    assert.ok(labels.some((label) => /~200 killed/u.test(label)), labels.join(' | '));
    assert.equal(fs.readFileSync(sidecarOf(article).fsPath, 'utf8'), before, 'the format 1 file is not rewritten');
  });

  it('confirms article metadata suggested from the text and stores it in the sidecar', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('metadata.txt', `Talks resume in Doha\n\nDOHA (Reuters) — Talks resumed on Monday.\n\n${PALETTE_CLAIM}.\n`);
    await tagByLightbulb(editor, PALETTE_CLAIM).catch(() => undefined);
    const confirming = vscode.commands.executeCommand('claimLens.editArticleMetadata', editor.document.uri);
    await answer(api, 'metadata', 0);
    await confirming;
    const { document } = readSidecar(editor.document.uri);
    assert.equal(document.title, 'Talks resume in Doha');
    assert.equal(document.outlet, 'Reuters');
  });
});
