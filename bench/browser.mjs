// Browser benchmark: the wasm pipeline against a plain JavaScript word count, in Chromium, on
// the same Arabic text in the same run. The JS baseline splits words with Intl.Segmenter and
// counts lowercased words in a Map; the wasm side decodes, normalises, tokenises, keys and
// counts every document through the Engine and builds a keyword table.
// Run after a build (npm run build): node bench/browser.mjs
// Text: the SaudiNewsNet article bodies of the first day in ../shared (never copied into the
// repo); `TEXT=seeds` the five seed articles repeated 200 times, the native target's text;
// without ../shared, the project's fixtures repeated.
// The same documents are then indexed natively on one core (`examples/index_profile`), the
// ceiling for the wasm build, so the JS ratio the wasm could reach at best is printed beside it.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../scripts/build.mjs';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const SEPARATOR = '\n\u001e\n';

function corpusText() {
  const seeds = join(root, '..', 'shared', 'seeds');
  if (process.env.TEXT === 'seeds' && existsSync(seeds)) {
    const texts = readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(seeds, n), 'utf8'));
    return { source: 'the seeds repeated 200 times', docs: Array.from({ length: 200 }, () => texts).flat() };
  }
  const zips = join(root, '..', 'shared', 'corpora', 'saudinewsnet');
  if (existsSync(zips)) {
    const zip = readdirSync(zips).filter((n) => n.endsWith('.zip')).sort()[0];
    const articles = JSON.parse(execFileSync('unzip', ['-p', join(zips, zip)], { maxBuffer: 1 << 30 }).toString('utf8'));
    return { source: `SaudiNewsNet ${zip}`, docs: articles.map((a) => a.content ?? '').filter(Boolean) };
  }
  const dir = join(root, 'tests', 'fixtures', 'corpus');
  const one = ['2021-03-02-mosul-ar.txt', '2021-03-16-mosul-ar.txt'].map((n) => readFileSync(join(dir, n), 'utf8')).join('\n');
  return { source: 'fixtures repeated (../shared absent)', docs: Array.from({ length: 4000 }, () => one) };
}

/** The same documents, one file each, indexed by the native build on one core: best of 3. */
function nativeMs(docs) {
  execFileSync('cargo', ['build', '--release', '--quiet', '--example', 'index_profile'], { cwd: root, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-native-'));
  const files = docs.map((d, i) => {
    const file = join(dir, `${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, d);
    return file;
  });
  let out;
  try {
    out = execFileSync(join(root, 'target', 'release', 'examples', 'index_profile'), files, {
      env: { ...process.env, MARSAD_THREADS: '1' },
      maxBuffer: 1 << 24,
    }).toString();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const line = out.split('\n').find((l) => l.startsWith('index + keys'));
  const secs = /: ([\d.]+)(ms|s)\b/.exec(line ?? '');
  if (!secs) throw new Error(`index_profile printed no time: ${out}`);
  return Number(secs[1]) * (secs[2] === 's' ? 1000 : 1);
}

async function main() {
  const { source, docs } = corpusText();
  const dataDir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  writeFileSync(join(dataDir, 'corpus.txt'), docs.join(SEPARATOR));
  writeFileSync(join(dataDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>');
  const { server, url } = await serve({ port: 0, extraMounts: [['/bench-data/', dataDir]] });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}bench-data/index.html`);
    const result = await page.evaluate(async (separator) => {
      const { default: init, Engine } = await import('/pkg/marsad.js');
      await init();
      const text = await (await fetch('/bench-data/corpus.txt')).text();
      const docs = text.split(separator);
      const encoded = docs.map((d) => new TextEncoder().encode(d));
      const bytes = encoded.reduce((n, d) => n + d.length, 0);

      const js = () => {
        const segmenter = new Intl.Segmenter('ar', { granularity: 'word' });
        const counts = new Map();
        for (const doc of docs) {
          for (const s of segmenter.segment(doc)) {
            if (!s.isWordLike) continue;
            const w = s.segment.toLowerCase();
            counts.set(w, (counts.get(w) ?? 0) + 1);
          }
        }
        return counts.size;
      };
      const wasm = () => {
        const engine = new Engine();
        // One batch, as the worker adds a folder: the files' sizes as JSON, their bytes joined.
        const all = new Uint8Array(bytes);
        let at = 0;
        for (const d of encoded) {
          all.set(d, at);
          at += d.length;
        }
        engine.addFiles(JSON.stringify(encoded.map((d, i) => ({ name: `${i}.txt`, size: d.length }))), all);
        const top = JSON.parse(engine.keywords(JSON.stringify({ limit: 20 })));
        const stats = JSON.parse(engine.stats());
        engine.free();
        if (top.length !== 20) throw new Error(`keyword table has ${top.length} rows`);
        return stats.distinctKeys;
      };
      const best = (f, runs) => {
        let min = Infinity;
        let value;
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          value = f();
          min = Math.min(min, performance.now() - t0);
        }
        return { ms: min, value };
      };
      return { bytes, docs: docs.length, js: best(js, 3), wasm: best(wasm, 5) };
    }, SEPARATOR);
    const mbs = (ms) => (result.bytes / 1e6 / (ms / 1000)).toFixed(1);
    console.log(`corpus: ${source}: ${result.docs} documents, ${(result.bytes / 1e6).toFixed(1)} MB`);
    console.log(`JS baseline (Intl.Segmenter + Map): ${result.js.ms.toFixed(0)} ms, ${mbs(result.js.ms)} MB/s, ${result.js.value} distinct words`);
    console.log(`wasm pipeline (Engine, all stages): ${result.wasm.ms.toFixed(0)} ms, ${mbs(result.wasm.ms)} MB/s, ${result.wasm.value} keys`);
    console.log(`ratio wasm/JS: ${(result.js.ms / result.wasm.ms).toFixed(1)}×`);
    const native = nativeMs(docs);
    console.log(`native, one core (index + keys + keyword table): ${native.toFixed(0)} ms, ${mbs(native)} MB/s: ${(result.js.ms / native).toFixed(1)}× the JS baseline`);
  } finally {
    await browser.close();
    server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`bench: ${e.stack ?? e.message}`);
  process.exit(1);
});
