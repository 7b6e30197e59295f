// Bad and odd inputs (tests/fixtures/inputs/, made by make_inputs.py): each is shown correctly
// or refused with a clear message, and the document open before stays on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from './support/app.mjs';
import { openMenu } from './support/page.mjs';

const INPUTS = new URL('../fixtures/inputs/', import.meta.url);
const SPEECH_TITLE = '在州十三届人大常委会第三次会议上的讲话';
let app;
before(async () => {
  app = await openApp();
  await app.page.evaluate(() => { window.alerts = 0; window.alert = () => { window.alerts += 1; }; });
});
after(async () => { await app?.close(); });

const open = (name, buffer = readFileSync(new URL(name, INPUTS))) =>
  app.page.getByTestId('open-file').setInputFiles({ name, mimeType: 'text/plain', buffer });
const title = () => app.page.getByTestId('title').innerText();
const problem = () => app.page.getByTestId('problem').innerText();
const backToSpeech = async () => {
  if (await title() === SPEECH_TITLE) return;
  await openMenu(app.page);
  await app.page.getByTestId('open-sample').evaluate((b) => b.click());
  await app.page.getByTestId('title').filter({ hasText: SPEECH_TITLE }).waitFor();
};

const REFUSED = [
  ['empty.txt', /文件是空的/u],
  ['whitespace.txt', /文件是空的/u],
  ['picture.png.txt', /不是文本文件.*PNG/u],
  // PDFs open now (tests/browser/pdf.test.mjs): this one has a page and no text.
  ['document.pdf.txt', /这个 PDF 里没有文字/u],
  // Word documents open now (tests/browser/word.test.mjs): one with no body is damaged, and a
  // ZIP of something else is named.
  ['report.docx.txt', /Word 文件已损坏/u],
  ['archive.zip.txt', /不是 Word 文档.*ZIP 压缩包/u],
  ['random.txt', /不是文本文件/u],
];
for (const [name, why] of REFUSED) {
  test(`${name} is refused with a reason, the speech stays`, async () => {
    await backToSpeech();
    await open(name);
    await app.page.getByTestId('problem').filter({ hasText: name }).waitFor();
    assert.match(await problem(), why);
    assert.equal(await title(), SPEECH_TITLE);
    assert.ok(await app.page.locator('[data-testid=section]').count() === 3, 'the speech is still on screen');
  });
}

test('a file over 50 MB is refused before it is read', async () => {
  await backToSpeech();
  const huge = join(mkdtempSync(join(tmpdir(), 'docview-huge-')), 'huge.txt');
  writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 'a'));
  await app.page.getByTestId('open-file').setInputFiles(huge);
  await app.page.getByTestId('problem').filter({ hasText: 'huge.txt' }).waitFor();
  assert.match(await problem(), /超过 50 MB/u);
  assert.equal(await title(), SPEECH_TITLE);
});

const NOTICE = '关于做好年终工作的通知';
for (const name of ['gb18030.txt', 'utf16le_bom.txt', 'utf16be_bom.txt', 'utf16le_no_bom.txt', 'utf16be_no_bom.txt']) {
  test(`${name} opens without asking for its encoding`, async () => {
    await open(name);
    if (name === 'gb18030.txt') {
      await app.page.getByTestId('title').filter({ hasText: '营商环境' }).waitFor();
    } else {
      await app.page.getByTestId('title').filter({ hasText: NOTICE }).waitFor();
      // The file before had the same title: wait for this one's headings to be built, not the
      // last one's to be taken down.
      const headings = () => app.page.locator('summary .heading').allInnerTexts();
      await app.page.waitForFunction(() => [...document.querySelectorAll('summary .heading')].every((h) => h.innerText !== ''));
      assert.deepEqual(await headings(), ['一、总体要求', '二、工作安排']);
      assert.match(await app.page.getByTestId('document').textContent(), /（二）做好总结。[\s\S]*2024年12月1日/u);
    }
    assert.equal(await app.page.getByTestId('problem').count(), 0);
  });
}

test('UTF-8 with bad bytes in the middle opens, the bad bytes shown as � and said', async () => {
  await open('invalid_utf8_middle.txt');
  await app.page.getByTestId('title').filter({ hasText: NOTICE }).waitFor();
  assert.match(await problem(), /有 3 处字节无法识别/u);
  assert.match(await app.page.getByTestId('document').textContent(), /要按时完成全年任务。[\s\S]*\uFFFD[\s\S]*做好统计/u);
});

test('a 5 MB single line is shown whole and the page stays responsive', async () => {
  const bytes = readFileSync(new URL('single_line_5mb.txt', INPUTS));
  await open('single_line_5mb.txt');
  await app.page.getByTestId('title').filter({ hasText: 'single_line_5mb' }).waitFor({ timeout: 60000 });
  const length = await app.page.getByTestId('document').evaluate((d) => d.textContent.length);
  assert.ok(length >= bytes.toString('utf8').trim().length, `all ${length} characters on the page`);
  await app.page.getByTestId('filter').fill('卡住');
  await app.page.getByTestId('match-count').filter({ hasText: /处/u }).waitFor();
  await app.page.getByTestId('filter').fill('');
});

test('20,000 headings: all in the text and the outline, found by the filter', async () => {
  await open('headings_20000.md');
  await app.page.getByTestId('title').filter({ hasText: '两万个标题' }).waitFor({ timeout: 60000 });
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid=section]').length === 20000, null, { timeout: 60000 });
  assert.equal(await app.page.locator('[data-testid=outline] li').count(), 20000);
  await app.page.getByTestId('filter').fill('第19999部分');
  await app.page.getByTestId('match-count').filter({ hasText: '1 处' }).waitFor();
  await app.page.getByTestId('filter').fill('');
});

test('headings nested 8 deep fold inside one another down to the deepest text', async () => {
  await open('headings_8_deep.md');
  // Two top-level headings: the first is not taken for the title, the file's name is.
  await app.page.getByTestId('title').filter({ hasText: 'headings_8_deep' }).waitFor();
  const depth = await app.page.locator('p', { hasText: '最深处的正文' }).evaluate((p) => {
    let n = 0;
    for (let e = p; e; e = e.parentElement) if (e.matches('details.section')) n += 1;
    return n;
  });
  assert.ok(depth >= 8, `the deepest paragraph is inside ${depth} sections`);
  assert.equal(await app.page.locator('p', { hasText: '最深处的正文' }).isVisible(), true);
});

test('markup in a document is shown as text, never run or loaded', async () => {
  await open('html_injection.txt');
  await app.page.getByTestId('title').filter({ hasText: '网页代码的文字' }).waitFor();
  const text = await app.page.getByTestId('document').textContent();
  assert.match(text, /<script>alert\(1\)<\/script>不会执行/u);
  assert.match(text, /<img src=x onerror="document\.title='pwned'">不会加载/u);
  assert.match(text, /&lt;b&gt;不是粗体&lt;\/b&gt; &amp; &#x4e2d; &nbsp;原样显示/u);
  assert.equal(await app.page.locator('[data-testid=document] script, [data-testid=document] img, [data-testid=document] b').count(), 0);
  await app.page.waitForTimeout(200);
  assert.equal(await app.page.evaluate(() => window.alerts), 0);
  assert.doesNotMatch(await app.page.title(), /pwned/u);
});

test('right-to-left text runs right to left; emoji and characters beyond the BMP are kept', async () => {
  await open('rtl_emoji.txt');
  await app.page.getByTestId('title').filter({ hasText: 'Mixed scripts 🌏' }).waitFor();
  const arabic = app.page.locator('p', { hasText: 'مرحبا بالعالم' });
  assert.equal(await arabic.evaluate((p) => getComputedStyle(p).direction), 'rtl');
  assert.equal(await app.page.locator('p', { hasText: 'Families' }).evaluate((p) => getComputedStyle(p).direction), 'ltr');
  const text = await app.page.getByTestId('document').textContent();
  for (const s of ['👨‍👩‍👧‍👦', '🇨🇳🇺🇸', '👍🏽', '𠀀𪚥', 'שלום עולם']) assert.ok(text.includes(s), s);
  assert.deepEqual(app.errors, []);
});
