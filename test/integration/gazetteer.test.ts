import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { parseWorkspaceGazetteer } from '../../src/core/entities';
import { answer, codeActions, runCodeAction, select } from './support/claims';
import { claimLens, closeAllEditors, hoverTextAt, showArticle, showNewArticle, spansOf, waitFor, workspaceFile } from './support/workbench';

// Zindabar is invented, so that neither the built-in lists nor the rules know it before the test adds it.
const ARTICLE = 'Zindabar residents said Hemeti visited the camp. Zindabar elders counted 14 tents.\n';

function gazetteerPath(): string {
  return workspaceFile('.claimlens', 'gazetteer.json').fsPath;
}

describe('workspace gazetteer in real VS Code', () => {
  let original: string;
  before(() => {
    original = fs.readFileSync(gazetteerPath(), 'utf8');
  });
  afterEach(async () => {
    const api = await claimLens();
    fs.writeFileSync(gazetteerPath(), original);
    await api.whenGazetteerLoaded();
    await closeAllEditors();
  });

  it('names the canonical entry, the alias that matched and where it came from in the hover', async () => {
    const api = await claimLens();
    const editor = await showArticle(workspaceFile('articles', 'panjshir-offensive.txt'));
    await api.whenHighlighted(editor.document);
    const position = editor.document.positionAt(editor.document.getText().indexOf('Masood') + 2);
    const text = await hoverTextAt(editor.document, position);
    assert.match(text, /Actor · person\*\* — Ahmad Massoud/);
    assert.match(text, /Matched "Masood"/);
    assert.match(text, /workspace gazetteer/);
  });

  it('adds a selected name as a place through the code action and highlights it at once', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('gazetteer-add.txt', ARTICLE);
    await api.whenHighlighted(editor.document);
    assert.deepEqual(api.highlightedRanges(editor.document).place, []);
    select(editor, 'Zindabar');
    const action = (await codeActions(editor.document.uri, editor.selection)).find((candidate) => candidate.title === 'Add "Zindabar" to the gazetteer as a place');
    assert.ok(action, 'the add-as-place action is offered');
    await runCodeAction(action);

    const { gazetteer, problems } = parseWorkspaceGazetteer(fs.readFileSync(gazetteerPath(), 'utf8'));
    assert.deepEqual(problems, []);
    assert.ok(gazetteer.entries.some((entry) => entry.name === 'Zindabar' && entry.kind === 'place'));
    await waitFor(() => api.highlightedRanges(editor.document).place.length === 2, 'both mentions to be highlighted as places');
    assert.deepEqual(api.highlightedRanges(editor.document).place, spansOf(ARTICLE, 'Zindabar'));
  });

  it('adds another spelling as an alias of a known name', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('gazetteer-alias.txt', `Mohamed Hamdan Dagalo spoke. ${ARTICLE}`);
    await api.whenHighlighted(editor.document);
    select(editor, 'Hemeti');
    const action = (await codeActions(editor.document.uri, editor.selection)).find((candidate) => candidate.title.startsWith('Add "Hemeti" to the gazetteer as another name'));
    assert.ok(action, 'the alias action is offered');
    const adding = runCodeAction(action);
    await answer(api, 'alias');
    await adding;
    const entry = parseWorkspaceGazetteer(fs.readFileSync(gazetteerPath(), 'utf8')).gazetteer.entries.find((candidate) => candidate.name === 'Mohamed Hamdan Dagalo');
    assert.ok(entry?.aliases?.includes('Hemeti'), JSON.stringify(entry));
    const hemeti = editor.document.getText().indexOf('Hemeti');
    await waitFor(() => api.highlightedRanges(editor.document).actor.some((span) => span.start === hemeti), 'the alias to be highlighted');
  });

  it('offers the gazetteer only for selections that look like a name', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('gazetteer-sentence.txt', ARTICLE);
    await api.whenHighlighted(editor.document);
    const gazetteerTitles = async () =>
      (await codeActions(editor.document.uri, editor.selection)).map((action) => action.title).filter((title) => /gazetteer/.test(title));
    select(editor, 'Zindabar residents said Hemeti visited the camp.');
    assert.deepEqual(await gazetteerTitles(), [], 'a sentence is no name');
    select(editor, 'Zindabar elders');
    assert.ok((await gazetteerTitles()).length > 0, 'two capitalised words may be a name');
  });

  it("stops highlighting a term through Don't highlight", async () => {
    const api = await claimLens();
    const editor = await showNewArticle('gazetteer-ignore.txt', 'Reuters and the BBC reported it.\n');
    await api.whenHighlighted(editor.document);
    assert.equal(api.highlightedRanges(editor.document).actor.length, 2);
    editor.selection = new vscode.Selection(0, 2, 0, 2);
    const action = (await codeActions(editor.document.uri, editor.selection)).find((candidate) => candidate.title === 'Don\'t highlight "Reuters"');
    assert.ok(action, 'the ignore action is offered on a highlighted name');
    await runCodeAction(action);
    await waitFor(() => api.highlightedRanges(editor.document).actor.length === 1, 'Reuters to lose its highlight');
    assert.ok(parseWorkspaceGazetteer(fs.readFileSync(gazetteerPath(), 'utf8')).gazetteer.ignore.includes('Reuters'));
  });

  it('reports a bad entry in Problems where it is and keeps the good ones', async () => {
    const api = await claimLens();
    const broken = original.replace('"kind": "place", "subtype": "feature"', '"kind": "planet", "subtype": "feature"');
    assert.notEqual(broken, original);
    fs.writeFileSync(gazetteerPath(), broken);
    await api.whenGazetteerLoaded();
    const gazetteerUri = workspaceFile('.claimlens', 'gazetteer.json');
    await waitFor(() => vscode.languages.getDiagnostics(gazetteerUri).length === 1, 'one Problems entry');
    const [diagnostic] = vscode.languages.getDiagnostics(gazetteerUri);
    const badLine = broken.slice(0, broken.indexOf('"planet"')).split('\n').length - 1;
    assert.equal(diagnostic.range.start.line, badLine);
    assert.match(diagnostic.message, /^Invalid entry: kind: expected one of "actor", "place"/);

    const editor = await showNewArticle('gazetteer-broken.txt', 'Hemedti was seen near Izyum.\n');
    await api.whenHighlighted(editor.document);
    const drawn = api.highlightedRanges(editor.document);
    assert.deepEqual(drawn.actor, spansOf('Hemedti was seen near Izyum.\n', 'Hemedti'), 'the other entries still apply');
    assert.deepEqual(drawn.place, spansOf('Hemedti was seen near Izyum.\n', 'Izyum'));
  });
});
