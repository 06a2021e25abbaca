import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { claimLabel } from '../../src/core/claims/grouping';
import { LINK_KINDS } from '../../src/core/claims/links';
import type { ClaimLensApi } from '../../src/extension/api';
import type { CompareViewContent } from '../../src/extension/compare/comparePanel';
import { BATTLE, HOSTILE_OUTLET, HOSTILE_QUOTE, HOSTILE_TITLE, writeBattle } from './support/battle';
import { readSidecar } from './support/claims';
import { claimLens, closeAllEditors, hoverTextAt, waitFor, workspaceFile } from './support/workbench';

const FOLDER = 'battle';
const articleUri = (file: string) => workspaceFile(FOLDER, file);
const rowKey = (file: string, claimId: string, figure = 0) => `${articleUri(file).path}#${claimId}#${figure}`;
const COLUMNS = { figure: 0, claimant: 1, side: 2, outlet: 3, date: 4, article: 5, status: 6, sources: 7, links: 8 };

/** Opens the view the way an analyst does: the command palette, typed and accepted. */
async function openFromPalette(api: ClaimLensApi): Promise<CompareViewContent> {
  await vscode.commands.executeCommand('workbench.action.quickOpen', '>Claim Lens: Compare Claims');
  await new Promise((resolve) => setTimeout(resolve, 400));
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  await waitFor(() => api.compareView.isOpen(), 'the Compare Claims view to open');
  await api.compareView.whenReady();
  return api.compareView.read();
}

function topic(content: CompareViewContent, id: string) {
  const found = content.topics.find((candidate) => candidate.id === id);
  assert.ok(found, `no topic ${id} among ${content.topics.map((candidate) => candidate.id).join(', ')}`);
  return found;
}

function row(content: CompareViewContent, topicId: string, key: string) {
  const found = topic(content, topicId).rows.find((candidate) => candidate.key === key);
  assert.ok(found, `no row ${key} in ${topicId}`);
  return found;
}

/** Answers a Claim Lens quick pick: `moves` down, then accept, once the pick has had time to show its items. */
async function answer(api: ClaimLensApi, prompt: string, moves: number): Promise<void> {
  await waitFor(() => api.activePrompt() === prompt, `the ${prompt} prompt`);
  await new Promise((resolve) => setTimeout(resolve, 600));
  for (let i = 0; i < moves; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

async function activeSelectionText(file: string): Promise<void> {
  await waitFor(() => vscode.window.activeTextEditor?.document.uri.path === articleUri(file).path, `${file} to open`);
}

describe('comparing claims across articles in real VS Code', () => {
  let api: ClaimLensApi;

  before(async () => {
    api = await claimLens();
    await writeBattle(workspaceFile(FOLDER).fsPath);
    for (const spec of BATTLE) await api.claims(articleUri(spec.file));
  });

  afterEach(closeAllEditors);

  it('opens from the palette with the topics, each side\'s figures, independent sources, conflicts and revisions', async () => {
    const content = await openFromPalette(api);
    const taliban = topic(content, 'killed:taliban');
    assert.equal(taliban.label, 'Taliban killed');
    assert.deepEqual(taliban.headers, ['Figure', 'Claimant', 'Side', 'Outlet', 'Date', 'Article', 'Status', 'Independent sources', 'Links']);
    const shown = taliban.rows.map((candidate) => `${candidate.key}: ${candidate.cells.slice(0, 3).join(' / ')}`).join('; ');
    assert.ok(taliban.badges.includes('Conflict') && taliban.badges.includes('Revision'), `${taliban.badges.join(', ')} — rows: ${shown}`);
    assert.ok(taliban.flags.includes('Conflict: Resistance ≥ 40 vs Taliban 2–12'), taliban.flags.join(' | '));
    assert.ok(taliban.flags.includes('Revision: Hamidullah Sadiq: 2 (2026-09-05) → 12 (2026-09-08)'), taliban.flags.join(' | '));

    const wire = row(content, 'killed:taliban', rowKey('wire.txt', 'wire-40')).cells;
    assert.deepEqual(
      [wire[COLUMNS.figure], wire[COLUMNS.claimant], wire[COLUMNS.side], wire[COLUMNS.outlet], wire[COLUMNS.date], wire[COLUMNS.article], wire[COLUMNS.sources]],
      ['At least 40 (≥ 40)', 'Farid Omarzai', 'Resistance', 'Kabul Wire', '2026-09-04', 'Fighting for Sang-e Surkh ridge', '2 of 4'],
    );
    assert.equal(row(content, 'killed:taliban', rowKey('daily.txt', 'daily-hundreds')).cells[COLUMNS.figure], 'hundreds (200–999)');
    assert.equal(row(content, 'wounded:taliban', rowKey('daily.txt', 'daily-hundreds', 1)).cells[COLUMNS.figure], '35 (35)');
    assert.equal(row(content, 'killed:resistance', rowKey('wire.txt', 'wire-9')).cells[COLUMNS.figure], 'about nine (7.2–10.8)');
    assert.deepEqual(topic(content, 'killed:resistance').flags, []);
    assert.equal(taliban.plotBars, 4, 'one bar per distinct figure: ≥ 40 (four articles), hundreds, 2 and 12');
    assert.deepEqual(taliban.suggestions.filter((text) => text.includes('repeats Kabul Wire')).length, 3, taliban.suggestions.join(' | '));
  });

  it('reveals a claim in its article from a click on a row, and moves between rows with the arrow keys', async () => {
    await openFromPalette(api);
    const clicked = await api.compareView.press(rowKey('gazette.txt', 'gazette-31'), 'click');
    assert.ok(clicked.found);
    await activeSelectionText('gazette.txt');
    const editor = vscode.window.activeTextEditor!;
    await waitFor(() => editor.document.getText(editor.selection) === '31 resistance fighters were killed', 'the claim to be selected');

    const rows = topic(clicked.content, 'killed:taliban').rows;
    const moved = await api.compareView.press(rows[0].key, 'ArrowDown');
    assert.equal(moved.content.focused, rows[1].key);
    await api.compareView.press(rows[1].key, 'Enter');
    const file = rows[1].key.split('#')[0];
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.path === file, 'Enter to open the row\'s article');
  });

  it('links two claims through Link to Claim…, writes both sidecars, and updates the open view without rebuilding it', async () => {
    const before = await openFromPalette(api);
    assert.equal(row(before, 'killed:taliban', rowKey('review.md', 'review-12')).cells[COLUMNS.links], '');
    const source = { article: articleUri('review.md'), claimId: 'review-12' };
    const candidates = BATTLE.flatMap((spec) => spec.claims
      .filter((claim) => !(spec.file === 'review.md' && claim.id === 'review-12'))
      .map((claim) => ({ detail: `${FOLDER}/${spec.file}`, label: claimLabel({ quote: { exact: claim.quote } } as never), id: claim.id })))
      .sort((a, b) => a.detail.localeCompare(b.detail) || a.label.localeCompare(b.label));
    const linking = vscode.commands.executeCommand('claimLens.linkClaim', source);
    await answer(api, 'link-target', candidates.findIndex((candidate) => candidate.id === 'gazette-2'));
    await answer(api, 'link-type', LINK_KINDS.indexOf('revises'));
    assert.equal(await linking, true);

    const review = readSidecar(articleUri('review.md')).claims.find((claim) => claim.id === 'review-12');
    const gazette = readSidecar(articleUri('gazette.txt')).claims.find((claim) => claim.id === 'gazette-2');
    assert.deepEqual(review?.links, [{ type: 'revises', article: 'gazette.txt', claim: 'gazette-2' }]);
    assert.deepEqual(gazette?.links, [{ type: 'revised-by', article: 'review.md', claim: 'review-12' }]);
    assert.equal(readSidecar(articleUri('gazette.txt')).document.outlet, 'Valley Gazette', 'the article metadata survives the write');

    // The two sidecars are written one after the other: the view may show one link before the other.
    const linksShown = async () => {
      const content = await api.compareView.read();
      return [rowKey('review.md', 'review-12'), rowKey('gazette.txt', 'gazette-2')].map((key) => row(content, 'killed:taliban', key).cells[COLUMNS.links]);
    };
    await waitFor(async () => (await linksShown()).join('|') === 'revises battle/gazette.txt|is revised by battle/review.md', 'the view to show the new link on both claims');
    const after = await api.compareView.read();
    assert.equal(after.renders.init, before.renders.init, 'the page was updated, not loaded again');
    assert.ok(after.renders.update > before.renders.update);
    assert.ok(!topic(after, 'killed:taliban').suggestions.some((text) => text.includes('revises')), 'the accepted revision is no longer suggested');

    const document = await vscode.workspace.openTextDocument(articleUri('review.md'));
    const at = document.positionAt(document.getText().indexOf('12 Taliban'));
    assert.match(await hoverTextAt(document, at), /Links: revises gazette\.txt/);
  });

  it('shows markup and script in an article as text, running nothing', async () => {
    const content = await openFromPalette(api);
    const hostile = row(content, 'wounded:taliban', rowKey('markup.txt', 'markup-5')).cells;
    assert.equal(hostile[COLUMNS.claimant], '<img src=z onerror=alert(3)>');
    assert.equal(hostile[COLUMNS.outlet], HOSTILE_OUTLET);
    assert.equal(hostile[COLUMNS.article], HOSTILE_TITLE);
    assert.ok(content.text.includes(HOSTILE_TITLE) && content.text.includes(HOSTILE_OUTLET));
    assert.deepEqual({ ...content.elements, scripts: content.elements.scripts.filter((script) => script === 'nonce') }, { scripts: ['nonce'], img: 0, injected: 0, ran: false });
    assert.ok(!content.elements.scripts.includes('src'), `a script without the nonce: ${content.elements.scripts.join(', ')}`);
    assert.ok(HOSTILE_QUOTE.includes('<b>'));
  });

  it('accepts a suggested link with one click, in both sidecars', async () => {
    const content = await openFromPalette(api);
    const suggestion = `${rowKey('daily.txt', 'daily-40')}|${rowKey('wire.txt', 'wire-40')}`;
    assert.ok(topic(content, 'killed:taliban').suggestions.some((text) => text.startsWith('Link: Northern Daily repeats Kabul Wire')));
    const pressed = await api.compareView.press(`css:section[data-topic="killed:taliban"] button[data-suggestion="${suggestion}"]`, 'click');
    assert.ok(pressed.found);
    await waitFor(() => readSidecar(articleUri('wire.txt')).claims.find((claim) => claim.id === 'wire-40')?.links !== undefined, 'the link in wire.txt.claims.json');
    await waitFor(() => readSidecar(articleUri('daily.txt')).claims.find((claim) => claim.id === 'daily-40')?.links !== undefined, 'the link in daily.txt.claims.json');
    assert.deepEqual(readSidecar(articleUri('daily.txt')).claims.find((claim) => claim.id === 'daily-40')?.links, [{ type: 'repeats', article: 'wire.txt', claim: 'wire-40' }]);
    assert.deepEqual(readSidecar(articleUri('wire.txt')).claims.find((claim) => claim.id === 'wire-40')?.links, [{ type: 'repeats', article: 'daily.txt', claim: 'daily-40' }]);
    await waitFor(async () => !topic(await api.compareView.read(), 'killed:taliban').suggestions.some((text) => text.startsWith('Link: Northern Daily repeats')),
      'the accepted suggestion to go');
  });

  it('merges a topic into another from its header, kept in .claimlens/topics.json', async () => {
    const topicsFile = workspaceFile('.claimlens', 'topics.json');
    try {
      const content = await openFromPalette(api);
      const others = content.topics.map((candidate) => candidate.id).filter((id) => id !== 'wounded:taliban');
      const pressed = await api.compareView.press('css:section[data-topic="wounded:taliban"] button[data-action="merge"]', 'click');
      assert.ok(pressed.found);
      await answer(api, 'topic', others.indexOf('killed:taliban'));
      await waitFor(() => fs.existsSync(topicsFile.fsPath), '.claimlens/topics.json');
      assert.deepEqual(JSON.parse(fs.readFileSync(topicsFile.fsPath, 'utf8')).topics, [{ id: 'killed:taliban', merged: ['wounded:taliban'] }]);
      await waitFor(async () => !(await api.compareView.read()).topics.some((candidate) => candidate.id === 'wounded:taliban'), 'the merged topic to go');
      const merged = await api.compareView.read();
      assert.ok(topic(merged, 'killed:taliban').rows.some((candidate) => candidate.key === rowKey('markup.txt', 'markup-5')));
    } finally {
      fs.rmSync(topicsFile.fsPath, { force: true });
    }
  });
});
