// Fold state per document survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, openMenu } from './support/app.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const openStates = () => app.page.locator('[data-testid=section]').evaluateAll((ds) => ds.map((d) => d.open));
const reload = async () => {
  await app.page.reload();
  await app.page.locator('[data-testid=section]').first().waitFor();
};

test('sections folded by the reader are folded again after a reload', async () => {
  const { page } = app;
  await page.locator('[data-testid=section] summary').nth(1).click();
  await page.locator('[data-testid=section] summary').nth(2).click();
  assert.deepEqual(await openStates(), [true, false, false]);
  // Saved a moment after the folding (src/ui/document/fold_memory.rs): both folds on record.
  await page.waitForFunction(() => Object.entries(localStorage).some(([k, v]) => k.startsWith('docview.folds.') && v.split(',').length === 2));
  await reload();
  assert.deepEqual(await openStates(), [true, false, false]);
});

test('unfolding everything is remembered too, and another document keeps its own record', async () => {
  const { page } = app;
  await openMenu(page);
  await page.getByTestId('expand-all').click();
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('docview.folds.')));
  await reload();
  assert.deepEqual(await openStates(), [true, true, true]);
  await openMenu(page);
  await page.getByTestId('collapse-all').click();
  await page.getByTestId('open-file').setInputFiles({ name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from('一、甲\n\n内容。\n\n二、乙\n\n内容。\n') });
  await page.getByTestId('title').filter({ hasText: 'other' }).waitFor();
  assert.deepEqual(await openStates(), [true, true], 'the other document opens unfolded');
});
