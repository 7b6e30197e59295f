// What a browser without the newer features gets: here Chromium with the CSS Custom Highlight API
// taken away before the app starts (as in Chromium before 105, Firefox before 140, Safari before
// 17.2). The filter still hides, counts and steps through the paragraphs with a match, without
// colouring the words, and nothing fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/app.mjs';

let app;
let page;
const errors = [];
before(async () => {
  app = await openPage();
  ({ page } = app);
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    delete window.Highlight;
    Object.defineProperty(CSS, 'highlights', { value: undefined });
  });
  await page.goto(app.server.url);
  await page.locator('[data-testid=section]').first().waitFor();
});
after(async () => { await app?.close(); });

test('without CSS highlights the filter still selects, counts and steps through the paragraphs', async () => {
  assert.equal(await page.evaluate(() => typeof CSS.highlights), 'undefined');
  await page.getByTestId('filter').fill('监督');
  assert.equal(await page.getByTestId('match-count').innerText(), '13 处 · 2 段');
  const shown = await page.locator('[data-testid=document] p').evaluateAll((ps) => ps.filter((p) => p.checkVisibility()).length);
  assert.equal(shown, 2);
  await page.getByTestId('filter').press('Enter');
  assert.match(await page.getByTestId('match-position').innerText(), /^1 \/ 13/u);
  await page.getByTestId('filter').fill('');
  const all = await page.locator('[data-testid=document] p.passage').evaluateAll((ps) => ps.every((p) => p.checkVisibility()));
  assert.ok(all, 'every paragraph is back');
  assert.deepEqual(errors, []);
});
