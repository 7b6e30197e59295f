// The same app in Firefox ESR: the release build served over http, and the single-file build
// opened from disk (Firefox's own `--screenshot` would fire before the wasm starts, so the
// checks wait on the page's state through WebDriver).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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

test('in Firefox the speech folds, follows a deep link, marks the reading position and switches language', async () => {
  const server = await serve();
  try {
    await firefox.goto(`${server.url}#s2-k2`);
    await firefox.waitFor("return document.querySelectorAll('[data-testid=section]').length === 3");
    // The deep link: section 二 open, the key point 要全力推进监督工作 in view.
    await firefox.waitFor(`const r = document.getElementById('s2-k2').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && document.getElementById('s2-k2').textContent.startsWith('要全力推进监督工作')`);
    await firefox.waitFor("return document.querySelector('[data-testid=outline] a[aria-current=location]')?.textContent === '二、务求实效履职责'");
    // Folding by the heading, and everything at once.
    await firefox.run("document.querySelector('#s1 > summary').click()");
    assert.equal(await firefox.waitFor("return document.getElementById('s1').open === false && 'folded'"), 'folded');
    await firefox.run("document.querySelector('[data-testid=expand-all]').click()");
    assert.equal(await firefox.waitFor("return [...document.querySelectorAll('[data-testid=section]')].every((d) => d.open) && 'open'"), 'open');
    // The interface in English and back.
    await firefox.run("document.querySelector('[data-testid=language]').click()");
    assert.equal(await firefox.waitFor("return document.documentElement.lang === 'en' && document.querySelector('label[for=filter-input]').textContent"), 'Filter');
    await firefox.run("document.querySelector('[data-testid=language]').click()");
    await firefox.waitFor("return document.documentElement.lang === 'zh-CN'");
  } finally {
    await server.close();
  }
});

test('Firefox prints the speech on four A4 pages, without the interface', async () => {
  const server = await serve();
  try {
    await firefox.goto(server.url);
    await firefox.waitFor("return document.querySelectorAll('[data-testid=section]').length === 3");
    const dir = mkdtempSync(join(tmpdir(), 'docview-ff-print-'));
    const pdf = join(dir, 'speech.pdf');
    writeFileSync(pdf, await firefox.print({ background: false }));
    // Four pages, as Chromium prints it. Firefox's PDF (cairo) maps only some CJK glyphs back to
    // text, so the text is checked by pieces that come through whole.
    assert.match(execFileSync('pdfinfo', [pdf]).toString(), /Pages:\s+4\n/u);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/gu, '');
    for (const part of ['在州十三届人', '履职尽责', '讲三点']) assert.ok(text.includes(part), part);
    // The interface's only Latin label, the language button, is not on paper.
    assert.ok(!text.includes('English'), 'no interface on paper');
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
