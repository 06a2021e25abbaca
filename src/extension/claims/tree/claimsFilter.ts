import * as vscode from 'vscode';
import { GROUP_BY, type ClaimFilter, type GroupBy } from '../../../core/claims/grouping';
import { CLAIM_STATUSES } from '../../../core/claims/model';
import type { WorkspaceIdentities } from '../../identity/workspaceIdentities';
import type { Settings } from '../../settings';
import type { ClaimStore } from '../claimStore';
import { showing, statusName } from '../prompts';
import type { ClaimsTreeProvider } from './claimsTreeProvider';

type Dimension = keyof ClaimFilter;

/** Grouping choices offered besides the single levels: the two-level views analysts ask for most. */
const TWO_LEVELS: ReadonlyArray<[GroupBy, GroupBy]> = [['side', 'claimant'], ['claimant', 'article'], ['category', 'side'], ['article', 'claimant']];

/** The Claims view's title bar commands: group by one or two levels, filter, clear the filter. */
export function registerClaimsViewCommands(tree: ClaimsTreeProvider, identities: WorkspaceIdentities, store: ClaimStore, settings: Settings): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('claimLens.groupClaimsBy', (by?: GroupBy, then?: GroupBy) => groupBy(tree, by, then)),
    vscode.commands.registerCommand('claimLens.filterClaims', (dimension?: Dimension, values?: string[]) => filter(tree, identities, store, settings, dimension, values)),
    vscode.commands.registerCommand('claimLens.clearClaimsFilter', () => tree.setFilter({})),
  ];
}

async function groupBy(tree: ClaimsTreeProvider, by?: GroupBy, then?: GroupBy): Promise<void> {
  if (by) {
    tree.setGroupBy(by, then);
    return;
  }
  const current = tree.currentGrouping;
  const options: Array<[GroupBy, GroupBy | undefined]> = [...GROUP_BY.map((single): [GroupBy, undefined] => [single, undefined]), ...TWO_LEVELS];
  const picked = await showing('filter', async () => vscode.window.showQuickPick(
    options.map(([first, second]) => ({
      label: second ? vscode.l10n.t('{0} → {1}', groupByName(first), groupByName(second)) : groupByName(first),
      description: first === current.by && second === current.then ? vscode.l10n.t('current') : undefined,
      first,
      second,
    })),
    { title: vscode.l10n.t('Group claims by') },
  ));
  if (picked) tree.setGroupBy(picked.first, picked.second);
}

async function filter(
  tree: ClaimsTreeProvider,
  identities: WorkspaceIdentities,
  store: ClaimStore,
  settings: Settings,
  given?: Dimension,
  givenValues?: string[],
): Promise<void> {
  await store.scanWorkspace();
  const dimensions: Array<{ label: string; dimension: Dimension }> = [
    { label: `$(pass) ${vscode.l10n.t('Status')}`, dimension: 'statuses' },
    { label: `$(tag) ${vscode.l10n.t('Category')}`, dimension: 'categories' },
    { label: `$(shield) ${vscode.l10n.t('Side')}`, dimension: 'sides' },
    { label: `$(person) ${vscode.l10n.t('Claimant')}`, dimension: 'claimants' },
  ];
  const dimension = given ?? (await showing('filter', async () => vscode.window.showQuickPick(dimensions, { title: vscode.l10n.t('Filter claims by') })))?.dimension;
  if (!dimension) return;
  const options = valuesOf(dimension, identities, store, settings);
  const selected = new Set(tree.filter[dimension] ?? []);
  const values = givenValues ?? (await showing('filterValue', async () => vscode.window.showQuickPick(
    options.map((option) => ({ ...option, picked: selected.has(option.value) })),
    { canPickMany: true, title: showClaimsWhose(dimension), placeHolder: vscode.l10n.t('None picked shows all') },
  )))?.map((item) => item.value);
  if (values) tree.setFilter({ ...tree.filter, [dimension]: values });
}

function valuesOf(dimension: Dimension, identities: WorkspaceIdentities, store: ClaimStore, settings: Settings): Array<{ label: string; value: string }> {
  const claims = store.loaded().flatMap((state) => state.claims);
  switch (dimension) {
    case 'statuses':
      return CLAIM_STATUSES.map((status) => ({ label: statusName(status), value: status }));
    case 'categories':
      return [...new Set([...settings.claimCategories, ...claims.map((claim) => claim.category)])].map((category) => ({ label: category, value: category }));
    case 'sides':
      return [...identities.identities.sides.map((side) => ({ label: side.name, value: side.name })), { label: vscode.l10n.t('(no side)'), value: '' }];
    case 'claimants': {
      const byKey = new Map(claims.map((claim) => {
        const resolved = identities.resolve(claim.claimant);
        return [resolved.key, resolved.label] as const;
      }));
      return [...byKey].map(([value, label]) => ({ label, value })).sort((a, b) => a.label.localeCompare(b.label));
    }
  }
}

function groupByName(by: GroupBy): string {
  switch (by) {
    case 'article':
      return vscode.l10n.t('article');
    case 'claimant':
      return vscode.l10n.t('claimant');
    case 'side':
      return vscode.l10n.t('side');
    case 'actor':
      return vscode.l10n.t('actor');
    case 'place':
      return vscode.l10n.t('place');
    case 'category':
      return vscode.l10n.t('category');
    case 'status':
      return vscode.l10n.t('status');
  }
}

function showClaimsWhose(dimension: Dimension): string {
  switch (dimension) {
    case 'statuses':
      return vscode.l10n.t('Show claims whose status is');
    case 'categories':
      return vscode.l10n.t('Show claims whose category is');
    case 'sides':
      return vscode.l10n.t('Show claims whose side is');
    case 'claimants':
      return vscode.l10n.t('Show claims whose claimant is');
  }
}
