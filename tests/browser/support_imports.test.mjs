// The benchmarks and the screenshot script run only in `make bench` and by hand, not in
// `make test`: the names they import from this harness must still be there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const scripts = ['tests/bench', 'scripts'].flatMap((dir) =>
  readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.mjs')).map((f) => join(ROOT, dir, f)));

test('every name the benchmarks and scripts import from the browser harness is exported by it', async () => {
  let checked = 0;
  for (const script of scripts) {
    const source = readFileSync(script, 'utf8');
    for (const [, names, from] of source.matchAll(/^import \{([^}]*)\} from '([^']*browser\/support\/[^']*)';/gmu)) {
      const module = await import(pathToFileURL(resolve(dirname(script), from)));
      for (const name of names.split(',').map((n) => n.trim()).filter(Boolean)) {
        assert.ok(name in module, `${script}: ${name} is not exported by ${from}`);
        checked += 1;
      }
    }
  }
  assert.ok(checked >= 10, `${checked} names checked`);
});
