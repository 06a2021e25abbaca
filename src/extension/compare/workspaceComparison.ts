import * as vscode from 'vscode';
import type { Claim } from '../../core/claims/model';
import type { ArticleMetadata } from '../../core/claims/sidecar';
import { IncrementalComparison, type ComparisonUpdate } from '../../core/topics/incremental';
import type { PartyResolver } from '../../core/topics/parties';
import type { ArticleInput } from '../../core/topics/topics';
import type { ClaimStore } from '../claims/claimStore';
import type { TopicsFileStore } from './topicsFileStore';

/**
 * The store's claims as the comparison core reads them. Articles are named by their URI's path; an
 * article's input object is reused while its claims and metadata are the same objects, which is how
 * the core knows which topics did not change.
 */
const NO_METADATA: ArticleMetadata = {};

export class WorkspaceComparison {
  private readonly inputs = new Map<string, { claims: readonly Claim[]; metadata: ArticleMetadata; input: ArticleInput; uri: vscode.Uri }>();
  private readonly comparison = new IncrementalComparison((path) => this.articleName(path));
  constructor(
    private readonly store: ClaimStore,
    private readonly topicsFile: TopicsFileStore,
    /** Claimant identities and sides as the workspace has them now. */
    private readonly parties: () => PartyResolver,
  ) {}

  uriOf(path: string): vscode.Uri | undefined {
    return this.inputs.get(path)?.uri;
  }

  articleName(path: string): string {
    const uri = this.uriOf(path);
    return uri ? vscode.workspace.asRelativePath(uri, false) : path.slice(path.lastIndexOf('/') + 1);
  }

  /** Brings the topics up to date with the store and the topics file; rebuilds only topics that changed. */
  async update(): Promise<ComparisonUpdate> {
    await this.store.scanWorkspace();
    const topicsFile = await this.topicsFile.topics();
    const seen = new Set<string>();
    const articles: ArticleInput[] = [];
    for (const state of this.store.loaded()) {
      if (state.claims.length === 0) continue;
      const path = state.article.path;
      seen.add(path);
      let known = this.inputs.get(path);
      const metadata = state.metadata ?? NO_METADATA;
      if (!known || known.claims !== state.claims || known.metadata !== metadata) {
        known = { claims: state.claims, metadata, input: { path, metadata, claims: state.claims }, uri: state.article };
        this.inputs.set(path, known);
      }
      articles.push(known.input);
    }
    for (const path of [...this.inputs.keys()]) if (!seen.has(path)) this.inputs.delete(path);
    articles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const parties = this.parties();
    return this.comparison.update(articles, { topicsFile, parties });
  }
}
