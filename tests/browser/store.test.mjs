// The corpus kept on this device (IndexedDB) and the view kept in the address: a reload brings
// back the same documents, edits and chart; «Forget everything» and «Start over» leave nothing
// behind; a browser that refuses or fills its storage still analyses; a hostile address does
// nothing. The network watch still sees no request beyond the page's own files.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/build.mjs';
import { openPage, reloaded, startBrowser, waitLoaded } from './harness.mjs';

const FIXTURES = join(root, 'tests', 'fixtures', 'corpus');
const FILES = readdirSync(FIXTURES).sort().map((n) => join(FIXTURES, n));
let browser;

before(async () => {
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
});

const rows = (page, table) =>
  page.$$eval(`${table} tbody tr`, (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent.trim())));
const kept = (page) => page.waitForSelector('#storage-status[data-kept="true"]', { state: 'attached' });
const storage = (page) => page.textContent('#storage-status');



test('after a reload the same documents, edits, keyword counts and chart are back', async () => {
  const { page, problems } = await openPage(browser);
  await page.setInputFiles('#file-input', FILES);
  await waitLoaded(page);
  await kept(page);
  assert.equal(await storage(page), 'Kept in this browser, on this device only: 5 files, restored when the page is reopened. «Forget everything» removes them.');
  // Edits the engine supports: a hand-set date, and a document left out of the counts.
  // The page has no control for them yet: the app's engine is driven directly.
  await page.evaluate(async () => {
    const { engine } = await import('./app.js');
    const ids = Object.fromEntries((await engine.documents()).map((d) => [d.name, d.id]));
    await engine.setDate(ids['notes-undated.txt'], '2021-01-15');
    await engine.setExcluded(ids['2021-03-02-mosul-ar.txt'], true);
  });
  await page.selectOption('#bucket-select', 'month');
  await page.waitForSelector('#chart[data-points="4"]');
  const term = encodeURIComponent('الموصل');
  assert.equal(await page.evaluate(() => location.hash), `#term=${term}&bucket=month&measure=count&smoothing=0&layout=dates&kwic=${term}`);

  await reloaded(page);
  assert.equal(await page.textContent('#status'), 'Restored 5 files (5 documents) kept on this device.');
  assert.equal(await page.inputValue('#term-input'), 'الموصل');
  assert.equal(await page.inputValue('#bucket-select'), 'month');
  await page.waitForSelector('#chart[data-points="4"]');
  // Hand-counted: 4 + 5 in March, 2 in April, 1 in the note; less the 4 of the excluded article.
  assert.deepEqual(await rows(page, '#timeline-table'), [
    ['2021-01-01', '1', '1', '1'],
    ['2021-02-01', '0', '0', '0'],
    ['2021-03-01', '5', '1', '1'],
    ['2021-04-01', '2', '2', '1'],
  ]);
  assert.deepEqual((await rows(page, '#keyword-table'))[0].slice(1, 4), ['الموصل', '8', '3']);
  const documents = Object.fromEntries((await rows(page, '#document-table')).map((r) => [r[0], r.slice(1, 3)]));
  assert.deepEqual(documents['notes-undated.txt'], ['2021-01-15', 'given']);
  assert.equal(Object.keys(documents).length, 5, 'broken.txt gave no document and was not kept');
  const excluded = await page.evaluate(async () => {
    const { engine } = await import('./app.js');
    return (await engine.documents()).filter((d) => d.excluded).map((d) => d.name);
  });
  assert.deepEqual(excluded, ['2021-03-02-mosul-ar.txt']);
  assert.deepEqual(problems, []);
  assert.deepEqual(browser.foreignRequests(), []);
  await page.close();
});

test('the sample comes back; «Start over» and «Forget everything» leave nothing to restore', async () => {
  const { page, problems } = await openPage(browser);
  await page.click('#sample-button');
  await waitLoaded(page);
  await kept(page);
  await reloaded(page);
  assert.equal(await page.textContent('#status'), 'Restored 10 files (10 documents) kept on this device.');
  assert.equal((await rows(page, '#keyword-table'))[0][1], 'السد');
  await page.waitForSelector('#chart[data-points="6"]');

  await page.click('#clear-button');
  await page.waitForFunction(() => document.querySelector('#status').textContent === 'All documents were removed.');
  await reloaded(page);
  assert.equal(await page.textContent('#status'), '');
  assert.equal(await page.isHidden('#keywords'), true);
  // The view is a setting, and outlives «Start over».
  assert.match(await page.evaluate(() => location.hash), /^#term=/);

  await page.click('#sample-button');
  await waitLoaded(page);
  await kept(page);
  await page.click('#forget-button');
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Everything was forgotten'));
  assert.equal(await storage(page), 'Nothing is kept on this device.');
  assert.equal(await page.isHidden('#keywords'), true);
  assert.equal(await page.evaluate(() => location.hash), '');
  await reloaded(page);
  assert.equal(await page.textContent('#status'), '');
  assert.equal(await page.isHidden('#keywords'), true);
  assert.equal(await page.inputValue('#term-input'), '');
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.deepEqual(problems, []);
  assert.deepEqual(browser.foreignRequests(), []);
  await page.close();
});

test('a browser that refuses storage says so, and the corpus still works', async () => {
  const refuse = () => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  };
  const { page, problems } = await openPage(browser, { init: refuse });
  await page.waitForFunction(() => document.querySelector('#storage-status').textContent !== '');
  assert.equal(
    await storage(page),
    'Not kept on this device: this browser does not let the page keep data on this device (private browsing, or storage turned off: The user denied permission to access the database.). The documents stay loaded in this tab until it is closed.',
  );
  assert.equal(await page.getAttribute('#storage-status', 'data-kept'), 'false');
  await page.setInputFiles('#file-input', FILES);
  await waitLoaded(page);
  assert.equal(await page.textContent('#status'), 'Loaded 5 of 6 files, 1 could not be read (listed below).');
  assert.deepEqual((await rows(page, '#keyword-table'))[0].slice(1, 4), ['الموصل', '12', '4']);
  await page.waitForSelector('#chart[data-points]');
  await page.click('#keyword-table button.term >> text=Mosul');
  await page.waitForFunction(() => document.querySelector('#chart .u-title')?.textContent.includes('Mosul'));
  await page.click('#forget-button');
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Everything was forgotten'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a store that fills up mid-session keeps the session whole and no half corpus', async () => {
  const { page, problems } = await openPage(browser);
  await page.click('#sample-button');
  await waitLoaded(page);
  await kept(page);
  // Chromium's quota override (DevTools) is not enforced on a database already open, so the
  // refusal is simulated: every new record is refused as over quota.
  await page.evaluate(() => {
    IDBObjectStore.prototype.add = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.setInputFiles('#file-input', FILES);
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Loaded 5 of 6'));
  await page.waitForSelector('#storage-status[data-kept="false"]', { state: 'attached' });
  assert.equal(
    await storage(page),
    'Not kept on this device: the browser’s storage for this page is full. The documents stay loaded in this tab until it is closed. Nothing will come back after a reload.',
  );
  // Both loads are in this tab's corpus: the sample's «السد» and the fixtures' «الموصل».
  const terms = (await rows(page, '#keyword-table')).map((r) => r[1]);
  assert.ok(terms.includes('السد') && terms.includes('الموصل'), terms.join(' '));
  assert.equal((await rows(page, '#document-table')).length, 15);
  await reloaded(page);
  assert.equal(await page.textContent('#status'), '');
  assert.equal(await page.isHidden('#keywords'), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the address carries the view: a link opens on the same term and bucket', async () => {
  const { page, problems } = await openPage(browser, { hash: '#term=Mosul&bucket=year' });
  assert.equal(await page.inputValue('#term-input'), 'Mosul');
  assert.equal(await page.inputValue('#bucket-select'), 'year');
  // The dated articles only: the undated note would be dated by its checkout time.
  await page.setInputFiles('#file-input', FILES.filter((f) => !f.endsWith('notes-undated.txt')));
  await waitLoaded(page);
  await page.waitForFunction(() => document.querySelector('#chart .u-title')?.textContent.includes('Mosul'));
  assert.equal(await page.getAttribute('#chart', 'data-bucket'), 'year');
  assert.deepEqual(await rows(page, '#timeline-table'), [['2021-01-01', '4', '4', '1']]);
  // Editing the address redraws, as following a shared link would.
  await page.evaluate(() => (location.hash = '#term=%D8%A7%D9%84%D9%85%D9%88%D8%B5%D9%84&bucket=month'));
  await page.waitForSelector('#chart[data-bucket="month"][data-points="2"]');
  assert.equal(await page.inputValue('#term-input'), 'الموصل');
  // After a reload, the address wins over the view kept on this device (term الموصل, by month).
  await page.evaluate(() => history.replaceState(null, '', '#bucket=day'));
  await reloaded(page);
  assert.equal(await page.inputValue('#term-input'), 'الموصل');
  // 2 March to 20 April.
  await page.waitForSelector('#chart[data-bucket="day"][data-points="50"]');
  assert.equal(await page.inputValue('#term-input'), 'الموصل');
  assert.deepEqual(problems, []);
  assert.deepEqual(browser.foreignRequests(), []);
  await page.close();
});

test('a hostile address is read as plain text or ignored, never run', async () => {
  const hostile = '<img src=x onerror="window.__pwned=1">"\'><script>window.__pwned=2</script>';
  const hash = `#term=${encodeURIComponent(hostile)}&bucket=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&__proto__=x&constructor=1&%E0%A4%A=%`;
  const { page, problems } = await openPage(browser, { hash });
  assert.equal(await page.inputValue('#term-input'), hostile);
  assert.equal(await page.inputValue('#bucket-select'), 'auto');
  await page.setInputFiles('#file-input', FILES);
  await waitLoaded(page);
  // The "query" is searched for as text; no term of the corpus matches it.
  await page.waitForFunction(() => document.querySelector('#chart[data-points]') || document.querySelector('#timeline-error').textContent);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('main img, main script', (n) => n.length), 0);
  assert.equal(await page.evaluate(() => Object.prototype.x), undefined);

  // Control characters, and fragments too long to be a view, are ignored whole.
  for (const bad of ['#term=a%00b&bucket=month', `#term=${'x'.repeat(3000)}&bucket=month`]) {
    const fresh = await openPage(browser, { hash: bad });
    assert.equal(await fresh.page.inputValue('#term-input'), '');
    assert.equal(await fresh.page.inputValue('#bucket-select'), bad.length > 2000 ? 'auto' : 'month');
    assert.deepEqual(fresh.problems, []);
    await fresh.page.close();
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(browser.foreignRequests(), []);
  await page.close();
});
