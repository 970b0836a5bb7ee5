// Acceptance test of `check --format html` in headless Chromium (issue 14, acceptance 5):
//   node tests/reports/html-report.mjs
// Renders the report of examples/ with every network request intercepted (and aborted) and counted
// (must be 0 besides the file itself), checks that the charts are there (svg) and that every finding of
// `check --format json` has its row; then renders a report whose post holds <script> and markup, and checks
// that nothing ran and no element was injected. Saves a screenshot (docs/images/html-report.png with
// CL_UPDATE_SCREENSHOT=1, else in the temporary folder). Last line: "html-report: N passed, N failed".
// Environment: CL_CHROMIUM (default /usr/bin/chromium); CL_CONTENTLINT (a command; default: dotnet $CONTENTLINT_DLL, else the built Debug CLI);
// CL_PLAYWRIGHT_FROM (a package.json whose node_modules has playwright-core; default vscode-extension's).
import { createRequire } from 'node:module';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { chromium } = createRequire(process.env.CL_PLAYWRIGHT_FROM || join(repo, 'vscode-extension', 'package.json'))('playwright-core');
const browserPath = process.env.CL_CHROMIUM || '/usr/bin/chromium';
const cli = process.env.CL_CONTENTLINT ? process.env.CL_CONTENTLINT.split(' ') : ['dotnet', process.env.CONTENTLINT_DLL || join(repo, 'src/ContentLint.Cli/bin/Debug/net10.0/contentlint.dll')];
const tmp = mkdtempSync(join(tmpdir(), 'contentlint-html-'));
let passed = 0;
let failed = 0;

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function test(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error.message}`);
  }
}

/** Runs `contentlint check <folder> ...`; findings give exit code 1, which is expected here. */
function check(cwd, ...args) {
  const run = spawnSync(cli[0], [...cli.slice(1), 'check', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert(run.status === 0 || run.status === 1, `contentlint check ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

/** Opens a report with every request but the report itself aborted; returns the page and the requests made. */
async function open(browser, file) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests = [];
  const url = pathToFileURL(file).href;
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested === url) return route.continue();
    requests.push(requested);
    return route.abort();
  });
  page.on('request', (request) => { if (request.url() !== url && !requests.includes(request.url())) requests.push(request.url()); });
  await page.goto(url);
  await page.waitForLoadState('load');
  return { page, requests };
}

const browser = await chromium.launch({ executablePath: browserPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
try {
  const report = join(tmp, 'report.html');
  check(join(repo, 'examples'), '.', '--format', 'html', '--output', report);
  const expected = JSON.parse(check(join(repo, 'examples'), '.', '--format', 'json')).findings;
  const { page, requests } = await open(browser, report);

  await test('the report of examples/ makes no network request', async () => {
    assert(requests.length === 0, `requests: ${requests.join(', ')}`);
  });
  await test('charts are inline SVG: findings by category and rule, a share bar per group, a histogram per channel', async () => {
    assert(await page.locator('#findings svg.bar-chart').count() === 2, 'two bar charts in #findings');
    assert(await page.locator('#promo-share svg.share').count() > 0, 'share bars in #promo-share');
    assert(await page.locator('#channel-lengths svg.histogram').count() > 0, 'histograms in #channel-lengths');
    const box = await page.locator('#findings svg.bar-chart').first().boundingBox();
    assert(box && box.width > 100 && box.height > 20, 'the bar chart is rendered with a size');
  });
  await test(`every finding of examples/ (${expected.length}) has its row, its rule linked to a rule section`, async () => {
    const rows = await page.locator('tr.finding').evaluateAll((trs) => trs.map((tr) => `${tr.dataset.path}:${tr.dataset.line}:${tr.dataset.column} ${tr.dataset.rule}`));
    const wanted = expected.map((f) => `${f.path}:${f.line}:${f.column} ${f.ruleId}`);
    assert(rows.length === wanted.length, `${rows.length} rows for ${wanted.length} findings`);
    for (const finding of wanted) assert(rows.includes(finding), `no row for ${finding}`);
    for (const id of new Set(expected.map((f) => f.ruleId))) {
      assert(await page.locator(`#rule-${id}`).count() === 1, `no rule section #rule-${id}`);
    }
  });
  const screenshot = process.env.CL_UPDATE_SCREENSHOT === '1' ? join(repo, 'docs', 'images', 'html-report.png') : join(tmp, 'html-report.png');
  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: false });
  console.log(`screenshot: ${screenshot}`);

  const hostile = join(tmp, 'hostile');
  mkdirSync(join(hostile, 'posts'), { recursive: true });
  writeFileSync(join(hostile, 'posts', 'x.md'), '---\nchannel: linkedin\nlang: fr\n---\n<img src="https://example.com/x.png" onerror="window.pwned = 2"> "quoted" & <b>bold</b> <script>window.pwned = 1</script> Bonjour !\n');
  const hostileReport = join(tmp, 'hostile.html');
  check(hostile, '.', '--format', 'html', '--output', hostileReport);
  const opened = await open(browser, hostileReport);
  await test('a post holding <script> and markup is shown as text: nothing runs, nothing is injected, nothing is fetched', async () => {
    assert(await opened.page.evaluate(() => window.pwned) === undefined, 'the script ran');
    assert(await opened.page.locator('script, img, b').count() === 0, 'an element from the post was injected');
    assert(opened.requests.length === 0, `requests: ${opened.requests.join(', ')}`);
    const excerpts = await opened.page.locator('tr.finding td.excerpt').allInnerTexts();
    assert(excerpts.some((e) => e.includes('<script>window.pwned = 1</script>')), `the post's text is shown as typed: ${excerpts.join(' | ')}`);
  });
} finally {
  await browser.close();
}

console.log(`html-report: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
