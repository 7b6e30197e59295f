// Two versions of a law compared, from a link (`?doc=NEW&base=OLD`), in the three engines: the
// summary's counts, the rows of both versions, the changes marked, unchanged rows folded away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './support/app.mjs';
import { serve, siteCopy } from './support/site.mjs';
import { forEachEngine } from './support/webdriver.mjs';

const VERSIONS = fileURLToPath(new URL('../versions/', import.meta.url));
const site = siteCopy('compare');
mkdirSync(join(site, 'laws'));
for (const file of ['law_代表法_2015.md', 'law_代表法_2025.md']) cpSync(join(VERSIONS, file), join(site, 'laws', file));
const LINK = `?doc=${encodeURIComponent('laws/law_代表法_2025.md')}&base=${encodeURIComponent('laws/law_代表法_2015.md')}`;

forEachEngine(({ browser, server }) => {
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

  const VISIBLE_ROWS = "[...document.querySelectorAll('.compare-table tbody tr')].filter((r) => r.checkVisibility())";
  const cellsWith = (term) => `${VISIBLE_ROWS}.map((r) => [...r.cells].map((c) => c.textContent.includes(${JSON.stringify(term)})))`;

  test('the filter works across both columns: a term the revision took out, then one on both sides', async () => {
    const all = await browser.run(`return ${VISIBLE_ROWS}.length`);
    // Only in the 2015 text: its row stays, found in the 修改前 column.
    await browser.type('[data-testid=compare-filter]', '所需的信息和');
    const gone = await browser.waitFor(`const v = ${cellsWith('所需的信息和')}; return v.length === 1 && v`);
    assert.deepEqual(gone, [[true, false]]);
    assert.equal(await browser.run("return document.querySelector('[data-testid=compare-filter-status]').textContent"), '1 行');
    const painted = "return globalThis.CSS?.highlights ? CSS.highlights.get('match')?.size ?? 0 : -1";
    const marks = await browser.run(painted);
    assert.ok(marks === 1 || marks === -1, `one occurrence painted (${marks})`);
    await browser.keys('\uE00C');
    await browser.waitFor(`return ${VISIBLE_ROWS}.length === ${all}`);
    // On both sides: every row holding it in either column, and only those.
    await browser.type('[data-testid=compare-filter]', '选民');
    const expected = await browser.run("return [...document.querySelectorAll('.compare-table tbody tr')].filter((r) => r.textContent.includes('选民')).length");
    assert.ok(expected > 3, `${expected} rows name 选民`);
    const shown = await browser.waitFor(`const v = ${cellsWith('选民')}; return v.length === ${expected} && v`);
    assert.ok(shown.every((cells) => cells.includes(true)));
    assert.ok(shown.some(([before, after]) => before && after), 'found in both columns of one row');
    assert.equal(await browser.run("return document.querySelector('[data-testid=compare-filter-status]').textContent"), `${expected} 行`);
    await browser.keys('\uE00C');
    await browser.waitFor(`return ${VISIBLE_ROWS}.length === ${all}`);
  });

  test('the list of changes names every changed and added article, each a link to its row; so are the summary\'s counts', async () => {
    const entries = await browser.run("return [...document.querySelectorAll('[data-testid=compare-changes] li')].map((li) => [li.className, li.querySelector('a').getAttribute('href'), li.textContent])");
    assert.equal(entries.length, 28 + 13, 'changed and added (none deleted)');
    for (const [kind, href] of entries) {
      assert.equal(await browser.run(`return document.querySelector('${href}')?.dataset.kind`), kind, href);
    }
    assert.match(entries[0][2], /^第.+条修改$/u);
    const added = entries.find(([kind]) => kind === 'added');
    if (!(await browser.run("return document.querySelector('[data-testid=compare-changes] details').open"))) await browser.click('[data-testid=compare-changes] summary');
    await browser.click(`[data-testid=compare-changes] a[href="${added[1]}"]`);
    await browser.waitFor(`const r = document.querySelector('${added[1]}').getBoundingClientRect(); return location.hash === '${added[1]}' && r.top >= 0 && r.top < innerHeight`);
    const summary = await browser.run("return [...document.querySelectorAll('[data-testid=compare-summary] a')].map((a) => [a.textContent, document.querySelector(a.getAttribute('href')).dataset.kind])");
    assert.deepEqual(summary.map(([, kind]) => kind), ['changed', 'added', 'unchanged', 'renumbered']);
    assert.match(summary[0][0], /^修改 28$/u);
  });

  test('on a phone (390 px) each pair is stacked, old above new, and nothing is wider than the screen', async () => {
    await browser.run(`const f = document.createElement('iframe'); f.id = 'phone'; f.style.cssText = 'width: 390px; height: 844px; border: 0';
      f.src = location.href; document.body.prepend(f);`);
    const layout = await browser.waitFor(`const d = document.getElementById('phone')?.contentDocument;
      const row = d?.querySelector('.compare-table tr.changed');
      if (!row) return null;
      const [a, b] = [...row.cells].map((c) => c.getBoundingClientRect());
      return { stacked: b.top >= a.bottom - 1, aligned: Math.abs(a.left - b.left) < 1, width: d.documentElement.scrollWidth, labels: getComputedStyle(row.cells[0], '::before').content };`, { timeout: 30000 });
    assert.equal(layout.stacked, true, 'the new text below the old');
    assert.equal(layout.aligned, true);
    assert.ok(layout.width <= 390, `the page is ${layout.width} px wide`);
    assert.equal(layout.labels, '"修改前"');
    await browser.run("document.getElementById('phone').remove()");
  });

  test('ending the comparison shows the new version as a document', async () => {
    await browser.click('[data-testid=compare-close]');
    await browser.waitFor("return document.querySelectorAll('[data-testid=document] [data-testid=section]').length > 0 && !document.querySelector('[data-testid=comparison]')");
  });

  test('the earlier version dropped on its target compares again; dropped elsewhere, a file opens as the document', async () => {
    const drop = (text, name, target) => browser.run(`
      const data = new DataTransfer();
      data.items.add(new File([arguments[0]], arguments[1], { type: 'text/plain' }));
      document.querySelector('[data-testid=document]').dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      const shown = getComputedStyle(document.querySelector('[data-testid=drop-base]')).display !== 'none';
      document.querySelector(arguments[2]).dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      return shown;`, text, name, target);
    const old = readFileSync(join(VERSIONS, 'law_代表法_2015.md'), 'utf8');
    assert.equal(await drop(old, 'law_代表法_2015.md', '[data-testid=drop-base]'), true, 'the target shows while a file is over the page');
    const counts = await browser.waitFor("const s = document.querySelector('[data-testid=compare-summary]'); return s && [s.dataset.unchanged, s.dataset.changed, s.dataset.added]");
    assert.deepEqual(counts, ['24', '28', '13']);
    assert.match(await browser.run("return document.querySelector('.compare-base').textContent"), /law_代表法_2015\.md/u);
    await browser.click('[data-testid=compare-close]');
    await browser.waitFor("return document.querySelector('[data-testid=document] [data-testid=section]')");
    await drop(old, 'law_代表法_2015.md', '[data-testid=document] p');
    await browser.waitFor("return !document.querySelector('[data-testid=comparison]') && document.querySelector('[data-testid=document]')?.textContent.includes('所需的信息和')", { timeout: 30000 });
  });
}, { dir: site });

test('printed, the comparison is a 对照表 on A4: its title, the header row on every page, all the text of both versions', async () => {
  for (const file of ['law_国务院组织法_1982.md', 'law_国务院组织法_2024.md']) cpSync(join(VERSIONS, file), join(site, 'laws', file));
  const server = await serve(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' });
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
