import * as l10n from '@vscode/l10n';

/**
 * What `tell` says with `bundle` loaded into @vscode/l10n, as the extension and the CLI load the user's
 * language; English again afterwards.
 */
export function translated<T>(bundle: Record<string, string>, tell: () => T): T {
  l10n.config({ contents: bundle });
  try {
    return tell();
  } finally {
    l10n.config({ contents: {} });
  }
}
