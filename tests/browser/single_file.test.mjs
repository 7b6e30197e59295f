// The single-file build (scripts/single-file.mjs) opened from disk, as a colleague who got it
// by mail would: it renders, filters, folds, opens other files, prints, checks, reads Word files
// and compares two versions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium, recordPolicyViolations } from './support/app.mjs';
import { openMenu } from './support/page.mjs';
import { DIST } from './support/site.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/single-file.mjs', import.meta.url));
const LAW = fileURLToPath(new URL('../corpus/law_行政复议法_2023.md', import.meta.url));
const VERSIONS = fileURLToPath(new URL('../versions/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'docview-single-'));
const file = join(dir, 'docview.html');

let browser;
let page;
const errors = [];
const requests = [];
before(async () => {
  execFileSync('node', [SCRIPT, DIST, file]);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  await recordPolicyViolations(page);
  await page.goto(pathToFileURL(file).href);
  await page.locator('[data-testid=section]').first().waitFor({ timeout: 15000 });
});
after(async () => { await browser?.close(); });

test('one file, opened from disk, shows the speech', async () => {
  assert.ok(statSync(file).size > 100_000);
  assert.equal(await page.locator('[data-testid=section]').count(), 3);
  assert.equal(await page.getByTestId('title').innerText(), '在州十三届人大常委会第三次会议上的讲话');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), [], 'nothing is fetched');
});

test('it filters and folds', async () => {
  await page.getByTestId('filter').fill('监督');
  assert.equal(await page.getByTestId('match-count').innerText(), '13 处 · 2 段');
  await page.getByTestId('filter').fill('');
  await openMenu(page);
  await page.getByTestId('collapse-all').click();
  assert.equal(await page.locator('details[open]').count(), 0);
  await openMenu(page);
  await page.getByTestId('expand-all').click();
});

test('it opens another file and prints it', async () => {
  await page.getByTestId('open-file').setInputFiles(LAW);
  await page.getByTestId('title').filter({ hasText: '中华人民共和国行政复议法' }).waitFor();
  const pdf = join(dir, 'law.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  assert.ok(Number(info.match(/Pages:\s+(\d+)/u)[1]) > 20);
  assert.match(execFileSync('pdftotext', ['-l', '1', pdf, '-'], { encoding: 'utf8' }), /中华人民共和国行政复议法/u);
  assert.deepEqual(errors, []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'its own policy (hashes of its inline code) holds');
  assert.match(await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content'), /script-src 'self' 'wasm-unsafe-eval' 'sha256-/u);
});

test('it checks and reads a Word file, the second wasm carried in the file', async () => {
  await page.getByTestId('open-file').setInputFiles(fileURLToPath(new URL('../fixtures/check/slips.txt', import.meta.url)));
  await page.getByTestId('check').click();
  await page.getByTestId('check-problem').first().waitFor();
  assert.equal(await page.getByTestId('check-problem').count(), 5);
  await page.getByTestId('check-close').click();
  await page.getByTestId('open-file').setInputFiles(fileURLToPath(new URL('../fixtures/word/headings.docx', import.meta.url)));
  await page.getByTestId('title').filter({ hasText: '关于复制推广营商环境创新试点改革举措的通知' }).waitFor();
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), [], 'nothing is fetched');
  assert.deepEqual(errors, []);
});

test('it compares two versions, the second wasm carried in the file', async () => {
  await page.getByTestId('open-file').setInputFiles(join(VERSIONS, 'law_代表法_2025.md'));
  await page.getByTestId('title').filter({ hasText: '代表法' }).waitFor();
  await page.evaluate((old) => {
    const data = new DataTransfer();
    data.items.add(new File([old], 'law_代表法_2015.md', { type: 'text/plain' }));
    document.querySelector('[data-testid=document]').dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    document.querySelector('[data-testid=drop-base]').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, readFileSync(join(VERSIONS, 'law_代表法_2015.md'), 'utf8'));
  const summary = page.getByTestId('compare-summary');
  await summary.waitFor();
  // As the pipeline finds them natively (tests/compare.rs).
  assert.deepEqual(await summary.evaluate((s) => [s.dataset.unchanged, s.dataset.changed, s.dataset.added]), ['24', '28', '13']);
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), [], 'nothing is fetched');
  assert.deepEqual(errors, []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
});
