// Every reading action from the keyboard: the shortcuts and their help.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './support/app.mjs';

let app;
before(async () => { app = await openApp({ height: 500 }); });
after(async () => { await app?.close(); });

const press = (key) => app.page.keyboard.press(key);
const focusedHeading = () => app.page.evaluate(() => document.activeElement?.closest('summary')?.querySelector('.heading')?.textContent.trim());
const openStates = () => app.page.locator('[data-testid=section]').evaluateAll((ds) => ds.map((d) => d.open));

test('? shows the list of shortcuts, Esc closes it', async () => {
  const help = app.page.getByTestId('shortcuts-help');
  assert.equal(await help.isVisible(), false);
  await app.page.locator('body').click({ position: { x: 5, y: 200 } });
  await press('?');
  assert.equal(await help.isVisible(), true);
  assert.match(await help.innerText(), /j \/ k[\s\S]*下一节/u);
  await press('Escape');
  assert.equal(await help.isVisible(), false);
});

test('[ folds every section and ] unfolds them', async () => {
  await press('[');
  assert.deepEqual(await openStates(), [false, false, false]);
  await press(']');
  assert.deepEqual(await openStates(), [true, true, true]);
});

test('j and k go from section to section, with the focus on its heading', async () => {
  await app.page.evaluate(() => scrollTo(0, 0));
  await press('j');
  assert.equal(await focusedHeading(), '一、把准方向推工作');
  await press('j');
  assert.equal(await focusedHeading(), '二、务求实效履职责');
  const top = await app.page.evaluate(() => document.activeElement.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 200, `the heading is at the top of the view (${top})`);
  await press('k');
  assert.equal(await focusedHeading(), '一、把准方向推工作');
});

test('p prints, and keys typed in the filter box are text', async () => {
  await app.page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await press('p');
  assert.equal(await app.page.evaluate(() => window.printed), true);
  await app.page.getByTestId('filter').focus();
  await press('j');
  await press('p');
  assert.equal(await app.page.getByTestId('filter').inputValue(), 'jp');
  await app.page.getByTestId('filter').fill('');
});
