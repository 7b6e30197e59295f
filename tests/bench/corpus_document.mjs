// Documents for the benchmarks: the corpus files concatenated until the size asked for.
import { readFileSync, readdirSync } from 'node:fs';

const CORPUS = new URL('../corpus/', import.meta.url);

/** The corpus's .txt and .md files in name order, repeated until `bytes` (UTF-8) is reached. */
export function corpusDocument(bytes) {
  const texts = readdirSync(CORPUS).filter((f) => /\.(txt|md)$/u.test(f)).sort()
    .map((f) => readFileSync(new URL(f, CORPUS), 'utf8'));
  const all = texts.join('\n');
  let out = '';
  while (Buffer.byteLength(out) < bytes) out += `${all}\n`;
  return out;
}
