// On a phone the first screen is the document (issue 33), in three engines, the app in a frame
// of the phone's exact size (the engines' windows have minimum widths of their own): at 390 x 844
// and 360 x 740, in Chinese and in English, the first paragraph at most 150 px down (190 with a
// title on two lines); the filter is a bar opened from the bottom bar's 筛选, and opening it and
// typing moves no other control; every control shown is 44 px to touch; a `?q=` link opens with
// the bar showing its count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine } from './support/webdriver.mjs';

const FRAME = "document.getElementById('probe').contentDocument";
const SHOWN = `return ${FRAME}?.querySelectorAll('[data-testid=document] [data-testid=section]').length === 3 && !${FRAME}.documentElement.classList.contains('taking-over')`;
/** Every control in sight, `[name, x, y, width, height]`; `bar`: those of the filter's bar too. */
const CONTROLS = (bar) => `const d = ${FRAME};
  return [...d.querySelectorAll('.masthead button, .toolbar > :is(button, label)${bar ? ', .filter :is(input[type=search], button), .context-toggle' : ''}')]
    .filter((e) => e.checkVisibility({ visibilityProperty: true }) && (${bar} || !e.closest('.filter')))
    .map((e) => { const r = e.getBoundingClientRect(); return [e.dataset.testid ?? e.className ?? e.tagName, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(' '); })`;

forEachEngine(({ browser, server, engine }) => {
  /** The app at `path` in a frame of `width` x `height`, its interface in `language`. */
  const inFrame = async (width, height, language, path = '') => {
    await browser.goto(`${server.url}no-such-page`);
    await browser.run(`localStorage.setItem('docview.language', arguments[0]);
      document.body.replaceChildren(Object.assign(document.createElement('iframe'), { id: 'probe', src: '/' + arguments[1], style: 'border: 0; width: ${width}px; height: ${height}px' }))`, language === 'en' ? 'en' : 'zh-CN', path);
    await browser.waitFor(SHOWN);
  };
  const cleanUp = () => browser.run("localStorage.removeItem('docview.language')");

  for (const [width, height] of [[390, 844], [360, 740]]) {
    for (const language of ['zh', 'en']) {
      test(`${width} x ${height}, ${language}: the first paragraph near the top, the filter a bar that moves nothing, every control 44 px`, async () => {
        try {
          await inFrame(width, height, language);
          const first = await browser.run(`const d = ${FRAME}; const t = d.querySelector('[data-testid=title]');
            const lines = Math.round(t.getBoundingClientRect().height / parseFloat(getComputedStyle(t).lineHeight));
            return [Math.round(d.querySelector('[data-testid=document] p:not(.empty-result)').getBoundingClientRect().top), lines]`);
          const [top, titleLines] = first;
          console.log(`${engine} ${width} x ${height} ${language}: the first paragraph at ${top} px, the title on ${titleLines} line(s)`);
          assert.ok(top <= (titleLines > 1 ? 190 : 150), `the first paragraph at ${top} px (a title of ${titleLines} lines)`);
          assert.equal(await browser.run(`return ${FRAME}.querySelector('.filter').checkVisibility()`), false, 'no filter above the text until it is wanted');

          const before = await browser.run(CONTROLS(false));
          await browser.run(`${FRAME}.querySelector('[data-testid=filter-toggle]').click()`);
          await browser.waitFor(`return ${FRAME}.querySelector('.filter').checkVisibility() && ${FRAME}.activeElement?.dataset.testid === 'filter'`);
          assert.deepEqual(await browser.run(CONTROLS(false)), before, 'opening the bar moves no other control');
          assert.equal(await browser.run(`return Math.round(${FRAME}.querySelector('[data-testid=document] p:not(.empty-result)').getBoundingClientRect().top)`), top, 'nor the text');
          const bar = await browser.run(CONTROLS(true));
          await browser.run(`const input = ${FRAME}.querySelector('[data-testid=filter]'); input.value = '监督'; input.dispatchEvent(new Event('input', { bubbles: true }))`);
          await browser.waitFor(`return ${FRAME}.querySelector('[data-testid=match-count]').textContent.includes('13')`);
          assert.deepEqual(await browser.run(CONTROLS(false)), before, 'typing moves no other control');
          // The arrows appear (by the thumb); what was there stays where it was.
          const barAfter = await browser.run(CONTROLS(true));
          assert.deepEqual(bar.filter((c) => !barAfter.includes(c)), [], 'nor the bar\'s own');

          // Every control in sight, the bar's and the arrows included, 44 px both ways.
          const small = await browser.run(`const d = ${FRAME};
            return [...d.querySelectorAll('.masthead button, .filter :is(input[type=search], button), .match-nav button, .context-toggle, .toolbar > :is(button, label)')]
              .filter((e) => e.checkVisibility({ visibilityProperty: true }))
              .map((e) => [e.dataset.testid ?? e.className, e.getBoundingClientRect()])
              .filter(([, r]) => r.width < 44 || r.height < 44).map(([n, r]) => n + ' ' + Math.round(r.width) + 'x' + Math.round(r.height))`);
          assert.deepEqual(small, []);
          // The count beside a long query, not over it.
          await browser.run(`const input = ${FRAME}.querySelector('[data-testid=filter]'); input.value = '"人民代表大会制度" 监督 -习近平'; input.dispatchEvent(new Event('input', { bubbles: true }))`);
          await browser.waitFor(`return ${FRAME}.querySelector('[data-testid=match-count]').textContent.length > 0`);
          const room = await browser.run(`const d = ${FRAME}; const input = d.querySelector('[data-testid=filter]'), count = d.querySelector('[data-testid=match-count]');
            const box = input.getBoundingClientRect(), padding = parseFloat(getComputedStyle(input).paddingRight);
            return [Math.round(box.right - padding), Math.round(count.getBoundingClientRect().left), Math.round(box.width - padding - parseFloat(getComputedStyle(input).paddingLeft))]`);
          assert.ok(room[0] <= room[1], `the typed text ends at ${room[0]} px, before the count at ${room[1]}`);
          assert.ok(room[2] >= 100, `${room[2]} px for the typed text`);

          // ✕ clears the query and closes the bar.
          await browser.run(`${FRAME}.querySelector('[data-testid=filter-close]').click()`);
          await browser.waitFor(`return !${FRAME}.querySelector('.filter').checkVisibility() && ${FRAME}.querySelector('[data-testid=filter]').value === ''`);
          assert.deepEqual(await browser.run(CONTROLS(false)), before, 'closing it moves nothing');
        } finally {
          await cleanUp();
        }
      });
    }
  }

  test('a ?q= link opens with the bar and its count', async () => {
    await inFrame(390, 844, 'zh', '?q=%E7%9B%91%E7%9D%A3');
    await browser.waitFor(`return ${FRAME}.querySelector('[data-testid=match-count]').textContent === '13 处 · 2 段'`);
    assert.equal(await browser.run(`return ${FRAME}.querySelector('.filter').checkVisibility()`), true);
    const nav = await browser.run(`const r = ${FRAME}.querySelector('[data-testid=next-match]').getBoundingClientRect(); return [Math.round(r.bottom), Math.round(r.right)]`);
    assert.ok(nav[0] > 844 / 2 && nav[1] > 390 / 2, `the arrows by the thumb, lower right (${nav})`);
    await cleanUp();
  });
});
