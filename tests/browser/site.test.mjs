// The static site (npm run build → dist/site) served from a sub-path by a plain static server,
// then used offline: the service worker must have cached everything on the first visit.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { writeServiceWorker } from '../../scripts/service-worker.mjs';
import { join } from 'node:path';
import { root } from '../../scripts/build.mjs';
import { pageWeight } from '../../scripts/page-weight.mjs';
import { startBrowser, started, waitLoaded } from './harness.mjs';

const BUILT = join(root, 'dist', 'site');
const PREFIX = '/tools/marsad/';
let browser;
let SITE;

before(async () => {
  assert.ok(existsSync(join(BUILT, 'index.html')), 'dist/site is missing: npm test builds it (node scripts/build.mjs --site)');
  // A deployment of its own, which the last test redeploys.
  SITE = mkdtempSync(join(tmpdir(), 'marsad-site-'));
  cpSync(BUILT, SITE, { recursive: true });
  browser = await startBrowser({ extraMounts: [[PREFIX, SITE]] });
});

after(async () => {
  await browser?.close();
});

test('the built page refers to its files by relative paths only', () => {
  const html = readFileSync(join(SITE, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(refs.length >= 3, refs.join(' '));
  for (const ref of refs) assert.ok(ref.startsWith('./') || ref.startsWith('data:'), `not relative: ${ref}`);
  assert.match(html, /assets\/index-[\w-]+\.js/, 'hashed script name');
});

test('the page a visitor downloads, in either language, weighs at most 500 KB gzipped', () => {
  const { byLanguage, rows } = pageWeight(BUILT);
  assert.ok(rows.some((r) => r.file.endsWith('.wasm')) && rows.some((r) => /strings-ar-/.test(r.file)), rows.map((r) => r.file).join(' '));
  for (const [lang, bytes] of Object.entries(byLanguage)) assert.ok(bytes <= 500_000, `${lang}: ${bytes} bytes`);
});

test('the shipped wasm core stays under its 400 KB budget, gzipped as the budget is measured', () => {
  const { rows } = pageWeight(BUILT);
  const wasm = rows.filter((r) => r.file.endsWith('.wasm'));
  assert.equal(wasm.length, 1, wasm.map((r) => r.file).join(' '));
  assert.ok(wasm[0].gzip < 400_000, `${wasm[0].file}: ${wasm[0].gzip} bytes gzipped`);
});

test('the licences of the code and of the data in the wasm are published beside the page', () => {
  assert.match(readFileSync(join(SITE, 'LICENSE'), 'utf8'), /MIT License/i);
  const notices = readFileSync(join(SITE, 'THIRD-PARTY-NOTICES.md'), 'utf8');
  assert.match(notices, /Mozilla Public License 1\.1/);
  assert.match(notices, /stopwords_ara\.js/);
});

test('served from a sub-path it works, then works offline after the first visit', async () => {
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const url = new URL(PREFIX, browser.url).href;
  await page.goto(url);
  await started(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.click('#sample-button');
  await waitLoaded(page);
  assert.equal(await page.textContent('#status'), 'Loaded 10 of 10 files.');
  assert.equal(await page.textContent('#keyword-table tbody tr td:nth-child(2)'), 'السد');

  await browser.context.setOffline(true);
  try {
    await page.reload();
    await started(page);
    // The corpus kept on this device comes back offline; started over, the sample loads again.
    await waitLoaded(page);
    assert.equal(await page.textContent('#status'), 'Restored 10 files (10 documents) kept on this device.');
    await page.waitForSelector('#chart[data-points="6"]');
    await page.click('#clear-button');
    await page.click('#sample-button');
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Loaded'));
    assert.equal(await page.textContent('#status'), 'Loaded 10 of 10 files.');
    await page.waitForSelector('#chart[data-points="6"]');
  } finally {
    await browser.context.setOffline(false);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(browser.foreignRequests(), []);
  assert.ok(browser.requests.some((u) => u.includes(`${PREFIX}assets/marsad_bg-`)), 'the wasm came from the sub-path');
  await page.close();
});

test('a new deployment replaces the cached version on the next visits', async () => {
  const page = await browser.context.newPage();
  const url = new URL(PREFIX, browser.url).href;
  await page.goto(url);
  await started(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const before = await page.evaluate(() => caches.keys());
  assert.equal(before.length, 1);

  const index = join(SITE, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<h1>', '<h1 data-release="2">'));
  const { version } = writeServiceWorker(SITE);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForFunction((v) => caches.keys().then((keys) => keys.length === 1 && keys[0] === `marsad-${v}`), version);
  await page.reload();
  assert.equal(await page.getAttribute('h1', 'data-release'), '2');
  assert.notDeepEqual(await page.evaluate(() => caches.keys()), before);
  await page.close();
});
