import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { openApp } from '../browser/support/app.mjs';
const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const texts = readdirSync(CORPUS).filter((f) => /\.(txt|md)$/u.test(f)).sort().map((f) => readFileSync(new URL(f, CORPUS), 'utf8'));
let text = ''; while (Buffer.byteLength(text) < 1e6) text += texts.join('\n');
const app = await openApp(); const { page } = app;
await page.getByTestId('open-file').setInputFiles({ name: 'corpus.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
await page.getByTestId('title').filter({ hasText: 'corpus' }).waitFor({ timeout: 120000 });
const box = page.getByTestId('filter');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const pre = (process.env.PRE ?? '监').split(','); const steps = (process.env.Q ?? '监督').split(',');
const self = new Map(), incl = new Map(); let total = 0;
for (let r = 0; r < (+process.env.RUNS || 5); r++) {
  for (const v of pre) { await box.fill(v); await page.waitForTimeout(300); }
  await cdp.send('Profiler.start');
  for (const v of steps) { await box.fill(v); await page.waitForTimeout(300); }
  const { profile } = await cdp.send('Profiler.stop'); writeFileSync('/tmp/prof/p.cpuprofile', JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n])); const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((id, i) => {
    const d = profile.timeDeltas[i]; const n = byId.get(id); const k = n.callFrame.functionName || '(anon)';
    if (k === '(idle)') return; total += d;
    self.set(k, (self.get(k) ?? 0) + d);
    const seen = new Set(); let cur = id;
    while (cur !== undefined) { const nm = byId.get(cur).callFrame.functionName || '(anon)'; if (!seen.has(nm)) { seen.add(nm); incl.set(nm, (incl.get(nm) ?? 0) + d); } cur = parent.get(cur); }
  });
}
const fmt = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${(v / 5000).toFixed(1)}ms ${k.replace(/::h[0-9a-f]{16}/g, '').slice(0, 150)}`).join('\n');
console.log('total per run', (total / 5000).toFixed(1)); console.log('--- self'); console.log(fmt(self)); console.log('--- inclusive'); console.log(fmt(incl));
await app.close();
