// Locations in the repository that the VS Code harnesses share.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const vscodeTestDir = path.join(repoRoot, '.vscode-test');
export const sampleWorkspace = path.join(repoRoot, 'sample');
/** The compiled tests module (test/integration/index.ts) that VS Code loads into its extension host. */
export const integrationTestsModule = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
/** The second folder of the integration tests' multi-root workspace, with its own gazetteer and settings. */
export const secondTestFolder = path.join(repoRoot, 'test', 'fixtures', 'second-desk');
