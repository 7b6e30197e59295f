// The README's pictures: the sample speech on a desktop and on a phone, light and dark; a
// comparison of two versions of a law on screen and its first printed page; the drafters' check
// on a draft with slips; the speaker view on a tablet (1024 x 768, landscape). From the release
// build in dist/ (`make build` first): `node scripts/screenshots.mjs`
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/browser/support/app.mjs';
import { DIST, serve } from '../tests/browser/support/site.mjs';

const out = (name) => fileURLToPath(new URL(`../public/${name}`, import.meta.url));
const site = mkdtempSync(join(tmpdir(), 'docview-shots-'));
cpSync(DIST, site, { recursive: true });
mkdirSync(join(site, 'laws'));
for (const file of ['law_国务院组织法_1982.md', 'law_国务院组织法_2024.md']) {
  cpSync(fileURLToPath(new URL(`../tests/versions/${file}`, import.meta.url)), join(site, 'laws', file));
}
const SHOTS = [
  ['desktop', { width: 1366, height: 768 }],
  ['phone', { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 }],
];
const server = await serve(site);
const browser = await launchChromium();
for (const [name, { width, height, ...device }] of SHOTS) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme, ...device });
    await page.goto(server.url);
    await page.locator('[data-testid=section]').first().waitFor();
    await page.waitForFunction(() => !document.documentElement.classList.contains('taking-over'));
    await page.screenshot({ path: out(`screenshot-${name}-${colorScheme}.png`) });
    await page.close();
  }
}
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(`${server.url}?doc=laws/law_国务院组织法_2024.md&base=laws/law_国务院组织法_1982.md`);
await page.getByTestId('compare-summary').waitFor();
await page.screenshot({ path: out('screenshot-comparison.png') });
const pdf = join(site, 'comparison.pdf');
cpSync(fileURLToPath(new URL('../tests/fixtures/check/slips.txt', import.meta.url)), join(site, 'slips.txt'));
const draft = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await draft.goto(`${server.url}?doc=slips.txt`);
await draft.locator('[data-testid=section]').first().waitFor();
await draft.getByTestId('check').click();
await draft.getByTestId('check-problem').first().waitFor();
await draft.screenshot({ path: out('screenshot-check.png') });
await draft.close();
const tablet = await browser.newPage({ viewport: { width: 1024, height: 768 }, hasTouch: true });
await tablet.goto(`${server.url}?view=speaker`);
await tablet.locator('.speaker-current').waitFor();
await tablet.keyboard.press('ArrowDown');
await tablet.keyboard.press('ArrowDown');
await tablet.waitForTimeout(1500);
await tablet.screenshot({ path: out('screenshot-speaker-tablet.png') });
await tablet.close();
await page.pdf({ path: pdf, preferCSSPageSize: true });
execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, out('printed-comparison-page1').replace(/\.png$/u, '')]);
await browser.close();
await server.close();
console.log('public/screenshot-*.png (the check: screenshot-check.png, the speaker view: screenshot-speaker-tablet.png), public/printed-comparison-page1.png');
