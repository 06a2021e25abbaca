// Extension-host bench, loaded into real VS Code by scripts/bench/extension-host.mjs as its tests module.
// It prints figures, never passes or fails: each figure is a `CLAIMLENS_BENCH <text>` line on the console,
// which that script collects. It throws only when it cannot measure at all. A "block" is the largest gap
// between ticks of a 10 ms timer in the extension host: the longest time its event loop could not run.
import * as vscode from 'vscode';
import { ENTITY_KINDS } from '../../src/core/entities/entity';
import type { ClaimLensApi } from '../../src/extension/api';
import type { RangesByKind } from '../../src/extension/highlighting/entityDecorations';
import { closeAllEditors, EXTENSION_ID, showArticle, workspaceFile } from '../integration/support/workbench';
import { syntheticArticle } from './articles';

const FIGURE_MARKER = 'CLAIMLENS_BENCH';
const HUGE_ARTICLE_LENGTH = 10 * 1024 * 1024;
const LAG_INTERVAL_MS = 10;

function report(label: string, figures: string): void {
  console.log(`${FIGURE_MARKER} ${label.padEnd(56)} ${figures}`);
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const count = (ranges: RangesByKind): number => ENTITY_KINDS.reduce((total, kind) => total + ranges[kind].length, 0);

export async function run(): Promise<void> {
  report('VS Code', vscode.version);
  const api = await measureActivation();
  await measureFirstArticle(api);
  await closeAllEditors();
  await measureHugeArticle(api);
  await closeAllEditors();
}

async function measureActivation(): Promise<ClaimLensApi> {
  const extension = vscode.extensions.getExtension<ClaimLensApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  if (extension.isActive || vscode.window.visibleTextEditors.length > 0) {
    report('activate()', `not measured: ${extension.isActive ? 'already active' : 'an editor is open'} when the bench started`);
    return extension.activate();
  }
  const started = performance.now();
  const api = await extension.activate();
  report('activate() with no article open', `${ms(performance.now() - started)}   (target ≤ 50 ms)`);
  return api;
}

async function measureFirstArticle(api: ClaimLensApi): Promise<void> {
  const started = performance.now();
  const editor = await showArticle(workspaceFile('articles', 'panjshir-offensive.txt'));
  await api.whenHighlighted(editor.document);
  const entities = count(api.highlightedRanges(editor.document));
  report('first article after activation, fully highlighted', `${ms(performance.now() - started)}   (panjshir-offensive.txt, ${entities} entities)`);
}

/** Opens a 10 MB article and watches the extension host's event loop until it is fully highlighted. */
async function measureHugeArticle(api: ClaimLensApi): Promise<void> {
  const uri = workspaceFile('scratch', 'huge.txt');
  const text = syntheticArticle(HUGE_ARTICLE_LENGTH, 2);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

  const lag = new LagProbe();
  const started = performance.now();
  const document = await vscode.workspace.openTextDocument(uri);
  const openBlock = lag.takeLongest();
  const openMs = performance.now() - started;
  report(`open a ${(text.length / 1024 / 1024).toFixed(0)} MB article (VS Code's own work)`, `${ms(openMs)}, longest block ${ms(openBlock)}, ${document.lineCount} lines`);
  const synced = document.getText().length;
  if (synced !== text.length) report('  document text', `only ${synced} of ${text.length} characters reached the extension host`);

  const shownAt = performance.now();
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  let visibleFirstMs: number | undefined;
  lag.onTick = () => {
    if (visibleFirstMs === undefined && highlightedInView(api, editor) && api.statusBar().tooltip.includes('so far')) {
      visibleFirstMs = performance.now() - shownAt;
    }
  };
  await api.whenHighlighted(document);
  const totalMs = performance.now() - shownAt;
  const highlightBlock = lag.takeLongest();
  lag.stop();

  report('  highlight it in the editor', `${ms(totalMs)} in all, longest block ${ms(highlightBlock)}   (budget ≤ 100 ms)`);
  report('  visible part highlighted while the rest was scanned', visibleFirstMs === undefined
    ? 'no: nothing was drawn in view before the scan ended'
    : `yes, after ${ms(visibleFirstMs)} (status bar said "so far")`);
  report('  entities drawn', `${count(api.highlightedRanges(document))}`);
}

/** Whether anything is drawn within the editor's visible lines. */
function highlightedInView(api: ClaimLensApi, editor: vscode.TextEditor): boolean {
  const ranges = api.highlightedRanges(editor.document);
  return editor.visibleRanges.some((range) => {
    const start = editor.document.offsetAt(range.start);
    const end = editor.document.offsetAt(range.end);
    return ENTITY_KINDS.some((kind) => ranges[kind].some((span) => span.start >= start && span.end <= end));
  });
}

/** The longest gap between ticks of a 10 ms timer: the longest time the event loop was blocked. */
class LagProbe {
  onTick: () => void = () => undefined;
  private last = performance.now();
  private longest = 0;
  private readonly timer = setInterval(() => this.tick(), LAG_INTERVAL_MS);

  /** The longest gap since the previous call, counting the one still open. */
  takeLongest(): number {
    this.tick();
    const longest = this.longest;
    this.longest = 0;
    return longest;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private tick(): void {
    const now = performance.now();
    this.longest = Math.max(this.longest, now - this.last);
    this.last = now;
    this.onTick();
  }
}
