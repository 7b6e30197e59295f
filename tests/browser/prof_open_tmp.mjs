import { writeFileSync } from 'node:fs';
import { openApp, serve, launchChromium } from './support/app.mjs';
import { corpusDocument } from '../bench/corpus_document.mjs';
const text = corpusDocument(10 * 1024 * 1024);
const server = await serve('/tmp/dist-prof');
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(server.url);
await page.locator('[data-testid=section]').first().waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.evaluate(() => performance.clearMarks());
await cdp.send('Profiler.start');
await page.getByTestId('open-file').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
await page.waitForFunction(() => performance.getEntriesByName('open').length > 0 && performance.getEntriesByName('document-ready').length > 0, null, { timeout: 120000 });
await page.waitForTimeout(3000);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n])); const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(), incl = new Map(); let total = 0;
profile.samples.forEach((id, i) => {
  const d = profile.timeDeltas[i]; const n = byId.get(id); const k = n.callFrame.functionName || '(anon)';
  if (k === '(idle)' || k === '(program)') return; total += d;
  self.set(k, (self.get(k) ?? 0) + d);
  const seen = new Set(); let cur = id;
  while (cur !== undefined) { const nm = byId.get(cur).callFrame.functionName || '(anon)'; if (!seen.has(nm)) { seen.add(nm); incl.set(nm, (incl.get(nm) ?? 0) + d); } cur = parent.get(cur); }
});
const callers = new Map();
profile.samples.forEach((id, i) => {
  const d = profile.timeDeltas[i]; const k = byId.get(id).callFrame.functionName;
  if (!/IndexSet.*insert|shift_remove|reserve_rehash|try_read_untracked|as_subscriber_set/.test(k)) return;
  let cur = parent.get(id); const chain = [];
  while (cur !== undefined && chain.length < 40) { const nm = byId.get(cur).callFrame.functionName; if (/docview|tachys::html|tachys::reactive_graph|leptos::|reactive_graph::(effect|computed|owner)/.test(nm)) { chain.push(nm.replace(/::h[0-9a-f]{16}/g, '').slice(0, 110)); if (chain.length >= 4) break; } cur = parent.get(cur); }
  const key = `${k.slice(0, 40)} <- ${chain.join(' <- ')}`; callers.set(key, (callers.get(key) ?? 0) + d);
});
console.log([...callers].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join('\n'));
console.log('total', (total / 1000).toFixed(0)); const fmt = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k.replace(/::h[0-9a-f]{16}/g, '').slice(0, 140)}`).join('\n');

console.log(fmt(self)); console.log('--- incl'); console.log(fmt(incl));
await browser.close(); await server.close();
