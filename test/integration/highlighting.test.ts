import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import { createRecognizer, parseWorkspaceGazetteer } from '../../src/core/entities';
import { ENTITY_KINDS } from '../../src/core/entities/entity';
import {
  claimLens, closeAllEditors, hoverTextAt, setSetting, showArticle, showNewArticle, spansOf, waitFor, workspaceFile,
} from './support/workbench';

const BRIEF = 'The Taliban said 40 fighters were killed near Kabul.\nReuters could not confirm dozens of reports.\n';

describe('highlighting in real VS Code', () => {
  afterEach(async () => {
    await setSetting('claimLens.highlight.enabled', undefined);
    await setSetting('claimLens.highlight.numbers', undefined);
    await closeAllEditors();
  });

  it('decorates the exact ranges of actors, places and numbers', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('brief.txt', BRIEF);
    await api.whenHighlighted(editor.document);
    assert.deepEqual(api.highlightedRanges(editor.document), {
      actor: [...spansOf(BRIEF, 'Taliban'), ...spansOf(BRIEF, 'Reuters')],
      place: spansOf(BRIEF, 'Kabul'),
      number: [...spansOf(BRIEF, '40'), ...spansOf(BRIEF, 'dozens')],
    });
  });

  it('decorates a sample article exactly as the core recognizer reads it with the workspace gazetteer', async () => {
    const api = await claimLens();
    const editor = await showArticle(workspaceFile('articles', 'panjshir-offensive.txt'));
    await api.whenHighlighted(editor.document);
    const text = editor.document.getText();
    const gazetteerText = fs.readFileSync(workspaceFile('.claimlens', 'gazetteer.json').fsPath, 'utf8');
    const expected = createRecognizer({ workspace: parseWorkspaceGazetteer(gazetteerText).gazetteer }).recognize(text);
    const drawn = api.highlightedRanges(editor.document);
    for (const kind of ENTITY_KINDS) {
      assert.deepEqual(drawn[kind], expected.filter((entity) => entity.kind === kind).map(({ start, end }) => ({ start, end })), kind);
    }
    const drawnText = (kind: 'actor' | 'place' | 'number') => drawn[kind].map((span) => text.slice(span.start, span.end));
    assert.ok(drawnText('actor').includes('Zabihullah Mujahid'), 'the Taliban spokesman is an actor');
    assert.ok(drawnText('place').includes('Khawak Pass'), 'the pass is a place');
    assert.ok(drawnText('number').includes('hundreds'), 'a vague quantity is a number');
    assert.ok(drawnText('actor').includes('Masood'), 'a workspace gazetteer alias is an actor');
  });

  it('shows the kind and canonical name in a hover', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('hover.txt', BRIEF);
    await api.whenHighlighted(editor.document);
    const position = editor.document.positionAt(BRIEF.indexOf('Kabul') + 2);
    const text = await hoverTextAt(editor.document, position);
    assert.match(text, /\*\*Place/);
    assert.match(text, /Kabul/);
  });

  it('switches one kind off and on through its setting', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('settings.txt', BRIEF);
    await api.whenHighlighted(editor.document);
    await setSetting('claimLens.highlight.numbers', false);
    await waitFor(() => api.highlightedRanges(editor.document).number.length === 0, 'numbers to disappear');
    assert.equal(api.highlightedRanges(editor.document).actor.length, 2, 'actors stay');
    await setSetting('claimLens.highlight.numbers', true);
    await waitFor(() => api.highlightedRanges(editor.document).number.length === 2, 'numbers to come back');
  });

  it('toggles all highlighting with the command and says so in the status bar', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('toggle.txt', BRIEF);
    await api.whenHighlighted(editor.document);
    await waitFor(() => api.statusBar().text.includes('$(person) 2'), 'the status bar to count 2 actors');
    await vscode.commands.executeCommand('claimLens.toggleHighlighting');
    await waitFor(() => api.highlightedRanges(editor.document).actor.length === 0, 'highlights to be cleared');
    assert.match(api.statusBar().tooltip, /off/);
    await vscode.commands.executeCommand('claimLens.toggleHighlighting');
    await waitFor(() => api.highlightedRanges(editor.document).actor.length === 2, 'highlights to return');
  });

  it('follows edits: shifts what moved and finds what was typed', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('typing.txt', BRIEF);
    await api.whenHighlighted(editor.document);
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'In Kyiv, '));
    await waitFor(() => api.highlightedRanges(editor.document).place.length === 2, 'the typed place');
    await api.whenHighlighted(editor.document);
    const text = editor.document.getText();
    assert.deepEqual(api.highlightedRanges(editor.document).place, [...spansOf(text, 'Kyiv'), ...spansOf(text, 'Kabul')]);
    assert.deepEqual(api.highlightedRanges(editor.document).actor, [...spansOf(text, 'Taliban'), ...spansOf(text, 'Reuters')]);
  });

  it('leaves documents of other languages alone and says why', async () => {
    const api = await claimLens();
    const editor = await showNewArticle('data.json', '{"actor": "Taliban", "place": "Kabul"}');
    await waitFor(() => /not in the claimLens\.languages/.test(api.statusBar().tooltip), 'the status bar to explain');
    assert.deepEqual(api.highlightedRanges(editor.document), { actor: [], place: [], number: [] });
  });

  it('contributes its commands', async () => {
    await claimLens();
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['claimLens.toggleHighlighting', 'claimLens.goToEntity']) assert.ok(commands.includes(command), command);
  });
});
