// Firefox ESR driven through geckodriver (W3C WebDriver over HTTP; Playwright's own Firefox
// build cannot be downloaded here). Just what the tests need: open a URL, run a script, print.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';

const GECKODRIVER = process.env.GECKODRIVER ?? join(homedir(), '.cargo/bin/geckodriver');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

const freePort = () => new Promise((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});

export async function openFirefox() {
  const port = await freePort();
  const driver = spawn(GECKODRIVER, ['--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await res.json();
    if (json.value?.error) throw new Error(`${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try { await call('GET', '/status'); break; } catch (e) { if (i > 50) throw e; await new Promise((ok) => setTimeout(ok, 100)); }
  }
  const { sessionId } = await call('POST', '/session', {
    capabilities: { alwaysMatch: { browserName: 'firefox', 'moz:firefoxOptions': { binary: FIREFOX, args: ['-headless'], prefs: { 'intl.accept_languages': 'zh-CN' } } } },
  });
  const session = `/session/${sessionId}`;
  const run = (script, ...args) => call('POST', `${session}/execute/sync`, { script, args });
  return {
    goto: (url) => call('POST', `${session}/url`, { url }),
    /** The value of `script` (a function body) once it is truthy, or an error after `timeout` ms. */
    async waitFor(script, { timeout = 15000 } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        const value = await run(script);
        if (value) return value;
        if (Date.now() > end) throw new Error(`timed out waiting for: ${script}`);
        await new Promise((ok) => setTimeout(ok, 100));
      }
    },
    run,
    /** The page printed to PDF by Firefox (WebDriver's Print command), as bytes. */
    print: async (options = {}) => Buffer.from(await call('POST', `${session}/print`, options), 'base64'),
    async close() {
      await call('DELETE', session).catch(() => {});
      driver.kill();
    },
  };
}
