// Fold state per document survives a reload. In three engines.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { APP_SHOWN, openMenu, shownWithText } from './support/page.mjs';
import { fileOnDisk, forEachEngine, freshVisit } from './support/webdriver.mjs';

const OPEN_STATES = "return [...document.querySelectorAll('[data-testid=section]')].map((d) => d.open)";
const OTHER = fileOnDisk('other.txt', Buffer.from('一、甲\n\n内容。\n\n二、乙\n\n内容。\n'));

forEachEngine(({ browser, server }) => {
  before(() => freshVisit(browser, server.url));

  const reload = async () => {
    await browser.refresh();
    await browser.waitFor(APP_SHOWN);
  };

  test('sections folded by the reader are folded again after a reload', async () => {
    await browser.click('[data-testid=document] [data-testid=section]:nth-of-type(2) > summary');
    await browser.click('[data-testid=document] [data-testid=section]:nth-of-type(3) > summary');
    assert.deepEqual(await browser.run(OPEN_STATES), [true, false, false]);
    // Saved a moment after the folding (src/ui/document/fold_memory.rs): both folds on record.
    await browser.waitFor("return Object.entries(localStorage).some(([k, v]) => k.startsWith('docview.folds.') && v.split(',').length === 2)");
    await reload();
    assert.deepEqual(await browser.run(OPEN_STATES), [true, false, false]);
  });

  test('unfolding everything is remembered too, and another document keeps its own record', async () => {
    await openMenu(browser);
    await browser.click('[data-testid=expand-all]');
    await browser.waitFor("return !Object.keys(localStorage).some((k) => k.startsWith('docview.folds.'))");
    await reload();
    assert.deepEqual(await browser.run(OPEN_STATES), [true, true, true]);
    await openMenu(browser);
    await browser.click('[data-testid=collapse-all]');
    await browser.type('[data-testid=open-file]', OTHER);
    await browser.waitFor(shownWithText('[data-testid=title]', 'other'));
    assert.deepEqual(await browser.run(OPEN_STATES), [true, true], 'the other document opens unfolded');
  });
});
