import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { WALKTHROUGH_ID } from '../../src/extension/walkthrough';
import { EXTENSION_ID, claimLens, closeAllEditors, waitFor } from './support/workbench';

interface WalkthroughStep {
  id: string;
  description: string;
  media: { markdown?: string; svg?: string; image?: string };
  completionEvents?: string[];
}

function walkthroughSteps(): WalkthroughStep[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  const walkthroughs = extension.packageJSON.contributes.walkthroughs as Array<{ id: string; steps: WalkthroughStep[] }>;
  const walkthrough = walkthroughs.find((candidate) => `${EXTENSION_ID}#${candidate.id}` === WALKTHROUGH_ID);
  assert.ok(walkthrough, `no walkthrough ${WALKTHROUGH_ID}`);
  return walkthrough.steps;
}

describe('the getting-started walkthrough', () => {
  afterEach(closeAllEditors);

  it('teaches highlights, tagging and the Claims view, each step with a completion event and media that ship', async () => {
    const steps = walkthroughSteps();
    assert.deepEqual(steps.map((step) => step.id), ['highlights', 'tagClaim', 'claimsView']);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    for (const step of steps) {
      assert.ok((step.completionEvents ?? []).length > 0, `${step.id} has no completionEvents`);
      const media = step.media.markdown ?? step.media.svg;
      assert.ok(media, `${step.id} has no markdown or svg media`);
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, media));
    }
  });

  it("names only commands that exist in its steps' buttons and completion events", async () => {
    await claimLens();
    const commands = new Set(await vscode.commands.getCommands(true));
    const named = walkthroughSteps().flatMap((step) => [
      ...[...step.description.matchAll(/\(command:([\w.-]+)/g)].map((match) => match[1]),
      ...(step.completionEvents ?? []).filter((event) => event.startsWith('onCommand:')).map((event) => event.slice('onCommand:'.length)),
    ]);
    assert.ok(named.includes('claimLens.tagClaim'), named.join(', '));
    assert.deepEqual(named.filter((command) => !commands.has(command)), []);
  });

  it('opens through workbench.action.openWalkthrough', async function () {
    this.timeout(60_000);
    await claimLens();
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
    // The page picks the walkthrough once VS Code has registered it, but its tab keeps the label it opened
    // with; a split copy is labelled afresh: "Walkthrough: Claim Lens" only if the page chose this one.
    const labels = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
    await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.splitEditor');
      if (labels().includes('Walkthrough: Claim Lens')) return true;
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await new Promise((resolve) => setTimeout(resolve, 500));
      return false;
    }, 'a tab labelled "Walkthrough: Claim Lens"', 30_000);
    await vscode.commands.executeCommand('workbench.action.closeAllGroups');
  });
});
