// Sections fold and unfold by mouse and keyboard; expand all / collapse all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, openMenu } from './support/app.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const section = (n) => app.page.locator('[data-testid=section]').nth(n);
const bodyVisible = (n) => section(n).locator('.section-body').isVisible();
const isOpen = (n) => section(n).evaluate((d) => d.open);

test('sections start open', async () => {
  for (const n of [0, 1, 2]) assert.equal(await bodyVisible(n), true);
});

test('a click on the heading folds the section and another unfolds it', async () => {
  await section(1).locator('summary').click();
  assert.equal(await isOpen(1), false);
  assert.equal(await bodyVisible(1), false);
  assert.equal(await bodyVisible(0), true, 'the other sections stay open');
  await section(1).locator('summary').click();
  assert.equal(await bodyVisible(1), true);
});

test('the keyboard folds and unfolds a focused heading', async () => {
  const summary = section(2).locator('summary');
  await summary.focus();
  await app.page.keyboard.press('Enter');
  assert.equal(await bodyVisible(2), false);
  await app.page.keyboard.press('Space');
  assert.equal(await bodyVisible(2), true);
});

test('collapse all folds every section, expand all opens them again', async () => {
  await openMenu(app.page);
  await app.page.getByTestId('collapse-all').click();
  for (const n of [0, 1, 2]) assert.equal(await bodyVisible(n), false, `section ${n} folded`);
  await openMenu(app.page);
  await app.page.getByTestId('expand-all').click();
  for (const n of [0, 1, 2]) assert.equal(await bodyVisible(n), true, `section ${n} open`);
});
