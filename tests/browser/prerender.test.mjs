// The sample's page is in index.html (written at build time, src/prerender.rs): the speech is
// painted before the wasm runs, the app takes it over without moving a line, and a page that will
// show something else never flashes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchChromium } from './support/app.mjs';
import { serve, SPEECH, squeeze } from './support/site.mjs';

let browser;
let server;
before(async () => { server = await serve(); browser = await launchChromium(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A page whose wasm never arrives: what the reader sees before the app starts. */
async function withoutWasm(context = {}) {
  const page = await browser.newPage({ serviceWorkers: 'block', ...context });
  await page.route('**/*.wasm', (route) => route.abort());
  return page;
}

/** Where each line of text on the first screen is drawn. */
const LINES = "[...document.querySelectorAll('h1, main.document :is(p, .heading)')].filter((e) => e.checkVisibility() && e.getBoundingClientRect().top < innerHeight).map((e) => { const r = e.getBoundingClientRect(); return `${Math.round(r.top)} ${Math.round(r.left)} ${Math.round(r.width)} ${e.textContent.slice(0, 8)}`; })";

test('before any wasm, the page holds the whole speech as text', async () => {
  const page = await withoutWasm();
  await page.goto(server.url);
  const text = await page.locator('#prerendered main.document').textContent();
  const speech = squeeze(await readFile(SPEECH, 'utf8'));
  // Less the reading aids and the copy-link buttons, which are not document text.
  const shown = squeeze(text.replace(/\d[\d,]* 字 · 约 \d+ 分钟|\d[\d,]* (characters|words) · \d+ min read|#/gu, ''));
  assert.equal(shown, speech, 'every character of the speech, in order');
  assert.equal(await page.locator('h1').textContent(), '在州十三届人大常委会第三次会议上的讲话');
  assert.ok(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length > 0 || new Promise((ok) => new PerformanceObserver(() => ok(true)).observe({ type: 'paint', buffered: true }))));
  await page.close();
});

for (const [width, height, locale] of [[1200, 900, 'zh-CN'], [360, 740, 'zh-CN'], [360, 740, 'en-US']]) {
  test(`at ${width} px in ${locale} the app takes the page over without moving a line`, async () => {
    const early = await withoutWasm({ viewport: { width, height }, locale });
    await early.goto(server.url);
    const before = await early.evaluate(LINES);
    await early.close();
    const page = await browser.newPage({ viewport: { width, height }, locale });
    await page.goto(server.url);
    await page.locator('[data-testid=section]').first().waitFor();
    assert.equal(await page.locator('#prerendered').count(), 0, 'the prerendered page is gone');
    const after = await page.evaluate(LINES);
    assert.ok(before.length >= 3, JSON.stringify(before));
    assert.deepEqual(after, before);
    await page.close();
  });
}

test('the app takes the prerendered text over: the same elements, never painted a second time', async () => {
  const page = await browser.newPage({ serviceWorkers: 'block' });
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
    window.prerenderedParagraph = document.querySelector('#prerendered main.document #u1');
    window.prerenderedEntry = document.querySelector('#prerendered nav.outline li');
  }));
  await page.goto(server.url);
  await page.locator('[data-testid=document] [data-testid=section]').first().waitFor();
  const same = await page.evaluate(() => [
    window.prerenderedParagraph !== null && document.querySelector('[data-testid=document] #u1') === window.prerenderedParagraph,
    window.prerenderedEntry !== null && document.querySelector('[data-testid=outline] li') === window.prerenderedEntry,
    document.querySelectorAll('#prerendered').length,
  ]);
  assert.deepEqual(same, [true, true, 0]);
  // Taken over with the app's test ids and everything the app needs: the filter still works on it.
  await page.getByTestId('filter').fill('监督');
  assert.equal(await page.getByTestId('match-count').innerText(), '13 处 · 2 段');
  assert.deepEqual(await page.getByTestId('section-count').filter({ visible: true }).allInnerTexts(), ['12']);
  await page.close();
});

test('a page that will show another document or a filter never shows the sample first', async () => {
  const cases = [
    ['?doc=x.txt', null, 'zh-CN'],
    ['?q=监督', null, 'zh-CN'],
    ['', 'docview.recent', 'zh-CN'],
    ['?doc=x.txt', null, 'en-US'],
  ];
  for (const [search, stored, locale] of cases) {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    // No app at all: it would drop a recent entry whose text it does not have.
    await page.route('**/*.wasm', (route) => route.abort());
    if (stored) {
      await page.goto(server.url);
      await page.evaluate(() => localStorage.setItem('docview.recent', '0123456789abcdef\t自己的文件\t\n'));
    }
    await page.goto(server.url + search);
    assert.equal(await page.locator('#prerendered').evaluate((e) => e.checkVisibility()), false, `${search} ${stored} ${locale}`);
    await context.close();
  }
  // A document from another host, last opened, does not count as the reader's own.
  const page = await withoutWasm();
  await page.goto(server.url);
  await page.evaluate(() => localStorage.setItem('docview.recent', '0123456789abcdef\t紧急通知\thttp://elsewhere.example/n.txt\n'));
  await page.reload();
  assert.equal(await page.locator('#prerendered').evaluate((e) => e.checkVisibility()), true);
  await page.close();
});

test('an English interface shows the sample at once, its interface already in English', async () => {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(server.url);
  assert.equal(await page.locator('#prerendered').evaluate((e) => e.checkVisibility()), true);
  const labels = await page.locator('#prerendered .file-opener, #prerendered .toolbar button, #prerendered .outline-heading').filter({ visible: true }).allInnerTexts();
  assert.deepEqual(labels, ['Open a file', 'Print', 'Check', 'More', 'Outline']);
  assert.match(await page.locator('#prerendered .document-length').innerText(), /characters · \d+ min read/u);
  assert.match(await page.locator('#prerendered main.document').innerText(), /州十三届人大常委会第三次会议/u);
  await context.close();
  // A Chinese interface shows the Chinese labels only.
  const chinese = await withoutWasm();
  await chinese.goto(server.url);
  assert.equal(await chinese.locator('#prerendered .file-opener').innerText(), '打开文件');
  await chinese.close();
});
