import * as vscode from 'vscode';
import { isOrphan, needsReview } from '../../../core/claims/attention';
import { claimantLabel, claimDescription, claimLabel, groupClaims, type ClaimGroup, type GroupBy } from '../../../core/claims/grouping';
import type { Claim, ClaimStatus } from '../../../core/claims/model';
import type { Settings } from '../../settings';
import type { ClaimStore } from '../claimStore';
import { attentionExplanation, attentionIcon, attentionLabel, statusIcon } from '../prompts';

export interface GroupNode {
  readonly type: 'group';
  readonly id: string;
  readonly by: GroupBy;
  readonly group: ClaimGroup;
  readonly children: ClaimNode[];
}

/** A claim in the tree; as a command argument it says which claim to act on. */
export interface ClaimNode {
  readonly type: 'claim';
  readonly id: string;
  readonly article: vscode.Uri;
  readonly claimId: string;
  readonly claim: Claim;
  readonly orphan: boolean;
  readonly readOnly: boolean;
  /** Why the claim cannot be changed: the sidecar's problem. */
  readonly readOnlyReason?: string;
  readonly parent: GroupNode;
}

export type ClaimsNode = GroupNode | ClaimNode;

const GROUP_ICONS: Record<Exclude<GroupBy, 'article' | 'status'>, string> = {
  claimant: 'person',
  actor: 'organization',
  place: 'location',
  category: 'tag',
};

/** Every claim of the workspace, grouped by article (or claimant, actor, place, category, status). */
export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private by: GroupBy = 'article';
  private roots: GroupNode[] | undefined;
  private readonly changed = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: ClaimStore,
    private readonly settings: Settings,
  ) {
    this.subscription = store.onDidChange(() => this.refresh());
  }

  get groupBy(): GroupBy {
    return this.by;
  }

  setGroupBy(by: GroupBy): void {
    this.by = by;
    this.refresh();
  }

  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  async getChildren(node?: ClaimsNode): Promise<ClaimsNode[]> {
    if (node) return node.type === 'group' ? node.children : [];
    await this.store.scanWorkspace();
    return this.rootNodes();
  }

  getParent(node: ClaimsNode): ClaimsNode | undefined {
    return node.type === 'claim' ? node.parent : undefined;
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    return node.type === 'group' ? groupItem(node) : claimItem(node);
  }

  /** The node of a claim, in its first group, to reveal it. */
  async findNode(article: vscode.Uri, claimId: string): Promise<ClaimNode | undefined> {
    await this.store.scanWorkspace();
    const key = article.toString();
    for (const group of this.rootNodes()) {
      const found = group.children.find((child) => child.claimId === claimId && child.article.toString() === key);
      if (found) return found;
    }
    return undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  private rootNodes(): GroupNode[] {
    this.roots ??= this.buildRoots();
    return this.roots;
  }

  private buildRoots(): GroupNode[] {
    const articles = this.store.loaded().filter((state) => state.claims.length > 0);
    const byKey = new Map(articles.map((state) => [state.article.toString(), state]));
    const groups = groupClaims(
      articles.map((state) => ({ articlePath: state.article.toString(), claims: state.claims })),
      this.by,
      this.settings.claimCategories,
    );
    return groups.map((group) => {
      const node: GroupNode = { type: 'group', id: `${this.by}:${group.key}`, by: this.by, group, children: [] };
      for (const { articlePath, claim } of group.claims) {
        const state = byKey.get(articlePath);
        if (!state) continue;
        node.children.push({
          type: 'claim',
          id: `${node.id}/${articlePath}#${claim.id}`,
          article: state.article,
          claimId: claim.id,
          claim,
          orphan: isOrphan(claim),
          readOnly: state.readOnly !== undefined,
          readOnlyReason: state.readOnly,
          parent: node,
        });
      }
      return node;
    });
  }
}

function groupItem(node: GroupNode): vscode.TreeItem {
  const count = `${node.group.count} claim${node.group.count === 1 ? '' : 's'}`;
  if (node.by === 'article') {
    const article = vscode.Uri.parse(node.group.key);
    const item = new vscode.TreeItem(article, vscode.TreeItemCollapsibleState.Expanded);
    item.id = node.id;
    const folder = vscode.workspace.asRelativePath(vscode.Uri.joinPath(article, '..'), false);
    item.description = folder && folder !== article.path ? `${folder} · ${count}` : count;
    item.iconPath = vscode.ThemeIcon.File;
    item.contextValue = 'article';
    return item;
  }
  const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = node.id;
  item.description = count;
  item.iconPath = node.by === 'status' ? statusIcon(node.group.key as ClaimStatus) : new vscode.ThemeIcon(GROUP_ICONS[node.by]);
  item.contextValue = 'group';
  return item;
}

function claimItem(node: ClaimNode): vscode.TreeItem {
  const { claim } = node;
  const item = new vscode.TreeItem(claimLabel(claim), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  const attention = attentionLabel(claim);
  item.description = attention ? `${attention} · ${claimDescription(claim)}` : claimDescription(claim);
  item.tooltip = claimTooltip(node);
  item.iconPath = attentionIcon(claim) ?? statusIcon(claim.status);
  item.contextValue = node.readOnly ? 'claim.readOnly' : needsReview(claim) ? 'claim.needsReview' : node.orphan ? 'claim.orphan' : 'claim';
  item.command = { title: 'Open Claim', command: 'claimLens.openClaim', arguments: [{ article: node.article, claimId: node.claimId }] };
  item.accessibilityInformation = { label: `Claim by ${claim.claimant.name}, ${attention ?? claim.status}: ${claim.quote.exact}` };
  return item;
}

function claimTooltip(node: ClaimNode): vscode.MarkdownString {
  const { claim } = node;
  const markdown = new vscode.MarkdownString();
  markdown.appendText(claim.quote.exact);
  markdown.appendMarkdown('\n\n---\n\n');
  const claimant = claimantLabel(claim.claimant);
  markdown.appendMarkdown(`**Claimant:** ${escape(claimant)}  \n**Status:** ${claim.status} · **Category:** ${escape(claim.category)}`);
  if (claim.numbers.length > 0) markdown.appendMarkdown(`  \n**Numbers:** ${escape(claim.numbers.map((number) => number.text).join(', '))}`);
  if (claim.note) markdown.appendMarkdown(`  \n**Note:** ${escape(claim.note)}`);
  if (claim.attention) markdown.appendMarkdown(`  \n$(warning) ${escape(attentionExplanation(claim.attention))}`);
  if (node.readOnly) markdown.appendMarkdown(`  \n$(lock) ${escape(vscode.l10n.t('Read-only: {0}. Fix the sidecar first.', node.readOnlyReason ?? ''))}`);
  markdown.supportThemeIcons = true;
  return markdown;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
