// End-to-end test of the extension in a real VS Code: code-server (Node 24) with the .vsix installed,
// driven by playwright-core in Debian's Chromium. Started by scripts/e2e.sh, which installs the
// tools and builds the .vsix; the paths come from the environment:
//   CL_NODE24        a Node 24 binary (code-server needs it)
//   CL_CODE_SERVER   code-server's out/node/entry.js
//   CL_VSIX          the .vsix to install
//   CL_CHROMIUM      the browser (default /usr/bin/chromium)
//   CL_KEEP=1        keep the temporary folder (code-server logs, profiles) for debugging
// Screenshots and results.json go to vscode-extension/test-results/.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(extensionRoot, '..');
const examples = join(repo, 'examples');
const results = join(extensionRoot, 'test-results');
const { chromium } = createRequire(join(extensionRoot, 'package.json'))('playwright-core');

const node24 = required('CL_NODE24');
const codeServer = required('CL_CODE_SERVER');
const vsix = required('CL_VSIX');
const browserPath = process.env.CL_CHROMIUM || '/usr/bin/chromium';
const SLOW = 90_000; // generous: the machine has 2 cores, often shared

function required(name) {
  const value = process.env[name];
  if (!value || !existsSync(value)) {
    console.error(`e2e: ${name} must name an existing file (got '${value ?? ''}')`);
    process.exit(2);
  }
  return value;
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const log = (message) => console.log(`[${elapsed()}] ${message}`);

// ---------------------------------------------------------------- a minimal runner
const outcomes = [];
const metrics = {};
let page;
let shot = 0;

async function screenshot(name) {
  const file = join(results, `${String(++shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file }).catch((e) => log(`screenshot ${name} failed: ${e.message}`));
  return file;
}

async function test(name, body) {
  const t0 = Date.now();
  try {
    await body();
    outcomes.push({ name, ok: true, ms: Date.now() - t0 });
    log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (error) {
    outcomes.push({ name, ok: false, ms: Date.now() - t0, error: String(error?.stack ?? error) });
    log(`FAIL ${name}: ${error?.message ?? error}`);
    await screenshot(`FAILED-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}`);
  }
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

// ---------------------------------------------------------------- code-server
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'contentlint-e2e-'));
const dataDir = join(tmp, 'data');
const extensionsDir = join(tmp, 'extensions');
const configFile = join(tmp, 'config.yaml');
// code-server also writes under XDG folders (a default config, its own logs): keep them in tmp.
const serverEnv = { ...process.env, XDG_CONFIG_HOME: join(tmp, 'xdg-config'), XDG_DATA_HOME: join(tmp, 'xdg-data'), XDG_CACHE_HOME: join(tmp, 'xdg-cache') };
delete serverEnv.VSCODE_IPC_HOOK_CLI;
let codeServerProcess;

function userSettings(trusted) {
  const settings = {
    'security.workspace.trust.enabled': !trusted,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'always',
    'workbench.colorTheme': 'Default Dark Modern',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'files.autoSave': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'editor.fontSize': 15,
    'editor.minimap.enabled': false,
    'window.commandCenter': false,
  };
  mkdirSync(join(dataDir, 'User'), { recursive: true });
  writeFileSync(join(dataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/**
 * Makes French a display language, as installing a language pack does: VS Code (in code-server: with
 * --locale fr) then reports 'fr' as vscode.env.language, which the language client sends as
 * initialize.params.locale. The Marketplace's pack cannot be downloaded here; this one translates
 * nothing (VS Code falls back to its English texts), which is all the test needs. The file is what
 * VS Code writes into the user data folder when a pack is installed.
 */
function frenchDisplayLanguage() {
  const translations = join(tmp, 'language-pack-fr', 'main.i18n.json');
  mkdirSync(dirname(translations), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = { hash: 'contentlint-e2e', extensions: [{ extensionIdentifier: { id: 'contentlint-e2e.language-pack-fr' }, version: '0.0.1' }], translations: { vscode: translations }, label: 'français' };
  writeFileSync(join(dataDir, 'languagepacks.json'), JSON.stringify({ fr: pack }));
}

async function startCodeServer(extraArgs = []) {
  const port = await freePort();
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const install = spawnSync(
    node24,
    [codeServer, '--config', configFile, '--user-data-dir', dataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix],
    { env: serverEnv, encoding: 'utf8', timeout: 120_000 },
  );
  assert(install.status === 0 && /successfully installed/.test(install.stdout), `--install-extension failed: ${install.stdout}${install.stderr}`);
  const serverLog = join(tmp, 'code-server.log');
  const out = openSync(serverLog, 'a');
  codeServerProcess = spawn(
    node24,
    [codeServer, '--config', configFile, '--user-data-dir', dataDir, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--ignore-last-opened', ...extraArgs],
    { env: serverEnv, stdio: ['ignore', out, out], detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + SLOW;
  for (;;) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) {
        return url;
      }
    } catch {
      // not listening yet
    }
    assert(codeServerProcess.exitCode === null, `code-server exited (${codeServerProcess.exitCode}); see ${serverLog}`);
    assert(Date.now() < deadline, `code-server did not answer on ${url}; see ${serverLog}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stopCodeServer() {
  if (codeServerProcess && codeServerProcess.exitCode === null) {
    const exited = new Promise((resolve) => codeServerProcess.once('exit', resolve));
    try {
      process.kill(-codeServerProcess.pid, 'SIGTERM'); // its own process group: code-server and its children
    } catch {
      // already gone
    }
    return exited;
  }
  return Promise.resolve();
}

/** The newest ContentLint log written by the extension host. */
function extensionLog() {
  const logs = join(dataDir, 'logs');
  const files = [];
  const walk = (dir) => {
    for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name === 'ContentLint.log') files.push(p);
    }
  };
  walk(logs);
  files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0] ? readFileSync(files[0], 'utf8') : '';
}

// ---------------------------------------------------------------- the workbench
const text = (s) => s.replace(/\u00a0/g, ' ');

async function waitFor(description, predicate, arg, timeout = SLOW) {
  try {
    return await page.waitForFunction(predicate, arg, { timeout, polling: 250 });
  } catch (error) {
    throw new Error(`timed out waiting for ${description}`);
  }
}

async function quickOpen(name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: SLOW });
  await page.keyboard.type(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: SLOW });
  await page.keyboard.press('Enter');
  await waitFor(`the tab of ${name}`, (n) => [...document.querySelectorAll('.tab.active')].some((t) => t.textContent.includes(n)), name);
  // Focus the text and put the cursor at its start. Not a click on the first rendered line: a file can
  // open scrolled (its last view state), and that line is then outside the visible editor.
  await page.locator('.editor-instance .monaco-editor .overflow-guard').first().click({ position: { x: 120, y: 8 } });
  await page.keyboard.press('Control+Home');
}

async function runCommand(label) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { timeout: SLOW });
  await page.keyboard.type(label);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: SLOW });
  await row.click();
}

async function goTo(line, column) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { timeout: SLOW });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
}

const editorText = () => page.$eval('.editor-instance .monaco-editor .view-lines', (e) => e.innerText).then(text);
const squiggles = (kind = 'error') => page.locator(`.editor-instance .monaco-editor .squiggly-${kind}`).count();

async function problems() {
  const panel = await page.$('.markers-panel');
  if (!panel || !(await panel.isVisible())) {
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel', { state: 'visible', timeout: SLOW });
  }
  // The list is virtual: only the rows in view exist in the DOM. Reading it by scrolling skipped rows
  // twice in CI (rows rendered late under load), and walking it with the keyboard opened findings in
  // the editor and closed the panel: so the panel is maximized while it is read, which shows every row
  // of these examples at once, and scrolling (never past a row not yet read) is only the fallback.
  // The panel goes back to its size afterwards, for the tests that type in the editor.
  const maximize = page.locator('.part.panel .action-label[aria-label^="Maximize Panel"]').first();
  const maximized = (await maximize.count()) > 0 && (await maximize.isVisible());
  metrics.problemsPanelMaximized = maximized;
  if (maximized) {
    await maximize.click();
    await page.waitForTimeout(200);
  }
  try {
    return await readProblemRows();
  } catch (error) {
    // The panel re-rendered while it was read (a file's findings arrived): the caller reads again.
    log(`problems: read again (${error?.message ?? error})`);
    return [];
  } finally {
    if (maximized) {
      const restore = page.locator('.part.panel .action-label[aria-label^="Restore Panel"]').first();
      if ((await restore.count()) > 0) await restore.click();
    }
  }
}

async function readProblemRows() {
  const readRows = () => page.$$eval('.markers-panel .monaco-list-row', (rows) =>
    rows.map((r) => [Number(r.getAttribute('data-index')), r.innerText.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ')]));
  const list = page.locator('.markers-panel .monaco-list').first();
  const box = await list.boundingBox();
  if (!box) {
    return (await readRows()).map(([, row]) => row);
  }

  // From the top (the panel may have been left scrolled), one page at a time, until nothing new shows.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 40 && !(await readRows()).some(([index]) => index === 0); i++) {
    await page.mouse.wheel(0, -10 * box.height);
    await page.waitForTimeout(100);
  }

  // Down one step at a time until nothing new shows, never leaving a gap: when the rows in view start
  // past the last one read (a short panel, rows rendered late), go back half a step and read again.
  const contiguousEnd = (map) => { let i = 0; while (map.has(i)) i++; return i; };
  const byIndex = new Map();
  for (let tries = 0; tries < 10 && !byIndex.has(0); tries++) {
    await page.waitForTimeout(tries === 0 ? 0 : 100);
    for (const [index, row] of await readRows()) byIndex.set(index, row);
  }
  let step = Math.max(20, box.height - 44);
  for (let i = 0, unchanged = 0; i < 400 && unchanged < 3; i++) {
    const before = byIndex.size;
    await page.mouse.wheel(0, step);
    await page.waitForTimeout(100);
    const rows = await readRows();
    if (rows.length > 0 && Math.min(...rows.map(([index]) => index)) > contiguousEnd(byIndex)) {
      await page.mouse.wheel(0, -step);
      await page.waitForTimeout(100);
      step = Math.max(10, step / 2);
      continue;
    }
    for (const [index, row] of rows) byIndex.set(index, row);
    unchanged = byIndex.size === before ? unchanged + 1 : 0;
  }

  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
}

async function waitForProblems(description, pattern) {
  const deadline = Date.now() + SLOW;
  let rows = [];
  while (Date.now() < deadline) {
    rows = await problems();
    if (pattern.every((p) => rows.some((r) => p.test(r)))) {
      return rows;
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`Problems panel: no ${description}; rows: ${JSON.stringify(rows)}`);
}

const COUNTER = '[id="contentlint.contentlint.contentlint.counter"]';
const RESTRICTED = '[id="contentlint.contentlint.contentlint.restricted"]';

async function counter(pattern) {
  await waitFor(`the counter to read ${pattern}`, ([sel, source]) => {
    const item = document.querySelector(sel);
    return !!item && item.offsetParent !== null && new RegExp(source).test(item.textContent.replace(/\u00a0/g, ' '));
  }, [COUNTER, pattern.source]);
  return page.$eval(COUNTER, (item) => {
    // The theme's colours are CSS variables on the workbench element.
    const probe = document.createElement('div');
    probe.style.background = 'var(--vscode-statusBarItem-errorBackground)';
    document.querySelector('.monaco-workbench').appendChild(probe);
    const errorBackground = getComputedStyle(probe).backgroundColor;
    probe.style.background = 'var(--vscode-statusBarItem-warningBackground)';
    const warningBackground = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return {
      text: item.textContent.replace(/\u00a0/g, ' ').trim(),
      classes: item.className,
      background: getComputedStyle(item).backgroundColor,
      errorBackground,
      warningBackground,
    };
  });
}

/** The count the engine gives for a text (contentlint count), to compare with the status bar. */
function engineCount(channel, body) {
  const dll = join(extensionRoot, 'server', 'contentlint.dll');
  const run = spawnSync('dotnet', [dll, 'count', '-C', channel, '-'], { input: body, encoding: 'utf8' });
  const match = new RegExp(`^${channel}: (\\d+)/(\\d+)`, 'm').exec(run.stdout);
  assert(match, `contentlint count failed: ${run.stdout}${run.stderr}`);
  return `${match[1]}/${match[2]}`;
}

const bodyOf = (markdown) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');

// ---------------------------------------------------------------- the tests
mkdirSync(results, { recursive: true });
for (const f of readdirSync(results)) {
  if (f.endsWith('.png') || f === 'results.json') rmSync(join(results, f));
}
const soldesPath = join(examples, 'posts', '2026-12-05-soldes.md');
const soldesBefore = readFileSync(soldesPath, 'utf8');
let browser;
let url;

try {
  await test('code-server starts with the .vsix installed', async () => {
    userSettings(true);
    url = await startCodeServer();
    assert(existsSync(join(extensionsDir, 'contentlint.contentlint-0.1.0', 'server', 'contentlint.dll')), 'the bundled server is in the installed extension');
  });
  if (!url) throw new Error('no code-server');

  browser = await chromium.launchPersistentContext(join(tmp, 'chromium-profile'), {
    executablePath: browserPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
  });
  page = browser.pages()[0] ?? (await browser.newPage());

  await test('the workbench opens examples/ (trusted) and activates the extension', async () => {
    const t0 = Date.now();
    await page.goto(`${url}/?folder=${encodeURIComponent(examples)}`);
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: SLOW });
    metrics.workbenchMs = Date.now() - t0;
    const deadline = Date.now() + SLOW;
    while (!/Activated in/.test(extensionLog())) {
      assert(Date.now() < deadline, 'the extension did not activate (no "Activated in" in its log)');
      await page.waitForTimeout(250);
    }
    const activation = /Activated in ([\d.]+) ms from loading the bundle to the end of activate\(\), activate\(\) ([\d.]+) ms \(trusted\)/.exec(extensionLog());
    assert(activation, `activation line: ${extensionLog()}`);
    metrics.activationFromBundleLoadMs = Number(activation[1]);
    metrics.activateCallMs = Number(activation[2]);
  });

  await test('soldes.md: squiggles and Problems entries CL1001 and CL0009', async () => {
    const t0 = Date.now();
    await quickOpen('2026-12-05-soldes.md');
    await waitFor('two error squiggles', () => document.querySelectorAll('.editor-instance .monaco-editor .squiggly-error').length >= 2);
    metrics.openToSquigglesMs = Date.now() - t0;
    metrics.serverStartMs = Number(/Server ready in (\d+) ms/.exec(extensionLog())?.[1]);
    const rows = await waitForProblems('CL1001 and CL0009', [/Unknown channel 'linkedn'.*CL1001/, /Unknown field 'typ'.*CL0009/]);
    assert(rows.some((r) => /2026-12-05-soldes\.md/.test(r)), `the file heads its findings: ${JSON.stringify(rows)}`);
    await screenshot('soldes-squiggles-and-problems');
  });

  await test('a quick fix replaces linkedn with linkedin', async () => {
    // Click into 'linkedn' (its squiggle is the topmost): the cursor goes there and the editor has the focus.
    const boxes = await page.locator('.editor-instance .monaco-editor .squiggly-error').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    const top = boxes.sort((a, b) => a.y - b.y)[0];
    await page.mouse.click(top.x + top.width / 2, top.y + top.height / 2);
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: "Replace 'linkedn' with 'linkedin'" }).first();
    for (let attempt = 0; ; attempt++) {
      await page.keyboard.press('Control+.');
      try {
        await fix.waitFor({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 2) throw error;
        await page.keyboard.press('Escape');
      }
    }
    await screenshot('soldes-quick-fix-menu');
    await fix.click();
    await waitFor('channel: linkedin in the editor', () => /channel:\s+linkedin\b/.test(document.querySelector('.editor-instance .monaco-editor .view-lines').innerText.replace(/\u00a0/g, ' ')));
    assert(!/linkedn/.test(await editorText()), 'linkedn is gone');
    await waitFor('CL1001 to disappear (one squiggle left)', () => document.querySelectorAll('.editor-instance .monaco-editor .squiggly-error').length === 1);
    await waitForProblems('CL0009 alone', [/CL0009/]);
    assert(!(await problems()).some((r) => /CL1001/.test(r)), 'CL1001 left the Problems panel');
  });

  await test('the status bar counts the soldes post on LinkedIn', async () => {
    const expected = engineCount('linkedin', bodyOf(soldesBefore));
    const shown = await counter(new RegExp(`LinkedIn ${expected.replace('/', '\\/')}`));
    assert(shown.text === `LinkedIn ${expected}`, `counter '${shown.text}', expected 'LinkedIn ${expected}'`);
    assert(!/error-kind|warning-kind/.test(shown.classes), `no warning colour under the limit: ${shown.classes}`);
    metrics.soldesCounter = shown.text;
    await screenshot('soldes-fixed-counter');
  });

  await test('launch-x.md: X 281/280 in the error colour, tooltip saying how X counts in plain words', async () => {
    await quickOpen('2026-12-10-launch-x.md');
    const shown = await counter(/X 281\/280/);
    assert(/error-kind/.test(shown.classes), `error colour class: ${shown.classes}`);
    assert(shown.background === shown.errorBackground, `background ${shown.background}, theme error background ${shown.errorBackground}`);
    metrics.launchCounter = shown;
    await page.hover(COUNTER);
    await waitFor('the counter tooltip', () => [...document.querySelectorAll('.monaco-hover, .workbench-hover')].some((h) => /X counts every link as 23 characters, most emoji as 2/.test(h.textContent) && /1 over/.test(h.textContent)));
    await screenshot('launch-x-counter-tooltip');
    await page.mouse.move(700, 600);
  });

  await test('hover on the finding shows the rule documentation', async () => {
    await waitFor('the CL1002 squiggle', () => document.querySelectorAll('.editor-instance .monaco-editor .squiggly-error').length >= 1);
    await waitForProblems('CL1002', [/Too long for X: 281\/280.*CL1002/]);
    const box = await page.locator('.editor-instance .monaco-editor .squiggly-error').first().boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await waitFor('the rule hover', () => [...document.querySelectorAll('.monaco-hover-content')].some((h) => /CL1002/.test(h.textContent) && /over-limit/.test(h.textContent)));
    await page.waitForTimeout(300);
    const image = await screenshot('launch-x-hover-problems-counter');
    metrics.docsScreenshot = image;
    await page.keyboard.press('Escape');
  });

  await test('Explain Rule opens the documentation of the finding under the cursor', async () => {
    await goTo(10, 101);
    await runCommand('ContentLint: Explain Rule');
    await waitFor('the CL1002 page', () => [...document.querySelectorAll('.tab')].some((t) => /CL1002\.md/.test(t.textContent)));
    await waitFor('its text', () => [...document.querySelectorAll('.view-lines')].some((v) => /CL1002 over-limit/.test(v.innerText.replace(/\u00a0/g, ' '))));
    await screenshot('explain-rule');
  });

  await test('Check Workspace puts the findings of unopened files in Problems', async () => {
    await runCommand('ContentLint: Check Workspace');
    const rows = await waitForProblems('the calendar findings', [/december\.posts\.yaml/, /publsh_at.*CL0009/, /thread part 3 of 3.*CL0007/, /2026-12-08-webinar-linkedin\.md/]);
    metrics.checkWorkspaceRows = rows.length;
    await screenshot('check-workspace');
  });

  await test('Running Extensions lists ContentLint with its activation time', async () => {
    await runCommand('Developer: Show Running Extensions');
    const list = page.locator('.runtime-extensions-editor .monaco-list').first();
    await list.waitFor({ timeout: SLOW });
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'ContentLint' }).first();
    // The list is virtual, slowest activation first: scroll until ContentLint's row is rendered.
    const box = await list.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 40 && !(await row.isVisible()); i++) {
      await page.mouse.wheel(0, 200);
      await page.waitForTimeout(150);
    }
    await row.waitFor({ timeout: 5000 });
    const rowText = text(await row.innerText());
    const match = /(Startup )?Activation: (\d+)ms/.exec(rowText.replace(/\s+/g, ' '));
    assert(match, `no activation time in '${rowText}'`);
    metrics.runningExtensionsActivationMs = Number(match[2]);
    metrics.activatedAtStartup = !!match[1];
    await screenshot('running-extensions');
    await row.click();
    await page.keyboard.press('Escape');
    await page.locator('.runtime-extensions-editor').first().waitFor({ state: 'hidden', timeout: 10_000 });
  });

  await test('Restart Server brings the counter back', async () => {
    await quickOpen('2026-12-10-launch-x.md');
    const before = (extensionLog().match(/Server ready in/g) ?? []).length;
    await runCommand('ContentLint: Restart Server');
    const deadline = Date.now() + SLOW;
    while ((extensionLog().match(/Server ready in/g) ?? []).length <= before) {
      assert(Date.now() < deadline, 'no second "Server ready" in the log');
      await page.waitForTimeout(250);
    }
    await counter(/X 281\/280/);
    const ready = [...extensionLog().matchAll(/Server ready in (\d+) ms/g)].map((m) => Number(m[1]));
    metrics.serverReadyMs = ready;
  });

  // Posts in a subfolder of a repository whose contentlint.yaml is in the parent (outside the folder
  // opened), and a folder of posts with no configuration at all.
  const repoCopy = join(tmp, 'content-repo');
  const postsFolder = join(repoCopy, 'posts');
  const threadParts = [
    'Premier message du fil : trois conseils pour des colis livrés à temps, avec le guide https://www.example.com/guides/livraison-des-fetes-2026',
    'Commandez avant le 18 décembre pour une livraison avant Noël. #colis @laposte',
    'Et gardez vos numéros de suivi à portée de main.',
  ];
  await test('a posts folder with contentlint.yaml in its parent shows the configured findings', async () => {
    mkdirSync(postsFolder, { recursive: true });
    cpSync(join(examples, 'contentlint.yaml'), join(repoCopy, 'contentlint.yaml'));
    cpSync(join(examples, 'posts', '2026-12-08-webinar-linkedin.md'), join(postsFolder, '2026-12-08-webinar-linkedin.md'));
    writeFileSync(join(postsFolder, 'aurora-teaser.md'), '---\nchannel: linkedin\npersona: marque\ntype: promo\nlang: fr\n---\nBientôt : Aurora, notre nouvelle application, arrive chez vous.\n');
    writeFileSync(join(postsFolder, 'fil.posts.yaml'), `posts:\n  - id: fil-x\n    channel: x\n    thread:\n${threadParts.map((p) => `      - "${p}"`).join('\n')}\n`);
    await page.goto(`${url}/?folder=${encodeURIComponent(postsFolder)}`);
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: SLOW });
    await quickOpen('aurora-teaser.md');
    await waitForProblems('CL2001 from the parent configuration', [/Aurora.*confidential.*CL2001/]);
    await screenshot('parent-config-findings');
  });

  /** The preview panel's frame (a webview: nested iframes), once it shows `selector`. */
  async function previewFrame(selector) {
    const deadline = Date.now() + SLOW;
    for (;;) {
      for (const frame of page.frames()) {
        if (await frame.$(selector).catch(() => null)) return frame;
      }
      assert(Date.now() < deadline, `no preview panel showing ${selector}`);
      await page.waitForTimeout(250);
    }
  }

  await test('Preview Post: a LinkedIn post folds with "…see more" after its 210th character', async () => {
    await quickOpen('2026-12-08-webinar-linkedin.md');
    await goTo(8, 1);
    await runCommand('ContentLint: Preview Post');
    const frame = await previewFrame('.channel[data-channel="linkedin"] .see-more');
    const shown = await frame.$eval('.channel[data-channel="linkedin"] .before-fold', (e) => e.textContent);
    const body = bodyOf(readFileSync(join(examples, 'posts', '2026-12-08-webinar-linkedin.md'), 'utf8'));
    assert(shown.length === 210, `${shown.length} characters before the fold: '${shown}'`);
    assert(body.replace(/\s+/g, ' ').startsWith(shown.replace(/\s+/g, ' ')), `the post's first 210 characters: '${shown}'`);
    assert((await frame.$eval('.see-more', (e) => e.textContent)) === '…see more', 'the fold reads …see more');
    metrics.previewBeforeFold = shown.length;
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(extensionRoot, 'images', 'preview.png') });
    await screenshot('preview-linkedin');
  });

  await test('Preview Post: an X thread shows each part numbered with its count', async () => {
    // From a clean editor area: with the LinkedIn preview still open beside, the next file may open in
    // either group and the first editor found may be covered by the panel.
    await runCommand('View: Close All Editor Groups');
    await page.waitForSelector('.tab', { state: 'detached', timeout: SLOW });
    await quickOpen('fil.posts.yaml');
    await goTo(5, 10);
    await runCommand('ContentLint: Preview Post');
    const frame = await previewFrame('.channel[data-channel="x"] .part[data-part="3"]');
    const parts = await frame.$$eval('.channel[data-channel="x"] .part', (els) => els.map((e) => e.querySelector('header').textContent));
    const expected = threadParts.map((p, i) => `${i + 1}/3${engineCount('x', p)}`);
    assert(JSON.stringify(parts) === JSON.stringify(expected), `parts ${JSON.stringify(parts)}, expected ${JSON.stringify(expected)}`);
    const link = await frame.$eval('.link', (e) => e.textContent);
    assert(link === 'example.com/guides/livr…', `the link as X shows it: '${link}'`);
    assert((await frame.$$('.hashtag, .mention')).length === 2, 'the hashtag and the mention are highlighted');
    await screenshot('preview-x-thread');
  });

  await test('a folder of posts without contentlint.yaml: default findings and a one-time hint', async () => {
    const loose = join(tmp, 'loose-posts');
    mkdirSync(loose, { recursive: true });
    cpSync(join(examples, 'posts', '2026-12-10-launch-x.md'), join(loose, '2026-12-10-launch-x.md'));
    await page.goto(`${url}/?folder=${encodeURIComponent(loose)}`);
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: SLOW });
    await quickOpen('2026-12-10-launch-x.md');
    await waitForProblems('CL1002 with the defaults', [/Too long for X: 281\/280.*CL1002/]);
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'no contentlint.yaml above this post' }).first();
    await toast.waitFor({ timeout: SLOW });
    assert(await toast.locator('.monaco-button', { hasText: 'Create contentlint.yaml' }).count() === 1, 'the hint offers Create contentlint.yaml');
    await screenshot('no-config-hint');
    await toast.locator('.monaco-button', { hasText: "Don't Show Again" }).click();
    await toast.waitFor({ state: 'hidden', timeout: 10_000 });
  });

  // Restricted Mode: trust on, a copy of examples/ that was never trusted, without its contentlint.yaml.
  const untrusted = join(tmp, 'untrusted', 'examples');
  await test('untrusted workspace: Restricted Mode, scripts off, said in the status bar', async () => {
    cpSync(examples, untrusted, { recursive: true });
    rmSync(join(untrusted, 'contentlint.yaml'));
    userSettings(false);
    await page.goto(`${url}/?folder=${encodeURIComponent(untrusted)}`);
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: SLOW });
    await waitFor('the Restricted Mode item', (sel) => {
      const item = document.querySelector(sel);
      return !!item && item.offsetParent !== null && /ContentLint: scripts off/.test(item.textContent);
    }, RESTRICTED);
    await quickOpen('2026-12-10-launch-x.md');
    await counter(/X 281\/280/);
    const deadline = Date.now() + SLOW;
    while (!/scripts off: untrusted workspace/.test(extensionLog())) {
      assert(Date.now() < deadline, `the server was not started with scripts off: ${extensionLog()}`);
      await page.waitForTimeout(250);
    }
    assert(/Restricted Mode\)/.test(extensionLog()), 'activation logged in Restricted Mode');
    await screenshot('restricted-mode');
  });

  await test('Create Config writes a starter contentlint.yaml', async () => {
    const target = join(untrusted, 'contentlint.yaml');
    assert(!existsSync(target), 'no contentlint.yaml before');
    await runCommand('ContentLint: Create Config');
    const deadline = Date.now() + SLOW;
    while (!existsSync(target)) {
      assert(Date.now() < deadline, 'contentlint.yaml was not written');
      await page.waitForTimeout(250);
    }
    const written = readFileSync(target, 'utf8');
    assert(written === readFileSync(join(extensionRoot, 'templates', 'contentlint.yaml'), 'utf8'), 'the template, as shipped');
    await waitFor('contentlint.yaml open', () => [...document.querySelectorAll('.tab.active')].some((t) => /contentlint\.yaml/.test(t.textContent)));
    await screenshot('create-config');
  });

  // Last, since it restarts code-server: VS Code in French shows the findings' messages in French.
  await test('French display language: the finding, the counter and a command title in French', async () => {
    await stopCodeServer();
    frenchDisplayLanguage();
    userSettings(true);
    url = await startCodeServer(['--locale', 'fr']);
    await page.goto(`${url}/?folder=${encodeURIComponent(examples)}`);
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: SLOW });
    await waitFor('the French workbench', () => globalThis._VSCODE_NLS_LANGUAGE === 'fr');
    await quickOpen('2026-12-10-launch-x.md');
    const rows = await waitForProblems('CL1002 in French', [/Trop long pour X : 281\/280 .*, 1 de trop.*CL1002/]);
    assert(!rows.some((r) => /Too long for X/.test(r)), `no English message left: ${JSON.stringify(rows)}`);
    await screenshot('french-display-language');
    // The extension's own texts: the counter of a thread part, a command title.
    await quickOpen('december.posts.yaml');
    await goTo(29, 12);
    await counter(/Threads \d+\/500 · partie 1\/3/);
    await runCommand('ContentLint: Aperçu de la publication');
    const frame = await previewFrame('.channel[data-channel="threads"]');
    assert(/partie|1\/3/.test(await frame.$eval('.part-number', (e) => e.textContent)), 'the preview numbers the parts');
    await screenshot('french-counter-and-command');
  });
} catch (error) {
  outcomes.push({ name: 'setup', ok: false, error: String(error?.stack ?? error) });
  log(`FAIL setup: ${error?.message ?? error}`);
} finally {
  await browser?.close().catch(() => {});
  stopCodeServer();
  const after = readFileSync(soldesPath, 'utf8');
  if (after !== soldesBefore) {
    writeFileSync(soldesPath, soldesBefore);
    outcomes.push({ name: 'examples/ left unchanged', ok: false, error: 'the quick fix reached the file on disk' });
  }
  const passed = outcomes.filter((o) => o.ok).length;
  const failed = outcomes.length - passed;
  metrics.totalSeconds = (Date.now() - started) / 1000;
  writeFileSync(join(results, 'results.json'), JSON.stringify({ passed, failed, outcomes, metrics }, null, 2));
  log(`metrics: ${JSON.stringify(metrics)}`);
  for (const o of outcomes.filter((o) => !o.ok)) {
    console.log(`--- ${o.name}\n${o.error}`);
  }
  if (process.env.CL_KEEP === '1') {
    log(`kept ${tmp}`);
  } else {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`e2e-browser: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
