// The three browser engines through W3C WebDriver over HTTP: Chromium (chromedriver), Firefox ESR
// (geckodriver) and WebKit (WebKitGTK's WebKitWebDriver, under a virtual X display: it hangs
// without one). Playwright drives only Chromium here, since its own Firefox and WebKit builds are
// downloads we cannot make (app.mjs says which suites need Playwright, and why). A suite runs
// its tests in each engine with `forEachEngine`; `DOCVIEW_ENGINES=webkit` (a comma-separated
// list) limits the engines. Every session speaks Chinese, as the first users' browsers do.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';
import { APP_SHOWN } from './page.mjs';
import { DIST, serve } from './site.mjs';

const ENGINES = (process.env.DOCVIEW_ENGINES ?? 'chromium,firefox,webkit').split(',');

// What Playwright's launch and page options set (headless, locale, viewport), for chromedriver.
const CHROMIUM_SESSION_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS, '--lang=zh-CN', '--window-size=1200,900'];

/** How each engine's driver starts and what it is asked for. */
const DRIVERS = {
  chromium: {
    driver: () => [process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver', (port) => [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': { binary: CHROMIUM, args: CHROMIUM_SESSION_FLAGS, prefs: { 'intl.accept_languages': 'zh-CN' } },
    }),
  },
  firefox: {
    driver: () => [process.env.GECKODRIVER ?? join(homedir(), '.cargo/bin/geckodriver'), (port) => ['--port', String(port), '--host', '127.0.0.1']],
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
        args: ['-headless', '-width=1200', '-height=900'],
        prefs: { 'intl.accept_languages': 'zh-CN', 'intl.locale.requested': 'zh-CN' },
      },
    }),
  },
  webkit: {
    // xvfb-run gives WebKitGTK the display it needs; the driver's port is passed through.
    driver: () => ['xvfb-run', (port) => ['-a', '-s', '-screen 0 1280x1024x24', process.env.WEBKITWEBDRIVER ?? '/usr/bin/WebKitWebDriver', `--port=${port}`]],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    }),
    // WebKitGTK takes the page's language from the process's environment.
    env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' },
  },
};

const freePort = () => new Promise((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A WebDriver session in `engine` (chromium, firefox or webkit), with the few commands the tests use. */
async function openEngine(engine) {
  const spec = DRIVERS[engine];
  const port = await freePort();
  const [command, args] = spec.driver();
  const driver = spawn(command, args(port), { stdio: 'ignore', detached: true, env: { ...process.env, ...spec.env } });
  const stopDriver = () => { try { process.kill(-driver.pid, 'SIGTERM'); } catch { /* already gone */ } };
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await res.json();
    if (json.value?.error) throw new Error(`${engine}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try { await call('GET', '/status'); break; } catch (e) {
      if (i > 100) { stopDriver(); throw new Error(`${engine}: the driver did not start`, { cause: e }); }
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  let sessionId;
  try {
    ({ sessionId } = await call('POST', '/session', { capabilities: { alwaysMatch: spec.capabilities() } }));
  } catch (e) {
    stopDriver();
    throw e;
  }
  const session = `/session/${sessionId}`;
  const run = (script, ...args) => call('POST', `${session}/execute/sync`, { script, args });
  /** A Chrome DevTools Protocol command (chromedriver only). */
  const cdp = (cmd, params = {}) => call('POST', `${session}/goog/cdp/execute`, { cmd, params });
  const find = async (selector) => (await call('POST', `${session}/element`, { using: 'css selector', value: selector }))[ELEMENT];
  return {
    engine,
    goto: (url) => call('POST', `${session}/url`, { url }),
    refresh: () => call('POST', `${session}/refresh`, {}),
    run,
    /** The value of `script` (a function body) once it is truthy, or an error after `timeout` ms. */
    async waitFor(script, { timeout = 15000 } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        const value = await run(script).catch((e) => (Date.now() > end ? Promise.reject(e) : null));
        if (value) return value;
        if (Date.now() > end) throw new Error(`${engine}: timed out waiting for: ${script}`);
        await new Promise((ok) => setTimeout(ok, 100));
      }
    },
    /**
     * As `waitFor`, polled inside the page every 10 ms, for what is on screen only for a moment;
     * the page must stay (a navigation ends the wait with an error).
     */
    async waitInPage(script, { timeout = 15000 } = {}) {
      const value = await call('POST', `${session}/execute/async`, {
        script: `const done = arguments[0]; const end = Date.now() + ${timeout};
          const check = () => { let value = null; try { value = (() => { ${script} })(); } catch { /* not yet */ }
            if (value || Date.now() > end) done(value || null); else setTimeout(check, 10); };
          check();`,
        args: [],
      });
      if (!value) throw new Error(`${engine}: timed out waiting in the page for: ${script}`);
      return value;
    },
    /**
     * A real click on the element, as a user's (WebDriver's Element Click: trusted events). It is
     * scrolled to the middle of the window first (WebKitWebDriver does not scroll a summary below
     * the window into view), and tried again while the driver calls it not interactable, as
     * Playwright waits for an element to be actionable.
     */
    async click(selector) {
      const element = await find(selector);
      for (let attempt = 0; ; attempt++) {
        // By the window's scroll position: after a navigation back to a page it had shown,
        // WebKit left scrollIntoView undone.
        await run('const r = arguments[0].getBoundingClientRect(); if (r.top < 0 || r.bottom > innerHeight) scrollTo(0, scrollY + r.top - innerHeight / 2)', { [ELEMENT]: element });
        try {
          return await call('POST', `${session}/element/${element}/click`, {});
        } catch (e) {
          if (attempt > 20 || !/not interactable/u.test(e.message)) throw e;
          await new Promise((ok) => setTimeout(ok, 100));
        }
      }
    },
    /** A real click `x`, `y` px from the top left corner of the element's box (as Playwright's click at a `position`). */
    async clickAt(selector, x, y) {
      const [left, top] = await run('const r = document.querySelector(arguments[0]).getBoundingClientRect(); return [r.left, r.top]', selector);
      await call('POST', `${session}/actions`, {
        actions: [{
          type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
          actions: [{ type: 'pointerMove', origin: 'viewport', x: Math.round(left + x), y: Math.round(top + y) }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }],
        }],
      });
    },
    /** The focus given to the element, as a script gives it. */
    focus: (selector) => run('document.querySelector(arguments[0]).focus()', selector),
    /** The text box's value replaced by `text`, as typed: all of it selected (Ctrl+A) and deleted, then `text` typed. */
    async fill(selector, text) {
      const element = await find(selector);
      await run('arguments[0].focus()', { [ELEMENT]: element });
      const press = (value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }];
      await call('POST', `${session}/actions`, {
        actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: '\uE009' }, ...press('a'), { type: 'keyUp', value: '\uE009' }, ...press('\uE003')] }],
      });
      if (text) await call('POST', `${session}/element/${element}/value`, { text });
    },
    /** Keys typed into the element (WebDriver's Element Send Keys; a file path for a file input). */
    type: async (selector, text) => call('POST', `${session}/element/${await find(selector)}/value`, { text }),
    /** Keys pressed on whatever has the focus (`\uE00C` is Escape, `\uE007` Enter, `\uE00D` Space). */
    keys: (text) => call('POST', `${session}/actions`, {
      actions: [{ type: 'key', id: 'keyboard', actions: [...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }],
    }),
    /** The page printed to PDF (WebDriver's Print command), as bytes. */
    print: async (options = {}) => Buffer.from(await call('POST', `${session}/print`, options), 'base64'),
    /**
     * The page's style as on paper (`print`), or as on screen again: DevTools emulation in
     * Chromium; elsewhere, as no driver emulates media, the style sheets' print rules made to
     * apply to all media and their screen rules to none, which lasts until the page is loaded
     * again (so there `print = false` leaves it as it is).
     */
    async emulatePrintMedia(print = true) {
      if (engine === 'chromium') return cdp('Emulation.setEmulatedMedia', { media: print ? 'print' : '' });
      if (!print) return undefined;
      return run(`for (const sheet of document.styleSheets) for (const rule of sheet.cssRules) {
          if (!rule.media) continue;
          if (rule.media.mediaText === 'print') rule.media.mediaText = 'all';
          else if (/^screen/.test(rule.media.mediaText)) rule.media.mediaText = 'not all';
        }`);
    },
    async close() {
      await call('DELETE', session).catch(() => {});
      stopDriver();
    },
  };
}

/** A file named `name` holding `bytes`, on disk for a file input (WebDriver sends a file's path). */
export function fileOnDisk(name, bytes) {
  const path = join(mkdtempSync(join(tmpdir(), 'docview-file-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** Forgets what the app at `url` remembered (local storage), leaving the browser on a blank page. */
export async function forgetSite(browser, url) {
  await browser.goto(url);
  await browser.run('localStorage.clear()');
  await browser.goto('about:blank');
}

/** A first visit to the app at `url`, nothing remembered from an earlier test, until `shown` (a function body) holds. */
export async function freshVisit(browser, url, shown = APP_SHOWN) {
  await forgetSite(browser, url);
  await browser.goto(url);
  await browser.waitFor(shown);
}

/**
 * The tests `suite` declares, once in each engine of ENGINES (a `describe` block named after it),
 * with a WebDriver session (`browser`) and the site `dir` served on loopback (`server`; none for
 * `dir: null`; a function makes each engine a site of its own). Both are opened before the
 * block's tests and closed after them: `suite` gets them as objects filled in then, to be read
 * inside its tests.
 */
export function forEachEngine(suite, { dir = DIST } = {}) {
  for (const engine of ENGINES) {
    describe(engine, () => {
      const browser = { engine };
      const server = {};
      before(async () => {
        if (dir !== null) Object.assign(server, await serve(typeof dir === 'function' ? dir() : dir));
        Object.assign(browser, await openEngine(engine));
      });
      after(async () => {
        await browser.close?.();
        await server.close?.();
      });
      suite({ engine, browser, server });
    });
  }
}
