// Printing gives the whole speech on A4 with page numbers and no interface, even when
// sections were folded on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from './support/app.mjs';
import { openMenu } from './support/page.mjs';
import { SPEECH, squeeze } from './support/site.mjs';

const UI_LABELS = ['全部展开', '全部折叠', '打印', '筛选', '提纲', '改标题', '清除筛选', '没有找到', '输入关键词'];
const A4_POINTS = [595, 842];

let app;
let pdfText;
let pdfInfo;
before(async () => {
  app = await openApp();
  const { page } = app;
  await openMenu(page);
  await page.getByTestId('collapse-all').click();
  await page.locator('[data-testid=section] summary').first().click(); // one open, two folded
  assert.equal(await page.locator('details[open]').count(), 1);
  const pdf = join(mkdtempSync(join(tmpdir(), 'docview-print-')), 'speech.pdf');
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  pdfInfo = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
});
after(async () => { await app?.close(); });

test('the pages are A4', () => {
  const [, w, h] = pdfInfo.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
  assert.deepEqual([Math.round(w), Math.round(h)], A4_POINTS);
});

test('every character of the speech is printed, folded sections included', () => {
  const speech = squeeze(readFileSync(SPEECH, 'utf8'));
  const printed = squeeze(pdfText).replace(/—\d+—/gu, '');
  assert.ok(printed.includes(speech), 'the printed text contains the whole speech, in order');
});

test('the title is printed', () => {
  assert.ok(squeeze(pdfText).includes('在州十三届人大常委会第三次会议上的讲话'));
});

test('every page carries its number', () => {
  const pages = Number(pdfInfo.match(/Pages:\s+(\d+)/)[1]);
  assert.ok(pages >= 2, `the speech takes ${pages} pages`);
  for (let n = 1; n <= pages; n++) assert.match(pdfText, new RegExp(`—\\s*${n}\\s*—`), `page number ${n}`);
});

test('no interface is printed', () => {
  for (const label of UI_LABELS) assert.ok(!pdfText.includes(label), `"${label}" is not on paper`);
});

test('folding on screen is untouched by printing', async () => {
  assert.equal(await app.page.locator('details[open]').count(), 1);
});

test('the print stylesheet alone (Ctrl+P) shows folded sections', async () => {
  const { page } = app;
  await page.emulateMedia({ media: 'print' });
  try {
    for (const body of await page.locator('.section-body').all()) assert.equal(await body.isVisible(), true);
    assert.equal(await page.getByTestId('outline').isVisible(), false);
    assert.equal(await page.getByTestId('filter').isVisible(), false);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

test('without ::details-content, beforeprint opens folded sections and afterprint folds them again', async () => {
  const { page } = app;
  const openStates = () => page.locator('[data-testid=section]').evaluateAll((ds) => ds.map((d) => d.open));
  const before = await openStates();
  assert.deepEqual(before, [true, false, false]);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.deepEqual(await openStates(), [true, true, true]);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  assert.deepEqual(await openStates(), before);
  await page.waitForTimeout(100); // the toggle events of the above arrive after it
  assert.deepEqual(await openStates(), before);
  await openMenu(page);
  await page.getByTestId('expand-all').click();
  assert.deepEqual(await openStates(), [true, true, true], 'the fold signals still drive the sections');
});
