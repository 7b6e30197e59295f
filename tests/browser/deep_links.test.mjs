// Links into the document: a key point's anchor unfolds its section and scrolls to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './support/app.mjs';

let app;
before(async () => { app = await openApp({ height: 600 }); });
after(async () => { await app?.close(); });

const keyPoint = (page) => page.locator('.key-point', { hasText: '要全力推进监督工作' });
const inView = (locator) => locator.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });

test('a link to the key point 要全力推进监督工作 unfolds section 二 and scrolls to it', async () => {
  const { page } = app;
  const id = await keyPoint(page).getAttribute('id');
  assert.match(id, /^s2-k\d+$/u);
  await page.getByTestId('collapse-all').click();
  await page.evaluate(() => scrollTo(0, 0));
  await page.evaluate((id) => { location.hash = id; }, id);
  await page.waitForFunction(() => document.querySelectorAll('details.section')[1].open);
  await page.waitForFunction((id) => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }, id);
  assert.equal(await page.locator('details.section').first().evaluate((d) => d.open), false, 'other sections stay folded');
});

test('opening the page with that link does the same', async () => {
  const { page } = app;
  const id = await keyPoint(page).getAttribute('id');
  await page.getByTestId('collapse-all').click(); // remembered: the page reopens folded
  await page.goto('about:blank');
  await page.goto(`${app.url}#${id}`);
  await page.locator('[data-testid=section]').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('details.section')[1].open);
  await page.waitForFunction((id) => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }, id);
  assert.equal(await inView(keyPoint(page)), true);
});
