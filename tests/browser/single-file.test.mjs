// The single offline file, dist/marsad.html, opened from disk (file://) as a double-click
// would: files load, keywords and a timeline appear, and nothing is requested from anywhere.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../../scripts/build.mjs';
import { startBrowser, started, waitLoaded } from './harness.mjs';

const FILE = join(root, 'dist', 'marsad.html');
const FIXTURES = join(root, 'tests', 'fixtures', 'corpus');
let browser;

before(async () => {
  assert.ok(existsSync(FILE), 'dist/marsad.html is missing: npm test builds it (node scripts/build.mjs --site)');
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
});

test('the single file carries the licences of its code and data, in a comment after the page', () => {
  const html = readFileSync(FILE, 'utf8');
  const comment = html.slice(html.lastIndexOf('</html>'));
  assert.match(comment, /^<\/html>\n<!--\n[^]*Mozilla Public License 1\.1[^]*stopwords_ara\.js[^]*\n-->\n$/);
  const inner = comment.slice(comment.indexOf('<!--') + 4, comment.lastIndexOf('-->'));
  assert.equal(inner.includes('--'), false, 'no "--" inside the comment');
});

test('the single file stays under 1 MB', () => {
  assert.ok(statSync(FILE).size <= 1_000_000, `${statSync(FILE).size} bytes`);
});

test('opened from disk, it loads files and draws a timeline with no network', async () => {
  const page = await browser.context.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(FILE).href);
  await started(page);
  assert.equal(await page.isHidden('#sample-button'), true, 'the sample needs a server');
  const files = readdirSync(FIXTURES).filter((n) => n !== 'broken.txt').map((n) => join(FIXTURES, n));
  await page.setInputFiles('#file-input', files);
  await waitLoaded(page);
  assert.match(await page.textContent('#status'), /^Loaded 5 of 5 files\.$/);
  assert.equal(await page.textContent('#keyword-table tbody tr td:nth-child(2)'), 'الموصل');
  await page.selectOption('#bucket-select', 'month');
  await page.waitForSelector('#chart[data-points]');
  assert.ok(Number(await page.getAttribute('#chart', 'data-points')) >= 2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-analysis')]);
  assert.match(download.suggestedFilename(), /^marsad-.+\.json$/);
  assert.deepEqual(problems, []);
  const elsewhere = requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(elsewhere, []);
  await page.close();
});

test('opened from disk, the corpus is kept on the device, or the page says quietly that it cannot be', async () => {
  for (const refuse of [false, true]) {
    const page = await browser.context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    // A browser may refuse storage to file:// pages; Chromium allows it, so refusal is simulated too.
    if (refuse) await page.addInitScript(() => (IDBFactory.prototype.open = () => { throw new DOMException('not for files', 'SecurityError'); }));
    await page.goto(pathToFileURL(FILE).href);
    await started(page);
    // The test above left its corpus on this device: it comes back first, and is forgotten.
    const settled = () => page.waitForFunction(() => document.querySelector('#storage-status').textContent !== '' && document.body.dataset.state !== 'loading');
    await settled();
    await page.click('#forget-button');
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Everything was forgotten'));
    // Forgetting reset the view; the address sets it again.
    await page.evaluate(() => (location.hash = '#bucket=year'));
    assert.equal(await page.inputValue('#bucket-select'), 'year');
    await page.setInputFiles('#file-input', [join(FIXTURES, '2021-03-02-mosul-ar.txt'), join(FIXTURES, '2021-04-05-mosul-en.txt')]);
    await waitLoaded(page);
    await page.waitForSelector('#chart[data-bucket="year"]');
    await page.waitForFunction(() => document.querySelector('#storage-status').dataset.kept);
    const kept = (await page.getAttribute('#storage-status', 'data-kept')) === 'true';
    assert.equal(kept, !refuse, await page.textContent('#storage-status'));
    await page.reload();
    await started(page);
    await settled();
    assert.equal(await page.textContent('#status'), kept ? 'Restored 2 files (2 documents) kept on this device.' : '');
    if (kept) {
      await page.click('#forget-button');
      await page.waitForFunction(() => document.querySelector('#storage-status').textContent === 'Nothing is kept on this device.');
    } else {
      assert.match(await page.textContent('#storage-status'), /^Not kept on this device: .*not for files/);
    }
    assert.deepEqual(problems, []);
    await page.close();
  }
});
