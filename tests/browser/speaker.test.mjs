// 讲稿模式, the speaker view (issue 34), in three engines on the sample speech: a link opens it;
// the keys a remote sends move the current paragraph one step at a time and it stays at the
// reading line; the type size grows with + and is remembered; auto-scroll moves the text and
// stops on its key; the clock runs and its estimate follows the speaker's pace; mirror flips the
// text only; Esc returns to the same place in the reader; a folded section's text is skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine, freshVisit } from './support/webdriver.mjs';

const ON = "document.documentElement.classList.contains('speaker-view')";
/** The current step: its id (a heading's section), its top and the reading line's. */
const CURRENT = `const c = document.querySelector('.speaker-current'); if (!c) return null;
  return [c.id || c.parentElement.id, Math.round(c.getBoundingClientRect().top), Math.round(innerHeight / 3)]`;
const KEY = { down: '\uE015', up: '\uE013', space: '\uE00D', pageDown: '\uE00F', escape: '\uE00C' };
const SIZE = "return parseFloat(getComputedStyle(document.querySelector('main.document')).fontSize)";

forEachEngine(({ browser, server }) => {
  /** Waits until the current step is `not` no longer and sits at the line; returns it. */
  const settledAfter = (not) => browser.waitFor(`const c = (() => { ${CURRENT} })(); return c && c[0] !== ${JSON.stringify(not)} && Math.abs(c[1] - c[2]) <= 3 && c`, { timeout: 10000 });
  const open = async () => {
    await freshVisit(browser, server.url);
    await browser.goto(`${server.url}?view=speaker`);
    await browser.waitFor(`return ${ON} && document.querySelector('.speaker-current') !== null`);
    return settledAfter(null);
  };

  test('a link opens it, and the keys move the current paragraph a step at a time, at the reading line', async () => {
    const first = await open();
    assert.equal(await browser.run("return document.querySelector('[data-testid=speaker-controls]').checkVisibility()"), true);
    assert.equal(await browser.run("return document.querySelector('.masthead').checkVisibility()"), false, 'the speech alone');
    await browser.keys(KEY.down);
    const second = await settledAfter(first[0]);
    await browser.keys(KEY.space);
    const third = await settledAfter(second[0]);
    await browser.keys(KEY.pageDown);
    const fourth = await settledAfter(third[0]);
    await browser.keys(KEY.up);
    assert.equal((await settledAfter(fourth[0]))[0], third[0], 'back one step');
  });

  test('+ enlarges the type, and the size is remembered', async () => {
    await open();
    const before = await browser.run(SIZE);
    await browser.keys('+');
    await browser.waitFor(`return (() => { ${SIZE} })() === ${before + 4}`);
    await browser.goto(`${server.url}?view=speaker`);
    await browser.waitFor(`return ${ON}`);
    assert.equal(await browser.run(SIZE), before + 4);
    await browser.keys('-');
    await browser.waitFor(`return (() => { ${SIZE} })() === ${before}`);
  });

  test('auto-scroll moves the text and stops on its key', async () => {
    await open();
    const at = await browser.run('return scrollY');
    await browser.keys('a');
    await browser.waitFor(`return scrollY > ${at + 20}`, { timeout: 10000 });
    await browser.keys('a');
    const stopped = await browser.run('return scrollY');
    await new Promise((done) => setTimeout(done, 700));
    assert.ok(Math.abs(await browser.run('return scrollY') - stopped) <= 2, 'stopped');
  });

  test('the clock runs, and the time left follows the pace', async () => {
    await open();
    await browser.waitFor("return document.querySelector('[data-testid=speaker-elapsed]').textContent !== '0:00'", { timeout: 5000 });
    const minutes = () => browser.run("return Number(document.querySelector('[data-testid=speaker-left]').textContent.match(/\\d+/)[0])");
    const atTheUsualPace = await minutes();
    assert.ok(atTheUsualPace >= 8, `${atTheUsualPace} minutes for 2,135 字 at 220 a minute`);
    // Read fast: six paragraphs in a few seconds.
    await new Promise((done) => setTimeout(done, 5500));
    let current = (await browser.run(`return (() => { ${CURRENT} })()`))[0];
    for (let i = 0; i < 6; i++) {
      await browser.keys(KEY.down);
      current = (await settledAfter(current))[0];
    }
    await browser.waitFor(`return Number(document.querySelector('[data-testid=speaker-left]').textContent.match(/\\d+/)[0]) < ${atTheUsualPace / 2}`, { timeout: 5000 });
  });

  test('mirror flips the text, not the controls', async () => {
    await open();
    await browser.keys('m');
    await browser.waitFor("return getComputedStyle(document.querySelector('main.document')).transform.startsWith('matrix(-1')");
    assert.equal(await browser.run("return getComputedStyle(document.querySelector('[data-testid=speaker-controls]')).transform"), 'none');
    await browser.keys('m');
  });

  test('Esc returns to the reader at the same place', async () => {
    await open();
    for (let i = 0; i < 3; i++) await browser.keys(KEY.down);
    await new Promise((done) => setTimeout(done, 1500));
    const [id] = await browser.run(`return (() => { ${CURRENT} })()`);
    await browser.keys(KEY.escape);
    await browser.waitFor(`return !${ON}`);
    const top = await browser.run(`const e = document.getElementById(${JSON.stringify(id)}); return Math.round(e.getBoundingClientRect().top)`);
    const height = await browser.run('return innerHeight');
    assert.ok(top >= 0 && top < height, `the paragraph read last is in view in the reader (${top})`);
  });

  test('a folded section is skipped', async () => {
    await freshVisit(browser, server.url);
    await browser.click('#s2 > summary');
    await browser.waitFor("return !document.getElementById('s2').open");
    await browser.run("window.scrollTo(0, document.getElementById('s2').getBoundingClientRect().top + scrollY - innerHeight / 3 - 40)");
    await browser.keys('s');
    await browser.waitFor(`return ${ON}`);
    let current = (await settledAfter('never'))[0];
    for (let i = 0; i < 4 && current !== 's2'; i++) {
      await browser.keys(KEY.down);
      current = (await settledAfter(current))[0];
    }
    assert.equal(current, 's2', 'the folded section\'s heading is a step');
    await browser.keys(KEY.down);
    assert.equal((await settledAfter('s2'))[0], 's3', 'its text is not');
    await browser.keys(KEY.escape);
  });
});
