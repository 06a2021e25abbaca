// Extension-host bench, loaded into real VS Code by scripts/bench/extension-host.mjs as its tests module.
// It prints figures, never passes or fails: each figure is a `CLAIMLENS_BENCH <text>` line on the console,
// which that script collects. It throws only when it cannot measure at all. A "block" is the largest gap
// between ticks of a 10 ms timer in the extension host: the longest time its event loop could not run.
import * as vscode from 'vscode';
import { ENTITY_KINDS } from '../../src/core/entities/entity';
import type { ClaimLensApi } from '../../src/extension/api';
import type { RangesByKind } from '../../src/extension/highlighting/entityDecorations';
import { closeAllEditors, EXTENSION_ID, firstHighlightDrawn, showArticle, workspaceFile } from '../integration/support/workbench';
import { syntheticArticle } from './articles';

const FIGURE_MARKER = 'CLAIMLENS_BENCH';
/**
 * Extensions that do nothing, which scripts/bench/extension-host.mjs installs beside ours: the first is
 * activated only so that whatever VS Code does once, for the first activation it is asked for, is done
 * before the timed ones.
 */
const WARM_UP_EXTENSION_ID = 'claimlens-bench.warm-up';
const EMPTY_EXTENSION_ID = 'claimlens-bench.empty';
const HUGE_ARTICLE_LENGTH = 10 * 1024 * 1024;
const LAG_INTERVAL_MS = 10;

function report(label: string, figures: string): void {
  console.log(`${FIGURE_MARKER} ${label.padEnd(56)} ${figures}`);
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const count = (ranges: RangesByKind): number => ENTITY_KINDS.reduce((total, kind) => total + ranges[kind].length, 0);

export async function run(): Promise<void> {
  report('VS Code', vscode.version);
  // As onLanguage activation finds it: the article is open before the extension starts.
  const first = await showArticle(workspaceFile('articles', 'panjshir-offensive.txt'));
  await timeActivation(WARM_UP_EXTENSION_ID);
  await hostQuiet();
  const empty = await timeActivation(EMPTY_EXTENSION_ID);
  const { api, activatedAt } = await measureActivation(empty);
  if (activatedAt !== undefined) await measureFirstHighlight(api, first.document, activatedAt);
  await measureNextArticle(api);
  await closeAllEditors();
  await measureHugeArticle(api);
  await closeAllEditors();
}

const QUIET_TICKS = 20;
const QUIET_LAG_MS = 5;
const QUIET_TIMEOUT_MS = 20_000;

/**
 * Waits until the extension host has been idle for a while (VS Code's own startup work is done), so that
 * what is timed next is mostly what the extension does; gives up after QUIET_TIMEOUT_MS.
 */
async function hostQuiet(): Promise<void> {
  const deadline = performance.now() + QUIET_TIMEOUT_MS;
  let quietTicks = 0;
  while (quietTicks < QUIET_TICKS && performance.now() < deadline) {
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, LAG_INTERVAL_MS));
    quietTicks = performance.now() - started - LAG_INTERVAL_MS < QUIET_LAG_MS ? quietTicks + 1 : 0;
  }
  if (quietTicks < QUIET_TICKS) report('extension host', `not idle within ${QUIET_TIMEOUT_MS / 1000} s: the figures below are noisier`);
}

interface Timing {
  readonly ms: number;
  /** CPU time of the extension host process meanwhile: less at the mercy of other work on the machine. */
  readonly cpuMs: number;
}

/** Times `work` in wall-clock and CPU time. */
async function timed<T>(work: () => Thenable<T>): Promise<{ result: T; timing: Timing; endedAt: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const endedAt = performance.now();
  const { user, system } = process.cpuUsage(cpu);
  return { result, timing: { ms: endedAt - started, cpuMs: (user + system) / 1000 }, endedAt };
}

const describeTiming = (timing: Timing): string => `${ms(timing.ms)} (${ms(timing.cpuMs)} CPU)`;

/** activate() of an extension, or undefined when it was already active. */
async function timeActivation(id: string): Promise<Timing | undefined> {
  const extension = vscode.extensions.getExtension(id);
  if (!extension) throw new Error(`${id} is not installed`);
  if (extension.isActive) return undefined;
  return (await timed(() => extension.activate())).timing;
}

async function measureActivation(empty: Timing | undefined): Promise<{ api: ClaimLensApi; activatedAt?: number }> {
  const extension = vscode.extensions.getExtension<ClaimLensApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  if (extension.isActive || empty === undefined) {
    report('activate()', 'not measured: an extension was already active when the bench started');
    return { api: await extension.activate() };
  }
  const { result: api, timing, endedAt } = await timed(() => extension.activate());
  const ratio = (value: number, of: number): string => `${(value / of).toFixed(2)} ×`;
  report('activate() of an empty extension, same VS Code', describeTiming(empty));
  report('activate() of Claim Lens, an article open', describeTiming(timing));
  report('  Claim Lens / empty extension', `${ratio(timing.ms, empty.ms)} (CPU ${ratio(timing.cpuMs, empty.cpuMs)})   (target ≤ 1.5 ×)`);
  return { api, activatedAt: endedAt };
}

/** The article that was open when the extension activated: its first highlight, and when it is complete. */
async function measureFirstHighlight(api: ClaimLensApi, document: vscode.TextDocument, activatedAt: number): Promise<void> {
  const cpu = process.cpuUsage();
  const drawnAt = await firstHighlightDrawn(api, document);
  const { user, system } = process.cpuUsage(cpu);
  await api.whenHighlighted(document);
  const entities = count(api.highlightedRanges(document));
  report('  first highlight drawn, after activate() returned', `${describeTiming({ ms: drawnAt - activatedAt, cpuMs: (user + system) / 1000 })}   (target ≤ 150 ms)`);
  report('  fully highlighted, after activate() returned', `${ms(performance.now() - activatedAt)}   (panjshir-offensive.txt, ${entities} entities)`);
}

/** An article opened once the extension runs: VS Code's share (until the editor shows) and ours. */
async function measureNextArticle(api: ClaimLensApi): Promise<void> {
  const started = performance.now();
  const document = await vscode.workspace.openTextDocument(workspaceFile('articles', 'el-fasher-siege.txt'));
  const drawn = firstHighlightDrawn(api, document);
  await vscode.window.showTextDocument(document, { preview: false });
  const shownMs = performance.now() - started;
  const drawnMs = (await drawn) - started;
  await api.whenHighlighted(document);
  report('next article: open → editor shown (VS Code\'s own work)', ms(shownMs));
  report('next article: open → first highlight drawn', `${ms(drawnMs)}   (el-fasher-siege.txt, ${count(api.highlightedRanges(document))} entities)`);
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
