// `?doc=URL` opens a document from the same static host, or another the site lists that allows it; a failed
// fetch says why and the sample stays; a large one shows its progress. In three engines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_SHOWN, IS_VISIBLE, shownWithText } from './support/page.mjs';
import { siteCopy } from './support/site.mjs';
import { forEachEngine } from './support/webdriver.mjs';

const FIXTURE = fileURLToPath(new URL('../fixtures/notice_gb18030.txt', import.meta.url));
const CSP = fileURLToPath(new URL('../../scripts/csp.mjs', import.meta.url));
const NOTICE = '国务院办公厅关于复制推广营商环境创新试点改革举措的通知';
const site = siteCopy('doc');
let other;

before(async () => {
  mkdirSync(join(site, 'reports'));
  cpSync(FIXTURE, join(site, 'reports', 'notice.txt'));
  mkdirSync(join(site, 'folder'));
  writeFileSync(join(site, 'folder', 'index.html'), '<!DOCTYPE html><title>x</title><p>not a document</p>');
  other = await otherHost();
  // This site lists the other host among those it opens documents from.
  execFileSync('node', [CSP, join(site, 'index.html')], { env: { ...process.env, DOCVIEW_DOCUMENT_HOSTS: new URL(other.url).origin } });
});
after(async () => { await other?.close(); });

/**
 * Another origin (another port): `cors/` allows any page to fetch, `private/` does not;
 * `cors/slow.txt` is 1.9 MB sent in 256 KB pieces a fifth of a second apart.
 */
async function otherHost() {
  const notice = readFileSync(FIXTURE);
  const slow = Buffer.from(`慢慢来的文件\n\n${'一段正文，慢慢地传过来。\n'.repeat(60000)}`.slice(0, 700000));
  const host = createServer(async (req, res) => {
    const cors = req.url.startsWith('/cors/') ? { 'access-control-allow-origin': '*' } : {};
    if (req.url.endsWith('/notice.txt')) return res.writeHead(200, { 'content-type': 'text/plain', ...cors }).end(notice);
    if (req.url === '/cors/slow.txt') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': slow.length, ...cors });
      for (let at = 0; at < slow.length; at += 256 * 1024) {
        res.write(slow.subarray(at, at + 256 * 1024));
        await new Promise((ok) => setTimeout(ok, 200));
      }
      return res.end();
    }
    res.writeHead(404, cors).end();
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  return {
    url: `http://localhost:${host.address().port}/`,
    close: () => new Promise((ok) => { host.close(ok); host.closeAllConnections(); }),
  };
}

const innerText = (testId) => `return document.querySelector('[data-testid=${testId}]').innerText`;
const shown = (testId) => `${IS_VISIBLE} return isVisible(document.querySelector('[data-testid=${testId}]'))`;

forEachEngine(({ browser, server }) => {
  const open = async (query) => {
    await browser.goto(`${server.url}?doc=${encodeURIComponent(query)}`);
    await browser.waitFor(APP_SHOWN);
  };

  test('?doc= with a GB18030 file on the same host opens it', async () => {
    await open('reports/notice.txt');
    await browser.waitFor(shownWithText('[data-testid=title]', NOTICE));
    assert.equal(await browser.run(shown('loading')), false);
  });

  test('a document that is not there: the server\'s answer, and the sample stays', async () => {
    await open('reports/missing.txt');
    await browser.waitFor(shown('problem'));
    assert.match(await browser.run(innerText('problem')), /missing\.txt.*404/su);
    assert.equal(await browser.run(innerText('title')), '在州十三届人大常委会第三次会议上的讲话');
  });

  // A saved page linked as one (`….html`) opens (tests/browser/word.test.mjs); HTML at an address
  // that names none is the host's page for a file it does not have.
  test('a web page at an address that names no page is not taken for a document', async () => {
    await open('folder/');
    await browser.waitFor(shown('problem'));
    assert.match(await browser.run(innerText('problem')), /HTML/u);
  });

  test('another host that allows it (CORS) serves a document; one that does not is refused with a reason', async () => {
    await open(`${other.url}cors/notice.txt`);
    await browser.waitFor(shownWithText('[data-testid=title]', NOTICE));
    await open(`${other.url}private/notice.txt`);
    await browser.waitFor(shown('problem'));
    assert.match(await browser.run(innerText('problem')), /无法取得.*不允许/u);
  });

  test('a large, slow document shows how much has arrived, the page usable meanwhile, then opens', async () => {
    await open(`${other.url}cors/slow.txt`);
    // Read in the page the moment it shows: the whole document is there in under two seconds.
    const progress = await browser.waitInPage(`${IS_VISIBLE} const loading = document.querySelector('[data-testid=loading]');
      const bar = document.querySelector('[data-testid=loading-progress]');
      return isVisible(loading) && /正在载入“slow\\.txt”…… \\d\\.\\d \\/ 1\\.9 MB/u.test(loading.textContent) && [bar.value, bar.max]`);
    assert.ok(progress[0] > 0 && progress[0] < progress[1], `part of it (${progress})`);
    // The sample stays readable and filterable while the document arrives.
    await browser.fill('[data-testid=filter]', '监督');
    assert.match(await browser.run(innerText('match-count')), /处/u);
    await browser.waitFor(shownWithText('[data-testid=title]', '慢慢来的文件'), { timeout: 20000 });
    assert.equal(await browser.run(shown('loading')), false);
  });
}, { dir: site });
