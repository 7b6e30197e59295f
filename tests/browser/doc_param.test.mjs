// `?doc=URL` opens a document from the same static host; a failed fetch says why and the
// sample stays.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, launchChromium, serve } from './support/app.mjs';

const FIXTURE = fileURLToPath(new URL('../fixtures/notice_gb18030.txt', import.meta.url));
const site = mkdtempSync(join(tmpdir(), 'docview-doc-'));
let browser;
let server;
let page;

before(async () => {
  cpSync(DIST, site, { recursive: true });
  mkdirSync(join(site, 'reports'));
  cpSync(FIXTURE, join(site, 'reports', 'notice.txt'));
  writeFileSync(join(site, 'page.html'), '<!DOCTYPE html><title>x</title><p>not a document</p>');
  server = await serve(site);
  browser = await launchChromium();
  page = await browser.newPage();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const open = async (query) => {
  await page.goto(`${server.url}?doc=${encodeURIComponent(query)}`);
  await page.locator('[data-testid=section]').first().waitFor();
};

test('?doc= with a GB18030 file on the same host opens it', async () => {
  await open('reports/notice.txt');
  await page.getByTestId('title').filter({ hasText: '国务院办公厅关于复制推广营商环境创新试点改革举措的通知' }).waitFor();
  assert.equal(await page.getByTestId('loading').isVisible(), false);
});

test('a document that is not there: the server\'s answer, and the sample stays', async () => {
  await open('reports/missing.txt');
  await page.getByTestId('problem').waitFor();
  assert.match(await page.getByTestId('problem').innerText(), /missing\.txt.*404/su);
  assert.equal(await page.getByTestId('title').innerText(), '在州十三届人大常委会第三次会议上的讲话');
});

test('a web page is not taken for a document', async () => {
  await open('page.html');
  await page.getByTestId('problem').waitFor();
  assert.match(await page.getByTestId('problem').innerText(), /HTML/u);
});

test('another site, which the policy does not allow, is refused with a reason', async () => {
  await open('https://example.invalid/report.txt');
  await page.getByTestId('problem').waitFor();
  assert.match(await page.getByTestId('problem').innerText(), /无法取得|Could not fetch/u);
});
