// The same app in Firefox ESR: the release build served over http, and the single-file build
// opened from disk (Firefox's own `--screenshot` would fire before the wasm starts, so the
// checks wait on the page's state through WebDriver).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIST, serve } from './support/app.mjs';
import { openFirefox } from './support/firefox.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/single-file.mjs', import.meta.url));
let firefox;
before(async () => { firefox = await openFirefox(); });
after(async () => { await firefox?.close(); });

/** Types `query` into the filter box and returns the match count it shows. */
async function filter(query) {
  await firefox.run(`
    const box = document.querySelector('[data-testid=filter]');
    box.value = arguments[0];
    box.dispatchEvent(new Event('input', { bubbles: true }));`.replace('arguments[0]', JSON.stringify(query)));
  return firefox.waitFor("return document.querySelector('[data-testid=match-count]').textContent");
}

test('served over http, Firefox shows the speech and filters it', async () => {
  const server = await serve();
  try {
    await firefox.goto(server.url);
    const sections = await firefox.waitFor("return document.querySelectorAll('[data-testid=section]').length");
    assert.equal(sections, 3);
    assert.equal(await filter('监督'), '13 处 · 2 段');
    const marks = await firefox.run("return [...CSS.highlights.get('match')].length");
    assert.equal(marks, 13, 'the matches are highlighted');
  } finally {
    await server.close();
  }
});

test('the single file, opened from disk in Firefox, shows the speech and filters it', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'docview-ff-')), 'docview.html');
  execFileSync('node', [SCRIPT, DIST, file]);
  await firefox.goto(pathToFileURL(file).href);
  const sections = await firefox.waitFor("return document.querySelectorAll('[data-testid=section]').length");
  assert.equal(sections, 3);
  assert.equal(await filter('监督'), '13 处 · 2 段');
});
