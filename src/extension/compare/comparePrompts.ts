import * as vscode from 'vscode';
import { LINK_KINDS } from '../../core/claims/links';
import type { LinkType } from '../../core/claims/model';
import { showing } from '../claims/prompts';

export type ComparePromptName = 'link-target' | 'link-type' | 'topic' | 'topic-label';

export interface Pickable<T> extends vscode.QuickPickItem {
  value: T;
}

export function pickOne<T>(name: ComparePromptName, title: string, items: Pickable<T>[], placeholder?: string): Promise<T | undefined> {
  return showing(name, async () => (await vscode.window.showQuickPick(items, { title, placeHolder: placeholder, matchOnDescription: true, matchOnDetail: true }))?.value);
}

const LINK_DESCRIPTIONS: Record<(typeof LINK_KINDS)[number], string> = {
  corroborates: vscode.l10n.t('independent support for the same figure'),
  contradicts: vscode.l10n.t('the claims cannot both be true'),
  repeats: vscode.l10n.t('the same claim printed again (wire copy, quote)'),
  revises: vscode.l10n.t('this claim updates the other, earlier one'),
};

export function pickLinkType(): Promise<LinkType | undefined> {
  return pickOne('link-type', vscode.l10n.t('How is this claim linked to the other?'),
    LINK_KINDS.map((kind) => ({ label: kind, description: LINK_DESCRIPTIONS[kind], value: kind })));
}

export function askTopicLabel(current?: string): Promise<string | undefined> {
  return showing('topic-label', async () => {
    const label = await vscode.window.showInputBox({
      title: vscode.l10n.t('Topic name'),
      value: current,
      prompt: vscode.l10n.t('The name shown for the topic; kept in .claimlens/topics.json'),
      validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('A topic needs a name')),
    });
    return label?.trim() || undefined;
  });
}
