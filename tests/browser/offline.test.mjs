// Offline after the first visit: the service worker (scripts/service-worker.mjs) keeps the
// app's files, and a new release replaces them cleanly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, launchChromium, serve, openMenu } from './support/app.mjs';

const SW_SCRIPT = fileURLToPath(new URL('../../scripts/service-worker.mjs', import.meta.url));
const NOTICE = fileURLToPath(new URL('../fixtures/notice_gb18030.txt', import.meta.url));
const site = mkdtempSync(join(tmpdir(), 'docview-site-'));
let browser;
let page;
let server;

before(async () => {
  cpSync(DIST, site, { recursive: true });
  server = await serve(site);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(server.url);
  await page.locator('[data-testid=section]').first().waitFor({ timeout: 15000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the manifest names the app and its icon', async () => {
  const manifest = await page.evaluate(() => fetch(document.querySelector('link[rel=manifest]').href).then((r) => r.json()));
  assert.equal(manifest.name, 'docview');
  assert.equal(manifest.icons[0].src, 'icon.svg');
});

test('with the server gone, a reload still opens the app, the last document and the sample', async () => {
  const port = server.port;
  await page.getByTestId('open-file').setInputFiles(NOTICE);
  await page.getByTestId('title').filter({ hasText: '营商环境' }).waitFor();
  await server.close();
  await page.reload();
  await page.getByTestId('title').filter({ hasText: '国务院办公厅关于复制推广营商环境创新试点改革举措的通知' }).waitFor({ timeout: 15000 });
  await openMenu(page);
  await page.getByTestId('recent').locator('summary').click();
  await openMenu(page);
  await page.getByTestId('open-sample').click();
  await page.getByTestId('title').filter({ hasText: '在州十三届人大常委会第三次会议上的讲话' }).waitFor();
  assert.equal(await page.locator('[data-testid=section]').count(), 3);
  await page.getByTestId('filter').fill('监督');
  assert.equal(await page.getByTestId('match-count').innerText(), '13 处 · 2 段');
  await page.getByTestId('filter').fill('');
  server = await serve(site, { port });
});

test('a new release replaces the cached app: the new page at once, the old cache gone', async () => {
  const before = await page.evaluate(() => caches.keys());
  assert.equal(before.length, 1);
  // The next release: a changed page, so a new file list hash and a new service worker.
  const index = join(site, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<title>docview</title>', '<title>docview</title>\n<meta name="release" content="2" />'));
  execFileSync('node', [SW_SCRIPT, site]);
  await page.reload();
  await page.locator('[data-testid=section]').first().waitFor({ timeout: 15000 });
  assert.equal(await page.locator('meta[name=release]').getAttribute('content'), '2', 'the new page, not the cached one');
  await page.waitForFunction((old) => caches.keys().then((k) => k.length === 1 && k[0] !== old), before[0], { polling: 200 });
});
