import * as path from 'node:path';
import * as vscode from 'vscode';
import { mapRangeBetweenTexts, shiftAnchorForEdits } from '../../core/claims/anchorMapping';
import { compareClaims, type Claim } from '../../core/claims/model';
import { reanchorClaim, relocateClaim } from '../../core/claims/relocation';
import { createSidecar, describeDocument, parseSidecar, serializeSidecar, SIDECAR_SUFFIX } from '../../core/claims/sidecar';
import type { HeldClaims } from './heldClaims';
import type { SidecarDiagnostics } from './sidecarDiagnostics';
import { readTextFile, sidecarUriFor, writeTextFileAtomically } from './sidecarFiles';
import type { TextEdit } from '../../core/text/textEdits';

/** The claims of one article, as Claim Lens holds them in memory. */
export interface ArticleClaims {
  readonly article: vscode.Uri;
  readonly sidecar: vscode.Uri;
  /** Offsets into the open editor buffer while the article is open, else into the file on disk. */
  claims: Claim[];
  /** Ids of claims whose text was not found again; they are kept, listed and written, never dropped. */
  orphans: Set<string>;
  /** Why the claims may not be changed: the sidecar is invalid or from a newer version. */
  readOnly?: string;
  /** Why the last write failed; until one succeeds the claims live only in memory. */
  saveError?: string;
  /** The sidecar text last read or written, to tell our own writes from others' in the file watcher. */
  sidecarText?: string;
}

export class ReadOnlyClaimsError extends Error {}

/**
 * Every article's claims: loaded from sidecars on first use, kept in step with edits in the editor,
 * and written back after every change so that the sidecar always matches the article saved on disk.
 */
export class ClaimStore implements vscode.Disposable {
  private readonly articles = new Map<string, ArticleClaims>();
  private readonly loads = new Map<string, Promise<ArticleClaims>>();
  private readonly writes = new Map<string, Promise<void>>();
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

  constructor(
    private readonly diagnostics: SidecarDiagnostics,
    private readonly held: HeldClaims,
  ) {}

  /** Articles whose claims are loaded. */
  loaded(): ArticleClaims[] {
    return [...this.articles.values()];
  }

  peek(article: vscode.Uri): ArticleClaims | undefined {
    return this.articles.get(article.toString());
  }

  async load(article: vscode.Uri): Promise<ArticleClaims> {
    const key = article.toString();
    const known = this.articles.get(key);
    if (known) return known;
    let loading = this.loads.get(key);
    if (!loading) {
      loading = this.read(article).finally(() => this.loads.delete(key));
      this.loads.set(key, loading);
    }
    return loading;
  }

  /** Loads every sidecar in the workspace once, so claims of articles that are not open are listed too. */
  scanWorkspace(): Promise<void> {
    this.workspaceScan ??= (async () => {
      const sidecars = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**');
      await Promise.all(sidecars.map((sidecar) => this.load(articleOf(sidecar))));
    })();
    return this.workspaceScan;
  }

  claimAt(article: vscode.Uri, offset: number): Claim | undefined {
    const state = this.peek(article);
    return state?.claims.find((claim) => !state.orphans.has(claim.id) && claim.anchor.start <= offset && offset <= claim.anchor.end);
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
    state.claims = state.claims.map((claim) => (claim.id === id ? updated : claim));
    await this.commit(state);
    return updated;
  }

  async remove(article: vscode.Uri, id: string): Promise<Claim | undefined> {
    const state = await this.writable(article);
    const removed = state.claims.find((claim) => claim.id === id);
    if (!removed) return undefined;
    state.claims = state.claims.filter((claim) => claim.id !== id);
    state.orphans.delete(id);
    await this.commit(state);
    return removed;
  }

  /** Writes the sidecar again, e.g. after the article was saved or the disk has room again. */
  async save(article: vscode.Uri): Promise<void> {
    const state = this.peek(article);
    if (state && !state.readOnly) await this.queueWrite(state);
  }

  /** Articles whose last write failed. */
  unsaved(): ArticleClaims[] {
    return this.loaded().filter((state) => state.saveError !== undefined);
  }

  /** Moves the claims of an open article along with an edit, so they follow the text as it is typed. */
  followEdits(event: vscode.TextDocumentChangeEvent): void {
    const state = this.peek(event.document.uri);
    if (!state || state.claims.length === 0 || event.contentChanges.length === 0) return;
    const edits: TextEdit[] = event.contentChanges.map((change) => ({
      start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, newLength: change.text.length,
    }));
    // Typing after the last claim moves nothing: the (large) text is read only when a claim moved.
    let text: string | undefined;
    const current = () => (text ??= event.document.getText());
    const followed = state.claims.map((claim) => {
      if (state.orphans.has(claim.id)) return claim;
      const shifted = shiftAnchorForEdits(claim.anchor, edits);
      if (shifted.state === 'orphan') return this.reanchor(state, claim, current());
      if (shifted.state === 'exact') return claim;
      return relocateClaim(claim, current(), shifted);
    });
    if (followed.every((claim, index) => claim === state.claims[index])) return;
    state.claims = followed;
    this.changed.fire(state.article);
  }

  /** An open article's text was saved: the sidecar can now hold every claim. */
  async articleSaved(document: vscode.TextDocument): Promise<void> {
    await this.save(document.uri);
  }

  /** The editor's buffer is gone: its unsaved edits were either saved or thrown away. Follow the disk. */
  async articleClosed(document: vscode.TextDocument): Promise<void> {
    const state = this.peek(document.uri);
    if (!state) return;
    const diskText = await readTextFile(document.uri);
    if (diskText === undefined) return;
    state.claims = state.claims.map((claim) => this.reanchor(state, claim, diskText));
    this.changed.fire(state.article);
    if (!state.readOnly) await this.queueWrite(state);
  }

  /** A sidecar changed on disk; reread it unless the change was our own write. */
  async sidecarChanged(sidecar: vscode.Uri): Promise<void> {
    const article = articleOf(sidecar);
    const state = this.peek(article);
    if (!state) {
      if (this.workspaceScan) await this.load(article).then(() => this.changed.fire(article));
      return;
    }
    // Claims that could not be written are newer than the file: keep them rather than the file.
    if (state.saveError !== undefined || this.writes.has(article.toString())) return;
    let text: string | undefined;
    try {
      text = await readTextFile(sidecar);
    } catch {
      return;
    }
    if (text === state.sidecarText) return;
    this.articles.delete(article.toString());
    await this.load(article);
    this.changed.fire(article);
  }

  /**
   * An article (or a folder of articles) was renamed in VS Code: its sidecar moves along, and claims held
   * for unsaved text follow it, so nothing is left behind under the old name.
   */
  async articleRenamed(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    const stale = this.loaded().filter((state) => isSameOrInside(state.article, from));
    const sidecar = sidecarUriFor(from);
    const movesAlone = stale.length === 0 || stale.some((state) => state.article.toString() === from.toString());
    if (movesAlone && (await readTextFile(sidecar).catch(() => undefined)) !== undefined) {
      await vscode.workspace.fs.rename(sidecar, sidecarUriFor(to), { overwrite: false });
    }
    for (const state of stale) {
      const moved = state.article.with({ path: to.path + state.article.path.slice(from.path.length) });
      const held = this.held.get(state.article);
      await this.held.set(state.article, []);
      await this.held.set(moved, held);
      this.articles.delete(state.article.toString());
      this.changed.fire(state.article);
      // The editor may have reopened the article under its new name before its sidecar arrived there.
      await this.loads.get(moved.toString());
      this.articles.delete(moved.toString());
      const reloaded = await this.load(moved);
      // The sidecar names its article: write it again under the new name.
      if (!reloaded.readOnly) await this.queueWrite(reloaded);
      this.changed.fire(moved);
    }
  }

  dispose(): void {
    this.changed.dispose();
    this.saveFailed.dispose();
    this.invalidFound.dispose();
  }

  private async read(article: vscode.Uri): Promise<ArticleClaims> {
    const sidecar = sidecarUriFor(article);
    const state: ArticleClaims = { article, sidecar, claims: [], orphans: new Set() };
    let sidecarText: string | undefined;
    try {
      sidecarText = await readTextFile(sidecar);
    } catch (error) {
      state.readOnly = `${path.basename(sidecar.path)} cannot be read (${error instanceof Error ? error.message : String(error)})`;
    }
    state.sidecarText = sidecarText;
    let claims: Claim[] = [];
    if (sidecarText !== undefined) {
      const parsed = parseSidecar(sidecarText);
      if (parsed.ok) {
        this.diagnostics.clear(sidecar);
        claims = parsed.sidecar.claims;
      } else {
        this.diagnostics.report(sidecar, sidecarText, parsed.problems);
        state.readOnly = parsed.problems[0]?.message ?? 'the sidecar cannot be read';
        claims = parsed.readOnly?.claims ?? [];
      }
    }
    const text = openDocument(article)?.getText() ?? (await readTextFile(article)) ?? '';
    const held = this.held.get(article).filter((claim) => !claims.some((known) => known.id === claim.id));
    state.claims = [...claims, ...held].map((claim) => this.reanchor(state, claim, text)).sort(compareClaims);
    this.articles.set(article.toString(), state);
    if (state.readOnly) this.invalidFound.fire(state);
    return state;
  }

  private reanchor(state: ArticleClaims, claim: Claim, text: string): Claim {
    const found = reanchorClaim(claim, text);
    // Until claims to review are shown as such, they are listed with the orphans rather than misplaced.
    if (found.state === 'orphan' || found.state === 'needs-review') state.orphans.add(claim.id);
    else state.orphans.delete(claim.id);
    return found.claim;
  }

  private async writable(article: vscode.Uri): Promise<ArticleClaims> {
    const state = await this.load(article);
    if (state.readOnly) {
      throw new ReadOnlyClaimsError(`The claims of ${path.basename(article.path)} are read-only: ${state.readOnly}. Fix ${path.basename(state.sidecar.path)} first.`);
    }
    return state;
  }

  private async commit(state: ArticleClaims): Promise<void> {
    this.changed.fire(state.article);
    await this.queueWrite(state);
  }

  /** One write at a time per article, each with the claims as they are when it starts. */
  private queueWrite(state: ArticleClaims): Promise<void> {
    const key = state.article.toString();
    const next = (this.writes.get(key) ?? Promise.resolve()).then(() => this.write(state));
    this.writes.set(key, next);
    void next.then(() => {
      if (this.writes.get(key) === next) this.writes.delete(key);
    });
    return next;
  }

  private async write(state: ArticleClaims): Promise<void> {
    try {
      const diskText = (await readTextFile(state.article)) ?? '';
      const { onDisk, onlyInBuffer } = this.splitByDiskText(state, diskText);
      await this.held.set(state.article, onlyInBuffer);
      if (onDisk.length === 0 && state.sidecarText === undefined) return;
      const document = await describeDocument(path.basename(state.article.path), diskText);
      const text = serializeSidecar(createSidecar(document, onDisk));
      if (text !== state.sidecarText) {
        await writeTextFileAtomically(state.sidecar, text);
        state.sidecarText = text;
      }
      const hadError = state.saveError !== undefined;
      state.saveError = undefined;
      if (hadError) this.changed.fire(state.article);
    } catch (error) {
      state.saveError = error instanceof Error ? error.message : String(error);
      this.saveFailed.fire(state);
    }
  }

  /**
   * The sidecar describes the article as saved. Claims of an article with unsaved edits are carried over
   * to the saved text; those on text that exists only in the buffer wait for the article to be saved.
   */
  private splitByDiskText(state: ArticleClaims, diskText: string): { onDisk: Claim[]; onlyInBuffer: Claim[] } {
    const document = openDocument(state.article);
    if (!document || !document.isDirty) return { onDisk: state.claims, onlyInBuffer: [] };
    const buffer = document.getText();
    const onDisk: Claim[] = [];
    const onlyInBuffer: Claim[] = [];
    for (const claim of state.claims) {
      if (state.orphans.has(claim.id)) {
        onDisk.push(claim);
        continue;
      }
      const mapped = mapRangeBetweenTexts(buffer, diskText, claim.anchor.start, claim.anchor.end);
      // Only a claim surely on the saved text goes to the sidecar; the others are held until the article is saved.
      if (mapped.state === 'orphan' || mapped.state === 'needs-review') onlyInBuffer.push(claim);
      else onDisk.push(relocateClaim(claim, diskText, mapped));
    }
    return { onDisk, onlyInBuffer };
  }
}

function isSameOrInside(uri: vscode.Uri, folderOrFile: vscode.Uri): boolean {
  return uri.toString() === folderOrFile.toString() || uri.toString().startsWith(`${folderOrFile.toString()}/`);
}

export function articleOf(sidecar: vscode.Uri): vscode.Uri {
  return sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
}

export function openDocument(article: vscode.Uri): vscode.TextDocument | undefined {
  const key = article.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key && !document.isClosed);
}
