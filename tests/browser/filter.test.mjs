// Typing a keyword marks every occurrence and hides every paragraph without one. In three engines.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { FILTER_PAINTED, highlightTexts, IS_VISIBLE, openMenu, shownWithText } from './support/page.mjs';
import { fileOnDisk, forEachEngine, freshVisit } from './support/webdriver.mjs';

const js = (value) => JSON.stringify(value);
const MATCH_COUNT = "return document.querySelector('[data-testid=match-count]').innerText";
/** Page-side function body: the text of each visible element matching `selector`. */
const visibleTexts = (selector) => `return [...document.querySelectorAll(${js(selector)})].filter((e) => e.checkVisibility()).map((e) => e.textContent)`;
/** Page-side function body: the innerText of each element matching `selector` that is visible, as Playwright's. */
const shownInnerTexts = (selector) => `${IS_VISIBLE} return [...document.querySelectorAll(${js(selector)})].filter(isVisible).map((e) => e.innerText)`;

forEachEngine(({ browser, server }) => {
  before(() => freshVisit(browser, server.url));

  /** The text of each match painted (`match`, or `current-match`) in document order, once painted. */
  const highlighted = async ({ within = '*', name = 'match' } = {}) => {
    await browser.waitFor(FILTER_PAINTED);
    return browser.run(highlightTexts(name, within));
  };
  /** The match count, once it reads `expected` or after the wait's time (the filter counts as the keys are typed). */
  const countReads = async (expected) => {
    await browser.waitFor(`${MATCH_COUNT} === ${js(expected)}`).catch(() => {});
    return browser.run(MATCH_COUNT);
  };

  test('监督: 13 marks, the opening paragraph and section 二 stay, the rest is hidden', async () => {
    await browser.fill('[data-testid=filter]', '监督');
    assert.equal(await countReads('13 处 · 2 段'), '13 处 · 2 段');
    const marks = await highlighted();
    assert.equal(marks.length, 13);
    assert.ok(marks.every((m) => m === '监督'));

    const paragraphs = await browser.run(visibleTexts('[data-testid=document] p'));
    assert.equal(paragraphs.length, 2, 'one opening paragraph and section 二’s paragraph');
    assert.match(paragraphs[0], /^州十三届人大常委会第三次会议/);
    const sections = await browser.run(visibleTexts('[data-testid=section] h2'));
    assert.deepEqual(sections, ['二、务求实效履职责']);
    assert.deepEqual(await browser.run(visibleTexts('[data-testid=closing] p')), []);
    assert.equal(await browser.run(`${IS_VISIBLE} return isVisible(document.querySelector('.salutation'))`), false);
  });

  test('the outline counts matches per section', async () => {
    const badges = await browser.run(shownInnerTexts('[data-testid=outline] .badge'));
    assert.deepEqual(badges, ['12']);
  });

  test('a folded section says how many matches it holds', async () => {
    await openMenu(browser);
    await browser.click('[data-testid=collapse-all]');
    const badges = await browser.run(shownInnerTexts('[data-testid=section-count]'));
    assert.deepEqual(badges, ['12'], 'one badge shown');
    assert.equal(await browser.run(`${IS_VISIBLE} return getComputedStyle([...document.querySelectorAll('[data-testid=section-count]')].find(isVisible), '::after').content`), '" 处"', 'the unit, from the style sheet');
    assert.equal(await browser.run(`${IS_VISIBLE} return isVisible(document.querySelectorAll('[data-testid=section]')[1].querySelector('.section-body'))`), false);
    await openMenu(browser);
    await browser.click('[data-testid=expand-all]');
  });

  test('clearing the box restores everything', async () => {
    await browser.fill('[data-testid=filter]', '');
    assert.deepEqual(await highlighted(), []);
    assert.equal((await browser.run(visibleTexts('[data-testid=document] p'))).length, 8);
    assert.equal(await countReads(''), '');
  });

  test('a match in a heading is marked there and keeps its section', async () => {
    await browser.fill('[data-testid=filter]', '推工作');
    assert.deepEqual(await highlighted({ within: 'h2' }), ['推工作']);
    assert.deepEqual(await browser.run(visibleTexts('[data-testid=section] h2')), ['一、把准方向推工作']);
    await browser.fill('[data-testid=filter]', '');
  });

  test('any substring works, and a query with no match says so and offers to clear', async () => {
    await browser.fill('[data-testid=filter]', '人大代表');
    const n = (await highlighted()).length;
    assert.ok(n > 0);
    assert.match(await browser.run(MATCH_COUNT), new RegExp(`^${n} 处 · \\d+ 段$`));
    await browser.fill('[data-testid=filter]', '区块链');
    assert.equal(await countReads('没有找到'), '没有找到');
    assert.equal((await browser.run(visibleTexts('[data-testid=document] p'))).filter((t) => !t.startsWith('没有段落')).length, 0);
    await browser.click('[data-testid=clear-filter]');
    assert.equal(await browser.run("return document.querySelector('[data-testid=filter]').value"), '');
    assert.equal((await browser.waitFor(`const p = (() => { ${visibleTexts('[data-testid=document] p')} })(); return p.length === 8 && p`)).length, 8);
  });

  test('on a long document every match is painted, those far off screen just after the keystroke', async () => {
    const law = await readFile(new URL('../corpus/law_行政复议法_2023.md', import.meta.url), 'utf8');
    const long = Array.from({ length: 6 }, () => law).join('\n');
    const expected = long.split('申请人').length - 1;
    await browser.type('[data-testid=open-file]', fileOnDisk('long.md', long));
    await browser.waitFor(shownWithText('[data-testid=title]', 'long'));
    await browser.fill('[data-testid=filter]', '申请人');
    await browser.waitFor(`${MATCH_COUNT}.startsWith('${expected} ')`).catch(() => {});
    assert.match(await browser.run(MATCH_COUNT), new RegExp(`^${expected} 处 · \\d+ 段$`));
    const marks = await highlighted();
    assert.equal(marks.length, expected);
    assert.ok(marks.every((m) => m === '申请人'));
    // The last match, far below, is painted where it is.
    await browser.click('[data-testid=prev-match]');
    const position = "return document.querySelector('[data-testid=match-position]').innerText";
    await browser.waitFor(`${position} === '${expected} / ${expected}'`).catch(() => {});
    assert.equal(await browser.run(position), `${expected} / ${expected}`);
    // The current match is painted with its part of the text, which can come a moment after
    // the position (in WebKit).
    await browser.waitFor("return CSS.highlights.get('current-match')?.size > 0").catch(() => {});
    assert.deepEqual(await highlighted({ name: 'current-match' }), ['申请人']);
    await browser.fill('[data-testid=filter]', '');
  });
});
