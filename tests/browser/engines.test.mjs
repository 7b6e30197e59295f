// One suite, three engines: the release build in Chromium, Firefox ESR and WebKit (Safari's engine,
// as WebKitGTK), each through its own WebDriver. Clicks and keys are WebDriver's, so the page sees
// trusted input as from a reader. `DOCVIEW_ENGINES=webkit` runs one engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FILTER_PAINTED, highlightTexts, LIVE_RANGE, openMenu, toggleMenuPanel } from './support/page.mjs';
import { DIST, SPEECH as SPEECH_FILE, squeeze } from './support/site.mjs';
import { forEachEngine, freshVisit } from './support/webdriver.mjs';

const SINGLE_FILE_SCRIPT = fileURLToPath(new URL('../../scripts/single-file.mjs', import.meta.url));
const NOTICE_FILE = fileURLToPath(new URL('../fixtures/notice_gb18030.txt', import.meta.url));
const WORD_FILE = fileURLToPath(new URL('../fixtures/word/numbering.docx', import.meta.url));
const LIBREOFFICE_FILE = fileURLToPath(new URL('../fixtures/word/libreoffice_headings.docx', import.meta.url));
const PAGE_FILE = fileURLToPath(new URL('../fixtures/web/saved_page.html', import.meta.url));
const OFD_FILE = fileURLToPath(new URL('../fixtures/ofd/notice.ofd', import.meta.url));
/** Where every control of the page's top is drawn (hidden ones too: they keep their place). The
 * count is text drawn over the end of the filter's box (COUNT_INSIDE_BOX), not a control. */
const CONTROL_BOXES = "return [...document.querySelectorAll('.masthead :is(button, label, summary), .controls :is(button, input, label, summary)')].map((e) => { const r = e.getBoundingClientRect(); return [e.dataset.testid ?? e.tagName, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(' '); })";
/** The outline's entries for sections (not key points), in order. */
const COUNT_INSIDE_BOX = "const c = document.querySelector('[data-testid=match-count]').getBoundingClientRect(), b = document.querySelector('[data-testid=filter]').getBoundingClientRect(); return c.width > 0 && c.left >= b.left && c.right <= b.right && c.top >= b.top && c.bottom <= b.bottom";
const OUTLINE = "return [...document.querySelectorAll('[data-testid=outline] li:not(.key-point-entry) > a')].map((a) => a.textContent)";
const NOTICE = '国务院办公厅关于复制推广营商环境创新试点改革举措的通知';
const SPEECH = '在州十三届人大常委会第三次会议上的讲话';

const js = (value) => JSON.stringify(value);
const SECTIONS = "document.querySelectorAll('[data-testid=document] [data-testid=section]')";
const RENDERED = `return ${SECTIONS}.length === 3 && document.querySelector('[data-testid=title]')?.textContent === ${js(SPEECH)}`;
const titleIs = (title) => `return document.querySelector('[data-testid=title]')?.textContent === ${js(title)}`;
/** The section bodies on screen (not in a closed disclosure, not display: none), by section. */
const BODIES_SHOWN = `[...${SECTIONS}].map((s) => s.querySelector('.section-body').checkVisibility())`;

forEachEngine(({ engine, browser, server }) => {
  /** A first visit: nothing remembered from an earlier test. */
  const firstVisit = () => freshVisit(browser, server.url, RENDERED);

  test('renders the sample speech: title, three sections, every paragraph', async () => {
    await firstVisit();
    const headings = await browser.run(`return [...${SECTIONS}].map((s) => s.querySelector('summary .heading').textContent)`);
    assert.deepEqual(headings, ['一、把准方向推工作', '二、务求实效履职责', '三、内强素质树形象']);
    assert.equal(await browser.run("return document.querySelector('.salutation').textContent"), '各位常委会组成人员，同志们：');
    const shown = await browser.run("return [...document.querySelectorAll('[data-testid=document] :is(summary .heading, p:not([hidden]):not(.empty-result))')].map((e) => e.textContent).join('')");
    const speech = readFileSync(SPEECH_FILE, 'utf8');
    assert.equal(squeeze(shown), squeeze(speech), 'every character of the speech is on the page');
    assert.equal(await browser.run("return document.documentElement.lang"), 'zh-CN', 'the interface follows the browser (zh-CN)');
    assert.equal(await browser.run("return document.querySelectorAll('#prerendered, h1').length"), 1, 'the build\'s page is taken over');
  });

  test('the document begins near the top: its first paragraph at most 120 px down at 1366 x 768, 150 px at 390 x 844; nothing scrolls sideways at 320 px, where no control is under 44 px, overlaps another or wraps its label', async () => {
    await firstVisit();
    // The app in a frame of the exact size (the engines' windows have their own minimum
    // widths), on a page of the same origin that is not the app (the server's "not found").
    const inFrame = async (width, height) => {
      await browser.goto(`${server.url}no-such-page`);
      await browser.run(`document.body.replaceChildren(Object.assign(document.createElement('iframe'), { id: 'probe', src: '/', style: 'border: 0; width: ${width}px; height: ${height}px' }))`);
      const doc = "document.getElementById('probe').contentDocument";
      await browser.waitFor(`return ${doc}?.querySelectorAll('[data-testid=document] [data-testid=section]').length === 3 && !${doc}.documentElement.classList.contains('taking-over')`);
      return doc;
    };
    for (const [width, height, most] of [[1366, 768, 120], [390, 844, 150]]) {
      const doc = await inFrame(width, height);
      const top = await browser.run(`return Math.round(${doc}.querySelector('[data-testid=document] p:not(.empty-result)').getBoundingClientRect().top)`);
      console.log(`${engine} ${width} x ${height}: the first paragraph at ${top} px`);
      assert.ok(top <= most, `${width} x ${height}: the first paragraph at ${top} px`);
    }
    const doc = await inFrame(320, 700);
    assert.equal(await browser.run(`return ${doc}.documentElement.scrollWidth - ${doc}.documentElement.clientWidth`), 0, 'no sideways scrolling at 320 px');
    // At 320 px with the menu open: every control 44 px, none overlapping another, no label
    // wrapped inside its control.
    await browser.run(`${doc}.querySelector('[data-testid=menu]').click()`);
    const problems = await browser.run(`const d = ${doc};
      const shown = [...d.querySelectorAll('.masthead button, .filter input[type=search], .match-nav button, .context-toggle, .toolbar > :is(button, label), .main-menu :is(button, summary)')]
        .filter((e) => e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false }));
      const boxes = shown.map((e) => [e, e.getBoundingClientRect()]);
      const name = (e) => e.dataset.testid ?? e.textContent.trim().slice(0, 12);
      const small = boxes.filter(([, r]) => r.width < 44 || r.height < 44).map(([e]) => 'small ' + name(e));
      const inMenu = (e) => e.closest('.main-menu') !== null;
      const overlapping = boxes.flatMap(([a, p], i) => boxes.slice(i + 1).filter(([b, q]) => inMenu(a) === inMenu(b)
        && p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5).map(([b]) => 'overlap ' + name(a) + ' / ' + name(b)));
      const wrapped = shown.filter((e) => { const w = d.createTreeWalker(e, NodeFilter.SHOW_TEXT);
        for (let t = w.nextNode(); t; t = w.nextNode()) { const r = d.createRange(); r.selectNodeContents(t);
          if (new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size > 1) return true; }
        return false; }).map((e) => 'wrapped ' + name(e));
      return [...small, ...overlapping, ...wrapped];`);
    assert.deepEqual(problems, []);
  });

  test('the match map: for 监督 a mark for the opening and one for section 二; a click on 二’s brings its first match into view', async () => {
    await firstVisit();
    await browser.type('[data-testid=filter]', '监督');
    const marks = await browser.waitFor("const m = [...document.querySelectorAll('[data-testid=match-map-mark]')].map((b) => b.dataset.section ?? 'opening'); return m.length > 0 && m");
    assert.deepEqual(marks, ['opening', '1']);
    await browser.click('[data-testid=match-map-mark][data-section="1"]');
    const current = await browser.waitFor(`${LIVE_RANGE} const s = [...CSS.highlights.get('current-match') ?? []][0]; if (!s) return false;
      const r = liveRange(s);
      const box = r.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight && r.startContainer.parentElement.closest('#s2') !== null && document.querySelector('[data-testid=match-position]').textContent`);
    const opening = Number(await browser.run("return document.querySelector('[data-testid=match-map-mark]:not([data-section])').getAttribute('aria-label').match(/(\\d+) 处/u)[1]"));
    assert.equal(current, `${opening + 1} / 13`, 'the first match of section 二');
    await browser.click('[data-testid=filter]');
    await browser.keys('\uE00C');
    await browser.waitFor("return document.querySelectorAll('[data-testid=match-map-mark]').length === 0");
  });

  test('a click on a heading folds its section, another unfolds it; fold all and unfold all', async () => {
    await firstVisit();
    await browser.click('[data-testid=document] [data-testid=section]:nth-of-type(2) > summary');
    assert.deepEqual(await browser.waitFor(`const s = ${BODIES_SHOWN}; return !s[1] && s`), [true, false, true]);
    await browser.click('[data-testid=document] [data-testid=section]:nth-of-type(2) > summary');
    assert.deepEqual(await browser.waitFor(`const s = ${BODIES_SHOWN}; return s[1] && s`), [true, true, true]);
    await openMenu(browser);
    await browser.click('[data-testid=collapse-all]');
    assert.deepEqual(await browser.waitFor(`const s = ${BODIES_SHOWN}; return s.every((v) => !v) && s`), [false, false, false]);
    await openMenu(browser);
    await browser.click('[data-testid=expand-all]');
    assert.deepEqual(await browser.waitFor(`const s = ${BODIES_SHOWN}; return s.every(Boolean) && s`), [true, true, true]);
  });

  test('typing 监督 in the filter: 13 matches in 2 paragraphs, painted as highlights', async () => {
    await firstVisit();
    await browser.type('[data-testid=filter]', '监督');
    assert.equal(await browser.waitFor("const t = document.querySelector('[data-testid=match-count]')?.textContent; return t?.includes('13') && t"), '13 处 · 2 段');
    const shown = await browser.run("return [...document.querySelectorAll('[data-testid=document] p.passage')].filter((p) => p.checkVisibility()).length");
    assert.equal(shown, 2, 'only the two paragraphs with 监督 are shown');
    // Painted with the CSS Custom Highlight API where the engine has it (all three here).
    await browser.waitFor(FILTER_PAINTED);
    const painted = await browser.run(highlightTexts('match'));
    assert.equal(painted.length, 13);
    assert.ok(painted.every((t) => t === '监督'), js(painted));
    // The query is in the URL once typing pauses.
    await browser.waitFor("return location.search.includes('q=%E7%9B%91%E7%9D%A3')");
    // Esc clears the box, and every paragraph is back.
    await browser.keys('\uE00C');
    await browser.waitFor("return document.querySelector('[data-testid=filter]').value === ''");
    await browser.waitFor("return [...document.querySelectorAll('[data-testid=document] p.passage')].every((p) => p.checkVisibility())");
  });

  test('typing a query and clearing it moves no control', async () => {
    await firstVisit();
    const boxes = () => browser.run(CONTROL_BOXES);
    const before = await boxes();
    await browser.type('[data-testid=filter]', '监');
    await browser.waitFor("return document.querySelector('[data-testid=match-count]').textContent.includes('处')");
    assert.deepEqual(await boxes(), before, 'after 监');
    await browser.type('[data-testid=filter]', '督');
    await browser.waitFor("return document.querySelector('[data-testid=match-count]').textContent.includes('13')");
    assert.deepEqual(await boxes(), before, 'after 监督');
    assert.equal(await browser.run(COUNT_INSIDE_BOX), true, 'the count is inside the box');
    await browser.keys('\uE00C');
    await browser.waitFor("return document.querySelector('[data-testid=filter]').value === ''");
    assert.deepEqual(await boxes(), before, 'cleared');
  });

  test('a link to a key point unfolds its section and scrolls there', async () => {
    await firstVisit();
    await openMenu(browser);
    await browser.click('[data-testid=collapse-all]');
    await browser.waitFor(`return ${BODIES_SHOWN}.every((v) => !v)`);
    // Remembered (a moment after the last toggle): the page reopens folded.
    await browser.waitFor("return Object.keys(localStorage).some((k) => k.startsWith('docview.folds.'))");
    await browser.goto('about:blank');
    await browser.goto(`${server.url}#s2-k2`);
    await browser.waitFor(RENDERED);
    await browser.waitFor(`const e = document.getElementById('s2-k2'); const r = e?.getBoundingClientRect();
      return r && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && e.textContent.startsWith('要全力推进监督工作')`);
    assert.deepEqual(await browser.run(`return ${BODIES_SHOWN}`), [false, true, false], 'only the linked section unfolds');
  });

  test('opens a file chosen by the reader (GB18030), and a reload reopens it from recent documents', async () => {
    await firstVisit();
    await browser.type('[data-testid=open-file]', NOTICE_FILE);
    await browser.waitFor(titleIs(NOTICE));
    assert.equal(await browser.run("return document.querySelector('.addressee').textContent"), '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：');
    await browser.refresh();
    await browser.waitFor(titleIs(NOTICE));
    await toggleMenuPanel(browser, 'recent');
    assert.deepEqual(await browser.run("return [...document.querySelectorAll('.recent-open')].map((e) => e.textContent)"), [NOTICE]);
    await openMenu(browser);
    await browser.click('[data-testid=open-sample]');
    await browser.waitFor(RENDERED);
    await browser.refresh();
    await browser.waitFor(RENDERED);
  });

  test('opens a Word document, a saved web page and an OFD file, with the headings and numbers their authors made', async () => {
    await firstVisit();
    await browser.type('[data-testid=open-file]', WORD_FILE);
    await browser.waitFor(titleIs('州人大常委会2025年工作要点'));
    assert.deepEqual(await browser.run(OUTLINE), ['一、总体要求', '二、主要任务', '（一）加强立法工作', '（二）加强监督工作', '三、工作要求']);
    await browser.type('[data-testid=open-file]', LIBREOFFICE_FILE);
    await browser.waitFor(titleIs('州人大常委会关于加强预算审查监督的决定'));
    assert.deepEqual(await browser.run(OUTLINE), ['一、加强预算编制的审查', '（一）初步审查', '二、加强预算执行的监督']);
    await browser.type('[data-testid=open-file]', PAGE_FILE);
    await browser.waitFor(titleIs('州人民政府办公室关于做好冬季安全生产工作的通知'));
    assert.deepEqual(await browser.run(OUTLINE), ['一、提高思想认识', '二、强化责任落实', '（一）压实属地责任']);
    assert.equal(await browser.run("return document.querySelector('[data-testid=document]').innerText.includes('备案号')"), false, 'only the article');
    // An OFD file (scripts/ofd-fixtures.py): its lines in reading order and joined into paragraphs, without its template page.
    await browser.type('[data-testid=open-file]', OFD_FILE);
    await browser.waitFor(titleIs(NOTICE));
    assert.deepEqual((await browser.run(OUTLINE)).slice(0, 3), ['一、复制推广的改革举措', '（一）进一步破除区域分割和地方保护等不合理限制（4项）。', '（二）健全更加开放透明、规范高效的市场主体准入和退出机制（9项）。']);
    assert.equal(await browser.run("return document.querySelector('.addressee').textContent"), '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：');
    assert.equal(await browser.run("return document.querySelector('[data-testid=document]').innerText.includes('国务院办公厅文件')"), false, 'nothing of the template page');
  });

  test('the interface switches to English and back, and the document keeps its language', async () => {
    await firstVisit();
    await openMenu(browser);
    await browser.click('[data-testid=language]');
    assert.equal(await browser.waitFor("return document.documentElement.lang === 'en' && document.querySelector('label[for=filter-input]').textContent"), 'Filter');
    assert.equal(await browser.run("return document.querySelector('[data-testid=document]').closest('[lang]').lang"), 'zh-CN');
    await browser.refresh();
    // The page's language is set before its first paint; the switch comes with the app.
    await browser.waitFor(RENDERED);
    assert.equal(await browser.run("return document.documentElement.lang"), 'en');
    await openMenu(browser);
    await browser.click('[data-testid=language]');
    await browser.waitFor("return document.documentElement.lang === 'zh-CN'");
  });

  test('the single file, opened from disk (file://), shows the speech and filters it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'docview-single-')), 'docview.html');
    execFileSync('node', [SINGLE_FILE_SCRIPT, DIST, file]);
    await browser.goto(pathToFileURL(file).href);
    await browser.waitFor(RENDERED);
    await browser.type('[data-testid=filter]', '监督');
    assert.equal(await browser.waitFor("const t = document.querySelector('[data-testid=match-count]')?.textContent; return t?.includes('13') && t"), '13 处 · 2 段');
  });

  const printedName = {
    chromium: 'the print style sheet applies under print media (DevTools emulation): no interface, every section, 仿宋',
    firefox: 'the print style sheet applies when printed to PDF (WebDriver Print): no interface, every section',
    webkit: 'the print style sheet applies with its media switched to all (WebKitWebDriver has neither Print nor media emulation): no interface, every section, 仿宋',
  }[engine];
  test(printedName, async () => {
    await firstVisit();
    await openMenu(browser);
    await browser.click('[data-testid=collapse-all]');
    await browser.waitFor(`return ${BODIES_SHOWN}.every((v) => !v)`);
    if (engine === 'firefox') {
      const pdf = join(mkdtempSync(join(tmpdir(), 'docview-engines-')), 'speech.pdf');
      writeFileSync(pdf, await browser.print({ background: false }));
      assert.match(execFileSync('pdfinfo', [pdf]).toString(), /Pages:\s+4\n/u);
      // Firefox's PDF maps only some CJK glyphs back to text: pieces that come through whole.
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/gu, '');
      for (const part of ['在州十三届人', '履职尽责', '讲三点']) assert.ok(text.includes(part), part);
      assert.ok(!text.includes('English'), 'no interface on paper');
      return;
    }
    await browser.emulatePrintMedia();
    await browser.run("dispatchEvent(new Event('beforeprint'))");
    try {
      assert.deepEqual(await browser.waitFor(`const s = ${BODIES_SHOWN}; return s.every(Boolean) && s`), [true, true, true], 'folded sections print');
      const hidden = await browser.run("return ['[data-testid=filter]', '[data-testid=expand-all]', '[data-testid=language]'].map((s) => getComputedStyle(document.querySelector(s)).display === 'none' || document.querySelector(s).closest('.no-print') !== null && getComputedStyle(document.querySelector(s).closest('.no-print')).display === 'none')");
      assert.deepEqual(hidden, [true, true, true], 'no interface on paper');
      const font = await browser.run("return getComputedStyle(document.querySelector('[data-testid=document] p.passage')).fontFamily");
      assert.match(font, /FangSong/u, 'the body in 仿宋 (the official-document layout)');
    } finally {
      await browser.run("dispatchEvent(new Event('afterprint'))");
      await browser.emulatePrintMedia(false);
    }
  });
});
