import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';

/**
 * The user's language as the shell states it (LC_ALL, LC_MESSAGES, LANG: `pt_BR.UTF-8` → `pt-br`), else
 * the one Node reports; `undefined` for the C/POSIX locale.
 */
export function cliLocale(env: NodeJS.ProcessEnv): string | undefined {
  const stated = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  const locale = stated.split('.')[0].replace(/_/gu, '-').toLowerCase();
  return locale === 'c' || locale === 'posix' || locale === '' ? undefined : locale;
}

/**
 * Loads the translation of the CLI's messages that ships beside the extension's (l10n/bundle.l10n.LOCALE.json
 * next to dist/), the exact locale first, then its language; English needs none.
 */
export function useCliTranslation(l10nFolder: string, locale: string | undefined): void {
  if (!locale || locale === 'en' || locale.startsWith('en-')) return;
  for (const candidate of [locale, locale.split('-')[0]]) {
    const bundle = path.join(l10nFolder, `bundle.l10n.${candidate}.json`);
    if (fs.existsSync(bundle)) {
      l10n.config({ fsPath: bundle });
      return;
    }
  }
}
