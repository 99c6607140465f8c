// Page benchmark for issue 5's targets, on the built site (dist/site) in headless Chromium:
// - the 13 SaudiNewsNet zips dropped at once through the file input, until the keyword table is
//   shown and a three-series monthly timeline («السعودية», «الرياض», «مكة») is drawn (≤ 4 s);
// - the main thread's long tasks meanwhile (none over 100 ms);
// - one more series added to the chart, from the click to the chart drawing it (≤ 100 ms);
// - the page's weight, gzipped (≤ 500 KB).
// Baselines in the same run, in a blank page of the same browser: reading the zips' bytes with
// File.arrayBuffer(), and JSON.parse of their unzipped text.
// Run after a build (node scripts/build.mjs --site): node bench/page.mjs [runs, default 3]
// The zips are read in place from ../shared (never copied into the repository).
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../scripts/build.mjs';
import { pageWeight } from '../scripts/page-weight.mjs';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const SITE = join(root, 'dist', 'site');
const ZIPS = join(root, '..', 'shared', 'corpora', 'saudinewsnet');
const PREFIX = '/site/';
const SERIES = ['السعودية', 'الرياض', 'مكة'];
// Each added in turn as a fourth series, then taken off again.
const EXTRA = ['جدة', 'الملك', 'وزارة', 'التعليم', 'الصحة'];
const RUNS = Number(process.argv[2] ?? 3);

async function withBrowser(f) {
  const profile = mkdtempSync(join(tmpdir(), 'marsad-page-bench-'));
  // A persistent profile as a user has: the page keeps its corpus in IndexedDB.
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    return await f(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Installed before the page's own scripts: every long task of the main thread, kept in order. */
function watchLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

const waitSeries = (page, n) => page.waitForSelector(`#chart[data-series="${n}"]`, { state: 'attached', timeout: 120_000 });

async function pageRun(context, url, zips) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.addInitScript(watchLongTasks);
  await page.goto(url);
  await page.waitForFunction(() => 'started' in document.documentElement.dataset && document.body.dataset.state !== 'loading');
  // The first series and the bucket are chosen before the drop, as a user who knows the question.
  await page.evaluate(() => {
    document.querySelector('#term-input').value = 'السعودية';
    const bucket = document.querySelector('#bucket-select');
    bucket.value = 'month';
    bucket.dispatchEvent(new Event('change'));
  });
  await page.waitForTimeout(500);
  const t0Page = await page.evaluate(() => performance.now());
  const t0 = performance.now();
  await page.setInputFiles('#file-input', zips);
  await page.waitForFunction(
    () => document.body.dataset.state === 'ready' && !document.querySelector('#keywords').hidden && document.querySelectorAll('#keyword-table tbody tr').length > 0,
    null,
    { timeout: 120_000, polling: 'raf' },
  );
  const table = performance.now() - t0;
  await waitSeries(page, 1);
  const first = performance.now() - t0;
  for (const [i, term] of SERIES.slice(1).entries()) {
    await page.fill('#term-input', term);
    await page.click('#add-series');
    await waitSeries(page, i + 2);
  }
  const three = performance.now() - t0;
  const chart = await page.evaluate(() => ({ ...document.querySelector('#chart').dataset }));
  const status = await page.textContent('#status');
  const loadTasks = await page.evaluate((from) => window.__longTasks.filter((t) => t.start >= from).map((t) => ({ ...t, start: t.start - from })), t0Page);

  // One more series: from the click to the chart drawn with it (its data attribute set, then painted).
  await page.waitForTimeout(300);
  const adds = [];
  for (const term of EXTRA) {
    const from = await page.evaluate(() => performance.now());
    const add = await page.evaluate(async (term) => {
      const chartEl = document.querySelector('#chart');
      document.querySelector('#term-input').value = term;
      const drawn = new Promise((resolve) => {
        const seen = new MutationObserver(() => {
          if (chartEl.dataset.series === '4') {
            seen.disconnect();
            resolve(performance.now());
          }
        });
        seen.observe(chartEl, { attributes: true });
      });
      const t = performance.now();
      document.querySelector('#add-series').click();
      const set = await drawn;
      const painted = await new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
      return { drawn: set - t, painted: painted - t };
    }, term);
    const tasks = await page.evaluate((from) => window.__longTasks.filter((t) => t.start >= from), from);
    adds.push({ term, ...add, longest: Math.max(0, ...tasks.map((t) => t.ms)) });
    await page.click('#series-list li:last-child button.remove');
    await waitSeries(page, 3);
  }
  await page.close();
  return { table, first, three, chart, status, loadTasks, adds, problems };
}

/** The same-run baselines, in a blank page of the same origin: read the zips' bytes, parse their text. */
async function baselines(context, url, zips, jsonDir) {
  const page = await context.newPage();
  await page.goto(`${url}bench-data/index.html`);
  await page.evaluate(() => {
    const input = document.createElement('input');
    Object.assign(input, { type: 'file', multiple: true, id: 'bench-input' });
    document.body.append(input);
  });
  await page.setInputFiles('#bench-input', zips);
  const names = readdirSync(jsonDir).filter((n) => n.endsWith('.json'));
  const result = await page.evaluate(async (names) => {
    const files = [...document.querySelector('#bench-input').files];
    const t = performance.now();
    const buffers = await Promise.all(files.map((f) => f.arrayBuffer()));
    const read = performance.now() - t;
    const bytes = buffers.reduce((n, b) => n + b.byteLength, 0);
    const texts = await Promise.all(names.map(async (n) => (await fetch(`/bench-data/${n}`)).text()));
    const chars = texts.reduce((n, s) => n + s.length, 0);
    const t2 = performance.now();
    let articles = 0;
    for (const s of texts) articles += JSON.parse(s).length;
    const parse = performance.now() - t2;
    return { read, bytes, parse, chars, articles };
  }, names);
  await page.close();
  return result;
}

async function main() {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error('dist/site is missing: run node scripts/build.mjs --site first');
  const weight = pageWeight(SITE);
  for (const [lang, total] of Object.entries(weight.byLanguage)) {
    console.log(`page weight in ${lang} (gzip -9 per file; HTML + JS + CSS + wasm of dist/site and the ${lang} strings): ${total.toLocaleString('en')} bytes (${(total / 1024).toFixed(1)} KiB), target ≤ 500 KB`);
  }
  for (const r of weight.rows) console.log(`  ${r.file}: ${r.raw.toLocaleString('en')} raw, ${r.gzip.toLocaleString('en')} gzipped`);
  console.log(`  not counted: ${weight.left.join(', ')}`);

  if (!existsSync(ZIPS)) {
    console.log(`SaudiNewsNet zips not found at ${ZIPS}: the timing part is skipped.`);
    return;
  }
  const zips = readdirSync(ZIPS).filter((n) => n.endsWith('.zip')).sort().map((n) => join(ZIPS, n));
  const zipBytes = zips.reduce((n, f) => n + statSync(f).size, 0);
  console.log(`corpus: ${zips.length} SaudiNewsNet zips, ${(zipBytes / 1e6).toFixed(1)} MB zipped`);

  const jsonDir = mkdtempSync(join(tmpdir(), 'marsad-page-bench-data-'));
  zips.forEach((z, i) => writeFileSync(join(jsonDir, `${i}.json`), execFileSync('unzip', ['-p', z], { maxBuffer: 1 << 30 })));
  writeFileSync(join(jsonDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>');
  const { server, url } = await serve({ port: 0, extraMounts: [['/bench-data/', jsonDir], [PREFIX, SITE]] });
  try {
    for (let run = 1; run <= RUNS; run++) {
      await withBrowser(async (context) => {
        const base = await baselines(context, url, zips, jsonDir);
        const r = await pageRun(context, new URL(PREFIX, url).href, zips);
        const longest = Math.max(0, ...r.loadTasks.map((t) => t.ms));
        const over = r.loadTasks.filter((t) => t.ms > 100);
        const sorted = [...r.adds].sort((a, b) => a.painted - b.painted);
        const median = sorted[Math.floor(sorted.length / 2)];
        console.log(`\nrun ${run}:`);
        console.log(`  baseline: File.arrayBuffer() of the 13 zips ${base.read.toFixed(0)} ms (${(base.bytes / 1e6).toFixed(1)} MB); JSON.parse of their text ${base.parse.toFixed(0)} ms (${(base.chars / 1e6).toFixed(1)} M chars, ${base.articles} articles)`);
        console.log(`  status: ${r.status}`);
        console.log(`  drop → keyword table (and first series, state ready): ${r.table.toFixed(0)} ms; first series on the chart: ${r.first.toFixed(0)} ms`);
        console.log(`  drop → keyword table + 3-series monthly timeline: ${r.three.toFixed(0)} ms (target ≤ 4000; ${(r.three / base.parse).toFixed(1)}× the JSON.parse baseline)  chart: ${JSON.stringify(r.chart)}`);
        console.log(`  long tasks meanwhile: ${r.loadTasks.length}, longest ${longest.toFixed(0)} ms, ${over.length} over 100 ms (sum of those ${over.reduce((n, t) => n + t.ms, 0).toFixed(0)} ms)`);
        console.log(`  long tasks > 100 ms (duration@start, ms after the drop): ${over.map((t) => `${t.ms.toFixed(0)}@${t.start.toFixed(0)}`).join(' ')}`);
        console.log(`  one more series, click → chart (data attribute / painted), ms: ${r.adds.map((a) => `${a.term} ${a.drawn.toFixed(0)}/${a.painted.toFixed(0)}${a.longest ? ` (long task ${a.longest.toFixed(0)})` : ''}`).join(', ')}; median painted ${median.painted.toFixed(0)} (target ≤ 100)`);
        if (r.problems.length) console.log(`  page problems: ${r.problems.join(' | ')}`);
      });
    }
  } finally {
    server.close();
    rmSync(jsonDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`bench: ${e.stack ?? e.message}`);
  process.exit(1);
});
