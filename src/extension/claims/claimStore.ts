import * as vscode from 'vscode';
import { Utils } from 'vscode-uri';
import { mapRangeBetweenTexts } from '../../core/claims/anchorMapping';
import type { TextEdit } from '../../core/text/textEdits';
import { isAnchored, isOrphan } from '../../core/claims/attention';
import { followChange } from '../../core/claims/following';
import { mergeClaimSets, type MergeConflict } from '../../core/claims/merge';
import { compareClaims, type Claim } from '../../core/claims/model';
import { reanchorAll } from '../../core/claims/reanchorAll';
import { relocateClaim } from '../../core/claims/relocation';
import { createSidecar, describeDocument, metadataOf, serializeSidecar, SIDECAR_SUFFIX, type ArticleMetadata, type DocumentInfo } from '../../core/claims/sidecar';
import { sha256Hex } from '../../core/text/hash';
import { background, logError } from '../log';
import type { HeldClaims } from './heldClaims';
import type { SidecarDiagnostics } from './sidecarDiagnostics';
import { readTextFile } from '../readTextFile';
import { articleOf, sidecarUriFor, writeTextFileAtomically } from './sidecarFiles';
import { loadSidecar, normalizedText, parseLoaded, type LoadedSidecar } from './store/sidecarLoader';
import type { TextHistory } from './store/textHistory';
import { WriteQueue } from './store/writeQueue';

export { articleOf } from './sidecarFiles';

/** The claims of one article, as Claim Lens holds them in memory. */
export interface ArticleClaims {
  readonly article: vscode.Uri;
  readonly sidecar: vscode.Uri;
  /**
   * Offsets into the open editor buffer while the article is open, else into the file on disk as last
   * read. Claims Claim Lens could not place with certainty carry an `attention`; they are kept, listed
   * and written, never dropped.
   */
  claims: Claim[];
  /** Why the claims may not be changed: the sidecar is invalid or from a newer version. */
  readOnly?: string;
  /** Why the last write failed; until one succeeds the claims live only in memory. */
  saveError?: string;
  /** Title, outlet, date, byline and URL the analyst confirmed (format 2's document block). */
  metadata: ArticleMetadata;
}

/** What the store keeps beside the claims to keep them right. */
interface ArticleState extends ArticleClaims {
  /** The article's text on disk the offsets refer to while the article is not open. */
  diskText?: string;
  /** The sidecar text last read or written: the common base when someone else changes the file. */
  base?: string;
  /** The claims of `base`, in the coordinates of the text `base` describes. */
  baseClaims?: Claim[];
  /** `base` as Claim Lens would write it: an older format is rewritten only when more than its format changes. */
  normalizedBase?: string;
  document?: DocumentInfo;
}

/** A field changed two ways at once by Claim Lens and another writer of the sidecar. */
export interface ClaimConflict {
  article: vscode.Uri;
  conflicts: MergeConflict[];
  claims: Claim[];
}

export class ReadOnlyClaimsError extends Error {}

/**
 * Every article's claims: loaded from sidecars on first use, found again whenever the text they point
 * into may have changed, kept in step with edits in the editor, and written back after every change so
 * that the sidecar always matches the article saved on disk. Loading, the write queue, following edits
 * and the history of texts are modules of their own under store/; this is the one entry point.
 */
export class ClaimStore implements vscode.Disposable {
  private readonly articles = new Map<string, ArticleState>();
  private readonly loads = new Map<string, Promise<ArticleState>>();
  private readonly writes = new WriteQueue();
  private workspaceScan: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fired with the article whose claims changed. */
  readonly onDidChange = this.changed.event;
  private readonly saveFailed = new vscode.EventEmitter<ArticleClaims>();
  /** Fired when a sidecar could not be written; the claims stay in memory. */
  readonly onDidFailToSave = this.saveFailed.event;
  private readonly invalidFound = new vscode.EventEmitter<ArticleClaims>();
  /** Fired when a sidecar cannot be read: its article's claims become read-only. */
  readonly onDidFindInvalidSidecar = this.invalidFound.event;
  private readonly conflictFound = new vscode.EventEmitter<ClaimConflict>();
  /** Fired when another writer changed the same field of a claim as Claim Lens did. */
  readonly onDidFindConflict = this.conflictFound.event;

  constructor(
    private readonly diagnostics: SidecarDiagnostics,
    private readonly held: HeldClaims,
    private readonly history: TextHistory,
  ) {}

  /** Articles whose claims are loaded. */
  loaded(): ArticleClaims[] {
    return [...this.articles.values()];
  }

  peek(article: vscode.Uri): ArticleClaims | undefined {
    return this.articles.get(article.toString());
  }

  load(article: vscode.Uri): Promise<ArticleClaims> {
    return this.loadState(article);
  }

  /** Loads every sidecar in the workspace once, so claims of articles that are not open are listed too. */
  scanWorkspace(): Promise<void> {
    this.workspaceScan ??= (async () => {
      const sidecars = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**');
      // One article that cannot be read does not keep the others out of the Claims view.
      await Promise.all(sidecars.map((sidecar) => this.load(articleOf(sidecar)).catch((error: unknown) => logError(`loading ${sidecar.toString()}`, error))));
      const inUse = new Set([...this.articles.values()].flatMap((state) => (state.document ? [state.document.sha256] : [])));
      background('pruning the text history', this.history.prune(inUse));
    })();
    return this.workspaceScan;
  }

  /** The text the claims' offsets refer to: the editor's buffer while the article is open, else the file as last read. */
  textOf(article: vscode.Uri): string | undefined {
    return openDocument(article)?.getText() ?? this.articles.get(article.toString())?.diskText;
  }

  /** The claim placed at `offset`; orphans have no place. */
  claimAt(article: vscode.Uri, offset: number): Claim | undefined {
    return this.peek(article)?.claims.find((claim) => !isOrphan(claim) && claim.anchor.start <= offset && offset <= claim.anchor.end);
  }

  find(article: vscode.Uri, id: string): Claim | undefined {
    return this.peek(article)?.claims.find((claim) => claim.id === id);
  }

  async add(article: vscode.Uri, claim: Claim): Promise<void> {
    const state = await this.writable(article);
    state.claims = [...state.claims.filter((existing) => existing.id !== claim.id), claim].sort(compareClaims);
    await this.commit(state);
  }

  async update(article: vscode.Uri, id: string, change: (claim: Claim) => Claim): Promise<Claim | undefined> {
    const state = await this.writable(article);
    const current = state.claims.find((claim) => claim.id === id);
    if (!current) return undefined;
    const updated = { ...change(current), modified: new Date().toISOString() };
    state.claims = state.claims.map((claim) => (claim.id === id ? updated : claim)).sort(compareClaims);
    await this.commit(state);
    return updated;
  }

  async remove(article: vscode.Uri, id: string): Promise<Claim | undefined> {
    const state = await this.writable(article);
    const removed = state.claims.find((claim) => claim.id === id);
    if (!removed) return undefined;
    state.claims = state.claims.filter((claim) => claim.id !== id);
    await this.commit(state);
    return removed;
  }

  /** Sets the article's metadata (only the fields given; an empty string clears one) and writes the sidecar. */
  async setMetadata(article: vscode.Uri, metadata: ArticleMetadata): Promise<void> {
    const state = await this.writable(article);
    state.metadata = metadataOf(Object.fromEntries(Object.entries({ ...state.metadata, ...metadata }).filter(([, value]) => value)));
    await this.commit(state);
  }

  /** Writes the sidecar again, e.g. after the article was saved or the disk has room again. */
  async save(article: vscode.Uri): Promise<void> {
    const state = this.articles.get(article.toString());
    if (state && !state.readOnly) await this.queueWrite(state);
  }

  /** Resolves once every write asked for so far is on disk (or has failed and been reported). */
  flush(): Promise<void> {
    return this.writes.flush();
  }

  /** Holds writes asked for from now on until the returned function is called (for tests of shutdown). */
  holdWrites(): () => void {
    return this.writes.hold();
  }

  /** Articles whose last write failed. */
  unsaved(): ArticleClaims[] {
    return this.loaded().filter((state) => state.saveError !== undefined);
  }

  /**
   * Moves the claims of an open article along with a change of its buffer: typing, or a reload after the
   * file changed on disk while the editor had no unsaved edits (then the buffer is clean afterwards).
   */
  followEdits(event: vscode.TextDocumentChangeEvent): void {
    const state = this.articles.get(event.document.uri.toString());
    if (!state || state.claims.length === 0 || event.contentChanges.length === 0) return;
    const edits: TextEdit[] = event.contentChanges.map((change) => ({
      start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, newLength: change.text.length,
    }));
    const typed = event.document.isDirty || event.reason !== undefined;
    // Typing after the last claim moves nothing: the (large) text is read only when a claim moved.
    let text: string | undefined;
    const followed = followChange(state.claims, edits, () => (text ??= event.document.getText()), typed);
    if (!followed) return;
    state.claims = followed;
    this.changed.fire(state.article);
  }

  /** An open article's text was saved: the sidecar can now hold every claim. */
  async articleSaved(document: vscode.TextDocument): Promise<void> {
    await this.save(document.uri);
  }

  /** The editor's buffer is gone: its unsaved edits were either saved or thrown away. Follow the disk. */
  async articleClosed(document: vscode.TextDocument): Promise<void> {
    const state = this.articles.get(document.uri.toString());
    if (!state) return;
    const diskText = await readTextFile(document.uri);
    if (diskText === undefined) return;
    state.claims = reanchorAll(state.claims, diskText, document.getText());
    state.diskText = diskText;
    this.changed.fire(state.article);
    if (!state.readOnly) await this.queueWrite(state);
  }

  /**
   * An article changed on disk. An open one follows through its editor (VS Code reloads a clean buffer;
   * a dirty one is the analyst's); a closed one's claims are moved through the change now.
   */
  async articleChangedOnDisk(article: vscode.Uri): Promise<void> {
    const state = this.articles.get(article.toString());
    if (!state || openDocument(article)) return;
    const diskText = await readTextFile(article);
    if (diskText === undefined || diskText === state.diskText) return;
    state.claims = reanchorAll(state.claims, diskText, state.diskText);
    state.diskText = diskText;
    this.changed.fire(article);
  }

  /** Reads every sidecar and every closed article again, for changes the file watchers missed. */
  async refresh(): Promise<void> {
    this.workspaceScan = undefined;
    for (const state of [...this.articles.values()]) {
      await this.sidecarChanged(state.sidecar);
      await this.articleChangedOnDisk(state.article);
    }
    await this.scanWorkspace();
  }

  /** A sidecar changed on disk; merges it with the claims held here unless the change was our own write. */
  async sidecarChanged(sidecar: vscode.Uri): Promise<void> {
    const article = articleOf(sidecar);
    const state = this.articles.get(article.toString());
    if (!state) {
      if (this.workspaceScan !== undefined) {
        await this.load(article);
        this.changed.fire(article);
      }
      return;
    }
    // Claims not written yet are merged into the file by the write that is pending or asked for now.
    if (this.writes.isBusy(article.toString()) || state.saveError !== undefined) {
      if (!state.readOnly) await this.queueWrite(state);
      return;
    }
    const text = await readTextFile(sidecar);
    if (text === state.base) return;
    this.articles.delete(article.toString());
    await this.load(article);
    this.changed.fire(article);
  }

  /**
   * An article (or a folder of articles) was renamed in VS Code: its sidecar moves along, and claims held
   * for unsaved text follow it, so nothing is left behind under the old name.
   */
  async articleRenamed(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    const stale = [...this.articles.values()].filter((state) => isSameOrInside(state.article, from));
    const sidecar = sidecarUriFor(from);
    const movesAlone = stale.length === 0 || stale.some((state) => state.article.toString() === from.toString());
    if (movesAlone && (await readTextFile(sidecar)) !== undefined) {
      await vscode.workspace.fs.rename(sidecar, sidecarUriFor(to), { overwrite: false });
    }
    for (const state of stale) {
      const moved = state.article.with({ path: to.path + state.article.path.slice(from.path.length) });
      await this.writes.flush();
      const held = this.held.get(state.article);
      await this.held.set(state.article, []);
      await this.held.set(moved, held);
      this.articles.delete(state.article.toString());
      this.changed.fire(state.article);
      // The editor may have reopened the article under its new name before its sidecar arrived there.
      await this.loads.get(moved.toString());
      this.articles.delete(moved.toString());
      const reloaded = await this.loadState(moved);
      // The sidecar names its article: write it again under the new name.
      if (!reloaded.readOnly) await this.queueWrite(reloaded);
      this.changed.fire(moved);
    }
  }

  dispose(): void {
    this.changed.dispose();
    this.saveFailed.dispose();
    this.invalidFound.dispose();
    this.conflictFound.dispose();
  }

  private loadState(article: vscode.Uri): Promise<ArticleState> {
    const key = article.toString();
    const known = this.articles.get(key);
    if (known) return Promise.resolve(known);
    let loading = this.loads.get(key);
    if (!loading) {
      loading = this.read(article).finally(() => this.loads.delete(key));
      this.loads.set(key, loading);
    }
    return loading;
  }

  private async read(article: vscode.Uri): Promise<ArticleState> {
    const sidecar = sidecarUriFor(article);
    const loaded = await loadSidecar(sidecar, this.diagnostics);
    const diskText = await readTextFile(article);
    const state: ArticleState = {
      article, sidecar, claims: [], diskText, readOnly: loaded.readOnly, document: loaded.document, metadata: metadataOf(loaded.document),
    };
    this.setBase(state, loaded);
    const onDisk = diskText === undefined ? loaded.claims : await this.reanchorToDisk(loaded, diskText);
    const held = this.held.get(article).filter((claim) => !onDisk.some((known) => known.id === claim.id));
    const document = openDocument(article);
    // Claims held for unsaved text are in the buffer's coordinates, the sidecar's in those of the disk.
    const inBuffer = document && diskText !== undefined ? reanchorAll(onDisk, document.getText(), diskText) : onDisk;
    state.claims = [...inBuffer, ...(document ? reanchorAll(held, document.getText()) : held)].sort(compareClaims);
    this.articles.set(article.toString(), state);
    if (state.readOnly) this.invalidFound.fire(state);
    return state;
  }

  /**
   * The sidecar's claims, moved to the article's text on disk. When the article changed since the sidecar
   * was written and that text is known, through the change; otherwise by their quotes.
   */
  private async reanchorToDisk(loaded: LoadedSidecar, diskText: string): Promise<Claim[]> {
    const written = loaded.document?.sha256;
    if (!written) return reanchorAll(loaded.claims, diskText);
    const diskSha = await sha256Hex(diskText);
    if (diskSha === written) {
      if (!loaded.readOnly) background('remembering an article text', this.history.remember(diskText, diskSha));
      return reanchorAll(loaded.claims, diskText, diskText);
    }
    return reanchorAll(loaded.claims, diskText, await this.history.recall(written));
  }

  private setBase(state: ArticleState, loaded: LoadedSidecar): void {
    state.base = loaded.text;
    // A copy: the claims in memory are shifted in place as the analyst types (see followChange).
    state.baseClaims = loaded.readOnly ? undefined : structuredClone(loaded.claims);
    state.normalizedBase = normalizedText(loaded);
  }

  private async writable(article: vscode.Uri): Promise<ArticleState> {
    const state = await this.loadState(article);
    if (state.readOnly) throw new ReadOnlyClaimsError(readOnlyMessage(state));
    return state;
  }

  private async commit(state: ArticleState): Promise<void> {
    this.changed.fire(state.article);
    await this.queueWrite(state);
  }

  private queueWrite(state: ArticleState): Promise<void> {
    return this.writes.run(state.article.toString(), () => this.write(state));
  }

  private async write(state: ArticleState): Promise<void> {
    if (state.readOnly) return;
    try {
      const diskText = await readTextFile(state.article);
      if (diskText === undefined) return;
      const { onDisk, onlyInBuffer } = this.claimsOnDisk(state, diskText);
      const merged = await this.mergeWithDisk(state, onDisk, onlyInBuffer, diskText);
      if (!merged) return;
      await this.held.set(state.article, onlyInBuffer);
      // An article with neither claims nor metadata gets no sidecar.
      if (merged.length === 0 && state.base === undefined && Object.keys(state.metadata).length === 0) return;
      const sha256 = await sha256Hex(diskText);
      const document = await describeDocument(Utils.basename(state.article), diskText, state.metadata);
      const text = serializeSidecar(createSidecar(document, merged));
      if (text !== state.base && text !== state.normalizedBase) {
        await this.history.remember(diskText, sha256);
        await writeTextFileAtomically(state.sidecar, text);
        state.base = text;
        state.normalizedBase = text;
        state.baseClaims = structuredClone(merged);
        state.document = document;
      }
      const hadError = state.saveError !== undefined;
      state.saveError = undefined;
      if (hadError) this.changed.fire(state.article);
    } catch (error) {
      state.saveError = error instanceof Error ? error.message : String(error);
      logError(`writing ${state.sidecar.toString()}`, error);
      this.saveFailed.fire(state);
    }
  }

  /**
   * The claims as the sidecar holds them: in the coordinates of the article saved on disk, each quote the
   * text at its anchor. Claims on text that exists only in an editor's unsaved buffer wait for the save.
   */
  private claimsOnDisk(state: ArticleState, diskText: string): { onDisk: Claim[]; onlyInBuffer: Claim[] } {
    const document = openDocument(state.article);
    if (!document && state.diskText !== diskText) {
      // The file changed since the claims were last placed, and the watcher has not told us yet.
      state.claims = reanchorAll(state.claims, diskText, state.diskText);
      state.diskText = diskText;
      this.changed.fire(state.article);
    }
    if (!document) return { onDisk: verified(state.claims, diskText), onlyInBuffer: [] };
    // A clean buffer the editor has not reloaded yet differs from the disk too: its claims are mapped, not moved.
    if (!document.isDirty) return { onDisk: verified(reanchorAll(state.claims, diskText, document.getText()), diskText), onlyInBuffer: [] };
    const buffer = document.getText();
    const onDisk: Claim[] = [];
    const onlyInBuffer: Claim[] = [];
    for (const claim of state.claims) {
      if (!isAnchored(claim)) {
        onDisk.push(reanchorAll([claim], diskText, buffer)[0]);
        continue;
      }
      const mapped = mapRangeBetweenTexts(buffer, diskText, claim.anchor.start, claim.anchor.end);
      // Only a claim surely on the saved text goes to the sidecar; the others are held until the article is saved.
      if (mapped.state === 'orphan' || mapped.state === 'needs-review') onlyInBuffer.push(claim);
      else onDisk.push(relocateClaim(claim, diskText, mapped));
    }
    return { onDisk: verified(onDisk, diskText), onlyInBuffer };
  }

  /**
   * When someone else wrote the sidecar since we last read or wrote it, their claims and ours are merged by
   * id, field by field, from the common base; conflicts are reported. Undefined when their file cannot be
   * read: it is then read-only, never overwritten.
   */
  private async mergeWithDisk(state: ArticleState, ours: Claim[], onlyInBuffer: Claim[], diskText: string): Promise<Claim[] | undefined> {
    const current = await readTextFile(state.sidecar);
    if (current === undefined || current === state.base) return ours;
    const theirs = parseLoaded(state.sidecar, current, this.diagnostics);
    if (theirs.readOnly) {
      state.readOnly = theirs.readOnly;
      this.invalidFound.fire(state);
      return undefined;
    }
    const theirClaims = await this.reanchorToDisk(theirs, diskText);
    const base = state.baseClaims && (await this.reanchorToDisk({ claims: state.baseClaims, document: state.document }, diskText));
    const { claims, conflicts } = mergeClaimSets(base, ours, theirClaims);
    const merged = verified(claims, diskText);
    // Metadata is one field: the other writer's, unless it is ours that changed since the common base.
    if (JSON.stringify(state.metadata) === JSON.stringify(metadataOf(state.document))) state.metadata = metadataOf(theirs.document);
    state.document = theirs.document;
    state.base = current;
    state.baseClaims = structuredClone(theirs.claims);
    const document = openDocument(state.article);
    const inBuffer = document ? reanchorAll(merged, document.getText(), diskText) : merged;
    state.claims = [...inBuffer, ...onlyInBuffer.filter((claim) => !merged.some((known) => known.id === claim.id))].sort(compareClaims);
    this.changed.fire(state.article);
    if (conflicts.length > 0) this.conflictFound.fire({ article: state.article, conflicts, claims: merged });
    return merged;
  }
}

/** Never a quote that is not the text at its anchor: such a claim is looked up again first. */
function verified(claims: readonly Claim[], text: string): Claim[] {
  return claims.map((claim) => (isAnchored(claim) && text.slice(claim.anchor.start, claim.anchor.end) !== claim.quote.exact
    ? reanchorAll([claim], text)[0]
    : claim));
}

export function readOnlyMessage(state: ArticleClaims): string {
  return vscode.l10n.t(
    'The claims of {0} are read-only: {1}. Fix {2} first.',
    Utils.basename(state.article),
    state.readOnly ?? '',
    Utils.basename(state.sidecar),
  );
}

function isSameOrInside(uri: vscode.Uri, folderOrFile: vscode.Uri): boolean {
  return uri.toString() === folderOrFile.toString() || uri.toString().startsWith(`${folderOrFile.toString()}/`);
}

export function openDocument(article: vscode.Uri): vscode.TextDocument | undefined {
  const key = article.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key && !document.isClosed);
}
