// The filter's query language, navigation, URL and keyboard, on the sample speech.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { highlighted, openApp, waitUntil } from './support/app.mjs';
import { LIVE_RANGE, openMenu } from './support/page.mjs';
import { SPEECH } from './support/site.mjs';

let app;
let lines;
before(async () => {
  app = await openApp();
  lines = (await readFile(SPEECH, 'utf8')).split('\n').filter((l) => l.trim());
});
after(async () => { await app?.close(); });

const visibleParagraphs = () =>
  app.page.locator('[data-testid=document] p').evaluateAll((els) =>
    els.filter((e) => e.checkVisibility() && !e.classList.contains("empty-result")).map((e) => e.textContent));
const filter = (q) => app.page.getByTestId('filter').fill(q);
/** Body lines of the speech (not headings) for which `keep` holds, read from the file itself. */
const expectedParagraphs = (keep) => lines.filter((l) => !/^[一二三]、/u.test(l)).filter(keep);

test('terms separated by a space must all be in the paragraph', async () => {
  await filter('监督 代表');
  const shown = await visibleParagraphs();
  assert.deepEqual(shown, expectedParagraphs((l) => l.includes('监督') && l.includes('代表')));
  assert.ok(shown.length >= 1);
  const marks = await highlighted(app.page);
  assert.ok(marks.includes('监督') && marks.includes('代表'));
});

test('a bar means either term', async () => {
  await filter('立法|预算');
  assert.deepEqual(await visibleParagraphs(), expectedParagraphs((l) => l.includes('立法') || l.includes('预算')));
});

test('quotes make a phrase', async () => {
  await filter('"人民代表大会制度"');
  assert.deepEqual(await visibleParagraphs(), expectedParagraphs((l) => l.includes('人民代表大会制度')));
  assert.deepEqual([...new Set(await highlighted(app.page))], ['人民代表大会制度']);
});

test('a minus leaves paragraphs out, headings of their sections stay', async () => {
  await filter('-习近平');
  assert.deepEqual(await visibleParagraphs(), expectedParagraphs((l) => !l.includes('习近平')));
  const headings = await app.page.locator('[data-testid=section] h2').evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.textContent));
  assert.equal(headings.length, 3);
  assert.deepEqual(await highlighted(app.page), []);
});

test('next and previous go from match to match, unfolding the section that holds it', async () => {
  const { page } = app;
  await filter('');
  await openMenu(page);
  await page.getByTestId('collapse-all').click();
  await filter('监督');
  const box = page.getByTestId('filter');
  await box.press('Enter');
  assert.equal(await page.getByTestId('match-position').innerText(), '1 / 13');
  await box.press('Enter');
  assert.equal(await page.getByTestId('match-position').innerText(), '2 / 13');
  await page.waitForFunction(() => CSS.highlights.get('current-match')?.size === 1);
  assert.deepEqual(await highlighted(page, { name: 'current-match' }), ['监督']);
  assert.equal(await page.locator('[data-testid=section]').nth(1).evaluate((d) => d.open), true, 'section 二 unfolded');
  await waitUntil(page, `${LIVE_RANGE}
    const r = liveRange([...CSS.highlights.get('current-match')][0]).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;`);
  await box.press('Shift+Enter');
  assert.equal(await page.getByTestId('match-position').innerText(), '1 / 13');
  await page.getByTestId('prev-match').click();
  assert.equal(await page.getByTestId('match-position').innerText(), '13 / 13');
  await page.getByTestId('next-match').click();
  assert.equal(await page.getByTestId('match-position').innerText(), '1 / 13');
  await openMenu(page);
  await page.getByTestId('expand-all').click();
});

test('matching sentences only dims the other sentences of a shown paragraph', async () => {
  const { page } = app;
  await filter('监督');
  assert.equal(await page.evaluate(() => CSS.highlights.has('dimmed')), false, 'nothing dimmed at first');
  await page.getByTestId('sentences-only').check();
  const dimmed = await highlighted(page, { name: 'dimmed' });
  assert.ok(dimmed.length > 0);
  assert.ok(dimmed.every((s) => !s.includes('监督')), 'no dimmed sentence has a match');
  // Every sentence of section 二's paragraph is either dimmed or has a match.
  const paragraph = lines.find((l) => l.startsWith('习近平总书记明确提出'));
  const sentences = paragraph.match(/[^。！？]+[。！？]?/gu).map((s) => s.replace(/^[”’」』）]+/u, ''));
  const isDimmed = (s) => dimmed.some((d) => d.includes(s));
  assert.ok(sentences.every((s) => s.includes('监督') || isDimmed(s)), 'sentences without 监督 are dimmed');
  assert.ok(sentences.filter((s) => s.includes('监督')).every((s) => !isDimmed(s)));
  // Typing on keeps the dimming in step with the query.
  await filter('监督工作');
  assert.ok((await highlighted(page, { name: 'dimmed' })).some((s) => s.includes('监督') && !s.includes('监督工作')));
  await page.getByTestId('sentences-only').uncheck();
  assert.equal(await page.evaluate(() => CSS.highlights.has('dimmed')), false);
});

test('/ focuses the filter box and Esc clears it', async () => {
  const { page } = app;
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'filter-input');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('filter').inputValue(), '');
  assert.equal(await page.getByTestId('match-count').innerText(), '');
});

test('the query lives in the URL: a reload keeps it and back returns to the one before', async () => {
  const { page } = app;
  const urlQuery = (q) => page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, q);
  await filter('监督');
  await page.getByTestId('filter').press('Enter');
  await urlQuery('监督');
  await page.reload();
  await page.locator('[data-testid=section]').first().waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('filter').inputValue(), '监督');
  assert.equal(await page.getByTestId('match-count').innerText(), '13 处 · 2 段');
  await filter('立法');
  await urlQuery('立法');
  await page.goBack();
  await urlQuery('监督');
  assert.equal(await page.getByTestId('filter').inputValue(), '监督');
  assert.equal(await page.getByTestId('match-count').innerText(), '13 处 · 2 段');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('[data-testid=filter]').value === '立法');
});

test('a query given before the document loads applies to it', async () => {
  const { page } = app;
  await filter('监督');
  const text = '关于加强监督的通知\n\n一、总体要求\n\n做好监督工作。\n\n二、其他\n\n其他事项。\n';
  await page.getByTestId('open-file').setInputFiles({ name: 'notice.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.getByTestId('title').filter({ hasText: '关于加强监督的通知' }).waitFor();
  assert.equal(await page.getByTestId('match-count').innerText(), '1 处 · 1 段');
  assert.deepEqual(await visibleParagraphs(), ['做好监督工作。']);
});

test('HTML in a document is text, found like any other, and odd queries break nothing', async () => {
  const { page } = app;
  const text = '说明。\n<script>window.pwned = 1</script>\n<img src=x onerror="window.pwned = 2">\n&amp; &lt;b&gt;\n';
  await page.getByTestId('open-file').setInputFiles({ name: 'html.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.getByTestId('title').filter({ hasText: 'html' }).waitFor();
  await filter('<script>');
  assert.deepEqual(await highlighted(page), ['<script>']);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('[data-testid=document] script, [data-testid=document] img').count(), 0);
  for (const q of ['"', '"unclosed', '(', '[*+?', '\\', '|', '-', '- |', '😀', '   ', '.*', '"a" -"b" | c']) await filter(q);
  await filter('x'.repeat(5000));
  assert.equal(await page.getByTestId('match-count').innerText(), '没有找到');
  assert.deepEqual(app.errors, []);
});
