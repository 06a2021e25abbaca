import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, claimLens, closeAllEditors } from './support/workbench';

interface Keybinding {
  key: string;
  command: string;
  when?: string | null;
}

/**
 * Built-in bindings that apply only where the text editor has no focus: Claim Lens's keys all need
 * editorTextFocus, so they cannot hide these.
 */
const ELSEWHERE = /!editorFocus|!editorTextFocus|focusedView ==|ResourceFocus|inChatInput|inQuickInput/;

/** VS Code's own default keybindings for this platform, as "Open Default Keyboard Shortcuts (JSON)" lists them. */
async function defaultKeybindings(): Promise<Keybinding[]> {
  await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
  const document = vscode.window.activeTextEditor?.document;
  assert.ok(document, 'the default keybindings file did not open');
  const text = document.getText().replace(/^\s*\/\/.*$/gm, '');
  return (JSON.parse(text) as Keybinding[]).filter((binding) => !binding.command.startsWith('claimLens.'));
}

describe('keybindings and menus', () => {
  afterEach(closeAllEditors);

  it("shadows none of VS Code's default keybindings", async () => {
    await claimLens();
    const ours = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes.keybindings ?? []) as Keybinding[];
    assert.ok(ours.length > 0);
    const builtIn = await defaultKeybindings();
    assert.ok(builtIn.some((binding) => binding.command === 'editor.action.marker.next'), 'the list holds the built-in bindings');
    assert.ok(ours.every((binding) => binding.when?.includes('editorTextFocus')), 'every key of ours needs editorTextFocus');
    const clashes = ours.flatMap((binding) =>
      builtIn.filter((other) => other.key === binding.key && !ELSEWHERE.test(other.when ?? ''))
        .map((other) => `${binding.key}: ${binding.command} shadows ${other.command} (when ${other.when})`));
    assert.deepEqual(clashes, []);
  });

  it('hides from the Command Palette the commands that need a tree item or code action arguments', () => {
    const menus = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes.menus.commandPalette as Array<{ command: string; when: string }>;
    const hidden = menus.filter((entry) => entry.when === 'false').map((entry) => entry.command).sort();
    assert.deepEqual(hidden, ['claimLens.addGazetteerAlias', 'claimLens.addToGazetteer', 'claimLens.ignoreTerm', 'claimLens.openClaim']);
  });
});
