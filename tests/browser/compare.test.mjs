// Two versions of a law compared, from a link (`?doc=NEW&base=OLD`), in the three engines: the
// summary's counts, the rows of both versions, the changes marked, unchanged rows folded away.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
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

    test('ending the comparison shows the new version as a document', async () => {
      await browser.click('[data-testid=compare-close]');
      await browser.waitFor("return document.querySelectorAll('[data-testid=document] [data-testid=section]').length > 0 && !document.querySelector('[data-testid=comparison]')");
    });
  });
}
