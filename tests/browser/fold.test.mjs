// Sections fold and unfold by mouse and keyboard; expand all / collapse all. In three engines.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { IS_VISIBLE, openMenu } from './support/page.mjs';
import { forEachEngine, freshVisit } from './support/webdriver.mjs';

const SECTION = (n) => `[data-testid=document] [data-testid=section]:nth-of-type(${n + 1})`;

forEachEngine(({ browser, server }) => {
  before(() => freshVisit(browser, server.url));

  const bodyVisible = (n) => browser.run(`${IS_VISIBLE} return isVisible(document.querySelector('${SECTION(n)} .section-body'))`);
  const isOpen = (n) => browser.run(`return document.querySelector('${SECTION(n)}').open`);

  test('sections start open', async () => {
    for (const n of [0, 1, 2]) assert.equal(await bodyVisible(n), true);
  });

  test('a click on the heading folds the section and another unfolds it', async () => {
    await browser.click(`${SECTION(1)} > summary`);
    assert.equal(await isOpen(1), false);
    assert.equal(await bodyVisible(1), false);
    assert.equal(await bodyVisible(0), true, 'the other sections stay open');
    await browser.click(`${SECTION(1)} > summary`);
    assert.equal(await bodyVisible(1), true);
  });

  test('the keyboard folds and unfolds a focused heading', async () => {
    await browser.focus(`${SECTION(2)} > summary`);
    await browser.keys('\uE007'); // Enter
    assert.equal(await bodyVisible(2), false);
    await browser.keys('\uE00D'); // Space
    assert.equal(await bodyVisible(2), true);
  });

  test('collapse all folds every section, expand all opens them again', async () => {
    await openMenu(browser);
    await browser.click('[data-testid=collapse-all]');
    for (const n of [0, 1, 2]) assert.equal(await bodyVisible(n), false, `section ${n} folded`);
    await openMenu(browser);
    await browser.click('[data-testid=expand-all]');
    for (const n of [0, 1, 2]) assert.equal(await bodyVisible(n), true, `section ${n} open`);
  });
});
