import * as vscode from 'vscode';
import { partiesFromIdentities } from '../../core/topics/identities';
import { figuresOf } from '../../core/topics/topics';
import type { WorkspaceIdentities } from '../identity/workspaceIdentities';
import { log } from '../log';
import type { ClaimStore } from '../claims/claimStore';
import { ComparePanel } from './comparePanel';
import { linkToClaim } from './linkCommand';
import { TopicsFileStore } from './topicsFileStore';
import { WorkspaceComparison } from './workspaceComparison';

/** A Claims view node (claim or group) or a topic id, as the menus and tests pass them. */
type CompareArgument = { type?: string; article?: vscode.Uri; claimId?: string; topic?: string } | undefined;

/** Wires the comparison view, topics and links between claims into VS Code. */
export function activateCompare(context: vscode.ExtensionContext, store: ClaimStore, identities: WorkspaceIdentities) {
  const report = (message: string) => log().error(message);
  const topicsFile = new TopicsFileStore(report);
  const comparison = new WorkspaceComparison(store, topicsFile, () => partiesFromIdentities(identities.recorded));
  const panel = new ComparePanel(context.extensionUri, store, comparison, topicsFile, report);

  /** The topic to show first: the one named, or the first topic of the claim the command came from. */
  const focusOf = async (argument: CompareArgument): Promise<string | undefined> => {
    if (argument?.topic) return argument.topic;
    if (!argument?.article || !argument.claimId) return undefined;
    const state = await store.load(argument.article);
    const claim = state.claims.find((candidate) => candidate.id === argument.claimId);
    if (!claim) return undefined;
    const { views } = await comparison.update();
    return views.find((view) => view.rows.some((row) => row.claimId === claim.id && row.article === argument.article!.path))?.id
      ?? figuresOf([{ path: argument.article.path, metadata: state.metadata ?? {}, claims: [claim] }])[0]?.automaticTopic;
  };

  context.subscriptions.push(
    topicsFile,
    identities.onDidChange(() => void panel.refresh()),
    panel,
    vscode.commands.registerCommand('claimLens.compareClaims', async (argument?: CompareArgument) => panel.show(await focusOf(argument))),
    vscode.commands.registerCommand('claimLens.linkClaim', (argument?: { article: vscode.Uri | string; claimId: string }) => linkToClaim(store, argument)),
  );
  return { panel, comparison, topicsFile };
}
