import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { claimLens, closeAllEditors, hoverTextAt, setSetting, showArticle, showNewArticle, waitFor, workspaceFile } from './support/workbench';
import {
  answer, articleGroup, codeActions, dismiss, readSidecar, rootGroups, runCodeAction, select, sidecarExists, sidecarOf, treeItemsOf,
} from './support/claims';

const REPORT = [
  'Clashes near Khawak Pass',
  '',
  'Taliban spokesman Zabihullah Mujahid said at least 40 resistance fighters were killed overnight.',
  'The National Resistance Front said more than 350 Taliban fighters had been trapped in the valley.',
  '',
].join('\n');
const TALIBAN_CLAIM = 'at least 40 resistance fighters were killed overnight';
const NRF_CLAIM = 'more than 350 Taliban fighters had been trapped in the valley';

async function tagByCodeAction(editor: vscode.TextEditor, quote: string): Promise<void> {
  select(editor, quote);
  const actions = await codeActions(editor.document.uri, editor.selection);
  const oneStep = actions.find((action) => action.title.startsWith('Tag as claim by '));
  assert.ok(oneStep, `no one-step tag action among ${actions.map((action) => action.title).join(', ')}`);
  await runCodeAction(oneStep);
}

describe('claims in real VS Code', () => {
  afterEach(closeAllEditors);

  it('tags a selection through the command, answering the real quick picks, and writes a valid sidecar', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('tag-command.txt', REPORT);
    select(editor, TALIBAN_CLAIM);
    const tagging = vscode.commands.executeCommand('claimLens.tagClaim');
    await answer(api, 'claimant');
    await answer(api, 'category');
    await tagging;

    const sidecar = readSidecar(editor.document.uri);
    assert.equal(sidecar.document.fileName, 'tag-command.txt');
    assert.equal(sidecar.document.length, REPORT.length);
    assert.equal(sidecar.claims.length, 1);
    const [claim] = sidecar.claims;
    const start = REPORT.indexOf(TALIBAN_CLAIM);
    assert.deepEqual(claim.anchor, { start, end: start + TALIBAN_CLAIM.length });
    assert.equal(claim.quote.exact, TALIBAN_CLAIM);
    assert.equal(claim.claimant.name, 'Zabihullah Mujahid');
    assert.equal(claim.category, 'casualties');
    assert.equal(claim.status, 'unverified');
    assert.deepEqual(claim.numbers.map((number) => [number.text, number.value.value]), [['40', 40]]);

    const items = await treeItemsOf(api, editor.document.uri);
    assert.equal(items.length, 1);
    assert.equal(items[0].label, 'Zabihullah Mujahid: ≥40 killed · resistance fighters', 'who and how many first');
    assert.match(String(items[0].description), /^at least 40 resistance fighters were killed/u, 'then the quote');
  });

  it('cancels with Escape and leaves nothing behind', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('tag-cancel.txt', REPORT);
    select(editor, NRF_CLAIM);
    const tagging = vscode.commands.executeCommand('claimLens.tagClaim');
    await dismiss(api, 'claimant');
    await tagging;
    assert.equal(sidecarExists(editor.document.uri), false);
    assert.equal((await api.claims(editor.document.uri)).claims.length, 0);
  });

  it('explains what to do when nothing is selected', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('tag-empty.txt', REPORT);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('claimLens.tagClaim');
    assert.match(api.lastNotice() ?? '', /select the words/i);
    assert.equal(sidecarExists(editor.document.uri), false);
  });

  it('tags in one step through the code action and offers edit, status and remove inside a claim', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('code-action.txt', REPORT);
    await tagByCodeAction(editor, NRF_CLAIM);
    const [claim] = readSidecar(editor.document.uri).claims;
    assert.equal(claim.claimant.name, 'National Resistance Front');
    assert.equal(claim.quote.exact, NRF_CLAIM);

    const inside = editor.document.positionAt(REPORT.indexOf(NRF_CLAIM) + 5);
    const titles = (await codeActions(editor.document.uri, new vscode.Range(inside, inside))).map((action) => action.title);
    assert.deepEqual(titles, ['Edit claim…', 'Set claim status…', 'Remove claim']);
    assert.equal((await api.claims(editor.document.uri)).claims.length, 1);
  });

  it('sets the status, edits the category and removes a claim with undo', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('edit.txt', REPORT);
    await tagByCodeAction(editor, TALIBAN_CLAIM);
    const [tagged] = readSidecar(editor.document.uri).claims;
    const target = { article: editor.document.uri, claimId: tagged.id };

    const setting = vscode.commands.executeCommand('claimLens.setClaimStatus', target);
    await answer(api, 'status', 2);
    await setting;
    assert.equal(readSidecar(editor.document.uri).claims[0].status, 'disputed');

    const editing = vscode.commands.executeCommand('claimLens.editClaim', target);
    await answer(api, 'edit', 2);
    await answer(api, 'category', 1);
    await dismiss(api, 'edit');
    await editing;
    const edited = readSidecar(editor.document.uri).claims[0];
    assert.equal(edited.category, 'territorial control');
    assert.ok(edited.modified >= tagged.modified);

    const removing = vscode.commands.executeCommand('claimLens.removeClaim', target);
    await waitFor(() => readSidecar(editor.document.uri).claims.length === 0, 'the claim to leave the sidecar');
    await waitFor(() => /removed the claim/.test(api.lastNotice() ?? ''), 'the undo offer');
    await vscode.commands.executeCommand('notification.acceptPrimaryAction');
    await removing;
    const restored = readSidecar(editor.document.uri).claims;
    assert.deepEqual(restored.map((claim) => [claim.id, claim.status]), [[tagged.id, 'disputed']]);
  });

  it('lists the claims of articles that are not open', async () => {
    const api = await claimLens();
    const article = workspaceFile('articles', 'el-fasher-siege.txt');
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === article.toString()));
    const items = await treeItemsOf(api, article);
    assert.equal(items.length, 3);
    assert.ok(items.some((item) => /^Nabil Abdallah\b/u.test(String(item.label))), items.map((item) => item.label).join(' | '));
  });

  it('follows a sidecar changed on disk, as after a git pull', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('pulled.txt', REPORT);
    await tagByCodeAction(editor, TALIBAN_CLAIM);
    const sidecar = sidecarOf(editor.document.uri);
    const text = fs.readFileSync(sidecar.fsPath, 'utf8');
    fs.writeFileSync(sidecar.fsPath, text.replace('"unverified"', '"corroborated"').replace('"note": ""', '"note": "Confirmed by a colleague"'));
    await waitFor(async () => (await treeItemsOf(api, editor.document.uri)).some((item) => {
      const icon = item.iconPath as vscode.ThemeIcon | undefined;
      return icon?.id === 'pass';
    }), 'the tree to show the corroborated status');
    assert.equal((await api.claims(editor.document.uri)).claims[0].note, 'Confirmed by a colleague');
  });

  it('reports an invalid sidecar where it is wrong, makes its claims read-only and never overwrites it', async () => {
    const api = await claimLens();
    const article = workspaceFile('scratch', 'broken.txt');
    const valid = workspaceFile('articles', 'el-fasher-siege.txt.claims.json');
    const broken = fs.readFileSync(valid.fsPath, 'utf8').replace('"status": "disputed"', '"status": "maybe"');
    fs.mkdirSync(vscode.Uri.joinPath(article, '..').fsPath, { recursive: true });
    fs.copyFileSync(workspaceFile('articles', 'el-fasher-siege.txt').fsPath, article.fsPath);
    fs.writeFileSync(sidecarOf(article).fsPath, broken);

    const editor = await showArticle(article);
    const state = await api.claims(article);
    assert.match(state.readOnly ?? '', /status/);
    const diagnostics = vscode.languages.getDiagnostics(sidecarOf(article));
    assert.equal(diagnostics.length, 1);
    const statusLine = broken.slice(0, broken.indexOf('"maybe"')).split('\n').length - 1;
    assert.equal(diagnostics[0].range.start.line, statusLine);
    assert.match(diagnostics[0].message, /expected one of "unverified", "corroborated", "disputed", "refuted"/);

    select(editor, 'at least 27 civilians were killed');
    const actions = await codeActions(article, editor.selection);
    assert.equal(actions.filter((action) => action.title.startsWith('Tag')).length, 0);
    await vscode.commands.executeCommand('claimLens.tagClaim', { claimant: { name: 'Anyone' }, category: 'other' });
    assert.match(api.lastNotice() ?? '', /read-only/);
    assert.equal(fs.readFileSync(sidecarOf(article).fsPath, 'utf8'), broken);
  });

  it('keeps the sidecar in step with the saved article while the editor has unsaved edits', async () => {
    const api = await claimLens();
    // Auto-save would save the edit behind the test's back on a slow machine.
    const autoSave = vscode.workspace.getConfiguration('files').inspect('autoSave');
    await setSetting('files.autoSave', 'off');
    try {
      const editor = await showNewArticle('unsaved.txt', REPORT);
      const inserted = 'Update: the governor said 12 civilians were wounded in Bazarak.\n';
      await editor.edit((builder) => builder.insert(new vscode.Position(2, 0), inserted));
      assert.ok(editor.document.isDirty);

      await tagByCodeAction(editor, NRF_CLAIM);
      await tagByCodeAction(editor, '12 civilians were wounded in Bazarak');
      assert.ok(editor.document.isDirty, `the edit is still unsaved (files.autoSave was ${String(autoSave?.globalValue ?? autoSave?.defaultValue)})`);
      const onDisk = readSidecar(editor.document.uri);
      assert.deepEqual(onDisk.claims.map((claim) => claim.quote.exact), [NRF_CLAIM],
        `only text saved on disk is in the sidecar: ${JSON.stringify(onDisk.claims.map((claim) => [claim.anchor, claim.attention]))}`);
      assert.equal(onDisk.claims[0].anchor.start, REPORT.indexOf(NRF_CLAIM), 'offsets are those of the saved text');
      assert.equal((await api.claims(editor.document.uri)).claims.length, 2, 'both claims are kept in memory');

      await editor.document.save();
      await waitFor(() => readSidecar(editor.document.uri).claims.length === 2, 'the held claim to be written on save');
      const saved = editor.document.getText();
      for (const claim of readSidecar(editor.document.uri).claims) {
        assert.equal(saved.slice(claim.anchor.start, claim.anchor.end), claim.quote.exact);
      }
    } finally {
      await setSetting('files.autoSave', autoSave?.globalValue);
    }
  });

  it('keeps claims in memory when the sidecar cannot be written and saves them on retry', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('unwritable.txt', REPORT);
    await tagByCodeAction(editor, TALIBAN_CLAIM);
    const sidecar = sidecarOf(editor.document.uri);
    // A non-empty folder where the sidecar should be: as root, permissions cannot make a write fail.
    fs.rmSync(sidecar.fsPath);
    fs.mkdirSync(sidecar.fsPath);
    fs.writeFileSync(`${sidecar.fsPath}/blocker`, '');

    await tagByCodeAction(editor, NRF_CLAIM);
    const state = await api.claims(editor.document.uri);
    assert.equal(state.claims.length, 2, 'both claims are kept in memory');
    assert.ok(state.saveError, 'the failure is recorded');
    assert.match(api.lastNotice() ?? '', /could not save the claims of unwritable\.txt/);

    fs.rmSync(sidecar.fsPath, { recursive: true });
    await vscode.commands.executeCommand('claimLens.retrySavingClaims');
    assert.deepEqual(readSidecar(editor.document.uri).claims.map((claim) => claim.quote.exact), [TALIBAN_CLAIM, NRF_CLAIM]);
    assert.equal((await api.claims(editor.document.uri)).saveError, undefined);
  });

  it('moves between claims, shows a hover on them and groups the tree by status', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('navigate.txt', REPORT);
    await tagByCodeAction(editor, TALIBAN_CLAIM);
    await tagByCodeAction(editor, NRF_CLAIM);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('claimLens.nextClaim');
    assert.equal(editor.document.getText(editor.selection), TALIBAN_CLAIM);
    await vscode.commands.executeCommand('claimLens.nextClaim');
    assert.equal(editor.document.getText(editor.selection), NRF_CLAIM);
    await vscode.commands.executeCommand('claimLens.previousClaim');
    assert.equal(editor.document.getText(editor.selection), TALIBAN_CLAIM);

    const position = editor.document.positionAt(REPORT.indexOf(TALIBAN_CLAIM) + 3);
    const hoverText = await hoverTextAt(editor.document, position);
    assert.match(hoverText, /Claim\*\* by Zabihullah Mujahid \(Taliban\)/);
    assert.match(hoverText, /command:claimLens\.setClaimStatus/);
    assert.match(hoverText, /Status: \*\*unverified\*\*/);

    await vscode.commands.executeCommand('claimLens.groupClaimsBy', 'status');
    try {
      const labels = (await rootGroups(api)).map((group) => group.group.label);
      assert.ok(labels.includes('unverified') && labels.includes('disputed'), labels.join(', '));
    } finally {
      await vscode.commands.executeCommand('claimLens.groupClaimsBy', 'article');
    }
    assert.ok(await articleGroup(api, editor.document.uri));
  });

  it('moves the sidecar along when the article is renamed', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('before-rename.txt', REPORT);
    await tagByCodeAction(editor, TALIBAN_CLAIM);
    const from = editor.document.uri;
    const to = workspaceFile('scratch', 'after-rename.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => sidecarExists(to) && !sidecarExists(from), 'the sidecar to follow the article');
    await waitFor(() => readSidecar(to).document.fileName === 'after-rename.txt', 'the sidecar to name the new file');
    assert.deepEqual(readSidecar(to).claims.map((claim) => claim.quote.exact), [TALIBAN_CLAIM]);
    assert.equal((await treeItemsOf(api, to)).length, 1);
    assert.equal((await treeItemsOf(api, from)).length, 0);
  });

  it('shows the claims of a sidecar from a newer Claim Lens read-only and leaves the file alone', async () => {
    const api = await claimLens();
    const article = workspaceFile('scratch', 'newer.txt');
    const newer = fs.readFileSync(workspaceFile('articles', 'el-fasher-siege.txt.claims.json').fsPath, 'utf8').replace('"version": 1', '"version": 3');
    fs.mkdirSync(vscode.Uri.joinPath(article, '..').fsPath, { recursive: true });
    fs.copyFileSync(workspaceFile('articles', 'el-fasher-siege.txt').fsPath, article.fsPath);
    fs.writeFileSync(sidecarOf(article).fsPath, newer);

    const state = await api.claims(article);
    assert.equal(state.claims.length, 3, 'the claims are still shown');
    assert.match(state.readOnly ?? '', /newer Claim Lens \(format 3\)/);
    const [diagnostic] = vscode.languages.getDiagnostics(sidecarOf(article));
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    const items = await treeItemsOf(api, article);
    assert.deepEqual(items.map((item) => item.contextValue), ['claim.readOnly', 'claim.readOnly', 'claim.readOnly']);

    const [first] = state.claims;
    await vscode.commands.executeCommand('claimLens.removeClaim', { article, claimId: first.id });
    assert.match(api.lastNotice() ?? '', /read-only/);
    assert.equal(fs.readFileSync(sidecarOf(article).fsPath, 'utf8'), newer);
  });
});
