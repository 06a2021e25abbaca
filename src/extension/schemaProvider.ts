import * as vscode from 'vscode';

export const SCHEMA_SCHEME = 'claimlens';

/** `claimlens:/schemas/<name>-<version>.json` → the file this extension ships in schemas/. */
const SCHEMA_FILES: Record<string, string> = {
  '/schemas/claims-1.json': 'claims-1.schema.json',
  '/schemas/claims-2.json': 'claims.schema.json',
  '/schemas/gazetteer-1.json': 'gazetteer.schema.json',
  '/schemas/identities-1.json': 'identities.schema.json',
  '/schemas/topics-1.json': 'topics.schema.json',
};

/**
 * Serves the JSON schemas that sidecars and gazetteers name in `$schema`. VS Code's JSON support fetches
 * a `$schema` URL in preference to contributed schemas; an https URL would need the internet (and a
 * server), while this scheme is answered by the installed extension itself, offline.
 */
export class SchemaProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly extensionUri: vscode.Uri) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string | undefined> {
    const file = SCHEMA_FILES[uri.path];
    if (!file) return undefined;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'schemas', file)));
  }
}
