import * as vscode from 'vscode';
import { isOrphan } from '../../core/claims/attention';
import { mergeTopics, newTopicId, renameTopic } from '../../core/topics/topicsFile';
import { headerOf, type TopicView } from '../../core/topics/view';
import type { ClaimStore } from '../claims/claimStore';
import { askTopicLabel, pickOne } from './comparePrompts';
import { comparePage, makeNonce } from './compareHtml';
import { linkClaims } from './linkClaims';
import type { TopicsFileStore } from './topicsFileStore';
import type { WorkspaceComparison } from './workspaceComparison';
import { background } from '../log';

/** What the page shows, read from its DOM by the page's script (see media/compare/compare.js). */
export interface CompareViewContent {
  topics: Array<{
    id: string;
    label: string;
    badges: string[];
    flags: string[];
    suggestions: string[];
    plotBars: number;
    headers: string[];
    rows: Array<{ key: string; cells: string[] }>;
  }>;
  focused: string | null;
  text: string;
  renders: { init: number; update: number; topicsRedrawn: number };
  elements: { scripts: string[]; img: number; injected: number; ran: boolean };
}

type FromPage =
  | { type: 'ready' }
  | { type: 'open'; article: string; claimId: string }
  | { type: 'acceptLink'; topic: string; kind: 'repeats' | 'revises'; from: string; to: string }
  | { type: 'renameTopic'; topic: string }
  | { type: 'mergeTopic'; topic: string }
  | { type: 'loadTopic'; topic: string }
  | { type: 'moveFigure'; topic: string; article: string; claimId: string; figure: number }
  | { type: 'content'; requestId: number; content: CompareViewContent }
  | { type: 'pressed'; requestId: number; found: boolean; content: CompareViewContent };

/** How long after a change the view is brought up to date: claims change in bursts while typing. */
const UPDATE_DELAY_MS = 150;
/** Topics sent in full when the page opens (the page opens as many); the others' rows when opened. */
const OPEN_AT_FIRST = 12;

/** The Compare Claims panel: one per window, updated by message when claims change, never rebuilt. */
export class ComparePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private focus: string | undefined;
  private order: string[] = [];
  private views = new Map<string, TopicView>();
  /** Topics whose rows the page has: only they are sent in full on a change. */
  private readonly sentInFull = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private requestId = 0;
  private readonly pending = new Map<number, (message: FromPage) => void>();
  private readonly readyWaiters: Array<() => void> = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The size of the last full message, for the benchmark. */
  lastInitBytes = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: ClaimStore,
    private readonly comparison: WorkspaceComparison,
    private readonly topicsFile: TopicsFileStore,
    private readonly log: (message: string) => void,
  ) {
    this.subscriptions.push(
      store.onDidChange(() => this.scheduleUpdate()),
      topicsFile.onDidChange(() => this.scheduleUpdate()),
    );
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  async show(focusTopic?: string): Promise<void> {
    this.focus = focusTopic;
    if (this.panel) {
      this.panel.reveal();
      const view = focusTopic && this.views.get(focusTopic);
      if (this.ready && view) {
        this.sentInFull.add(view.id);
        await this.panel.webview.postMessage({ type: 'update', changed: [view], removed: [], order: this.order });
        background('focusing a topic', this.panel.webview.postMessage({ type: 'focus', topic: view.id }));
      }
      return;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media', 'compare');
    const panel = vscode.window.createWebviewPanel('claimLens.compare', vscode.l10n.t('Compare Claims'), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
    });
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'claims-view.svg');
    this.panel = panel;
    this.ready = false;
    panel.webview.html = comparePage({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'compare.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'compare.css')).toString(),
      nonce: makeNonce(),
      language: vscode.env.language,
      title: vscode.l10n.t('Compare Claims'),
      loading: vscode.l10n.t('Reading the claims of the workspace…'),
    });
    panel.webview.onDidReceiveMessage((message: FromPage) => void this.receive(message).catch((error) => this.log(`compare view: ${String(error)}`)));
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.ready = false;
    });
  }

  /** Resolves once the page has its topics. */
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** What the page shows now, as its script reads it from the DOM. */
  async read(): Promise<CompareViewContent> {
    const answer = await this.ask({ type: 'read' });
    return (answer as { content: CompareViewContent }).content;
  }

  /** Clicks a row or presses a key on it, through the page's own event handlers. */
  async press(rowKey: string, key: string): Promise<{ found: boolean; content: CompareViewContent }> {
    return (await this.ask({ type: 'press', rowKey, key })) as { found: boolean; content: CompareViewContent };
  }

  /** Brings the topics up to date now rather than after the debounce. */
  async refresh(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.sendUpdate();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async ask(message: { type: string; [key: string]: unknown }): Promise<FromPage> {
    await this.whenReady();
    const requestId = ++this.requestId;
    const answer = new Promise<FromPage>((resolve) => this.pending.set(requestId, resolve));
    await this.panel?.webview.postMessage({ ...message, requestId });
    return answer;
  }

  private scheduleUpdate(): void {
    if (!this.panel || !this.ready) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sendUpdate().catch((error: unknown) => this.log(`compare view update: ${String(error)}`));
    }, UPDATE_DELAY_MS);
  }

  /** Posts only the topics that changed, and the new order. */
  private async sendUpdate(): Promise<void> {
    if (!this.panel || !this.ready) return;
    const { views, changed, removed } = await this.comparison.update();
    const order = views.map((view) => view.id);
    const sameOrder = order.length === this.order.length && order.every((id, index) => id === this.order[index]);
    this.views = new Map(views.map((view) => [view.id, view]));
    this.order = order;
    if (changed.length === 0 && removed.length === 0 && sameOrder) return;
    for (const id of removed) this.sentInFull.delete(id);
    await this.panel.webview.postMessage({ type: 'update', changed: changed.map((view) => this.asSent(view)), removed, order });
  }

  private asSent(view: TopicView): TopicView {
    return this.sentInFull.has(view.id) ? view : headerOf(view);
  }

  private async sendInit(): Promise<void> {
    if (!this.panel) return;
    const { views } = await this.comparison.update();
    this.views = new Map(views.map((view) => [view.id, view]));
    this.order = views.map((view) => view.id);
    this.sentInFull.clear();
    views.forEach((view, index) => {
      if (index < OPEN_AT_FIRST || view.id === this.focus) this.sentInFull.add(view.id);
    });
    const message = { type: 'init', topics: views.map((view) => this.asSent(view)), focus: this.focus, strings: pageStrings() };
    this.lastInitBytes = JSON.stringify(message).length;
    await this.panel.webview.postMessage(message);
    this.ready = true;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  private async receive(message: FromPage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = false;
        await this.sendInit();
        return;
      case 'content':
      case 'pressed':
        this.pending.get(message.requestId)?.(message);
        this.pending.delete(message.requestId);
        return;
      case 'open':
        await this.reveal(message.article, message.claimId);
        return;
      case 'acceptLink':
        await this.acceptLink(message.topic, message.from, message.to, message.kind);
        return;
      case 'renameTopic': {
        const label = await askTopicLabel(this.views.get(message.topic)?.label);
        if (label) await this.topicsFile.update((file) => renameTopic(file, message.topic, label));
        return;
      }
      case 'mergeTopic':
        await this.merge(message.topic);
        return;
      case 'loadTopic': {
        const view = this.views.get(message.topic);
        if (!view || !this.panel) return;
        this.sentInFull.add(view.id);
        await this.panel.webview.postMessage({ type: 'update', changed: [view], removed: [], order: this.order });
        return;
      }
      case 'moveFigure':
        await this.move(message);
        return;
    }
  }

  /** Opens the claim's article beside the view, with the claim selected. */
  private async reveal(path: string, claimId: string): Promise<void> {
    const article = this.comparison.uriOf(path);
    if (!article) return;
    const claim = (await this.store.load(article)).claims.find((candidate) => candidate.id === claimId);
    const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(article, { viewColumn: column, preview: true });
    if (!claim || isOrphan(claim)) return;
    const range = new vscode.Range(editor.document.positionAt(claim.anchor.start), editor.document.positionAt(claim.anchor.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private rowOf(topic: string, key: string) {
    return this.views.get(topic)?.rows.find((row) => row.key === key);
  }

  private async acceptLink(topic: string, fromKey: string, toKey: string, kind: 'repeats' | 'revises'): Promise<void> {
    const from = this.rowOf(topic, fromKey);
    const to = this.rowOf(topic, toKey);
    const fromUri = from && this.comparison.uriOf(from.article);
    const toUri = to && this.comparison.uriOf(to.article);
    if (!from || !to || !fromUri || !toUri) return;
    await linkClaims(this.store, { article: fromUri, claimId: from.claimId }, { article: toUri, claimId: to.claimId }, kind);
  }

  private async merge(topic: string): Promise<void> {
    const others = this.order.filter((id) => id !== topic).map((id) => this.views.get(id)!);
    const into = await pickOne('topic', vscode.l10n.t('Merge "{0}" into which topic?', this.views.get(topic)?.label ?? topic),
      others.map((view) => ({ label: view.label, description: view.id, detail: view.summary, value: view.id })));
    if (into) await this.topicsFile.update((file) => mergeTopics(file, into, [topic]));
  }

  /** Moves a figure to another topic, or to a new one (a split), or back to its automatic topic. */
  private async move(message: { topic: string; article: string; claimId: string; figure: number }): Promise<void> {
    const article = this.comparison.uriOf(message.article);
    if (!article) return;
    const NEW = '\u0000new';
    const AUTOMATIC = '\u0000automatic';
    const choice = await pickOne('topic', vscode.l10n.t('Move this figure to which topic?'), [
      { label: `$(add) ${vscode.l10n.t('New topic…')}`, value: NEW },
      { label: `$(sparkle) ${vscode.l10n.t('Its automatic topic')}`, value: AUTOMATIC },
      ...this.order.filter((id) => id !== message.topic).map((id) => ({ label: this.views.get(id)!.label, description: id, value: id })),
    ]);
    if (!choice) return;
    let topic: string | undefined = choice;
    if (choice === NEW) {
      const label = await askTopicLabel();
      if (!label) return;
      topic = newTopicId(label, new Set(this.order));
      const id = topic;
      await this.topicsFile.update((file) => renameTopic(file, id, label));
    } else if (choice === AUTOMATIC) topic = undefined;
    await this.store.update(article, message.claimId, (claim) => ({
      ...claim,
      numbers: claim.numbers.map((number, index) => (index === message.figure ? { ...number, topic } : number)),
    }));
  }
}

function pageStrings(): Record<string, string> {
  return {
    'column.figure': vscode.l10n.t('Figure'),
    'column.claimant': vscode.l10n.t('Claimant'),
    'column.side': vscode.l10n.t('Side'),
    'column.outlet': vscode.l10n.t('Outlet'),
    'column.date': vscode.l10n.t('Date'),
    'column.article': vscode.l10n.t('Article'),
    'column.status': vscode.l10n.t('Status'),
    'column.sources': vscode.l10n.t('Independent sources'),
    'column.links': vscode.l10n.t('Links'),
    conflict: vscode.l10n.t('Conflict'),
    revision: vscode.l10n.t('Revision'),
    rename: vscode.l10n.t('Rename…'),
    merge: vscode.l10n.t('Merge into…'),
    accept: vscode.l10n.t('Link'),
    plot: vscode.l10n.t('Figures by claimant, coloured by side'),
    loading: vscode.l10n.t('Loading…'),
    empty: vscode.l10n.t('No figures to compare yet: tag claims with numbers and say what they count (killed, wounded, …).'),
  };
}
