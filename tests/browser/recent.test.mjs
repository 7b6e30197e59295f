// Recent documents: a reload reopens the last document, with the title the reader gave it;
// the reader can reopen or remove them; the sample is always one click away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openApp, openMenu } from './support/app.mjs';

const FIXTURE = fileURLToPath(new URL('../fixtures/notice_gb18030.txt', import.meta.url));
const NOTICE = '国务院办公厅关于复制推广营商环境创新试点改革举措的通知';
let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const reload = async () => {
  await app.page.reload();
  await app.page.locator('[data-testid=section]').first().waitFor();
};
const title = () => app.page.getByTestId('title').innerText();

test('a reload reopens the last document opened, renamed as the reader renamed it', async () => {
  const { page } = app;
  await page.getByTestId('open-file').setInputFiles(FIXTURE);
  await page.getByTestId('title').filter({ hasText: NOTICE }).waitFor();
  await page.getByRole('button', { name: '改标题' }).click();
  await page.getByLabel('文档标题').fill('营商环境通知');
  await page.getByLabel('文档标题').press('Enter');
  await reload();
  assert.equal(await title(), '营商环境通知');
  assert.equal(await page.locator('.addressee').textContent(), '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：');
});

test('the list reopens an earlier document and removes one; the sample is there too', async () => {
  const { page } = app;
  await page.getByTestId('open-file').setInputFiles({ name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from('一、甲\n\n内容。\n') });
  await page.getByTestId('title').filter({ hasText: 'second' }).waitFor();
  await openMenu(page);
  await page.getByTestId('recent').locator('summary').click();
  const entries = page.locator('.recent-open');
  assert.deepEqual(await entries.allInnerTexts(), ['second', '营商环境通知']);
  await entries.nth(1).click();
  await page.getByTestId('title').filter({ hasText: '营商环境通知' }).waitFor();
  await page.getByRole('button', { name: '删除“second”' }).click();
  assert.deepEqual(await entries.allInnerTexts(), ['营商环境通知']);
  await openMenu(page);
  await page.getByTestId('open-sample').click();
  await page.getByTestId('title').filter({ hasText: '在州十三届人大常委会第三次会议上的讲话' }).waitFor();
  // Going back to the sample is remembered too; the list keeps the document.
  await reload();
  assert.equal(await page.getByTestId('title').innerText(), '在州十三届人大常委会第三次会议上的讲话');
  assert.deepEqual(await entries.allTextContents(), ['营商环境通知']);
});

test('a full browser storage says so, and the document is shown anyway', async () => {
  const { page } = app;
  await page.evaluate(() => { Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); }; });
  await page.getByTestId('open-file').setInputFiles({ name: 'third.txt', mimeType: 'text/plain', buffer: Buffer.from('一、丙\n\n内容。\n') });
  await page.getByTestId('title').filter({ hasText: 'third' }).waitFor();
  assert.match(await page.getByTestId('problem').innerText(), /存储已满|storage is full/u);
});
