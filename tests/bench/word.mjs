// Opening a Word document (`make bench`): a 1 MB .docx made here from the corpus text (a
// paragraph a line, deflated as Word does), against the same text as .txt, opened with the file
// picker in headless Chromium (a click, then the file chosen); the first screen from the file being read (performance marks
// `open` → `first-screen`), medians of BENCH_RUNS (5) runs each, and the ratio (target 1.5x); and a
// 60-page OFD of the same text (target 1 s).
import { crc32, deflateRawSync } from 'node:zlib';
import { launchChromium } from '../browser/support/app.mjs';
import { serve } from '../browser/support/site.mjs';
import { corpusDocument } from './corpus_document.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const escape = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A ZIP archive of `files` (name → string), each entry deflated. */
function zip(files) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0); header.writeUInt16LE(20, 4); header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc32(data), 14); header.writeUInt32LE(packed.length, 18); header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0); entry.writeUInt16LE(20, 4); entry.writeUInt16LE(20, 6); entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(data), 16); entry.writeUInt32LE(packed.length, 20); entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28); entry.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(Object.keys(files).length, 8); end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const text = corpusDocument(1024 * 1024);
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const body = text.split('\n').filter((l) => l.trim()).map((l) => `<w:p><w:r><w:t xml:space="preserve">${escape(l)}</w:t></w:r></w:p>`).join('');
const docx = zip({
  '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
});
// A 60-page OFD (issue 32: open within 1 s): the same text laid out as a 公文, 28 characters a
// line and 22 lines a page, each line a text object, as scripts/ofd-fixtures.py writes them.
const OFD_PAGES = 60;
const ofdLines = text.split('\n').filter((l) => l.trim()).flatMap((l) => l.match(/.{1,28}/gu)).slice(0, OFD_PAGES * 22);
const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const ofdFiles = {
  'OFD.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
  'Doc_0/Document.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${NS}><ofd:Pages>${Array.from({ length: OFD_PAGES }, (_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('')}</ofd:Pages></ofd:Document>`,
};
for (let page = 0; page < OFD_PAGES; page++) {
  const objects = ofdLines.slice(page * 22, page * 22 + 22).map((line, n) => `<ofd:TextObject ID="${n + 100}" Boundary="27 ${37 + n * 10.5} 157 7" Size="5.6"><ofd:TextCode X="0" Y="5.6" DeltaX="g ${[...line].length - 1} 5.6">${escape(line)}</ofd:TextCode></ofd:TextObject>`);
  ofdFiles[`Doc_0/Pages/Page_${page}/Content.xml`] = `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Content><ofd:Layer ID="1">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`;
}
const ofd = zip(ofdFiles);
const server = await serve();
const browser = await launchChromium();

async function firstScreen(file) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('[data-testid=section]').first().waitFor();
  await page.evaluate(() => performance.clearMarks());
  // As a reader opens a file: a click on the picker, then the file chosen.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('label:has(> [data-testid=open-file])').click()]);
  // A person takes a second or more in the file dialog (BENCH_CHOOSE_MS, 1000; 0 chooses at once).
  await page.waitForTimeout(Number(process.env.BENCH_CHOOSE_MS ?? 1000));
  await chooser.setFiles(file);
  await page.waitForFunction(() => performance.getEntriesByName('first-screen').length && performance.getEntriesByName('open').length, null, { timeout: 60000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('first-screen').at(-1).startTime - performance.getEntriesByName('open').at(-1).startTime);
  if (process.env.BENCH_STEPS) console.log(file.name, await page.evaluate(() => ['decoded', 'parsed', 'first-screen'].map((n) => Math.round(performance.getEntriesByName(n).at(-1).startTime - performance.getEntriesByName('open').at(-1).startTime)).join(' ')));
  await context.close();
  return ms;
}

const word = [];
const plain = [];
const ofdRuns = [];
for (let run = 0; run < RUNS; run++) {
  ofdRuns.push(await firstScreen({ name: 'pages.ofd', mimeType: 'application/ofd', buffer: ofd }));
  word.push(await firstScreen({ name: 'big.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx }));
  plain.push(await firstScreen({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }));
}
console.log(`== a ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB text as .docx (${(docx.length / 1024).toFixed(0)} KB) and as .txt: first screen from the file read, medians of ${RUNS}`);
console.log(`docx ${median(word).toFixed(0)} ms   txt ${median(plain).toFixed(0)} ms   ratio ${(median(word) / median(plain)).toFixed(2)}x (target 1.5x)`);
console.log(`a ${OFD_PAGES}-page OFD (${(ofd.length / 1024).toFixed(0)} KB): first screen from the file read ${median(ofdRuns).toFixed(0)} ms, median of ${RUNS} (target 1,000 ms)`);
await browser.close();
await server.close();
