import * as vscode from 'vscode';
import type { EntityWords } from '../../core/entities/describe';

/** An entity's description in VS Code's display language. */
export const localisedEntityWords: EntityWords = {
  kind: (kind) => {
    switch (kind) {
      case 'actor':
        return vscode.l10n.t('Actor');
      case 'place':
        return vscode.l10n.t('Place');
      case 'number':
        return vscode.l10n.t('Number');
    }
  },
  kindWithSubtype: (kind, subtype) => vscode.l10n.t('{0} · {1}', kind, subtype),
  value: (value) => vscode.l10n.t('Value: {0}', value),
  vague: (value) => vscode.l10n.t('{0} (vague)', value),
  matched: (alias) => vscode.l10n.t('Matched "{0}"', alias),
  foundBy: (source) => {
    switch (source) {
      case 'builtin':
        return vscode.l10n.t('Found by the built-in gazetteer');
      case 'workspace':
        return vscode.l10n.t('Found by the workspace gazetteer');
      case 'rule':
        return vscode.l10n.t('Found by the context rule');
    }
  },
};
