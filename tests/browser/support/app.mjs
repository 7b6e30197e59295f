// Serves the release build on loopback and opens it in the Debian Chromium.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

export const DIST = process.env.DOCVIEW_DIST ?? new URL('../../../dist', import.meta.url).pathname;
export const SPEECH = new URL('../../../src/sample/speech.txt', import.meta.url);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `dir` on loopback under the path `base` (everything else is 404), as a static host would. */
export async function serve(dir = DIST, { base = '/', port = 0 } = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!path.startsWith(base)) return res.writeHead(404).end('not found');
    const inDir = `/${path.slice(base.length)}`;
    const file = join(dir, inDir.endsWith('/') ? `${inDir}index.html` : inDir);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${base}`;
  return {
    url,
    port: server.address().port,
    close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }),
  };
}

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Headless Chromium: the Debian one, or `$CHROMIUM`. Its pages speak Chinese, as the first
 * users' browsers do (the interface follows the browser's language), unless a test gives
 * another `locale`.
 */
export async function launchChromium() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: 'zh-CN', ...options });
  return browser;
}

/**
 * The app open on the sample speech, with every page error and outside request recorded;
 * `context` is passed to Playwright's `newPage` (`isMobile`, `hasTouch`, …).
 */
export async function openApp({ width = 1200, height = 900, locale = 'zh-CN', ...context } = {}) {
  const server = await serve();
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width, height }, locale, ...context });
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
    await browser.close();
    await server.close();
    throw new Error(`the app rendered no document (blank page); page errors: ${JSON.stringify(errors)}`, { cause: e });
  }
  return {
    page, errors, foreignRequests, url: server.url,
    async close() { await browser.close(); await server.close(); },
  };
}

/** Text with all white space removed, for comparing text across layouts. */
export const squeeze = (s) => s.replace(/\s+/gu, '');

/**
 * The document's text as the page holds it: headings and paragraphs, less what is hidden
 * for good (Markdown comments). textContent, not innerText: paragraphs far from the viewport
 * are not laid out (content-visibility: auto) and innerText leaves them out.
 */
export const shownText = (page) =>
  page.locator('[data-testid=document] :is(summary .heading, p:not([hidden]):not(.empty-result))').evaluateAll((els) => els.map((e) => e.textContent).join('\n'));

/**
 * The text of each match the filter paints (CSS highlight `match`, or `current-match`) in
 * document order, once all are painted (off-screen ones are painted after the keystroke); with
 * `within`, only those inside elements matching that selector.
 */
export const highlighted = async (page, { within = '*', name = 'match' } = {}) => {
  await page.waitForFunction(() => performance.getEntriesByName('filter-painted').length > 0);
  return page.evaluate(([within, name]) => {
    const live = (r) => { const l = new Range(); l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset); return l; };
    const ranges = [...(CSS.highlights.get(name) ?? [])].map(live)
      .filter((r) => r.startContainer.parentElement.closest(within))
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  }, [within, name]);
};

/** Records every Content-Security-Policy violation in the page as `window.cspViolations`. */
export const recordPolicyViolations = (page) => page.addInitScript(() => {
  window.cspViolations = [];
  addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
});

/** Opens the page's menu, where the secondary actions are (folding all, print settings, export, recent documents, colours, language, shortcuts), unless it is open. */
export async function openMenu(page) {
  if (!(await page.locator('#main-menu').evaluate((m) => m.matches(':popover-open')))) await page.getByTestId('menu').click();
}
