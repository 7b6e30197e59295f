// PDFs in three engines: the fixtures (scripts/pdf-fixtures.py), each a corpus text laid out on
// pages, open as the same document the .txt gives: its characters in order, its paragraphs
// whole, its headings, without page numbers or running headers. A bad PDF names itself and the
// document on screen stays; a plain visit fetches nothing of the PDF reader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteCopy, squeeze } from './support/site.mjs';
import { forEachEngine, freshVisit } from './support/webdriver.mjs';

const fixture = (name) => fileURLToPath(new URL(`../fixtures/pdf/${name}`, import.meta.url));
const corpus = (name) => fileURLToPath(new URL(`../corpus/${name}`, import.meta.url));
const site = siteCopy('pdf');
mkdirSync(join(site, 'files'));
copyFileSync(fixture('notice_chromium.pdf'), join(site, 'files', 'notice.pdf'));
copyFileSync(corpus('notice_国办发2022_35号_营商环境.txt'), join(site, 'files', 'notice.txt'));
copyFileSync(fileURLToPath(new URL('../fixtures/ofd/notice.ofd', import.meta.url)), join(site, 'files', 'notice.ofd'));
const NOTICE = '国务院办公厅关于复制推广营商环境创新试点改革举措的通知';

const SPEECH = '在州十三届人大常委会第三次会议上的讲话';
const TITLE = "document.querySelector('[data-testid=title]')?.textContent";
const SAMPLE_SHOWN = `return ${TITLE} === ${JSON.stringify(SPEECH)}`;
const OPENED = `const t = ${TITLE}; return t && t !== ${JSON.stringify(SPEECH)} && t`;
/** The document as the page shows it: its title, then its headings and paragraphs in order. */
const READ = `return { title: ${TITLE},
  blocks: [...document.querySelectorAll('[data-testid=document] :is(summary .heading, p:not([hidden]):not(.empty-result))')].map((e) => e.textContent),
  outline: [...document.querySelectorAll('[data-testid=outline] li:not(.key-point-entry) > a')].map((a) => a.textContent) }`;

const FIXTURES = [
  ['notice_chromium.pdf', 'notice_国办发2022_35号_营商环境.txt', ['国务院办公厅文件', '— 1 —', '— 2 —']],
  ['report_reportlab.pdf', 'report_2024政府工作报告.txt', ['2024年政府工作报告', '第 1 页', '第 12 页']],
  ['constitution_two_columns.pdf', 'en_us_constitution.txt', ['- 1 -', '- 3 -']],
];

/** The length of the longest common subsequence of `a` and `b` (Myers: fast when they are alike). */
function commonLength(a, b) {
  const max = a.length + b.length;
  const v = new Int32Array(2 * max + 2);
  for (let d = 0; d <= max; d += 1) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) { x += 1; y += 1; }
      v[max + k] = x;
      if (x >= a.length && y >= b.length) return (a.length + b.length - d) / 2;
    }
  }
  return 0;
}

/** F1 of `found` against `expected` (lists of texts, each counted once per time it appears). */
function f1(found, expected) {
  const left = [...expected];
  let hits = 0;
  for (const f of found) {
    const i = left.indexOf(f);
    if (i >= 0) { hits += 1; left.splice(i, 1); }
  }
  return hits === 0 ? 0 : (2 * hits) / (found.length + expected.length);
}

forEachEngine(({ engine, browser, server }) => {
  const open = async (path) => {
    await freshVisit(browser, server.url, SAMPLE_SHOWN);
    await browser.type('[data-testid=open-file]', path);
    await browser.waitFor(OPENED, { timeout: 20000 });
    return browser.run(READ);
  };

  for (const [pdf, txt, furniture] of FIXTURES) {
    test(`${pdf} reads as ${txt} does: 99% of its characters in order, 95% of its paragraphs whole, its headings, no page furniture`, async () => {
      const started = Date.now();
      const fromPdf = await open(fixture(pdf));
      const took = Date.now() - started;
      const fromTxt = await open(corpus(txt));
      const source = [...squeeze(readFileSync(corpus(txt), 'utf8'))];
      const shown = [...squeeze([fromPdf.title, ...fromPdf.blocks].join(''))];
      const inOrder = commonLength(source, shown) / source.length;
      const paragraphs = fromTxt.blocks.map(squeeze).filter(Boolean);
      const whole = new Set(fromPdf.blocks.map(squeeze));
      const kept = paragraphs.filter((p) => whole.has(p)).length / paragraphs.length;
      const headings = f1(fromPdf.outline, fromTxt.outline);
      console.log(`${engine} ${pdf}: ${(inOrder * 100).toFixed(2)}% of characters in order, ${(kept * 100).toFixed(1)}% of paragraphs whole, heading F1 ${headings.toFixed(3)}, opened in ${took} ms (with a visit)`);
      // A text without a title is named after its file: the PDF's file has another name.
      if (`${fromTxt.title}.txt` !== txt) assert.equal(fromPdf.title, fromTxt.title);
      assert.ok(inOrder >= 0.99, `${inOrder} of the characters in order`);
      assert.ok(kept >= 0.95, `${kept} of the paragraphs whole: ${paragraphs.filter((p) => !whole.has(p)).slice(0, 3).join(' | ')}`);
      assert.ok(headings >= 0.95, `heading F1 ${headings}: ${JSON.stringify(fromPdf.outline.slice(0, 8))}`);
      const text = [fromPdf.title, ...fromPdf.blocks].join('\n');
      for (const line of furniture) assert.ok(!text.includes(line), `no “${line}” in the text`);
    });
  }

  test('a scanned, a password-protected and a damaged PDF each say what they are, and the document on screen stays', async () => {
    const cases = [
      ['scanned.pdf', /扫描的图片，没有文字层/u],
      ['encrypted.pdf', /密码保护/u],
      ['damaged.pdf', /已损坏/u],
    ];
    for (const [name, said] of cases) {
      await freshVisit(browser, server.url, SAMPLE_SHOWN);
      await browser.type('[data-testid=open-file]', fixture(name));
      const message = await browser.waitFor(`const p = document.querySelector('[data-testid=problem]')?.textContent; return p?.includes(${JSON.stringify(name)}) && p`, { timeout: 20000 });
      assert.match(message, said, name);
      assert.equal(await browser.run(`return ${TITLE}`), SPEECH, `${name}: the speech stays`);
    }
  });

  test('a PDF opens by a ?doc= link and by a drop (an OFD by a link too), and compares with its .txt as the same text; a plain visit fetches nothing of the PDF reader', async () => {
    await freshVisit(browser, server.url, SAMPLE_SHOWN);
    const fetched = await browser.run("return performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('pdfjs'))");
    assert.deepEqual(fetched, [], 'no PDF code on a plain visit');
    await browser.run(`const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(arguments[0])], 'notice.pdf', { type: 'application/pdf' }));
      const at = document.querySelector('[data-testid=document] p');
      at.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      at.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));`, [...readFileSync(fixture('notice_chromium.pdf'))]);
    assert.equal(await browser.waitFor(OPENED, { timeout: 20000 }), NOTICE, 'dropped');
    // Kept among the recent documents as its text, as a Word file is: a reload shows it again.
    await browser.refresh();
    assert.equal(await browser.waitFor(OPENED, { timeout: 20000 }), NOTICE, 'reopened after a reload');
    await browser.goto(`${server.url}?doc=files/notice.pdf`);
    assert.equal(await browser.waitFor(OPENED, { timeout: 20000 }), NOTICE, 'linked');
    // An OFD by a link, as a PDF (its picker: engines.test.mjs).
    await freshVisit(browser, server.url, SAMPLE_SHOWN);
    await browser.goto(`${server.url}?doc=files/notice.ofd`);
    assert.equal(await browser.waitFor(OPENED, { timeout: 20000 }), NOTICE, 'an OFD linked');
    await browser.goto(`${server.url}?doc=files/notice.txt&base=files/notice.pdf`);
    const counts = await browser.waitFor("const s = document.querySelector('[data-testid=compare-summary]'); return s && { ...s.dataset }", { timeout: 20000 });
    assert.deepEqual([counts.changed, counts.added, counts.deleted], ['0', '0', '0'], JSON.stringify(counts));
  });
}, { dir: site });
