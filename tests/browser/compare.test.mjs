// Two versions of a law compared, from a link (`?doc=NEW&base=OLD`), in the three engines: the
// summary's counts, the rows of both versions, the changes marked, unchanged rows folded away.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, serve } from './support/app.mjs';
import { openEngine } from './support/webdriver.mjs';

const VERSIONS = fileURLToPath(new URL('../versions/', import.meta.url));
const ENGINES = (process.env.DOCVIEW_ENGINES ?? 'chromium,firefox,webkit').split(',');
const site = mkdtempSync(join(tmpdir(), 'docview-compare-'));
cpSync(DIST, site, { recursive: true });
mkdirSync(join(site, 'laws'));
for (const file of ['law_代表法_2015.md', 'law_代表法_2025.md']) cpSync(join(VERSIONS, file), join(site, 'laws', file));
const LINK = `?doc=${encodeURIComponent('laws/law_代表法_2025.md')}&base=${encodeURIComponent('laws/law_代表法_2015.md')}`;

for (const engine of ENGINES) {
  describe(engine, () => {
    let browser;
    let server;
    before(async () => {
      server = await serve(site);
      browser = await openEngine(engine);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('a link with ?base= shows the comparison: its summary counts, every article of both versions in a row', async () => {
      await browser.goto(server.url + LINK);
      const counts = await browser.waitFor("const s = document.querySelector('[data-testid=compare-summary]'); return s && document.querySelector('[data-testid=title]')?.textContent.includes('代表法') && { ...s.dataset }");
      // As the pipeline finds them natively (tests/compare.rs): 52 articles before, 65 after.
      assert.deepEqual(counts, { testid: 'compare-summary', unchanged: '24', changed: '28', added: '13', deleted: '0', renumbered: '23' });
      assert.equal(24 + 28 + 13, 65);
      const rows = await browser.run("return [...document.querySelectorAll('.compare-table tbody tr')].map((r) => r.dataset.kind)");
      assert.equal(rows.filter((k) => k !== 'deleted').length >= 65, true, `${rows.length} rows`);
      const marked = await browser.run("return [document.querySelectorAll('.compare-table del').length, document.querySelectorAll('.compare-table ins').length, document.querySelectorAll('.compare-table small').length]");
      assert.ok(marked[0] > 0 && marked[1] > 0, `deletions and insertions marked: ${marked}`);
      assert.ok(marked[2] >= 23, 'renumbered articles say their old number');
      const renumbered = await browser.run("return document.querySelector('tr.renumbered small').textContent");
      assert.match(renumbered, /^（原第.+条）$/u);
    });

    test('“changes only” folds the unchanged rows away, and back', async () => {
      const shown = "return [...document.querySelectorAll('.compare-table tbody tr')].filter((r) => r.checkVisibility()).length";
      const all = await browser.run(shown);
      await browser.click('[data-testid=changed-only]');
      assert.equal(await browser.waitFor(`const n = ${shown.slice(7)}; return n < ${all} && n`), all - 24, 'the 24 unchanged articles hidden');
      await browser.click('[data-testid=changed-only]');
      assert.equal(await browser.waitFor(`const n = ${shown.slice(7)}; return n === ${all} && n`), all);
    });

    test('j and k move from change to change, skipping unchanged rows', async () => {
      await browser.run('document.activeElement?.blur()');
      await browser.keys('j');
      const first = await browser.waitFor("const r = document.activeElement; return r?.tagName === 'TR' && [r.dataset.kind, [...document.querySelectorAll('.compare-table tbody tr')].indexOf(r)]");
      assert.notEqual(first[0], 'unchanged');
      await browser.keys('j');
      const second = await browser.waitFor(`const r = document.activeElement; const i = [...document.querySelectorAll('.compare-table tbody tr')].indexOf(r); return i > ${first[1]} && [r.dataset.kind, i]`);
      assert.ok(['changed', 'added', 'deleted'].includes(second[0]), second[0]);
      await browser.keys('k');
      assert.equal(await browser.waitFor(`const i = [...document.querySelectorAll('.compare-table tbody tr')].indexOf(document.activeElement); return i === ${first[1]} && i`), first[1]);
      const inView = await browser.run('const r = document.activeElement.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0');
      assert.equal(inView, true);
    });

    test('ending the comparison shows the new version as a document', async () => {
      await browser.click('[data-testid=compare-close]');
      await browser.waitFor("return document.querySelectorAll('[data-testid=document] [data-testid=section]').length > 0 && !document.querySelector('[data-testid=comparison]')");
    });
  });
}

test('printed, the comparison is a 对照表 on A4: its title, the header row on every page, all the text of both versions', async () => {
  const { launchChromium } = await import('./support/app.mjs');
  const { execFileSync } = await import('node:child_process');
  for (const file of ['law_国务院组织法_1982.md', 'law_国务院组织法_2024.md']) cpSync(join(VERSIONS, file), join(site, 'laws', file));
  const server = await serve(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}?doc=laws/law_国务院组织法_2024.md&base=laws/law_国务院组织法_1982.md`);
    await page.getByTestId('compare-summary').waitFor();
    const path = join(site, 'comparison.pdf');
    await page.pdf({ path, preferCSSPageSize: true });
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const pages = Number(info.match(/Pages:\s+(\d+)/u)[1]);
    const [, width, height] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/u) ?? [];
    assert.ok(Number(width) < Number(height), `A4 portrait: ${info.match(/Page size:.*/u)}`);
    assert.ok(pages >= 2, `${pages} pages`);
    const text = (n) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', `${n}`, '-l', `${n}`, path, '-'], { encoding: 'utf8' });
    assert.match(text(1), /《中华人民共和国国务院组织法》修改前后对照表/u);
    for (let n = 1; n <= pages; n++) assert.match(text(n), /修改前[\s\S]*修改后/u, `the header row on page ${n}`);
    // Every Han character of both versions' shown text is on paper (the table adds its own).
    const han = (s) => (s.match(/\p{Script=Han}/gu) ?? []).length;
    const shown = await page.evaluate(() => [...document.querySelectorAll('.compare-table tbody td')].map((td) => td.textContent).join(''));
    const printed = Array.from({ length: pages }, (_, i) => text(i + 1)).join('');
    assert.ok(han(printed) >= han(shown), `${han(printed)} Han characters printed, ${han(shown)} in the table`);
    const versions = ['law_国务院组织法_1982.md', 'law_国务院组织法_2024.md'].map((f) => readFileSync(join(VERSIONS, f), 'utf8').replace(/<!--[\s\S]*?-->/gu, ''));
    assert.ok(han(shown) >= han(versions.join('')), 'the table holds every Han character of both versions');
    assert.doesNotMatch(printed, /只看修改的条文|退出对照/u, 'no interface on paper');
    // Exported as a Markdown table.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-markdown').click()]);
    assert.equal(download.suggestedFilename(), '中华人民共和国国务院组织法-对照表.md');
    const markdown = readFileSync(await download.path(), 'utf8');
    assert.match(markdown, /^# 《中华人民共和国国务院组织法》修改前后对照表\n/u);
    assert.match(markdown, /\| 第七条 国务院秘书长[^|]*\| 第十条 国务院秘书长/u, 'the renumbered article in one row');
  } finally {
    await browser.close();
    await server.close();
  }
});
