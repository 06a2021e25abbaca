import * as path from 'node:path';
import { nodeIo } from './nodeIo';
import { runCli } from './run';
import { cliLocale, useCliTranslation } from './translation';

useCliTranslation(path.join(__dirname, '..', 'l10n'), cliLocale(process.env));
void runCli(process.argv.slice(2), nodeIo).then((status) => {
  process.exitCode = status;
});
