// The outline follows the reader: the section being read is marked as the page scrolls, and a
// folded section's entries fold with it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './support/app.mjs';

let app;
before(async () => { app = await openApp({ height: 700 }); });
after(async () => { await app?.close(); });

const current = () => app.page.evaluate(() => [...document.querySelectorAll('[data-testid=outline] a[aria-current=location]')].map((a) => a.textContent));

test('scrolling marks the section being read in the outline, one at a time', async () => {
  const { page } = app;
  for (const [id, title] of [['s2', '二、务求实效履职责'], ['s3', '三、内强素质树形象'], ['s1', '一、把准方向推工作']]) {
    await page.evaluate((id) => document.getElementById(id).scrollIntoView(), id);
    await page.waitForFunction((title) => document.querySelector('a[aria-current=location]')?.textContent === title, title);
    assert.deepEqual(await current(), [title]);
  }
});

test('a folded section folds its entries in the outline; unfolding shows them again', async () => {
  const { page } = app;
  const points = page.locator('#o-s2 > .key-points');
  assert.equal(await points.isVisible(), true);
  await page.locator('#s2 > summary').click();
  await points.waitFor({ state: 'hidden' });
  assert.equal(await page.locator('#o-s2 > a').isVisible(), true, 'the section entry itself stays');
  await page.locator('#o-s2 > a').click();
  await points.waitFor({ state: 'visible' });
  assert.deepEqual(app.errors, []);
});
