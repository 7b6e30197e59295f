// The print layouts: 公文 (GB/T 9704) for Chinese documents, a handout for others, and the
// print panel's choices, checked on the PDF Chromium prints (poppler-utils).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from './support/app.mjs';
import { openMenu, toggleMenuPanel } from './support/page.mjs';
import { squeeze } from './support/site.mjs';

const CORPUS = new URL('../corpus/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'docview-layouts-'));
let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

/** Prints the page as the browser would (CSS page size and margins) and reads the PDF back. */
async function print(name) {
  const path = join(dir, `${name}.pdf`);
  await app.page.pdf({ path, preferCSSPageSize: true });
  const pages = Number(execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
  const text = (n, layout = false) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), '-f', `${n}`, '-l', `${n}`, path, '-'], { encoding: 'utf8' });
  /** The lines of page `n`, top to bottom: words whose boxes end within 5 pt of each other. */
  const lines = (n) => {
    const html = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox', '-f', `${n}`, '-l', `${n}`, path, '-'], { encoding: 'utf8' });
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/gu)]
      .map(([, x, y, t]) => ({ x: Number(x), y: Number(y), text: t }))
      .sort((a, b) => a.y - b.y);
    const out = [];
    for (const w of words) {
      const line = out.at(-1);
      if (line && w.y - line.y < 5) line.words.push(w);
      else out.push({ y: w.y, words: [w] });
    }
    return out.map(({ y, words: ws }) => {
      ws.sort((a, b) => a.x - b.x);
      return { y, x: ws[0].x, text: ws.map((w) => w.text).join(' ') };
    });
  };
  return { path, pages, text, lines };
}

const pageNumber = (line) => /^—\s*\d+\s*—$/u.test(line.text.trim());

test('the speech prints as an official document: 22 lines of 28 characters, numbers outside', async () => {
  const pdf = await print('speech-official');
  assert.ok(pdf.pages >= 3);
  assert.equal(await previewPages(), pdf.pages, 'the print preview counts the same pages');
  // Page 2 is all body text: count its lines and the characters of its full lines.
  const lines = pdf.lines(2);
  const body = lines.filter((l) => !pageNumber(l));
  assert.ok(Math.abs(body.length - 22) <= 1, `${body.length} lines on a full page`);
  const lengths = body.map((l) => [...squeeze(l.text)].length);
  const full = Math.max(...lengths);
  assert.ok(Math.abs(full - 28) <= 1, `${full} characters on a full line (${lengths})`);
  assert.ok(lengths.filter((n) => n === full).length >= 10, 'most lines are full');
  // `— n —` right on odd pages, left on even pages (A4 is 595 pt wide).
  const number = (n) => pdf.lines(n).find(pageNumber);
  assert.match(number(1).text, /—\s*1\s*—/u);
  assert.ok(number(1).x > 595 / 2, 'page 1: number on the right');
  assert.match(number(2).text, /—\s*2\s*—/u);
  assert.ok(number(2).x < 595 / 2, 'page 2: number on the left');
});

test('headings are set in other faces than the body', async () => {
  const { page } = app;
  await page.emulateMedia({ media: 'print' });
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const face = async (selector) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.sort((a, b) => b.glyphCount - a.glyphCount)[0].familyName;
    };
    const body = await face('[data-testid=document] p.paragraph');
    const heading = await face('[data-testid=document] h2.heading');
    assert.notEqual(heading, body, `heading in ${heading}, body in ${body}`);
  } finally {
    await page.emulateMedia({ media: null });
  }
});

test('what is on screen, filtered by 监督: the opening and section 二 with their headings', async () => {
  const { page } = app;
  await toggleMenuPanel(page, 'print-panel');
  await openMenu(page);
  await page.getByTestId('print-on-screen').check();
  await page.getByTestId('filter').fill('监督');
  const pdf = await print('speech-on-screen');
  const text = squeeze(Array.from({ length: pdf.pages }, (_, i) => pdf.text(i + 1)).join(''));
  assert.ok(text.includes('二、务求实效履职责'));
  assert.ok(text.includes(squeeze('州十三届人大常委会第三次会议，在大家的共同努力下')), 'the opening paragraph');
  assert.ok(text.includes(squeeze('习近平总书记明确提出了')), 'section 二’s paragraph');
  for (const gone of ['一、把准方向推工作', '三、', '各位常委会组成人员', '习近平总书记在中央人大工作会议']) {
    assert.ok(!text.includes(squeeze(gone)), `"${gone}" is not printed`);
  }
  await page.getByTestId('filter').fill('');
  await page.waitForFunction(() => !location.search.includes('q='));
  await openMenu(page);
  await page.getByTestId('print-whole').check();
});

test('the extras: an outline page first, the title and date on every page, paragraph numbers', async () => {
  const { page } = app;
  await openMenu(page);
  for (const id of ['print-outline', 'print-header', 'print-numbers']) await page.getByTestId(id).check();
  const pdf = await print('speech-extras');
  const title = '在州十三届人大常委会第三次会议上的讲话';
  const first = pdf.text(1);
  assert.match(first, /目录/u);
  assert.ok(['一、把准方向推工作', '二、务求实效履职责', '三、内强素质树形象'].every((h) => first.includes(h)));
  assert.ok(!first.includes('各位常委会组成人员'), 'the outline has a page of its own');
  const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`; });
  for (let n = 1; n <= pdf.pages; n++) assert.match(pdf.lines(n)[0].text, new RegExp(`${title}\\s*${today}`, 'u'), `header on page ${n}`);
  // The body paragraphs are numbered 1, 2, 3 … where each begins.
  const lines = pdf.text(2, true).split('\n').map((l) => l.trim());
  const numbered = lines.filter((l) => /^\d+\s/u.test(l)).map((l) => Number(l.match(/^\d+/u)[0]));
  assert.deepEqual(numbered.slice(0, 3), [1, 2, 3]);
  assert.ok(lines.some((l) => /^1\s+州十三届人大常委会第三次会议/u.test(l)));
  await openMenu(page);
  for (const id of ['print-outline', 'print-header', 'print-numbers']) await page.getByTestId(id).uncheck();
});

test('the print panel remembers its choices in this browser', async () => {
  const { page } = app;
  await openMenu(page);
  await page.getByTestId('print-layout').selectOption('handout');
  await page.getByTestId('print-numbers').check();
  await page.reload();
  await page.locator('[data-testid=section]').first().waitFor();
  assert.equal(await page.getByTestId('print-layout').inputValue(), 'handout');
  assert.equal(await page.getByTestId('print-numbers').isChecked(), true);
  assert.equal(await page.evaluate(() => document.documentElement.className.includes('print-handout')), true);
  await toggleMenuPanel(page, 'print-panel');
  await openMenu(page);
  await page.getByTestId('print-layout').selectOption('auto');
  await page.getByTestId('print-numbers').uncheck();
});

test('an English document prints as a handout, with no heading last on a page', async () => {
  const { page } = app;
  await page.getByTestId('open-file').setInputFiles(fileURLToPath(new URL('en_us_constitution.txt', CORPUS)));
  await page.getByTestId('title').filter({ hasText: /constitution/iu }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.className.includes('print-handout')), true);
  const headings = (await page.locator('[data-testid=document] .heading').allTextContents()).map((h) => h.trim());
  const pdf = await print('constitution-handout');
  assert.ok(pdf.pages >= 5, `${pdf.pages} pages`);
  for (let n = 1; n < pdf.pages; n++) {
    const body = pdf.lines(n).filter((l) => !pageNumber(l));
    const last = body.at(-1).text.trim();
    assert.ok(!headings.some((h) => h.startsWith(last) || last.startsWith(h)), `page ${n} ends with the heading "${last}"`);
  }
});

/** The page count the in-page preview shows, opened from the print panel. */
async function previewPages() {
  const { page } = app;
  await openMenu(page);
  const panel = page.getByTestId('print-panel');
  const wasOpen = await panel.evaluate((d) => d.open);
  if (!wasOpen) await panel.locator('summary').click();
  await openMenu(page);
  await page.getByTestId('print-preview-open').click();
  const count = page.getByTestId('preview-pages');
  await page.waitForFunction(() => /^\d+ 页$/u.test(document.querySelector('[data-testid=preview-pages]').textContent));
  const pages = Number((await count.innerText()).match(/\d+/u)[0]);
  await page.getByTestId('preview-close').click();
  if (!wasOpen) {
    await openMenu(page);
    await panel.locator('summary').click();
  }
  await page.keyboard.press('Escape');
  return pages;
}

/** The page title each corpus file opens with (its title line, or its file name). */
const TITLES = {
  'law_行政复议法_2023.md': '中华人民共和国行政复议法',
  'report_2024政府工作报告.txt': '政府工作报告——2024年3月5日',
  'en_us_constitution.txt': 'en_us_constitution',
};

/**
 * Opens a corpus file through the file input and waits until all of it is on the page (the app's
 * `document-ready` mark) under its title: the same file opened again keeps its title, so the
 * title alone does not say the new opening is done.
 */
async function open(name) {
  await app.page.evaluate(() => performance.clearMarks('document-ready'));
  await app.page.getByTestId('open-file').setInputFiles(fileURLToPath(new URL(name, CORPUS)));
  await app.page.waitForFunction((t) => document.title.startsWith(t) && performance.getEntriesByName('document-ready').length > 0, TITLES[name]);
}

test('the print preview counts as many pages as Chromium prints', async () => {
  const { page } = app;
  const cases = [
    ['law_行政复议法_2023.md', 'official, 三号'],
    ['report_2024政府工作报告.txt', 'official, 三号'],
    ['en_us_constitution.txt', 'handout'],
  ];
  for (const [file, what] of cases) {
    await open(file);
    const preview = await previewPages();
    const pdf = await print(`preview-${what}`);
    const printed = pdf.pages;
    if (file.startsWith('law_')) {
      // Level-2 headings (第X节) are 楷体: AR PL UKai on Linux, which the PDF embeds by name (the
      // Noto CJK faces of the body and level-1 headings are embedded as unnamed Type 3 fonts).
      const fonts = execFileSync('pdffonts', [pdf.path], { encoding: 'utf8' });
      assert.match(fonts, /UKai/u, 'the 楷体 of 第X节 headings is in the PDF');
    }
    assert.equal(preview, printed, `${file} (${what}): preview ${preview}, printed ${printed}`);
    assert.ok(printed >= 13, `${file}: ${printed} pages`);
  }
  // Options change the count, and the preview follows: the report in 小四 on A4.
  await open('report_2024政府工作报告.txt');
  const before = await previewPages();
  await openMenu(page);
  const panel = page.getByTestId('print-panel');
  if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
  await openMenu(page);
  await page.getByTestId('print-body').selectOption('12');
  const smaller = await previewPages();
  assert.ok(smaller < before, `小四 takes fewer pages (${smaller} < ${before})`);
  assert.equal(smaller, (await print('preview-report-12pt')).pages);
  await openMenu(page);
  await page.getByTestId('print-body').selectOption('16');
});

test('a long document in the 公文 layout: A4, every character in order, numbered pages, no interface', async () => {
  const { page } = app;
  await open('report_2024政府工作报告.txt');
  assert.equal(await page.evaluate(() => document.documentElement.className.includes('print-official')), true);
  const pdf = await print('report-official');
  const info = execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' });
  const [, w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
  assert.deepEqual([Math.round(w), Math.round(h)], [595, 842]);
  assert.ok(pdf.pages >= 20, `${pdf.pages} pages`);
  const pages = Array.from({ length: pdf.pages }, (_, i) => pdf.text(i + 1));
  pages.forEach((text, i) => assert.match(text, new RegExp(`—\\s*${i + 1}\\s*—`, 'u'), `page number ${i + 1}`));
  const printed = squeeze(pages.join('')).replace(/—\d+—/gu, '');
  const source = squeeze(readFileSync(new URL('report_2024政府工作报告.txt', CORPUS), 'utf8').replace(/^\uFEFF/u, ''));
  assert.ok(printed.includes(source), 'every character of the report is printed, in order');
  for (const label of ['全部展开', '全部折叠', '打印设置', '筛选', '提纲', '改标题', '打印预览']) {
    assert.ok(!printed.includes(label), `"${label}" is not on paper`);
  }
});

test('A5 and Letter paper print on their own page sizes', async () => {
  const { page } = app;
  await openMenu(page);
  const panel = page.getByTestId('print-panel');
  if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
  for (const [paper, size] of [['a5', [420, 595]], ['letter', [612, 792]]]) {
    await openMenu(page);
    await page.getByTestId('print-paper').selectOption(paper);
    const pdf = await print(`paper-${paper}`);
    const [, w, h] = execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' }).match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
    assert.deepEqual([Math.round(w), Math.round(h)], size, paper);
    assert.equal(await previewPages(), pdf.pages, `${paper}: the preview counts the printed pages`);
  }
  await openMenu(page);
  await page.getByTestId('print-paper').selectOption('a4');
});
