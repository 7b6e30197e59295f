// Light and dark: following the system, switchable, remembered; paper always light.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './support/app.mjs';
import { openMenu } from './support/page.mjs';

let app;
before(async () => {
  app = await openApp();
  await app.page.emulateMedia({ colorScheme: 'dark' });
});
after(async () => { await app?.close(); });

const colours = () => app.page.evaluate(() => {
  const root = getComputedStyle(document.documentElement);
  const p = getComputedStyle(document.querySelector('[data-testid=document] p.paragraph'));
  return { background: root.backgroundColor, text: p.color };
});
const dark = (rgb) => rgb.match(/\d+/gu).slice(0, 3).reduce((a, b) => a + Number(b), 0) < 3 * 128;

test('a system in dark mode gets the dark theme, with readable text', async () => {
  const { background, text } = await colours();
  assert.ok(dark(background), `dark background (${background})`);
  assert.ok(!dark(text), `light text (${text})`);
});

test('the switch goes light, then dark, and the choice survives a reload', async () => {
  const { page } = app;
  await openMenu(page);
  await page.getByTestId('theme').click();
  assert.match(await page.getByTestId('theme').innerText(), /浅色/u);
  assert.ok(!dark((await colours()).background), 'light although the system is dark');
  await page.reload();
  await page.locator('[data-testid=section]').first().waitFor();
  assert.ok(!dark((await colours()).background), 'still light after a reload');
  await openMenu(page);
  await page.getByTestId('theme').click();
  assert.match(await page.getByTestId('theme').innerText(), /深色/u);
  await page.emulateMedia({ colorScheme: 'light' });
  assert.ok(dark((await colours()).background), 'dark although the system is light');
});

test('paper is light whatever the theme', async () => {
  const { page } = app;
  await page.emulateMedia({ media: 'print' });
  try {
    const { background, text } = await colours();
    assert.ok(!dark(background), `white paper (${background})`);
    assert.ok(dark(text), `black text (${text})`);
  } finally {
    await page.emulateMedia({ media: null });
  }
});
