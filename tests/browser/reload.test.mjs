// A reload or a return visit loses nothing: the document, the title the reader gave it, the
// sections folded and the filter typed are all there again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp } from './support/app.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

test('document, title, fold state and filter survive a reload', async () => {
  const { page } = app;
  const law = await readFile(new URL('../corpus/law_行政复议法_2023.md', import.meta.url));
  await page.getByTestId('open-file').setInputFiles({ name: 'law.md', mimeType: 'text/markdown', buffer: law });
  await page.getByTestId('title').filter({ hasText: '中华人民共和国行政复议法' }).waitFor();
  await page.getByRole('button', { name: '改标题' }).click();
  await page.getByRole('textbox', { name: '文档标题' }).fill('复议法（会议用）');
  await page.keyboard.press('Enter');
  const second = page.locator('[data-testid=document] > .part > details.section').nth(1);
  await second.locator('> summary').click();
  assert.equal(await second.evaluate((d) => d.open), false);
  await page.getByTestId('filter').fill('复议机关');
  await page.getByTestId('filter').press('Enter');
  const count = await page.getByTestId('match-count').innerText();
  // The query reaches the URL when typing pauses (src/ui/filter/query_url.rs).
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '复议机关');

  await page.reload();
  await page.locator('[data-testid=section]').first().waitFor();
  assert.equal(await page.getByTestId('title').innerText(), '复议法（会议用）');
  assert.equal(await page.getByTestId('filter').inputValue(), '复议机关');
  assert.equal(await page.getByTestId('match-count').innerText(), count);
  assert.equal(await page.locator('[data-testid=document] > .part > details.section').nth(1).evaluate((d) => d.open), false, 'the folded chapter is folded again');
  assert.equal(await page.locator('[data-testid=document] > .part > details.section').nth(0).evaluate((d) => d.open), true);
  assert.deepEqual(app.errors, []);
});
