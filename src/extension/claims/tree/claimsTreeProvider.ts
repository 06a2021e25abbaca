import * as vscode from 'vscode';
import { Utils } from 'vscode-uri';
import {
  claimantLabel, claimRow, figureValue, groupEntries, isFilterActive, matchesFilter,
  type ClaimFilter, type ClaimGroup, type ClaimInArticle, type GroupBy,
} from '../../../core/claims/grouping';
import { isOrphan, needsReview } from '../../../core/claims/attention';
import { withSuggestedFiguresFromQuote } from '../../../core/claims/figures';
import { describeLink } from '../../../core/claims/links';
import type { Claim, ClaimStatus } from '../../../core/claims/model';
import type { ArticleMetadata } from '../../../core/claims/sidecar';
import type { WorkspaceIdentities } from '../../identity/workspaceIdentities';
import type { Settings } from '../../settings';
import type { ClaimStore } from '../claimStore';
import { attentionExplanation, attentionIcon, attentionLabel, statusIcon, statusName } from '../prompts';
import { background } from '../../log';

/** How the view groups: one level, or two ("side → claimant"). */
export interface Grouping {
  by: GroupBy;
  then?: GroupBy;
}

export interface GroupNode {
  readonly type: 'group';
  readonly id: string;
  readonly by: GroupBy;
  readonly group: ClaimGroup;
  readonly children: ClaimsNode[];
  readonly parent?: GroupNode;
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
  side: 'shield',
  actor: 'organization',
  place: 'location',
  category: 'tag',
};

const GROUPING_KEY = 'claimLens.claims.grouping';
const FILTER_KEY = 'claimLens.claims.filter';
const FILTER_CONTEXT_KEY = 'claimLens.claimsFiltered';

/**
 * Every claim of the workspace, grouped in one or two levels (article, claimant, side, actor, place,
 * category, status), filtered by status, category, side and claimant. The grouping and the filter are
 * remembered per workspace.
 */
export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private grouping: Grouping;
  private currentFilter: ClaimFilter;
  private roots: GroupNode[] | undefined;
  private readonly changed = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: ClaimStore,
    private readonly settings: Settings,
    private readonly identities: WorkspaceIdentities,
    private readonly state: vscode.Memento,
    identitiesChanged: vscode.Event<unknown>,
  ) {
    this.grouping = state.get<Grouping>(GROUPING_KEY) ?? { by: 'article' };
    this.currentFilter = state.get<ClaimFilter>(FILTER_KEY) ?? {};
    background('setting a context key', this.updateFilterContext());
    this.subscriptions = [store.onDidChange(() => this.refresh()), identitiesChanged(() => this.refresh())];
  }

  get groupBy(): GroupBy {
    return this.grouping.by;
  }

  get currentGrouping(): Grouping {
    return this.grouping;
  }

  get filter(): ClaimFilter {
    return this.currentFilter;
  }

  setGroupBy(by: GroupBy, then?: GroupBy): void {
    this.grouping = then && then !== by ? { by, then } : { by };
    background('remembering the grouping', this.state.update(GROUPING_KEY, this.grouping));
    this.refresh();
  }

  setFilter(filter: ClaimFilter): void {
    this.currentFilter = filter;
    background('remembering the filter', this.state.update(FILTER_KEY, filter));
    background('setting a context key', this.updateFilterContext());
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
    return node.parent;
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    return node.type === 'group' ? this.groupItem(node) : this.claimItem(node);
  }

  /** The node of a claim, in its first group, to reveal it. */
  async findNode(article: vscode.Uri, claimId: string): Promise<ClaimNode | undefined> {
    await this.store.scanWorkspace();
    const key = article.toString();
    const search = (nodes: readonly ClaimsNode[]): ClaimNode | undefined => {
      for (const node of nodes) {
        if (node.type === 'claim' && node.claimId === claimId && node.article.toString() === key) return node;
        if (node.type === 'group') {
          const found = search(node.children);
          if (found) return found;
        }
      }
      return undefined;
    };
    return search(this.rootNodes());
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }

  private async updateFilterContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', FILTER_CONTEXT_KEY, isFilterActive(this.currentFilter));
  }

  private rootNodes(): GroupNode[] {
    this.roots ??= this.buildRoots();
    return this.roots;
  }

  private buildRoots(): GroupNode[] {
    const resolve = (claimant: Claim['claimant']) => this.identities.resolve(claimant);
    const articles = this.store.loaded().filter((state) => state.claims.length > 0);
    const byKey = new Map(articles.map((state) => [state.article.toString(), state]));
    const entries: ClaimInArticle[] = articles.flatMap((state) => state.claims
      .filter((claim) => matchesFilter(claim, this.currentFilter, resolve))
      .map((claim) => ({ articlePath: state.article.toString(), claim })));
    const categories = this.settings.claimCategories;
    const build = (group: ClaimGroup, by: GroupBy, then: GroupBy | undefined, parent?: GroupNode): GroupNode => {
      const node: GroupNode = { type: 'group', id: `${parent ? `${parent.id}/` : ''}${by}:${group.key}`, by, group, children: [], ...(parent && { parent }) };
      if (then) {
        for (const child of groupEntries(group.claims, then, categories, resolve)) node.children.push(build(child, then, undefined, node));
        return node;
      }
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
    };
    const { by, then } = this.grouping;
    return groupEntries(entries, by, categories, resolve).map((group) => build(group, by, then));
  }

  private groupItem(node: GroupNode): vscode.TreeItem {
    const count = vscode.l10n.t('{0} claim(s)', node.group.count);
    if (node.by === 'article') {
      const article = vscode.Uri.parse(node.group.key);
      const metadata = this.store.peek(article)?.metadata;
      const item = new vscode.TreeItem(metadata?.title ?? Utils.basename(article), vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.resourceUri = article;
      item.description = [articleSource(metadata), metadata?.title ? Utils.basename(article) : undefined, count].filter(Boolean).join(' · ');
      item.tooltip = articleTooltip(article, metadata);
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'article';
      return item;
    }
    // A status is stored in English; its group is named in the analyst's language.
    const label = node.by === 'status' ? statusName(node.group.key as ClaimStatus) : node.group.label;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = node.id;
    item.description = node.by === 'claimant' && node.group.claims[0]
      ? [this.identities.resolve(node.group.claims[0].claim.claimant).side, count].filter(Boolean).join(' · ')
      : count;
    item.iconPath = node.by === 'status' ? statusIcon(node.group.key as ClaimStatus) : new vscode.ThemeIcon(GROUP_ICONS[node.by]);
    item.contextValue = node.by === 'claimant' ? 'group.claimant' : 'group';
    return item;
  }

  private claimItem(node: ClaimNode): vscode.TreeItem {
    const resolved = this.identities.resolve(node.claim.claimant);
    // A claim from format 1 shows suggested measures; its sidecar changes only when the analyst changes it.
    const claim = withSuggestedFiguresFromQuote(node.claim, {
      speakerSide: resolved.side,
      articleSides: this.identities.sidesOfArticle(node.article),
      identities: this.identities.identities,
    });
    const claimantShown = node.parent.by === 'claimant' || node.parent.parent?.by === 'claimant';
    const articleShown = node.parent.by === 'article' || node.parent.parent?.by === 'article';
    const row = claimRow(claim, resolved.label, { claimantShown });
    const metadata = this.store.peek(node.article)?.metadata;
    const articleName = articleShown ? undefined : (metadata?.title ?? Utils.basename(node.article));
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const links = claim.links?.length ? vscode.l10n.t('{0} link(s)', claim.links.length) : undefined;
    const attention = attentionLabel(claim);
    item.description = [attention && `${attention} ·`, row.description, articleName && `— ${articleName}`, links && `· ${links}`]
      .filter(Boolean).join(' ');
    item.tooltip = claimTooltip({ ...node, claim }, resolved.label, resolved.side, articleName);
    item.iconPath = attentionIcon(claim) ?? statusIcon(claim.status);
    item.contextValue = node.readOnly ? 'claim.readOnly' : needsReview(claim) ? 'claim.needsReview' : node.orphan ? 'claim.orphan' : 'claim';
    item.command = { title: vscode.l10n.t('Open Claim'), command: 'claimLens.openClaim', arguments: [{ article: node.article, claimId: node.claimId }] };
    item.accessibilityInformation = { label: vscode.l10n.t('Claim by {0}, {1}: {2}', resolved.label, attention ?? claim.status, claim.quote.exact) };
    return item;
  }
}

/** "Reuters, 2024-09-03" */
export function articleSource(metadata: ArticleMetadata | undefined): string | undefined {
  return [metadata?.outlet, metadata?.published].filter(Boolean).join(', ') || undefined;
}

function articleTooltip(article: vscode.Uri, metadata: ArticleMetadata | undefined): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.appendText(metadata?.title ?? Utils.basename(article));
  for (const line of [articleSource(metadata), metadata?.byline && vscode.l10n.t('By {0}', metadata.byline), metadata?.url, vscode.workspace.asRelativePath(article)]) {
    if (line) {
      markdown.appendMarkdown('  \n');
      markdown.appendText(line);
    }
  }
  return markdown;
}

function claimTooltip(node: ClaimNode, claimant: string, side: string | undefined, article: string | undefined): vscode.MarkdownString {
  const { claim } = node;
  const markdown = new vscode.MarkdownString();
  markdown.appendText(claim.quote.exact);
  markdown.appendMarkdown('\n\n---\n\n');
  markdown.appendMarkdown(`**${vscode.l10n.t('Claimant')}:** `);
  markdown.appendText(claimantLabel({ ...claim.claimant, name: claimant }) + (side ? ` · ${side}` : ''));
  markdown.appendMarkdown(`  \n**${vscode.l10n.t('Status')}:** ${statusName(claim.status)} · **${vscode.l10n.t('Category')}:** `);
  markdown.appendText(claim.category);
  for (const number of claim.numbers) {
    markdown.appendMarkdown('  \n$(symbol-number) ');
    markdown.appendText(`${figureValue(number)} ${number.measure ?? ''}${number.whose ? ` · ${number.whose.group}${number.whose.side ? ` (${number.whose.side})` : ''}` : ''}`);
  }
  if (article) {
    markdown.appendMarkdown(`  \n**${vscode.l10n.t('Article')}:** `);
    markdown.appendText(article);
  }
  if (claim.note) {
    markdown.appendMarkdown(`  \n**${vscode.l10n.t('Note')}:** `);
    markdown.appendText(claim.note);
  }
  if (claim.links?.length) {
    markdown.appendMarkdown(`  \n**${vscode.l10n.t('Links')}:** `);
    markdown.appendText(claim.links.map((link) => describeLink(link)).join(', '));
  }
  if (claim.attention) {
    markdown.appendMarkdown('  \n$(warning) ');
    markdown.appendText(attentionExplanation(claim.attention));
  }
  if (node.readOnly) {
    markdown.appendMarkdown('  \n$(lock) ');
    markdown.appendText(vscode.l10n.t('Read-only: {0}. Fix the sidecar first.', node.readOnlyReason ?? ''));
  }
  markdown.supportThemeIcons = true;
  return markdown;
}
