// The PDF reader's part of the tools worker (scripts/tools-worker.mjs copies this file into the
// worker's script): pdf.js (public/pdfjs-*, loaded with the first PDF, never on a plain visit)
// reads the text items of every page with their places, and the tools wasm puts them in
// reading order (`read_pdf_items`, src/decode/pdf.rs). pdf.js's own worker, which parses the
// file, is started from this one. Nothing of the PDF runs: no scripts, forms or XFA, no fonts
// loaded, no links followed.

const PDFJS = './pdfjs-6.5.438/';

let pdfjs;

// A page's items cross to the wasm as numbers, eight for each (the item's transform a b c d e f,
// its width, its height), after three for the page (its width and height and how many items),
// and the items' strings beside them.
// Whether the PDF holds pictures (so that one without text is a scan), without decoding one: an
// image is a stream, and a stream's dictionary stands in the file as written (never inside a
// compressed object stream).
function hasImages(bytes) {
  return /\/Subtype\s*\/Image\b/u.test(new TextDecoder('latin1').decode(bytes));
}

async function readPdf(bytes, tools) {
  // Asked before pdf.js takes the bytes (it moves them to its worker).
  const pictures = hasImages(bytes);
  pdfjs ??= import(`${PDFJS}pdf.min.js`);
  const { getDocument, PDFWorker } = await pdfjs;
  // pdf.js would start its worker itself only from a page (it reads `window.location`).
  const port = new Worker(new URL(`${PDFJS}pdf.worker.min.js`, import.meta.url), { type: 'module' });
  const worker = new PDFWorker({ port });
  const task = getDocument({
    data: bytes,
    worker,
    cMapUrl: new URL(`${PDFJS}cmaps/`, import.meta.url).href,
    cMapPacked: true,
    useWorkerFetch: true,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    enableXfa: false,
    verbosity: 0,
  });
  const stop = () => {
    worker.destroy();
    port.terminate();
  };
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    stop();
    return ['problem', error?.name === 'PasswordException' ? 'encrypted' : 'damaged'];
  }
  try {
    const numbers = [];
    const strings = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const [left, bottom, right, top] = page.view;
      const { items } = await page.getTextContent();
      const shown = items.filter((item) => typeof item.str === 'string' && item.str.trim() !== '');
      numbers.push(right - left, top - bottom, shown.length);
      for (const item of shown) {
        const [a, b, c, d, e, f] = item.transform;
        numbers.push(a, b, c, d, e - left, f - bottom, item.width, item.height);
        strings.push(item.str);
      }
      page.cleanup();
    }
    if (strings.length === 0) return ['problem', pictures ? 'scanned' : 'no-text'];
    return tools.read_pdf_items(new Float64Array(numbers), strings);
  } catch {
    return ['problem', 'damaged'];
  } finally {
    await task.destroy();
    stop();
  }
}
