// The second wasm, `tools` (src/bin/tools: the Word reader, the comparison's pairing, the check,
// the JSON exports): a plain visit fetches only the reader's wasm; each of the four, used first,
// starts the tools' Web Worker, which fetches the second wasm, and works. (Offline, in three
// engines: offline.test.mjs.) Chromium: the page's requests and workers, and downloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './support/app.mjs';
import { openMenu, toggleMenuPanel } from './support/page.mjs';
import { serve, siteCopy } from './support/site.mjs';

const VERSIONS = fileURLToPath(new URL('../versions/', import.meta.url));
const WORD = fileURLToPath(new URL('../fixtures/word/headings.docx', import.meta.url));
const site = siteCopy('second-wasm');
mkdirSync(join(site, 'laws'));
for (const file of ['law_代表法_2015.md', 'law_代表法_2025.md']) cpSync(join(VERSIONS, file), join(site, 'laws', file));

let server, browser, page;
const workers = [];
const errors = [];
const READER_WASM = /^\/docview-[0-9a-f]+_bg\.wasm$/u;
const TOOLS_WASM = /^\/tools-[0-9a-f]{16}_bg\.wasm$/u;
const fetched = (re) => server.requested.filter((path) => re.test(path)).length;
const hashless = (url) => new URL(url).pathname.replace(/[0-9a-f]{16}/u, 'HASH');

before(async () => {
  server = await serve(site);
  browser = await launchChromium();
  // The service worker fetches every file of the build for offline use: blocked here, so that
  // what the page itself fetches is seen.
  page = await browser.newPage({ serviceWorkers: 'block', acceptDownloads: true });
  page.on('worker', (worker) => workers.push(hashless(worker.url())));
  page.on('pageerror', (error) => errors.push(String(error)));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('a plain visit fetches the reader\'s wasm and not the second one', async () => {
  await page.goto(server.url);
  // The app running (its filter answers), so the reader's wasm has loaded.
  await page.getByTestId('filter').fill('监督');
  await page.getByTestId('match-count').filter({ hasText: '13 处 · 2 段' }).waitFor();
  await page.getByTestId('filter').fill('');
  assert.equal(fetched(READER_WASM), 1, 'the reader\'s wasm loaded');
  assert.equal(fetched(TOOLS_WASM), 0, 'a plain visit does not fetch the second wasm');
  assert.deepEqual(workers, []);
});

test('the check: checking at once, then the result from the second wasm in its worker', async () => {
  await page.getByTestId('check').click();
  const summary = page.getByTestId('check-summary');
  // The panel opens at the click and says it is checking (or, if the wasm came that fast, the result).
  assert.match(await summary.textContent({ timeout: 1000 }), /^(正在检查……|检查：未发现问题)$/u);
  await summary.filter({ hasText: '检查：未发现问题' }).waitFor();
  assert.equal(await summary.getAttribute('aria-busy'), 'false');
  assert.deepEqual(workers, ['/tools-worker-HASH.js'], 'checked in the Web Worker');
  assert.equal(fetched(TOOLS_WASM), 1, 'the check fetched the second wasm');
  await page.getByTestId('check-close').click();
});

test('the model as JSON, written by the second wasm', async () => {
  await toggleMenuPanel(page, 'export-menu');
  await openMenu(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  assert.match(download.suggestedFilename(), /\.json$/u);
  const model = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(model.source, readFileSync(fileURLToPath(new URL('../../src/sample/speech.txt', import.meta.url)), 'utf8'));
  assert.equal(await page.getByTestId('prepare-status').textContent(), '');
  assert.equal(workers.length, 2, 'a worker for each task');
});

test('a Word document, read by the second wasm', async () => {
  await page.getByTestId('open-file').setInputFiles(WORD);
  await page.getByTestId('title').filter({ hasText: '关于复制推广营商环境创新试点改革举措的通知' }).waitFor();
  assert.deepEqual(workers.at(-1), '/tools-worker-HASH.js');
});

test('two versions compared by the second wasm, the comparison as JSON too', async () => {
  await page.goto(`${server.url}?doc=laws/law_代表法_2025.md&base=laws/law_代表法_2015.md`);
  const summary = page.getByTestId('compare-summary');
  await summary.waitFor();
  assert.deepEqual(await summary.evaluate((s) => [s.dataset.unchanged, s.dataset.changed, s.dataset.added]), ['24', '28', '13']);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-json').click()]);
  const comparison = JSON.parse(readFileSync(await download.path(), 'utf8'));
  // The counts the page shows, and a row for each pair or unpaired article.
  assert.deepEqual([comparison.counts.unchanged, comparison.counts.changed, comparison.counts.added], [24, 28, 13]);
  assert.ok(comparison.rows.length >= 65, `${comparison.rows.length} rows`);
  assert.deepEqual(errors, []);
});

test('while the second wasm is on its way, the check and a Word file say they are working', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // The second wasm held back for a second, as a slow network would.
  let held = 0;
  await context.route(/\/tools-[0-9a-f]{16}_bg\.wasm$/u, async (route) => {
    held += 1;
    await new Promise((ok) => setTimeout(ok, 1000));
    await route.continue();
  });
  const slow = await context.newPage();
  try {
    await slow.goto(server.url);
    await slow.getByTestId('filter').fill('监督');
    await slow.getByTestId('match-count').filter({ hasText: '13 处 · 2 段' }).waitFor();
    await slow.getByTestId('check').click();
    const summary = slow.getByTestId('check-summary');
    assert.equal(await summary.textContent({ timeout: 500 }), '正在检查……');
    assert.equal(await summary.getAttribute('aria-busy'), 'true');
    await summary.filter({ hasText: '检查：未发现问题' }).waitFor();
    await slow.getByTestId('open-file').setInputFiles(WORD);
    await slow.getByTestId('loading').filter({ hasText: '正在载入“headings.docx”' }).waitFor({ timeout: 500 });
    await slow.getByTestId('title').filter({ hasText: '关于复制推广营商环境创新试点改革举措的通知' }).waitFor();
    assert.equal(await slow.getByTestId('loading').isVisible(), false);
    assert.ok(held >= 2, `the second wasm fetched by each task's worker (${held})`);
  } finally {
    await context.close();
  }
});
