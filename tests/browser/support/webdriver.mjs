// The three browser engines through W3C WebDriver over HTTP: Chromium (chromedriver), Firefox ESR
// (geckodriver) and WebKit (WebKitGTK's WebKitWebDriver, under a virtual X display: it hangs
// without one). Playwright drives only Chromium here, since its own Firefox and WebKit builds are
// downloads we cannot make. Every session speaks Chinese, as the first users' browsers do.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN',
  '--window-size=1200,900',
];

/** How each engine's driver starts and what it is asked for. */
export const ENGINES = {
  chromium: {
    driver: () => [process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver', (port) => [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': { binary: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, prefs: { 'intl.accept_languages': 'zh-CN' } },
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

/** A WebDriver session in `engine` (a key of ENGINES), with the few commands the tests use. */
export async function openEngine(engine) {
  const spec = ENGINES[engine];
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
  const find = async (selector) => (await call('POST', `${session}/element`, { using: 'css selector', value: selector }))[ELEMENT];
  const self = {
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
    /** Opens the page's menu (the secondary actions) unless it is open. */
    async openMenu() {
      if (!(await run("return document.getElementById('main-menu').matches(':popover-open')"))) await this.click('[data-testid=menu]');
    },
    /** Keys typed into the element (WebDriver's Element Send Keys; a file path for a file input). */
    type: async (selector, text) => call('POST', `${session}/element/${await find(selector)}/value`, { text }),
    /** Keys pressed on whatever has the focus (`\uE00C` is Escape, `\uE007` Enter). */
    keys: (text) => call('POST', `${session}/actions`, {
      actions: [{ type: 'key', id: 'keyboard', actions: [...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }],
    }),
    /** The page printed to PDF (WebDriver's Print command), as bytes. */
    print: async (options = {}) => Buffer.from(await call('POST', `${session}/print`, options), 'base64'),
    /** A Chrome DevTools Protocol command (chromedriver only). */
    cdp: (cmd, params = {}) => call('POST', `${session}/goog/cdp/execute`, { cmd, params }),
    async close() {
      await call('DELETE', session).catch(() => {});
      stopDriver();
    },
  };
  return self;
}
