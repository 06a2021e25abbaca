import * as vscode from 'vscode';
import { suggestMetadata, type MetadataSource } from '../../core/claims/metadata';
import { METADATA_FIELDS, type ArticleMetadata } from '../../core/claims/sidecar';
import { inform } from '../notices';
import { articleText } from './claimCommands';
import type { ClaimStore } from './claimStore';
import { showing } from './prompts';

function fieldLabel(field: keyof ArticleMetadata): string {
  switch (field) {
    case 'title':
      return vscode.l10n.t('Title');
    case 'outlet':
      return vscode.l10n.t('Outlet');
    case 'published':
      return vscode.l10n.t('Published (YYYY-MM-DD)');
    case 'byline':
      return vscode.l10n.t('Byline');
    case 'url':
      return vscode.l10n.t('URL');
  }
}

/**
 * Confirm or edit an article's title, outlet, date, byline and URL: the fields already confirmed, else
 * suggested from the text (first line, dateline, byline, URL line). Stays open until Save or Escape.
 */
export async function editArticleMetadata(store: ClaimStore, given?: vscode.Uri | { article: vscode.Uri }): Promise<void> {
  const article = given instanceof vscode.Uri ? given : given?.article ?? vscode.window.activeTextEditor?.document.uri;
  if (!article) {
    inform(vscode.l10n.t('Claim Lens: open an article, or pick one in the Claims view.'));
    return;
  }
  const state = await store.load(article);
  const suggested = suggestMetadata(await articleText(article), { year: new Date().getFullYear() });
  const draft: ArticleMetadata = { ...suggested.metadata, ...state.metadata };
  for (;;) {
    const items = [
      { label: `$(check) ${vscode.l10n.t('Save')}`, field: undefined },
      ...METADATA_FIELDS.map((field) => ({
        label: fieldLabel(field),
        description: draft[field] ?? '\u2014',
        detail: draft[field] !== undefined && state.metadata?.[field] === undefined ? suggestedFrom(suggested.reasons[field]) : undefined,
        field,
      })),
    ];
    const picked = await showing('metadata', async () => vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Article metadata'),
      placeHolder: vscode.l10n.t('Save confirms these fields; pick one to change it'),
    }));
    if (!picked) return;
    if (!picked.field) {
      await store.setMetadata(article, Object.fromEntries(METADATA_FIELDS.map((field) => [field, draft[field] ?? ''])) as ArticleMetadata);
      return;
    }
    const field = picked.field;
    const value = await showing('metadataField', async () => vscode.window.showInputBox({
      title: fieldLabel(field),
      value: draft[field] ?? '',
      validateInput: (text) => (field === 'published' && text.trim() && !/^\d{4}-\d{2}-\d{2}$/u.test(text.trim()) ? vscode.l10n.t('A date such as 2024-09-03') : undefined),
    }));
    if (value !== undefined) draft[field] = value.trim() || undefined;
  }
}

function suggestedFrom(source: MetadataSource | undefined): string | undefined {
  switch (source) {
    case 'first-line':
      return vscode.l10n.t('suggested from the first line');
    case 'byline':
      return vscode.l10n.t('suggested from the byline');
    case 'dateline':
      return vscode.l10n.t('suggested from the dateline');
    case 'url-line':
      return vscode.l10n.t('suggested from the URL line');
    case 'date-line':
      return vscode.l10n.t('suggested from the date line');
    case 'reporting-by-line':
      return vscode.l10n.t('suggested from the "Reporting by" line');
    case 'last-line':
      return vscode.l10n.t('suggested from the last line');
    case undefined:
      return undefined;
  }
}
