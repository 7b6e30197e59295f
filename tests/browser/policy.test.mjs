// Nothing leaves the page, and the Content-Security-Policy (scripts/csp.mjs) holds: a whole
// session of opening, filtering, previewing and printing makes no request but the app's own
// files and breaks no rule of the policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openApp } from './support/app.mjs';
import { openMenu, toggleMenuPanel } from './support/page.mjs';
import { documentHosts } from '../../scripts/csp.mjs';

const LAW = fileURLToPath(new URL('../corpus/law_行政复议法_2023.md', import.meta.url));
let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const violations = () => app.page.evaluate(() => window.cspViolations);

test('the page carries a strict policy: no inline code but the loader and the head script by hash, nothing from elsewhere', async () => {
  const csp = await app.page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  assert.match(csp, /default-src 'self'/u);
  // Two inline scripts, each allowed by its hash: Trunk's loader, and the one that hides the
  // prerendered sample before the first paint when the page will show something else.
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'(;|$)/u);
  // The two style sheets are inline (a fetched one delays the first paint), each by its hash.
  assert.match(csp, /style-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'(;|$)/u);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/u);
  // Only a `?doc=` document may come from another host, and only from one the site lists
  // (Cargo.toml's document-hosts, empty here); nothing that runs or styles the page may.
  const directives = Object.fromEntries(csp.split(/;\s*/u).map((d) => [d.split(' ')[0], d]));
  assert.equal(directives['connect-src'], ["connect-src 'self'", ...documentHosts({})].join(' '));
  assert.equal(await app.page.locator('meta[name=docview-document-hosts]').getAttribute('content'), documentHosts({}).join(' '));
  for (const [name, directive] of Object.entries(directives)) {
    if (name !== 'connect-src') assert.doesNotMatch(directive, /https?:/u, name);
  }
});

test('a session of reading, filtering, previewing and printing breaks no rule and asks no one else', async () => {
  const { page } = app;
  await page.getByTestId('open-file').setInputFiles(LAW);
  await page.getByTestId('title').filter({ hasText: '中华人民共和国行政复议法' }).waitFor();
  await page.getByTestId('filter').fill('申请人');
  await page.getByTestId('filter').press('Enter');
  await page.getByTestId('sentences-only').check();
  await openMenu(page);
  await page.getByTestId('collapse-all').click();
  await openMenu(page);
  await page.getByTestId('expand-all').click();
  await toggleMenuPanel(page, 'print-panel');
  await openMenu(page);
  await page.getByTestId('print-on-screen').check();
  await openMenu(page);
  await page.getByTestId('print-preview-open').click();
  await page.waitForFunction(() => /^\d+ 页$/u.test(document.querySelector('[data-testid=preview-pages]').textContent));
  await page.getByTestId('preview-close').click();
  await openMenu(page);
  await page.getByTestId('print-whole').check();
  await page.pdf({ preferCSSPageSize: true });
  await page.getByTestId('filter').fill('');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(app.foreignRequests, []);
  assert.deepEqual(app.errors, []);
});

test('the policy is enforced: an inline style added by script is refused and reported', async () => {
  await app.page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red }';
    document.head.append(style);
  });
  await app.page.waitForFunction(() => window.cspViolations.length > 0);
  assert.match((await violations())[0], /^style-src/u);
});
