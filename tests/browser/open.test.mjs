// Opening the reader's own files: real documents of other kinds and encodings, and files that
// are not text, which are refused with a message while the document on screen stays.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApp, shownText } from './support/app.mjs';
import { openMenu } from './support/page.mjs';
import { squeeze } from './support/site.mjs';

const CORPUS = new URL('../corpus/', import.meta.url);
const FIXTURES = new URL('../fixtures/', import.meta.url);

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const open = async (file) => {
  await app.page.getByTestId('open-file').setInputFiles(file);
};
const openPath = (url) => open(fileURLToPath(url));

test('a law opens with its chapters, divisions and articles nested, each level folding', async () => {
  const { page } = app;
  await openPath(new URL('law_行政复议法_2023.md', CORPUS));
  await page.getByTestId('title').filter({ hasText: '中华人民共和国行政复议法' }).waitFor();
  const chapters = page.locator('[data-testid=document] > .part > details.section');
  assert.equal(await chapters.count(), 7);
  const chapter2 = chapters.nth(1);
  assert.equal(await chapter2.locator(':scope > summary h2').textContent(), '第二章 行政复议申请');
  const division1 = chapter2.locator(':scope > .section-body > details.section').first();
  assert.equal(await division1.locator(':scope > summary h3').textContent(), '第一节 行政复议范围');
  const article11 = division1.locator(':scope > .section-body > details.section').first();
  assert.equal(await article11.locator(':scope > summary h4').textContent(), '第十一条');

  await article11.locator(':scope > summary').click();
  assert.equal(await article11.locator('.section-body').isVisible(), false, 'an article folds');
  assert.equal(await division1.locator(':scope > .section-body').isVisible(), true, 'its division stays open');
  await division1.locator(':scope > summary').click();
  assert.equal(await division1.locator(':scope > .section-body').isVisible(), false, 'a division folds');
  await chapter2.locator(':scope > summary').click();
  assert.equal(await chapter2.locator(':scope > .section-body').isVisible(), false, 'a chapter folds');
  await openMenu(page);
  await page.getByTestId('expand-all').click();
  assert.equal(await article11.locator('.section-body').isVisible(), true);
});

test('every character of the law is on the page but its title and Markdown markup', async () => {
  const law = await readFile(new URL('law_行政复议法_2023.md', CORPUS), 'utf8');
  const shown = squeeze(await shownText(app.page));
  const expected = squeeze(law.split('\n').slice(1).join('\n').replace(/^#+ /gmu, '').replace('<!-- INFO END -->', ''));
  assert.equal(shown, expected);
});

test('a GB18030 file with CRLF line ends opens without the reader choosing an encoding', async () => {
  const { page } = app;
  await openPath(new URL('notice_gb18030.txt', FIXTURES));
  await page.getByTestId('title').filter({ hasText: '国务院办公厅关于复制推广营商环境创新试点改革举措的通知' }).waitFor();
  const headings = await page.locator('[data-testid=document] > .part > details.section > summary h2').allTextContents();
  assert.deepEqual(headings, ['一、复制推广的改革举措', '二、切实抓好复制推广工作的组织实施']);
  assert.equal(await page.locator('.addressee').textContent(), '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：');
});

test('a file that is not text is refused with its kind named, and the document stays', async () => {
  const { page } = app;
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await open({ name: 'picture.txt', mimeType: 'text/plain', buffer: png });
  const problem = page.getByTestId('problem');
  await problem.waitFor();
  assert.match(await problem.innerText(), /picture\.txt.*PNG/su);
  assert.match(await page.getByTestId('title').innerText(), /国务院办公厅/);
  await open({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await page.getByTestId('problem').filter({ hasText: 'empty.txt' }).filter({ hasText: '空' }).waitFor();
  assert.match(await page.getByTestId('title').innerText(), /国务院办公厅/);
  await open({ name: 'blank.txt', mimeType: 'text/plain', buffer: Buffer.from(' \r\n\u3000\n\n') });
  await page.getByTestId('problem').filter({ hasText: 'blank.txt' }).filter({ hasText: '空' }).waitFor();
  assert.match(await page.getByTestId('title').innerText(), /国务院办公厅/);
  const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  await open({ name: 'random.txt', mimeType: 'text/plain', buffer: random });
  await page.getByTestId('problem').filter({ hasText: 'random.txt' }).waitFor();
  assert.match(await page.getByTestId('problem').innerText(), /不是文本文件|not a text file/u);
  assert.match(await page.getByTestId('title').innerText(), /国务院办公厅/);
});

test('no errors on the way', () => {
  assert.deepEqual(app.errors, []);
});
