// The drafters' check in three engines: the sample speech reports nothing; renumbered, one gap
// at 四、, a link to its place; problems filtered by kind; the filter, folding and print
// untouched by the open panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { highlightTexts } from './support/page.mjs';
import { siteCopy } from './support/site.mjs';
import { forEachEngine } from './support/webdriver.mjs';

const SPEECH = readFileSync(fileURLToPath(new URL('../../src/sample/speech.txt', import.meta.url)), 'utf8');
const site = siteCopy('check');
const renumbered = SPEECH.replace('\n三、', '\n四、');
assert.notEqual(renumbered, SPEECH);
writeFileSync(join(site, 'renumbered.txt'), renumbered);
// One slip of each of four kinds, in a notice written for the check (also the README's picture).
cpSync(fileURLToPath(new URL('../fixtures/check/slips.txt', import.meta.url)), join(site, 'slips.txt'));
// A real regulation with 187 half-width commas (tests/fixtures/check/real, from LawRefBook/Laws):
// listed as the first three and a count, all of them on request.
cpSync(fileURLToPath(new URL('../fixtures/check/real/commas_青岛市城市供水条例.md', import.meta.url)), join(site, 'commas.md'));

const PROBLEMS = "return [...document.querySelectorAll('[data-testid=check-problem]')].filter((p) => p.checkVisibility()).map((p) => p.dataset.kind + ' ' + p.querySelector('.check-place').textContent)";
const SECTIONS = "document.querySelectorAll('[data-testid=document] [data-testid=section]')";
const SAMPLE_SHOWN = `return ${SECTIONS}.length === 3 && document.documentElement.classList.contains('taking-over') === false && document.querySelector('[data-testid=check]') !== null`;
const MARKED = `if (!globalThis.CSS?.highlights) return 'no highlight API'; ${highlightTexts('check-problem')}`;

forEachEngine(({ browser, server }) => {
  test('the sample speech: the check reports no problem', async () => {
    await browser.goto(server.url);
    await browser.waitFor(SAMPLE_SHOWN);
    assert.equal(await browser.run("return document.querySelector('[data-testid=check-panel]')"), null, 'the check runs only when asked');
    await browser.click('[data-testid=check]');
    // The check runs in the second wasm: the summary says it is checking until it has run.
    assert.equal(await browser.waitFor("const h = document.querySelector('[data-testid=check-summary]'); return h?.getAttribute('aria-busy') === 'false' && h.textContent"), '检查：未发现问题');
    assert.deepEqual(await browser.run(PROBLEMS), []);
    assert.equal(await browser.run("return document.querySelector('[data-testid=check-count]').textContent"), '0');
    await browser.click('[data-testid=check-close]');
    await browser.waitFor("return document.querySelector('[data-testid=check-panel]') === null");
  });

  test('三、 renumbered 四、: one gap, at 四、, marked in the text; a click goes there', async () => {
    await browser.goto(server.url + '?doc=renumbered.txt');
    // Out of sequence, 四、 is not taken for a heading: it is a numbered line of section 二、.
    await browser.waitFor(`return ${SECTIONS}.length === 2 && document.querySelector('[data-testid=document]').textContent.includes('四、')`);
    await browser.click('[data-testid=check]');
    assert.deepEqual(await browser.waitFor(`const p = (() => { ${PROBLEMS} })(); return p.length && p`), ['gap 四、']);
    const message = await browser.run("return document.querySelector('[data-testid=check-problem] .check-message').textContent");
    assert.match(message, /二、之后是四、，缺少三、/u);
    const marked = await browser.run(MARKED);
    if (marked !== 'no highlight API') assert.deepEqual(marked, ['四、'], 'the number marked in the text');
    // Fold everything, then follow the problem's link: its section opens and the line is on screen.
    await browser.keys('[');
    await browser.waitFor(`return [...${SECTIONS}].every((s) => !s.open)`);
    await browser.click('[data-testid=check-problem] a');
    const target = await browser.waitFor(`const t = document.querySelector(':target'); if (!t) return false;
      const r = t.getBoundingClientRect(); return t.closest('details').open && r.top >= 0 && r.bottom <= innerHeight && t.textContent`)
      .catch(async (e) => assert.fail(`${e.message}\nthe page: ${JSON.stringify(await browser.run(`const t = document.querySelector(':target');
        return { hash: location.hash, target: t?.id, open: t?.closest('details')?.open, top: t?.getBoundingClientRect().top, height: innerHeight, scrollY, visible: document.visibilityState }`))}`));
    assert.match(target, /^四、/u);
  });

  test('problems of several kinds, in document order, filtered by kind', async () => {
    await browser.goto(server.url + '?doc=slips.txt');
    await browser.waitFor(`return ${SECTIONS}.length >= 3`);
    await browser.click('[data-testid=check]');
    const all = await browser.waitFor(`const p = (() => { ${PROBLEMS} })(); return p.length && p`);
    assert.deepEqual(all.map((p) => p.split(' ')[0]), ['count', 'pair', 'punctuation', 'punctuation', 'gap']);
    assert.equal(all[4], 'gap 五、');
    assert.equal(await browser.run("return document.querySelector('[data-testid=check-count]').textContent"), '5');
    await browser.click('[data-testid=check-kind][data-kind=punctuation]');
    assert.deepEqual((await browser.waitFor(`const p = (() => { ${PROBLEMS} })(); return p.length === 2 && p`)).map((p) => p.split(' ')[0]), ['punctuation', 'punctuation']);
    await browser.click('[data-testid=check-kind][data-kind=all]');
    assert.equal((await browser.waitFor(`const p = (() => { ${PROBLEMS} })(); return p.length === 5 && p`)).length, 5);
    const gap = await browser.run("return document.querySelector('[data-testid=check-problem][data-kind=gap] .check-message').textContent");
    assert.match(gap, /三、之后是五、，缺少四、/u);
  });

  test('with the panel open the filter and folding work as before, and nothing of it is printed', async () => {
    // The panel is still open from the test before.
    assert.notEqual(await browser.run("return document.querySelector('[data-testid=check-panel]')"), null);
    await browser.type('[data-testid=filter]', '考核');
    assert.match(await browser.waitFor("const t = document.querySelector('[data-testid=match-count]')?.textContent; return t?.includes('段') && t"), /^2 处/u);
    await browser.keys('\uE00C'); // Esc clears the filter
    await browser.run('document.activeElement?.blur()');
    await browser.keys('[');
    await browser.waitFor(`return [...${SECTIONS}].every((s) => !s.open)`);
    await browser.keys(']');
    await browser.waitFor(`return [...${SECTIONS}].every((s) => s.open)`);
    // On paper: the panel is hidden and the marks are a screen-only style.
    const screenOnly = await browser.run(`const rules = []; const walk = (list, media) => { for (const r of list) {
        if (r.selectorText?.includes('highlight(check-problem)')) rules.push(media);
        if (r.cssRules) walk(r.cssRules, r.media ? r.media.mediaText : media); } };
      for (const s of document.styleSheets) walk(s.cssRules, 'all'); return rules`);
    assert.ok(screenOnly.length > 0 && screenOnly.every((m) => m === 'screen'), JSON.stringify(screenOnly));
    await browser.emulatePrintMedia();
    try {
      assert.equal(await browser.run("return getComputedStyle(document.querySelector('[data-testid=check-panel]')).display"), 'none');
    } finally {
      await browser.emulatePrintMedia(false);
    }
  });
  test('many problems of one kind: the first three and how many more, all of them on request', async () => {
    await browser.goto(server.url + '?doc=commas.md');
    await browser.waitFor(`return ${SECTIONS}.length >= 3`);
    await browser.click('[data-testid=check]');
    const listed = await browser.waitFor(`const p = (() => { ${PROBLEMS} })(); return p.length && p`);
    const commas = Number(await browser.run("return document.querySelector('[data-testid=check-kind][data-kind=punctuation] .check-kind-count').textContent"));
    assert.ok(commas > 100, `${commas} half-width commas`);
    assert.equal(listed.filter((p) => p.startsWith('punctuation')).length, 3);
    const more = await browser.run("const m = document.querySelector('[data-testid=check-more][data-kind=punctuation]'); return m && m.textContent");
    assert.match(more, new RegExp(`还有 ${commas - 3} 处`, 'u'));
    await browser.click('[data-testid=check-more][data-kind=punctuation] button');
    const all = await browser.waitFor(`const p = (() => { ${PROBLEMS} })(); return p.length > 3 && p`);
    assert.equal(all.length, commas);
    assert.ok(all.every((p) => p.startsWith('punctuation')));
    assert.equal(await browser.run("return document.querySelector('[data-testid=check-kind][data-kind=punctuation]').getAttribute('aria-pressed')"), 'true');
    await browser.click('[data-testid=check-close]');
  });
}, { dir: site });
