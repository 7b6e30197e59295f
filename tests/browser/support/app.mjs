// Chromium through Playwright, for the suites that need what only Playwright (over the DevTools
// protocol) gives; every other suite runs in the three engines through webdriver.mjs
// (`forEachEngine`). W3C WebDriver cannot do these, so these suites stay in Chromium:
// - a printed PDF read back (`page.pdf`; WebKitWebDriver has no Print, and Firefox's PDF maps
//   only some CJK glyphs back to text): print, print_layouts, policy, single_file, and compare's
//   对照表;
// - emulated media (print, a dark system: `emulateMedia`) and the protocol itself (the fonts a
//   node is drawn in): print, print_layouts, theme, accessibility;
// - the page's own errors from its first script on (`pageerror` and `console` events), asserted
//   empty: render, open, inputs, query, reload, outline, language, export, keyboard_walk, phone,
//   policy, older_engines, single_file;
// - the page's requests (`request`, `response`, worker events) or requests cut (`route`), and a
//   script run before the page's own (`addInitScript`): hosting, render, word, single_file,
//   policy, prerender, older_engines, second_wasm;
// - downloads and the clipboard (`waitForEvent('download')`, `grantPermissions`): export,
//   deep_links, keyboard_walk, second_wasm, compare's 对照表;
// - a phone's touch screen (`isMobile`, `hasTouch`, `tap`), another browser language per page
//   (`locale`; a WebDriver session's is its browser's) and axe-core injected past the page's
//   Content-Security-Policy (`bypassCSP`): phone, prerender, language, accessibility.
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';
import { FILTER_PAINTED, highlightTexts } from './page.mjs';
import { DIST, serve } from './site.mjs';

/**
 * Headless Chromium: the Debian one, or `$CHROMIUM`. Its pages speak Chinese, as the first
 * users' browsers do (the interface follows the browser's language), unless a test gives
 * another `locale`.
 */
export async function launchChromium() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: 'zh-CN', ...options });
  return browser;
}

/**
 * The site `dir` served on loopback and a blank page in Chromium (`options` for Playwright's
 * `newPage`); `close` ends the browser and the server (`server`, which a suite may replace).
 */
export async function openPage(dir = DIST, options = {}) {
  const server = await serve(dir);
  const browser = await launchChromium();
  return {
    server, browser, page: await browser.newPage(options),
    async close() { await this.browser.close(); await this.server.close(); },
  };
}

/**
 * The app open on the sample speech, with every page error and outside request recorded;
 * `context` is passed to Playwright's `newPage` (`isMobile`, `hasTouch`, …).
 */
export async function openApp({ width = 1200, height = 900, locale = 'zh-CN', ...context } = {}) {
  const app = await openPage(DIST, { viewport: { width, height }, locale, ...context });
  const { page, server } = app;
  const errors = [];
  const foreignRequests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await recordPolicyViolations(page);
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => r.url().startsWith(server.url) || foreignRequests.push(r.url()));
  await page.goto(server.url);
  try {
    await page.locator('[data-testid=section]').first().waitFor({ timeout: 15000 });
  } catch (e) {
    await app.close();
    throw new Error(`the app rendered no document (blank page); page errors: ${JSON.stringify(errors)}`, { cause: e });
  }
  return { page, errors, foreignRequests, url: server.url, close: () => app.close() };
}

/**
 * The document's text as the page holds it: headings and paragraphs, less what is hidden
 * for good (Markdown comments). textContent, not innerText: paragraphs far from the viewport
 * are not laid out (content-visibility: auto) and innerText leaves them out.
 */
export const shownText = (page) =>
  page.locator('[data-testid=document] :is(summary .heading, p:not([hidden]):not(.empty-result))').evaluateAll((els) => els.map((e) => e.textContent).join('\n'));

/**
 * Waits until the function body `script` holds in the page. Playwright's `waitForFunction` polls
 * a string with `eval`, which the page's Content-Security-Policy forbids; each poll here is an
 * evaluation from outside the page, as `page.evaluate` makes it.
 */
export async function waitUntil(page, script, { timeout = 30000 } = {}) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(`(() => { ${script} })()`))) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${script}`);
    await new Promise((ok) => setTimeout(ok, 20));
  }
}

/**
 * The text of each match the filter paints (CSS highlight `match`, or `current-match`) in
 * document order, once all are painted (off-screen ones are painted after the keystroke); with
 * `within`, only those inside elements matching that selector.
 */
export const highlighted = async (page, { within = '*', name = 'match' } = {}) => {
  await waitUntil(page, FILTER_PAINTED);
  return page.evaluate(`(() => { ${highlightTexts(name, within)} })()`);
};

/** Records every Content-Security-Policy violation in the page as `window.cspViolations`. */
export const recordPolicyViolations = (page) => page.addInitScript(() => {
  window.cspViolations = [];
  addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
});
