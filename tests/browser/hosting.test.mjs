// The release build as a department's static host would serve it: under a sub-path, with no
// request leaving for anywhere else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from './support/app.mjs';
import { serve } from './support/site.mjs';

test('served under /tools/docview/, the app renders the speech and fetches only its own files', async () => {
  const server = await serve(undefined, { base: '/tools/docview/' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const requests = [];
    const failed = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.goto(server.url);
    await page.locator('[data-testid=section]').first().waitFor({ timeout: 15000 });
    assert.equal(await page.locator('[data-testid=section]').count(), 3);
    await page.getByTestId('filter').fill('监督');
    assert.equal(await page.getByTestId('match-count').innerText(), '13 处 · 2 段');
    assert.deepEqual(failed, []);
    assert.ok(requests.length >= 4, 'the page, its script, its wasm and its styles');
    assert.deepEqual(requests.filter((u) => !u.startsWith(server.url)), [], 'every request is under the sub-path');
  } finally {
    await browser.close();
    await server.close();
  }
});
