import * as vscode from 'vscode';
import { claimantOf, type ClaimantSuggestion } from '../../core/claims/claimants';
import { CLAIM_STATUSES, type Claimant, type ClaimStatus } from '../../core/claims/model';

/** The prompt on screen now, so integration tests know when to answer it through the real quick input. */
export type PromptName = 'claimant' | 'category' | 'status' | 'note' | 'edit' | 'alias' | 'exportScope' | 'exportFormat' | 'importFormat';

let activePrompt: PromptName | undefined;

export function currentPrompt(): PromptName | undefined {
  return activePrompt;
}

export async function showing<T>(name: PromptName, prompt: () => Thenable<T>): Promise<T> {
  activePrompt = name;
  try {
    return await prompt();
  } finally {
    if (activePrompt === name) activePrompt = undefined;
  }
}

interface ClaimantItem extends vscode.QuickPickItem {
  claimant: Claimant;
}

/** Suggested speakers first; typing a name that is not suggested offers it as the claimant. */
export function pickClaimant(suggestions: readonly ClaimantSuggestion[], current?: Claimant): Promise<Claimant | undefined> {
  return showing('claimant', () => new Promise<Claimant | undefined>((resolve) => {
    const picker = vscode.window.createQuickPick<ClaimantItem>();
    picker.title = 'Who makes this claim?';
    picker.placeholder = 'Pick a suggested speaker or type a name (Escape cancels)';
    const suggested: ClaimantItem[] = suggestions.map((suggestion) => ({
      label: suggestion.name,
      description: suggestion.affiliation,
      detail: suggestion.reason,
      claimant: claimantOf(suggestion),
    }));
    if (current && !suggested.some((item) => item.label === current.name)) {
      suggested.unshift({ label: current.name, description: current.affiliation, detail: 'current claimant', claimant: current });
    }
    picker.items = suggested;
    picker.onDidChangeValue((value) => {
      const typed = value.trim();
      const exists = suggested.some((item) => item.label.toLowerCase() === typed.toLowerCase());
      picker.items = typed && !exists
        ? [{ label: typed, detail: 'the name you typed', alwaysShow: true, claimant: { name: typed } }, ...suggested]
        : suggested;
    });
    let result: Claimant | undefined;
    picker.onDidAccept(() => {
      result = picker.selectedItems[0]?.claimant;
      if (result) picker.hide();
    });
    picker.onDidHide(() => {
      picker.dispose();
      resolve(result);
    });
    picker.show();
  }));
}

export function pickCategory(categories: readonly string[], suggested: string, current?: string): Promise<string | undefined> {
  const first = current ?? suggested;
  const ordered = [first, ...categories.filter((category) => category !== first)];
  const items = ordered.map((category) => ({
    label: category,
    description: category === current ? 'current' : category === suggested ? 'suggested' : undefined,
  }));
  return showing('category', async () => (await vscode.window.showQuickPick(items, {
    title: 'Category of the claim',
    placeHolder: 'Pick a category (Escape cancels)',
  }))?.label);
}

const STATUS_ICONS: Record<ClaimStatus, string> = {
  unverified: 'circle-large-outline',
  corroborated: 'pass',
  disputed: 'warning',
  refuted: 'error',
};

export function statusIcon(status: ClaimStatus): vscode.ThemeIcon {
  return new vscode.ThemeIcon(STATUS_ICONS[status], new vscode.ThemeColor(`claimLens.claim${capitalise(status)}`));
}

export function pickStatus(current: ClaimStatus): Promise<ClaimStatus | undefined> {
  const items = CLAIM_STATUSES.map((status) => ({
    label: `$(${STATUS_ICONS[status]}) ${status}`,
    description: status === current ? 'current' : undefined,
    status,
  }));
  return showing('status', async () => (await vscode.window.showQuickPick(items, {
    title: 'Status of the claim',
    placeHolder: `Now: ${current}`,
  }))?.status);
}

export function askNote(current: string): Promise<string | undefined> {
  return showing('note', () => vscode.window.showInputBox({
    title: 'Note on the claim',
    prompt: 'What you know about this claim: sources, doubts, links (Escape cancels)',
    value: current,
  }));
}

export type ClaimField = 'claimant' | 'category' | 'status' | 'note';

export function pickField(summary: Record<ClaimField, string>): Promise<ClaimField | undefined> {
  const fields: ClaimField[] = ['claimant', 'category', 'status', 'note'];
  const items = fields.map((field) => ({ label: capitalise(field), description: summary[field] || '(empty)', field }));
  return showing('edit', async () => (await vscode.window.showQuickPick(items, { title: 'Edit claim', placeHolder: 'What to change' }))?.field);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
