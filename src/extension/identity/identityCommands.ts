import * as vscode from 'vscode';
import { foldName } from '../../core/identity/names';
import { assignSide, identityOf, mergeClaimants, mergeReason, proposeMerges } from '../../core/identity/resolve';
import { inform } from '../notices';
import { showing } from '../claims/prompts';
import type { ClaimStore } from '../claims/claimStore';
import type { IdentitiesFile } from './identitiesFile';
import type { WorkspaceIdentities } from './workspaceIdentities';

interface NameItem extends vscode.QuickPickItem {
  name: string;
}

/**
 * Merging claimant spellings and editing sides: Claim Lens proposes, the analyst confirms, and the answer
 * goes to `.claimlens/identities.json`, shared by every article and colleague.
 */
export function registerIdentityCommands(file: IdentitiesFile, identities: WorkspaceIdentities, store: ClaimStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('claimLens.mergeClaimants', (names?: unknown) =>
      mergeNames(file, identities, store, Array.isArray(names) && names.every((name) => typeof name === 'string') ? names : undefined)),
    vscode.commands.registerCommand('claimLens.editSides', () => editSides(file, identities, store)),
  ];
}

/** Names to merge: picked (several), with the proposed pairs preselected; then the name to keep. */
async function mergeNames(file: IdentitiesFile, identities: WorkspaceIdentities, store: ClaimStore, given?: string[]): Promise<void> {
  await store.scanWorkspace();
  const names = identities.names().sort((a, b) => a.localeCompare(b));
  if (names.length < 2) {
    inform(vscode.l10n.t('Claim Lens: there are fewer than two claimants in the workspace to merge.'));
    return;
  }
  const proposals = proposeMerges(names, file.identities);
  const reasonOf = new Map<string, string>();
  for (const proposal of proposals) for (const name of proposal.names) if (!reasonOf.has(name)) reasonOf.set(name, mergeReason(proposal));
  let chosen = given;
  if (!chosen) {
    // The first proposal comes checked: confirming Claim Lens's best guess is one key.
    const proposed = new Set(proposals[0]?.names ?? []);
    const items: NameItem[] = names.map((name) => ({
      label: name,
      picked: proposed.has(name),
      description: identityOf(file.identities, name) && identityOf(file.identities, name)?.name !== name ? vscode.l10n.t('another name of {0}', identityOf(file.identities, name)?.name ?? '') : undefined,
      detail: reasonOf.get(name),
      name,
    }));
    // Proposed names first, so a merge Claim Lens suggests is a few keys away.
    items.sort((a, b) => Number(b.detail !== undefined) - Number(a.detail !== undefined));
    const picked = await showing('mergeNames', async () => vscode.window.showQuickPick(items, {
      canPickMany: true,
      title: vscode.l10n.t('Merge claimant spellings'),
      placeHolder: vscode.l10n.t('Pick the names of one claimant (names Claim Lens thinks alike come first)'),
    }));
    chosen = picked?.map((item) => item.name);
  }
  if (!chosen || chosen.length < 2) return;
  const ordered = [...chosen].sort((a, b) => b.split(/\s+/u).length - a.split(/\s+/u).length || b.length - a.length);
  const keep = given ? ordered[0] : (await showing('mergeKeep', async () => vscode.window.showQuickPick(
    ordered.map((name) => ({ label: name, name })),
    { title: vscode.l10n.t('Which name should Claim Lens show?') },
  )))?.name;
  if (!keep) return;
  await file.edit((current) => mergeClaimants(current, keep, chosen.filter((name) => foldName(name) !== foldName(keep))));
  inform(vscode.l10n.t('Claim Lens: {0} now stands for {1}.', keep, chosen.filter((name) => name !== keep).join(', ')));
}

/** A side (inferred or the analyst's) to rename, or names to move into it; each name in one side only. */
async function editSides(file: IdentitiesFile, identities: WorkspaceIdentities, store: ClaimStore): Promise<void> {
  await store.scanWorkspace();
  const sides = identities.identities.sides;
  const items = [
    ...sides.map((side) => ({
      label: `$(shield) ${side.name}`,
      description: file.identities.sides.some((own) => own.name === side.name) ? undefined : vscode.l10n.t('inferred'),
      detail: (side.members ?? []).join(', ') || undefined,
      side: side.name,
    })),
    { label: `$(add) ${vscode.l10n.t('New side…')}`, side: undefined },
  ];
  const picked = await showing('sideName', async () => vscode.window.showQuickPick(items, { title: vscode.l10n.t('Edit sides'), placeHolder: vscode.l10n.t('Pick a side to choose its members') }));
  if (!picked) return;
  const sideName = picked.side ?? (await showing('sideName', async () => vscode.window.showInputBox({ title: vscode.l10n.t('New side'), prompt: vscode.l10n.t('Name of the side') })))?.trim();
  if (!sideName) return;
  const members = new Set((sides.find((side) => side.name === sideName)?.members ?? []).map(foldName));
  const candidates = [...new Set([...identities.names(), ...sides.flatMap((side) => side.members ?? [])])].sort((a, b) => a.localeCompare(b));
  const chosen = await showing('sideMembers', async () => vscode.window.showQuickPick(
    candidates.map((name) => ({ label: name, picked: members.has(foldName(name)), description: sides.find((side) => side.name !== sideName && side.members?.some((m) => foldName(m) === foldName(name)))?.name })),
    { canPickMany: true, title: vscode.l10n.t('Members of {0}', sideName), placeHolder: vscode.l10n.t('Each name belongs to one side: picking one here moves it') },
  ));
  if (!chosen) return;
  const chosenNames = new Set(chosen.map((item) => foldName(item.label)));
  await file.edit((current) => {
    let next = current.sides.some((side) => side.name === sideName) ? current : { ...current, sides: [...current.sides, { name: sideName, members: [] }] };
    for (const name of candidates) {
      if (chosenNames.has(foldName(name))) next = assignSide(next, name, sideName);
      else if (members.has(foldName(name))) next = assignSide(next, name, undefined);
    }
    return next;
  });
}
