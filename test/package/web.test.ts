// VS Code for the Web: the packaged extension installed into code-server and moved into the browser's web
// worker extension host (no Node there) by the `remote.extensionKind` user setting. Headless Chromium then
// drives the workbench as an analyst would, with the keyboard and the command palette, and the sidecar is
// read back from disk.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { extensionId, packagedVsix, repoRoot } from './packagedVsix';

const ARTICLE_NAME = 'web-article.md';
const CLAIM_LINE = 3;
const CLAIM = 'Army spokesman Farid Nazari said 42 fighters were killed near Kandahar.';
const ARTICLE = [
  '# Fighting near Kandahar',
  '',
  CLAIM,
  '',
  'Residents of Kandahar reported three more explosions on Tuesday night.',
  '',
].join('\n');
const STATUS_BAR_ITEM = `[id="${extensionId}.claimLens.entities"]`;
const UI_TIMEOUT_MS = 60_000;

interface CodeServer {
  url: string;
  stop(): Promise<void>;
}
interface Harness {
  installExtension(vsix: string, extensionsDir: string, userDataDir: string): Promise<unknown>;
  startCodeServer(options: {
    userDataDir: string;
    extensionsDir: string;
    folder: string;
    args: string[];
    env: Record<string, string>;
    logFile: string;
  }): Promise<CodeServer>;
  chromiumPath: string;
  chromiumFlags: string[];
  userSettings: Record<string, unknown>;
}

async function loadHarness(): Promise<Harness> {
  const load = (file: string) => import(pathToFileURL(path.join(repoRoot, 'scripts', 'vscode', file)).href);
  const [codeServer, browser] = await Promise.all([load('code-server.mjs'), load('run-in-browser.mjs')]);
  return {
    installExtension: codeServer.installExtension,
    startCodeServer: codeServer.startCodeServer,
    chromiumPath: browser.CHROMIUM_PATH,
    chromiumFlags: browser.CHROMIUM_FLAGS,
    userSettings: browser.USER_SETTINGS,
  };
}

describe('the packaged extension in VS Code for the Web (the web worker extension host)', () => {
  let runDir: string;
  let folder: string;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(async () => {
    const vsix = await packagedVsix();
    const harness = await loadHarness();
    runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-web-'));
    const extensionsDir = path.join(runDir, 'extensions');
    const userDataDir = path.join(runDir, 'user-data');
    folder = path.join(runDir, 'desk');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, ARTICLE_NAME), ARTICLE);
    await harness.installExtension(vsix, extensionsDir, userDataDir);
    // Written before code-server starts: an extension with both `main` and `browser` runs in the Node host
    // unless the user asks for the web worker.
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    const settings = { ...harness.userSettings, 'remote.extensionKind': { [extensionId]: ['web'] } };
    fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

    server = await harness.startCodeServer({
      userDataDir,
      extensionsDir,
      folder,
      args: ['--disable-workspace-trust'],
      env: { EXTENSIONS_GALLERY: '{}' },
      logFile: path.join(runDir, 'code-server.log'),
    });
    browser = await chromium.launch({ executablePath: harness.chromiumPath, args: harness.chromiumFlags });
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(`${server.url}?${new URLSearchParams({ folder })}`, { timeout: 120_000 });
    await page.locator('.monaco-workbench .part.editor').waitFor();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(runDir, { recursive: true, force: true });
  });

  it('highlights the actors, places and numbers of an article opened with Quick Open', async () => {
    await openArticle();
    // Opening the first article activates Claim Lens, which shows its walkthrough on first start; the
    // analyst then goes back to the article.
    await page.locator('.tab', { hasText: 'Walkthrough: Claim Lens' }).waitFor();
    await openArticle();
    const statusBar = page.locator(STATUS_BAR_ITEM);
    let counts: number[] = [];
    await waitUntil(async () => {
      const text = (await statusBar.count()) > 0 ? await statusBar.innerText() : '';
      counts = text.match(/\d+/g)?.map(Number) ?? [];
      return counts.length === 3 && counts.every((count) => count > 0);
    }, () => `the status bar item shows ${JSON.stringify(counts)}`);

    // The entity decorations themselves, drawn over the article's words.
    const decorated = await decorations().count();
    assert.ok(decorated >= 3, `only ${decorated} decorated words`);
  });

  it('runs in the web worker extension host, as the Running Extensions view shows', async () => {
    await runCommand('Developer: Show Running Extensions');
    // The list is ordered by activation time, longest first, and draws only the rows in view: ours, quick
    // to activate, may be further down.
    const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
    await rows.first().waitFor();
    const row = rows.filter({ hasText: 'Claim Lens' });
    await rows.first().click();
    for (let pages = 0; pages < 10 && (await row.count()) === 0; pages++) await page.keyboard.press('PageDown');
    await row.waitFor();
    assert.match(await row.innerText(), /web worker/);
  });

  it('tags a selection through the command palette and writes the sidecar to disk', async () => {
    await openArticle();
    await page.keyboard.press('Control+G');
    await page.keyboard.type(String(CLAIM_LINE));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');

    const highlightsBefore = await decorations().count();
    await runCommand('Claim Lens: Tag Selection as Claim');
    await page.locator('.quick-input-title', { hasText: 'Who makes this claim?' }).waitFor();
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-title', { hasText: 'Category of the claim' }).waitFor();
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');

    const sidecar = path.join(folder, `${ARTICLE_NAME}.claims.json`);
    await waitUntil(async () => fs.existsSync(sidecar), () => `${sidecar} was not written`);
    const { claims } = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as {
      claims: { quote: { exact: string }; claimant: { name: string }; category: string; numbers: { text: string; value: unknown }[] }[];
    };
    assert.equal(claims.length, 1);
    const [claim] = claims;
    assert.equal(claim.quote.exact, CLAIM);
    assert.match(claim.claimant.name, /Farid Nazari/);
    assert.ok(claim.category.length > 0);
    assert.deepEqual(claim.numbers.map((number) => number.text), ['42']);
    // The claim's own highlight joins the entities' in the editor.
    await waitUntil(async () => (await decorations().count()) > highlightsBefore, () => 'the claim is not highlighted');
  });

  /** What extensions' decoration types draw over the words of the visible editors. */
  function decorations() {
    return page.locator('.monaco-editor .view-overlays [class*="ced-"]');
  }

  /**
   * Presses `keys` and types `text` into the quick input until a row matching `row` is focused: on first
   * start the workbench may still be moving focus (the walkthrough opening, say) and close a quick input
   * opened a moment too early, even while it is being typed into.
   */
  async function quickInput(keys: string, text: string, row: string): Promise<void> {
    const input = page.locator('.quick-input-widget input');
    const focusedRow = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: row });
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press(keys);
      try {
        await input.waitFor({ state: 'visible', timeout: 5_000 });
        await input.fill(text, { timeout: 5_000 });
        await focusedRow.waitFor({ timeout: 10_000 });
        return;
      } catch (error) {
        if (attempt === 5) throw error;
        await page.keyboard.press('Escape');
      }
    }
  }

  /** Opens the article with Quick Open (Ctrl+P), which leaves the keyboard focus in its editor. */
  async function openArticle(): Promise<void> {
    await quickInput('Control+P', ARTICLE_NAME, ARTICLE_NAME);
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: ARTICLE_NAME }).waitFor();
  }

  /** Runs a command from the command palette by its title, as a user would. */
  async function runCommand(title: string): Promise<void> {
    await quickInput('Control+Shift+P', `>${title}`, title);
    await page.keyboard.press('Enter');
  }
});

async function waitUntil(condition: () => Promise<boolean>, failure: () => string): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(failure());
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
