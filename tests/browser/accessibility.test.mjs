// Accessibility checked by axe-core in the browser: no serious or critical violation on the
// reader, filtered, with the print panel and the shortcuts open, in the light and dark themes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './support/app.mjs';
import { openMenu, toggleMenuPanel } from './support/page.mjs';
import { serve } from './support/site.mjs';

const AXE = fileURLToPath(new URL('./node_modules/axe-core/axe.min.js', import.meta.url));
let server;
let browser;
let page;
before(async () => {
  server = await serve();
  browser = await launchChromium();
  // axe is injected as a script, which the page's own Content-Security-Policy would refuse.
  page = await (await browser.newContext({ bypassCSP: true })).newPage();
  await page.goto(server.url);
  await page.locator('[data-testid=section]').first().waitFor();
  await page.addScriptTag({ path: AXE });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const serious = async () => {
  const { violations } = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
};

for (const scheme of ['light', 'dark']) {
  test(`no serious violation in the ${scheme} theme, reading and filtering`, async () => {
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await serious(), []);
    await page.getByTestId('filter').fill('监督');
    await toggleMenuPanel(page, 'print-panel');
    assert.deepEqual(await serious(), [], 'with the menu and the print settings open');
    await page.keyboard.press('Escape');
    await openMenu(page);
    await page.getByTestId('shortcuts').click();
    assert.deepEqual(await serious(), []);
    await openMenu(page);
    await page.getByTestId('shortcuts').click();
    await toggleMenuPanel(page, 'print-panel');
    await page.getByTestId('filter').fill('');
  });
}

test('landmarks: the outline is a navigation, the text the main region, headings by level', async () => {
  assert.equal(await page.getByRole('navigation', { name: '提纲' }).count(), 1);
  assert.equal(await page.getByRole('main').count(), 1);
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  assert.equal(await page.locator('main').getByRole('heading', { level: 2 }).count(), 3);
});

test('no serious violation in English, with the export menu open, and on a phone with the outline drawer open', async () => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openMenu(page);
  await page.getByTestId('language').click();
  await toggleMenuPanel(page, 'export-menu');
  assert.deepEqual(await serious(), []);
  await toggleMenuPanel(page, 'export-menu');
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByTestId('outline-toggle').click();
  await page.getByTestId('outline-close').waitFor();
  assert.deepEqual(await serious(), []);
  await page.keyboard.press('Escape');
  await openMenu(page);
  await page.getByTestId('language').click();
  await page.setViewportSize({ width: 1280, height: 720 });
});

test('no violation of any impact in Chinese and English, light and dark: reading, filtering with the match map, the menu open', async () => {
  const found = [];
  for (const locale of ['zh-CN', 'en-US']) {
    for (const colorScheme of ['light', 'dark']) {
      const other = await (await browser.newContext({ bypassCSP: true, locale, colorScheme })).newPage();
      await other.goto(server.url);
      await other.locator('[data-testid=section]').first().waitFor();
      await other.addScriptTag({ path: AXE });
      const check = async (what) => {
        const { violations } = await other.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
        found.push(...violations.map((v) => `${locale} ${colorScheme} ${what}: ${v.impact} ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
      };
      await check('reading');
      await other.getByTestId('filter').fill('监督');
      await other.getByTestId('match-map-mark').first().waitFor();
      await check('filtering');
      await openMenu(other);
      await check('menu');
      await other.context().close();
    }
  }
  assert.deepEqual(found, []);
});
