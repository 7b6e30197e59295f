// Whose words are these: a `?doc=` link opens documents from the site's own origin and from the
// hosts the site lists, nothing else; a document from another host says so in the page, in sight
// at every scroll position, and is not reopened by itself on the next visit. Another host is a
// second loopback server on another port that allows any page to fetch (CORS), as an attacker's
// would. In Chromium, Firefox and WebKit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openMenu, toggleMenuPanel } from './support/page.mjs';
import { serve, siteCopy } from './support/site.mjs';
import { forEachEngine, forgetSite } from './support/webdriver.mjs';

const CSP = fileURLToPath(new URL('../../scripts/csp.mjs', import.meta.url));
const NOTICE_FILE = fileURLToPath(new URL('../fixtures/notice_gb18030.txt', import.meta.url));
const NOTICE = '国务院办公厅关于复制推广营商环境创新试点改革举措的通知';
const SPEECH = '在州十三届人大常委会第三次会议上的讲话';
const FAKE = '紧急通知\n\n各单位：\n\n请立即将账户密码发送至指定邮箱。\n';

const js = (value) => JSON.stringify(value);
const titleIs = (title) => `return document.querySelector('[data-testid=title]')?.textContent === ${js(title)} && document.querySelectorAll('[data-testid=section], [data-testid=document] p').length > 0`;
const NOTICE_SHOWN = "return document.querySelector('[data-testid=source-notice]')?.textContent ?? ''";

let other;
let plainSite;
let listingSite;

/** The release build, its page written by scripts/csp.mjs with `hosts` as the configuration. */
async function site(hosts) {
  const dir = siteCopy('hosts');
  execFileSync('node', [CSP, join(dir, 'index.html')], { env: { ...process.env, DOCVIEW_DOCUMENT_HOSTS: hosts.join(' ') } });
  return serve(dir);
}

before(async () => {
  other = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'access-control-allow-origin': '*' }).end(FAKE);
  });
  await new Promise((ok) => other.listen(0, '127.0.0.1', ok));
  other.origin = `http://127.0.0.1:${other.address().port}`;
  plainSite = await site([]);
  listingSite = await site([other.origin]);
});
after(async () => {
  await plainSite?.close();
  await listingSite?.close();
  await new Promise((ok) => { other?.close(ok); other?.closeAllConnections(); });
});

forEachEngine(({ browser }) => {
  test('by default a link to another host is refused, naming the host, and the document on screen stays', async () => {
    await forgetSite(browser, plainSite.url);
    await browser.goto(plainSite.url);
    await browser.waitFor(titleIs(SPEECH));
    await browser.goto(`${plainSite.url}?doc=${encodeURIComponent(`${other.origin}/n.txt`)}`);
    const said = await browser.waitFor("return document.querySelector('[data-testid=problem]')?.textContent");
    assert.match(said, new RegExp(`本站不打开来自 127\\.0\\.0\\.1:${other.address().port} 的文件`, 'u'));
    assert.ok(await browser.run(titleIs(SPEECH)), 'the sample stays');
    assert.equal(await browser.run(NOTICE_SHOWN), '');
    const csp = await browser.run("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content");
    assert.match(csp, /connect-src 'self';/u, 'the policy allows no other host');
  });

  test('a listed host opens, its notice in sight at every scroll position and after a reload, and on the recent list', async () => {
    await forgetSite(browser, listingSite.url);
    const link = `${listingSite.url}?doc=${encodeURIComponent(`${other.origin}/n.txt`)}`;
    await browser.goto(link);
    await browser.waitFor(titleIs('紧急通知'));
    const notice = await browser.waitFor(NOTICE_SHOWN);
    assert.match(notice, new RegExp(`^此文件来自 127\\.0\\.0\\.1:${other.address().port}（非本站）`, 'u'));
    assert.equal(await browser.run("return document.querySelector('[data-testid=source-notice]').title"), `${other.origin}/n.txt`, 'the whole address on hover');
    const csp = await browser.run("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content");
    assert.match(csp, new RegExp(`connect-src 'self' ${other.origin};`, 'u'), 'the policy names exactly the listed host');
    // A tap shows the whole address; scrolled to the end, the notice is still in sight.
    await browser.click('[data-testid=source-notice] > summary');
    assert.equal(await browser.waitFor("return document.querySelector('.source-address')?.getClientRects().length > 0 && document.querySelector('.source-address').textContent"), `${other.origin}/n.txt`);
    await browser.run('document.body.style.minHeight = "5000px"; scrollTo(0, document.body.scrollHeight)');
    await browser.waitFor("return scrollY > 1000");
    const inSight = await browser.run("const r = document.querySelector('[data-testid=source-notice]').getBoundingClientRect(); return r.top >= 0 && r.top < 10 && r.height > 0");
    assert.ok(inSight, 'the notice stays at the top while scrolling');
    await browser.refresh();
    await browser.waitFor(titleIs('紧急通知'));
    assert.match(await browser.waitFor(NOTICE_SHOWN), /非本站/u, 'after a reload too');
    await toggleMenuPanel(browser, 'recent');
    assert.match(await browser.run("return document.querySelector('.recent-host')?.textContent ?? ''"), /127\.0\.0\.1/u, 'the recent list shows the host');
    // The language switch says it in English.
    await openMenu(browser);
    await browser.click('[data-testid=language]');
    assert.match(await browser.waitFor(`const t = ${NOTICE_SHOWN.slice(7)}; return t.startsWith('This') && t`), /^This document comes from 127\.0\.0\.1:\d+ \(not this site\)/u);
    await openMenu(browser);
    await browser.click('[data-testid=language]');
    await browser.waitFor("return document.documentElement.lang === 'zh-CN'");
  });

  test('after such a link, a plain visit shows the sample, or the reader\'s own last file, not the linked text', async () => {
    await forgetSite(browser, listingSite.url);
    await browser.goto(`${listingSite.url}?doc=${encodeURIComponent(`${other.origin}/n.txt`)}`);
    await browser.waitFor(titleIs('紧急通知'));
    await browser.goto(listingSite.url);
    await browser.waitFor(titleIs(SPEECH));
    assert.equal(await browser.run(NOTICE_SHOWN), '');
    // The reader's own file, then the link: the plain visit brings back the reader's file.
    await browser.type('[data-testid=open-file]', NOTICE_FILE);
    await browser.waitFor(titleIs(NOTICE));
    assert.equal(await browser.run(NOTICE_SHOWN), '', 'a file from disk names no host');
    await browser.goto(`${listingSite.url}?doc=${encodeURIComponent(`${other.origin}/n.txt`)}`);
    await browser.waitFor(titleIs('紧急通知'));
    await browser.goto(listingSite.url);
    await browser.waitFor(titleIs(NOTICE));
    assert.equal(await browser.run(NOTICE_SHOWN), '');
    // The linked document stays listed, after the reader's file (reopened, so the last one).
    await toggleMenuPanel(browser, 'recent');
    assert.deepEqual(await browser.run("return [...document.querySelectorAll('.recent-open')].map((e) => e.textContent)"), [NOTICE, '紧急通知']);
  });
}, { dir: null });
