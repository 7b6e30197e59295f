// Every reading action from the keyboard: the shortcuts and their help. In three engines.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { IS_VISIBLE } from './support/page.mjs';
import { forEachEngine, freshVisit } from './support/webdriver.mjs';

const HELP_VISIBLE = `${IS_VISIBLE} return isVisible(document.querySelector('[data-testid=shortcuts-help]'))`;
const FOCUSED_HEADING = "return document.activeElement?.closest('summary')?.querySelector('.heading')?.textContent.trim()";
const OPEN_STATES = "return [...document.querySelectorAll('[data-testid=section]')].map((d) => d.open)";

forEachEngine(({ browser, server }) => {
  before(() => freshVisit(browser, server.url));

  test('? shows the list of shortcuts, Esc closes it', async () => {
    assert.equal(await browser.run(HELP_VISIBLE), false);
    await browser.clickAt('body', 5, 200);
    await browser.keys('?');
    assert.equal(await browser.run(HELP_VISIBLE), true);
    assert.match(await browser.run("return document.querySelector('[data-testid=shortcuts-help]').innerText"), /j \/ k[\s\S]*下一节/u);
    await browser.keys('\uE00C'); // Escape
    assert.equal(await browser.run(HELP_VISIBLE), false);
  });

  test('[ folds every section and ] unfolds them', async () => {
    await browser.keys('[');
    assert.deepEqual(await browser.run(OPEN_STATES), [false, false, false]);
    await browser.keys(']');
    assert.deepEqual(await browser.run(OPEN_STATES), [true, true, true]);
  });

  test('j and k go from section to section, with the focus on its heading', async () => {
    await browser.run('scrollTo(0, 0)');
    await browser.keys('j');
    assert.equal(await browser.run(FOCUSED_HEADING), '一、把准方向推工作');
    await browser.keys('j');
    assert.equal(await browser.run(FOCUSED_HEADING), '二、务求实效履职责');
    const top = await browser.run('return document.activeElement.getBoundingClientRect().top');
    assert.ok(top >= 0 && top < 200, `the heading is at the top of the view (${top})`);
    await browser.keys('k');
    assert.equal(await browser.run(FOCUSED_HEADING), '一、把准方向推工作');
  });

  test('p prints, and keys typed in the filter box are text', async () => {
    await browser.run('window.print = () => { window.printed = true; }');
    await browser.keys('p');
    assert.equal(await browser.run('return window.printed'), true);
    await browser.focus('[data-testid=filter]');
    await browser.keys('j');
    await browser.keys('p');
    assert.equal(await browser.run("return document.querySelector('[data-testid=filter]').value"), 'jp');
    await browser.keys('\uE00C'); // Esc clears the box
  });
});
