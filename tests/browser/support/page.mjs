// What the tests know of the page, the same for both clients: a WebDriver session in any engine
// (webdriver.mjs) and a Playwright page in Chromium (app.mjs). Page-side code is written here
// once, as the source of a function body (what WebDriver's Execute Script runs).

/**
 * Page-side: `liveRange(r)`, the Range of a StaticRange. The CSS highlights hold static ranges,
 * which have neither text nor a box.
 */
export const LIVE_RANGE = 'const liveRange = (r) => { const l = new Range(); l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset); return l; };';

/**
 * Page-side function body: the text of each range of the CSS highlight `name`, in document order;
 * with `within`, only those inside elements matching that selector.
 */
export const highlightTexts = (name, within = '*') => `${LIVE_RANGE}
  return [...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].map(liveRange)
    .filter((r) => r.startContainer.parentElement.closest(${JSON.stringify(within)}))
    .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
    .map((r) => r.toString());`;

/** Page-side function body: whether the filter has painted its matches since the last keystroke (the mark is cleared at each). */
export const FILTER_PAINTED = "return performance.getEntriesByName('filter-painted').length > 0";

/**
 * Page-side: `isVisible(e)`, as Playwright's `isVisible` decides it: rendered (not in a closed
 * disclosure, not display: none), visibility visible, and a box of some size.
 */
export const IS_VISIBLE = "const isVisible = (e) => { if (!e?.checkVisibility() || getComputedStyle(e).visibility !== 'visible') return false; const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };";

/** Page-side function body: whether the app shows a document (test ids are the app's: the build's page has none). */
export const APP_SHOWN = `${IS_VISIBLE} return isVisible(document.querySelector('[data-testid=section]'));`;

/**
 * Page-side function body: whether an element matching `selector` is visible with `text` in it
 * (what Playwright's `locator(selector).filter({ hasText: text }).waitFor()` waits for).
 */
export const shownWithText = (selector, text) => `${IS_VISIBLE}
  return [...document.querySelectorAll(${JSON.stringify(selector)})].some((e) => isVisible(e) && e.textContent.includes(${JSON.stringify(text)}))`;

/** Runs a function body in the page of either client (Playwright evaluates an expression). */
const run = (client, body) => (client.run ? client.run(body) : client.evaluate(`(() => { ${body} })()`));

/**
 * Opens the page's menu, where the secondary actions are (folding all, print settings, export,
 * recent documents, colours, language, shortcuts), unless it is open: a real click, in a
 * WebDriver session or a Playwright page.
 */
export async function openMenu(client) {
  if (!(await run(client, "return document.getElementById('main-menu').matches(':popover-open')"))) await client.click('[data-testid=menu]');
}

/** Opens the menu and toggles its panel `testId` (a disclosure: print settings, export, recent documents). */
export async function toggleMenuPanel(client, testId) {
  await openMenu(client);
  await client.click(`[data-testid=${testId}] > summary`);
}
