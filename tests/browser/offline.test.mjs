// Offline after the first visit: the service worker (scripts/service-worker.mjs) keeps the
// app's files, and a new release replaces them cleanly. In three engines, each on a copy of the
// build of its own (a release replaces the copy's page).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_SHOWN, openMenu, shownWithText, toggleMenuPanel } from './support/page.mjs';
import { serve, siteCopy } from './support/site.mjs';
import { forEachEngine } from './support/webdriver.mjs';

const SW_SCRIPT = fileURLToPath(new URL('../../scripts/service-worker.mjs', import.meta.url));
const NOTICE = fileURLToPath(new URL('../fixtures/notice_gb18030.txt', import.meta.url));
const WORD = fileURLToPath(new URL('../fixtures/word/headings.docx', import.meta.url));

forEachEngine(({ browser, server }) => {
  before(async () => {
    await browser.goto(server.url);
    await browser.waitFor(APP_SHOWN);
    await browser.run('return navigator.serviceWorker.ready.then(() => true)');
    await browser.waitFor('return navigator.serviceWorker.controller !== null');
  });

  const titleHas = (text) => browser.waitFor(shownWithText('[data-testid=title]', text));
  /**
   * The page reloaded by itself, as a reader's reload (WebDriver's Refresh in Firefox is a forced
   * reload, which passes the service worker by), until the new page shows the app.
   */
  const reload = async () => {
    await browser.run('window.beforeReload = true; location.reload()');
    await browser.waitFor(`return !window.beforeReload && (() => { ${APP_SHOWN} })()`);
  };

  test('the manifest names the app and its icon', async () => {
    const manifest = await browser.run("return fetch(document.querySelector('link[rel=manifest]').href).then((r) => r.json())");
    assert.equal(manifest.name, 'docview');
    assert.equal(manifest.icons[0].src, 'icon.svg');
  });

  test('with the server gone, a reload still opens the app, the last document and the sample', async () => {
    const { port, dir } = server;
    await browser.type('[data-testid=open-file]', NOTICE);
    await titleHas('营商环境');
    await server.close();
    await reload();
    await titleHas('国务院办公厅关于复制推广营商环境创新试点改革举措的通知');
    await toggleMenuPanel(browser, 'recent');
    await openMenu(browser);
    await browser.click('[data-testid=open-sample]');
    await titleHas('在州十三届人大常委会第三次会议上的讲话');
    assert.equal(await browser.run("return document.querySelectorAll('[data-testid=section]').length"), 3);
    await browser.fill('[data-testid=filter]', '监督');
    await browser.waitFor("return document.querySelector('[data-testid=match-count]').innerText === '13 处 · 2 段'").catch(() => {});
    assert.equal(await browser.run("return document.querySelector('[data-testid=match-count]').innerText"), '13 处 · 2 段');
    await browser.fill('[data-testid=filter]', '');
    Object.assign(server, await serve(dir, { port }));
  });

  test('with the server gone, a Word file opens and the check runs: the second wasm from the cache', async () => {
    const { port, dir } = server;
    await server.close();
    await reload();
    await browser.type('[data-testid=open-file]', WORD);
    await titleHas('关于复制推广营商环境创新试点改革举措的通知');
    await browser.click('[data-testid=check]');
    const summary = await browser.waitFor("const h = document.querySelector('[data-testid=check-summary]'); return h?.getAttribute('aria-busy') === 'false' && h.textContent");
    assert.match(summary, /^检查：(未发现问题|\d+ 处问题)$/u);
    await browser.click('[data-testid=check-close]');
    Object.assign(server, await serve(dir, { port }));
  });

  test('a new release replaces the cached app: the new page at once, the old cache gone', async () => {
    const before = await browser.run('return caches.keys()');
    assert.equal(before.length, 1);
    // The next release: a changed page, so a new file list hash and a new service worker.
    const index = join(server.dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>docview</title>', '<title>docview</title>\n<meta name="release" content="2" />'));
    execFileSync('node', [SW_SCRIPT, server.dir]);
    await reload();
    assert.equal(await browser.run("return document.querySelector('meta[name=release]')?.getAttribute('content')"), '2', 'the new page, not the cached one');
    await browser.waitFor(`return caches.keys().then((k) => k.length === 1 && k[0] !== ${JSON.stringify(before[0])})`);
  });
}, { dir: () => siteCopy('site') });
