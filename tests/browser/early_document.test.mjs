// A link's document is asked for at once: the page's head script starts the request of `?doc=`
// (and of `?base=`) before the wasm has arrived, and the app takes that response instead of
// asking again, so each document is fetched once. The order is the browser's own (Resource
// Timing: the document's fetchStart before the wasm's responseEnd). From the site's own origin
// and from a host it lists. In Chromium, Firefox and WebKit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shownWithText } from './support/page.mjs';
import { siteCopy } from './support/site.mjs';
import { forEachEngine } from './support/webdriver.mjs';

const CSP = fileURLToPath(new URL('../../scripts/csp.mjs', import.meta.url));
const VERSIONS = fileURLToPath(new URL('../versions/', import.meta.url));
const NOTICE = readFileSync(fileURLToPath(new URL('../fixtures/notice_gb18030.txt', import.meta.url)));
const js = (value) => JSON.stringify(value);

const site = siteCopy('early');
let other;
/** The paths the other host was asked for, in order. */
const otherRequests = [];

before(async () => {
  other = createServer((req, res) => {
    otherRequests.push(req.url);
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end(NOTICE);
  });
  await new Promise((ok) => other.listen(0, '127.0.0.1', ok));
  other.origin = `http://127.0.0.1:${other.address().port}`;
  mkdirSync(join(site, 'laws'));
  for (const file of ['law_代表法_2015.md', 'law_代表法_2025.md']) cpSync(join(VERSIONS, file), join(site, 'laws', file));
  // This site lists the other host among those it opens documents from.
  execFileSync('node', [CSP, join(site, 'index.html')], { env: { ...process.env, DOCVIEW_DOCUMENT_HOSTS: other.origin } });
});
after(async () => {
  await new Promise((ok) => { other?.close(ok); other?.closeAllConnections(); });
});

/**
 * For each address in `urls`: how many times the page fetched it, and whether its first request
 * started before the wasm's response had arrived.
 */
const fetchedEarly = (urls) => `const all = performance.getEntriesByType('resource');
  const wasm = all.find((e) => e.name.endsWith('_bg.wasm'));
  return ${js(urls)}.map((url) => {
    const mine = all.filter((e) => e.name === url);
    return { url, times: mine.length, beforeWasm: mine.length > 0 && !!wasm && mine[0].fetchStart < wasm.responseEnd };
  });`;

forEachEngine(({ browser, server }) => {
  test('a link\'s document and its earlier version are fetched before the wasm has arrived, once each', async () => {
    const [doc, base] = ['laws/law_代表法_2025.md', 'laws/law_代表法_2015.md'];
    await browser.goto(`${server.url}?doc=${encodeURIComponent(doc)}&base=${encodeURIComponent(base)}`);
    await browser.waitFor(shownWithText('[data-testid=compare-summary]', ''));
    await browser.waitFor(shownWithText('[data-testid=title]', '代表法'));
    const urls = [doc, base].map((path) => new URL(path, server.url).href);
    assert.deepEqual(await browser.run(fetchedEarly(urls)), urls.map((url) => ({ url, times: 1, beforeWasm: true })));
  });

  test('a document from a listed host is fetched before the wasm has arrived, once, and says where it is from', async () => {
    otherRequests.length = 0;
    const url = `${other.origin}/n.txt`;
    await browser.goto(`${server.url}?doc=${encodeURIComponent(url)}`);
    await browser.waitFor(shownWithText('[data-testid=title]', '国务院办公厅关于复制推广营商环境创新试点改革举措的通知'));
    assert.match(await browser.waitFor("return document.querySelector('[data-testid=source-notice]')?.textContent"), /非本站/u);
    assert.deepEqual(await browser.run(fetchedEarly([url])), [{ url, times: 1, beforeWasm: true }]);
    assert.deepEqual(otherRequests, ['/n.txt'], 'the host was asked once');
  });
}, { dir: site });
