// The npm package (dist/npm): imported as plain ES modules by a page, and bundled by Vite into
// a small app; both analyse text in a worker and draw the result with <marsad-timeline>.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env, root } from '../../scripts/build.mjs';
import { startBrowser } from './harness.mjs';

const PACKAGE = join(root, 'dist', 'npm');
const TEXTS = [
  { name: '2021-03-02-a.txt', text: 'دخلت القوات الموصل. وفي الموصل احتفالات، وللموصل تاريخ طويل.' },
  { name: '2021-04-05-b.txt', text: 'بالموصل بدأ الإعمار.' },
];
let browser;
let app;

before(async () => {
  assert.ok(existsSync(join(PACKAGE, 'package.json')), 'dist/npm is missing: npm test builds it (node scripts/build.mjs --site)');
  app = mkdtempSync(join(tmpdir(), 'marsad-vite-app-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(PACKAGE, join(app, 'node_modules', 'marsad'), 'dir');
  writeFileSync(join(app, 'index.html'), '<!doctype html><meta charset="utf-8"><title>app</title><script type="module" src="./main.js"></script>');
  writeFileSync(
    join(app, 'main.js'),
    `import { createEngine } from 'marsad';
import 'marsad/widget';
const engine = createEngine();
await engine.addDocuments(${JSON.stringify(TEXTS)});
const [top] = await engine.keywords({ limit: 1 });
const chart = document.createElement('marsad-timeline');
chart.analysis = await engine.analysis(top.display, 'month');
document.body.append(chart);
document.body.dataset.top = top.display + ' ' + top.count;
`,
  );
  const vite = spawnSync(join(root, 'node_modules', '.bin', 'vite'), ['build', app, '--base', './', '--outDir', join(app, 'dist'), '--logLevel', 'warn'], { env, encoding: 'utf8' });
  assert.equal(vite.status, 0, vite.stderr + vite.stdout);
  browser = await startBrowser({ extraMounts: [['/npm/', PACKAGE], ['/app/', join(app, 'dist')]] });
});

after(async () => {
  await browser?.close();
});

test('every export of the package has a type declaration', () => {
  const declared = readFileSync(join(PACKAGE, 'index.d.ts'), 'utf8');
  const source = readFileSync(join(PACKAGE, 'index.js'), 'utf8');
  const exported = [...source.matchAll(/export (?:async )?(?:function|class|const) (\w+)|export \{ ([\w, ]+) \}/g)]
    .flatMap((m) => (m[1] ? [m[1]] : m[2].split(',').map((s) => s.trim())));
  assert.deepEqual(exported.sort(), ['MarsadEngine', 'createEngine', 'toAnalysis']);
  for (const name of exported) assert.match(declared, new RegExp(`declare (?:function|class) ${name}\\b`), name);
  assert.match(readFileSync(join(PACKAGE, 'widget.d.ts'), 'utf8'), /class MarsadTimeline/);
  const manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
  for (const entry of Object.values(manifest.exports)) {
    assert.ok(existsSync(join(PACKAGE, entry.default)) && existsSync(join(PACKAGE, entry.types)), JSON.stringify(entry));
  }
});

test('imported as plain ES modules, it analyses text in a worker', async () => {
  const page = await browser.context.newPage();
  await page.goto(browser.url);
  const result = await page.evaluate(async (texts) => {
    const { createEngine } = await import('/npm/index.js');
    const engine = createEngine();
    const { added, errors } = await engine.addDocuments(texts);
    const [top] = await engine.keywords({ limit: 1 });
    const analysis = await engine.analysis('الموصل', 'month');
    engine.terminate();
    return { added: added.length, errors, top: [top.display, top.count, top.docs], points: analysis.series[0].points.map((p) => p.count) };
  }, TEXTS);
  assert.deepEqual(result, { added: 2, errors: [], top: ['الموصل', 4, 2], points: [3, 1] });
  assert.deepEqual(browser.foreignRequests(), []);
  await page.close();
});

test('bundled by Vite, the app works and draws the widget', async () => {
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(new URL('/app/', browser.url).href);
  await page.waitForFunction(() => document.body.dataset.top);
  assert.equal(await page.evaluate(() => document.body.dataset.top), 'الموصل 4');
  await page.waitForSelector('marsad-timeline[data-points="2"]');
  assert.deepEqual(problems, []);
  assert.deepEqual(browser.foreignRequests(), []);
  await page.close();
});
