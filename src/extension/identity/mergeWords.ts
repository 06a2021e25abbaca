import * as vscode from 'vscode';
import type { MergeWords } from '../../core/identity/resolve';

/** Why two names are proposed as one claimant, in VS Code's display language. */
export const localisedMergeWords: MergeWords = {
  spelling: (keep, alias) => vscode.l10n.t('"{0}" looks like another spelling of "{1}"', alias, keep),
  surname: (keep, alias) => vscode.l10n.t('"{0}" may be the surname of "{1}"', alias, keep),
  acronym: (keep, alias) => vscode.l10n.t('"{0}" may be the acronym of "{1}"', alias, keep),
};
