import * as vscode from 'vscode';
import { addGazetteerAlias, addGazetteerEntry, addIgnoredTerm } from '../../core/entities/gazetteer/edit';
import type { GazetteerEntry } from '../../core/entities/gazetteer/types';
import type { Entity } from '../../core/entities/entity';
import { showing } from '../claims/prompts';
import { inform } from '../notices';
import type { WorkspaceGazetteerFile } from './workspaceGazetteerFile';

/** The article a gazetteer command was run from: its workspace folder's gazetteer is edited. */
interface FromDocument {
  /** A URI string; the active editor's document when absent. */
  document?: string;
}

export interface AddEntryArgs extends FromDocument {
  term: string;
  kind: GazetteerEntry['kind'];
}

export interface IgnoreArgs extends FromDocument {
  term: string;
}

export interface AddAliasArgs extends FromDocument {
  alias: string;
  /** The entry to extend; asked for when absent. */
  canonical?: string;
  kind?: GazetteerEntry['kind'];
}

/** A name met somewhere in the workspace: in a claim, as its claimant, actor or place. */
export interface WorkspaceName {
  name: string;
  kind: GazetteerEntry['kind'];
}

/**
 * Commands behind the gazetteer code actions: each edits the .claimlens/gazetteer.json of the article's
 * workspace folder and applies it at once.
 */
export function registerGazetteerCommands(
  file: WorkspaceGazetteerFile,
  knownNames: () => readonly Entity[],
  workspaceNames: () => Promise<readonly WorkspaceName[]>,
): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('claimLens.addToGazetteer', async (args: AddEntryArgs) => {
      await file.edit(documentOf(args), (text) => addGazetteerEntry(text, { name: args.term, kind: args.kind }));
      inform(args.kind === 'actor'
        ? vscode.l10n.t('Claim Lens: "{0}" is now highlighted as an actor in this workspace.', args.term)
        : vscode.l10n.t('Claim Lens: "{0}" is now highlighted as a place in this workspace.', args.term));
    }),
    vscode.commands.registerCommand('claimLens.addGazetteerAlias', async (args: AddAliasArgs) => {
      const target = args.canonical ? { name: args.canonical, kind: args.kind ?? 'actor' } : await pickCanonical(args.alias, knownNames(), await workspaceNames());
      if (!target) return;
      await file.edit(documentOf(args), (text) => addGazetteerAlias(addGazetteerEntry(text, target), target.name, args.alias));
      inform(vscode.l10n.t('Claim Lens: "{0}" now counts as {1}.', args.alias, target.name));
    }),
    vscode.commands.registerCommand('claimLens.ignoreTerm', async (args: IgnoreArgs) => {
      await file.edit(documentOf(args), (text) => addIgnoredTerm(text, args.term));
      inform(vscode.l10n.t('Claim Lens: "{0}" is no longer highlighted in this workspace.', args.term));
    }),
  ];
}

function documentOf(args: FromDocument): vscode.Uri | undefined {
  return args.document ? vscode.Uri.parse(args.document) : vscode.window.activeTextEditor?.document.uri;
}

/** The names of this article and of the whole workspace's claims, so an alias can join a name met in another article. */
async function pickCanonical(
  alias: string,
  entities: readonly Entity[],
  workspace: readonly WorkspaceName[],
): Promise<{ name: string; kind: GazetteerEntry['kind'] } | undefined> {
  const names = new Map<string, GazetteerEntry['kind']>();
  for (const entity of entities) {
    if (entity.kind !== 'number') names.set(entity.canonical ?? entity.text, entity.kind);
  }
  const elsewhere = new Map<string, GazetteerEntry['kind']>();
  for (const { name, kind } of workspace) if (!names.has(name) && name !== alias) elsewhere.set(name, kind);
  const sorted = (map: Map<string, GazetteerEntry['kind']>) => [...map].sort(([a], [b]) => a.localeCompare(b));
  // This article's names first, then those met in the workspace's other claims.
  const items = [
    ...sorted(names).map(([name, kind]) => ({ label: name, description: kindName(kind), entityKind: kind })),
    ...sorted(elsewhere).map(([name, kind]) => ({ label: name, description: vscode.l10n.t('{0}, in another article', kindName(kind)), entityKind: kind })),
  ];
  const picked = await showing('alias', () =>
    vscode.window.showQuickPick(items, { title: vscode.l10n.t('"{0}" is another name for…', alias), placeHolder: vscode.l10n.t('Pick the actor or place it stands for') }));
  return picked && { name: picked.label, kind: picked.entityKind };
}

function kindName(kind: GazetteerEntry['kind']): string {
  return kind === 'actor' ? vscode.l10n.t('actor') : vscode.l10n.t('place');
}
