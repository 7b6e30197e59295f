// The interface in Chinese or English: from the browser's language, switchable, remembered.
// The document keeps its own language whatever the interface's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './support/app.mjs';
import { openMenu } from './support/page.mjs';

let app;
before(async () => { app = await openApp({ locale: 'en-US' }); });
after(async () => { await app?.close(); });

const labels = () => app.page.evaluate(() => ({
  lang: document.documentElement.lang,
  documentLang: document.querySelector('[data-testid=document]').lang,
  open: document.querySelector('.file-opener').textContent.trim(),
  filter: document.querySelector('label[for=filter-input]').textContent,
  outline: document.querySelector('[data-testid=outline]').getAttribute('aria-label'),
  expand: document.querySelector('[data-testid=expand-all]').textContent,
}));

test('a browser in English gets the interface in English, the Chinese speech stays Chinese', async () => {
  assert.deepEqual(await labels(), {
    lang: 'en', documentLang: 'zh-CN', open: 'Open a file', filter: 'Filter', outline: 'Outline', expand: 'Expand all',
  });
  await app.page.getByTestId('filter').fill('监督');
  assert.match(await app.page.getByTestId('match-count').innerText(), /^\d+ matches · \d+ paragraphs$/u);
  const badge = app.page.locator('[data-testid=section-count]:not(:empty)').first();
  const [count, unit] = await badge.evaluate((b) => [b.textContent, getComputedStyle(b, '::after').content]);
  assert.equal(unit, count === '1' ? '" match"' : '" matches"', `${count}${unit}`);
  await app.page.getByTestId('filter').fill('');
});

test('the switch turns it Chinese, and the choice outlives a reload', async () => {
  const { page } = app;
  assert.equal(await page.getByTestId('language').innerText(), '中文');
  await openMenu(page);
  await page.getByTestId('language').click();
  assert.deepEqual(await labels(), {
    lang: 'zh-CN', documentLang: 'zh-CN', open: '打开文件', filter: '筛选', outline: '提纲', expand: '全部展开',
  });
  assert.equal(await page.getByTestId('language').innerText(), 'English');
  await page.reload();
  await page.locator('[data-testid=section]').first().waitFor();
  assert.equal((await labels()).open, '打开文件', 'still Chinese after a reload, though the browser is English');
});

test('a message about a file that cannot be opened follows the switch', async () => {
  const { page } = app;
  await page.getByTestId('open-file').setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  const problem = page.getByTestId('problem');
  await problem.waitFor();
  assert.match(await problem.innerText(), /无法打开“empty\.txt”：文件是空的/u);
  await openMenu(page);
  await page.getByTestId('language').click();
  assert.match(await problem.innerText(), /Could not open “empty\.txt”: The file is empty/u);
  assert.doesNotMatch(await problem.innerText(), /[\u4e00-\u9fff]/u, 'no Chinese left in the English message');
  assert.deepEqual(app.errors, []);
});
