// The documents table and the corpus clean-up in real Chromium: sorting, a date typed into the
// table, a document left out, near-duplicates counted once, boilerplate lines left out, a
// manifest and a file-name pattern. Counts are checked by hand against tests/fixtures/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../scripts/build.mjs';
import { openPage, reloaded, startBrowser, waitLoaded } from './harness.mjs';

const FIXTURES = join(root, 'tests', 'fixtures');
let browser;
let corpus;

before(async () => {
  browser = await startBrowser();
  // The corpus fixtures but the broken file; the undated note last modified on 10 January 2021.
  const dir = await mkdtemp(join(tmpdir(), 'marsad-documents-'));
  corpus = [];
  for (const name of (await readdir(join(FIXTURES, 'corpus'))).sort().filter((n) => n !== 'broken.txt')) {
    await copyFile(join(FIXTURES, 'corpus', name), join(dir, name));
    corpus.push(join(dir, name));
  }
  const noon = new Date(2021, 0, 10, 12, 0, 0);
  await utimes(join(dir, 'notes-undated.txt'), noon, noon);
});

after(async () => {
  await browser?.close();
});

const rows = (page, table) =>
  page.$$eval(`${table} tbody tr`, (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent.trim())));
const names = async (page) => (await rows(page, '#document-table')).map((r) => r[0]);
const keyword = async (page, term) => (await rows(page, '#keyword-table')).find((r) => r[1] === term)?.slice(2, 4);

/** Runs an edit and waits for the page to count again (the document table is drawn anew). */
async function edited(page, action) {
  const before = Number(await page.getAttribute('#document-table', 'data-renders'));
  await action();
  await page.waitForFunction((n) => Number(document.querySelector('#document-table').dataset.renders) > n, before);
}

async function load(page, files) {
  await page.setInputFiles('#file-input', files);
  await waitLoaded(page);
}

const fixture = (dir, name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(FIXTURES, dir, name)) });

test('the documents table sorts by date and by words, both ways, undated last', async () => {
  const { page, problems } = await openPage(browser);
  await load(page, corpus);
  const loaded = ['2021-03-02-mosul-ar.txt', '2021-03-16-mosul-ar.txt', '2021-04-05-mosul-en.txt', '2021-04-20-report-cp1256.txt', 'notes-undated.txt'];
  assert.deepEqual(await names(page), loaded);
  await page.click('#document-table button[data-sort="date"]');
  assert.deepEqual(await names(page), [loaded[4], ...loaded.slice(0, 4)]);
  assert.equal(await page.getAttribute('#document-table th:has(button[data-sort="date"])', 'aria-sort'), 'ascending');
  await page.click('#document-table button[data-sort="date"]');
  assert.deepEqual(await names(page), [...loaded.slice(0, 4).reverse(), loaded[4]]);
  assert.equal(await page.getAttribute('#document-table th:has(button[data-sort="date"])', 'aria-sort'), 'descending');

  // Words by hand (wc -w of each file, the report after iconv from cp1256): 4, 21, 38, 48, 50.
  await page.click('#document-table button[data-sort="tokens"]');
  const byWords = (await rows(page, '#document-table')).map((r) => [r[0], Number(r[3])]);
  assert.deepEqual(byWords, [
    ['notes-undated.txt', 4],
    ['2021-04-20-report-cp1256.txt', 21],
    ['2021-04-05-mosul-en.txt', 38],
    ['2021-03-02-mosul-ar.txt', 48],
    ['2021-03-16-mosul-ar.txt', 50],
  ]);
  await page.click('#document-table button[data-sort="tokens"]');
  assert.deepEqual((await rows(page, '#document-table')).map((r) => Number(r[3])), [50, 48, 38, 21, 4]);
  assert.equal(await page.getAttribute('#document-table th:has(button[data-sort="date"])', 'aria-sort'), null);
  // Undated after a date is cleared, and last in either order.
  await edited(page, async () => {
    await page.click('#document-table tr[data-doc="0"] button.date-edit');
    await page.fill('#document-table input[data-control="date-input"]', '');
    await page.press('#document-table input[data-control="date-input"]', 'Enter');
  });
  await page.click('#document-table button[data-sort="date"]');
  assert.equal((await names(page)).at(-1), loaded[0]);
  await page.click('#document-table button[data-sort="date"]');
  assert.equal((await names(page)).at(-1), loaded[0]);
  assert.equal((await rows(page, '#document-table')).find((r) => r[0] === loaded[0])[1], 'undated');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a date typed into the table moves the timeline; a bad one is refused with a message', async () => {
  const { page, problems } = await openPage(browser);
  await load(page, corpus);
  await page.fill('#term-input', 'الموصل');
  await page.selectOption('#bucket-select', 'month');
  await page.click('#timeline-form button[type=submit]');
  await page.waitForSelector('#chart[data-points="4"]');
  // «الموصل» and its forms by hand: 4 (2 March), 5 (16 March), 2 (the report, 20 April), 1 (the note, January).
  assert.deepEqual((await rows(page, '#timeline-table')).map((r) => r.slice(0, 2)), [
    ['2021-01-01', '1'],
    ['2021-02-01', '0'],
    ['2021-03-01', '9'],
    ['2021-04-01', '2'],
  ]);
  await page.click('#document-table tr[data-doc="1"] button.date-edit');
  const input = '#document-table input[data-control="date-input"]';
  assert.equal(await page.inputValue(input), '2021-03-16');
  await page.fill(input, '2021-02-30');
  await page.press(input, 'Enter');
  assert.match(await page.textContent('#document-message'), /^«2021-02-30» is not a date/);
  assert.equal(await page.getAttribute(input, 'aria-invalid'), 'true');
  await edited(page, async () => {
    await page.fill(input, '2021-04-16');
    await page.press(input, 'Enter');
  });
  await page.waitForFunction(() => document.querySelector('#timeline-table tbody tr:last-child td:nth-child(2)')?.textContent === '7');
  assert.deepEqual((await rows(page, '#timeline-table')).map((r) => r.slice(0, 2)), [
    ['2021-01-01', '1'],
    ['2021-02-01', '0'],
    ['2021-03-01', '4'],
    ['2021-04-01', '7'],
  ]);
  assert.equal(await page.textContent('#document-message'), '');
  const row = (await rows(page, '#document-table')).find((r) => r[0] === '2021-03-16-mosul-ar.txt');
  assert.deepEqual(row.slice(1, 3), ['2021-04-16', 'given']);
  // The focus is back on the date, for the keyboard.
  assert.equal(await page.evaluate(() => document.activeElement.dataset.control), 'date');
  assert.deepEqual(problems, []);
  await page.close();
});

test('leaving a document out lowers the keyword count by its occurrences', async () => {
  const { page, problems } = await openPage(browser);
  await load(page, corpus);
  assert.deepEqual(await keyword(page, 'الموصل'), ['12', '4']);
  await edited(page, () => page.check('#document-table tr[data-doc="0"] input[data-control="exclude"]'));
  // The 2 March article holds «الموصل» four times.
  assert.deepEqual(await keyword(page, 'الموصل'), ['8', '3']);
  assert.equal(await page.getAttribute('#document-table tr[data-doc="0"]', 'class'), 'excluded');
  await edited(page, () => page.uncheck('#document-table tr[data-doc="0"] input[data-control="exclude"]'));
  assert.deepEqual(await keyword(page, 'الموصل'), ['12', '4']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a near-duplicate cluster is shown, and counting it once lowers the counts', async () => {
  const { page, problems } = await openPage(browser);
  await load(page, ['rewrite-ar.txt', 'same-topic-ar.txt', 'unrelated-en.txt', 'wire-ar.txt'].map((n) => fixture('dups', n)));
  const clusters = Object.fromEntries((await rows(page, '#document-table')).map((r) => [r[0], r[8]]));
  assert.deepEqual(clusters, { 'rewrite-ar.txt': 'cluster 1: kept', 'same-topic-ar.txt': '', 'unrelated-en.txt': '', 'wire-ar.txt': 'cluster 1: copy' });
  // «السدر»: twice in the wire story, twice in its rewrite, nowhere else.
  assert.deepEqual(await keyword(page, 'السدر'), ['4', '2']);
  await edited(page, () => page.check('#dedupe-switch'));
  assert.deepEqual(await keyword(page, 'السدر'), ['2', '1']);
  await page.click('#document-table button[data-sort="cluster"]');
  assert.deepEqual((await names(page)).slice(0, 2), ['rewrite-ar.txt', 'wire-ar.txt']);
  await edited(page, () => page.uncheck('#dedupe-switch'));
  assert.deepEqual(await keyword(page, 'السدر'), ['4', '2']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('leaving out boilerplate lines takes «قراءة» out of the keyword table', async () => {
  const { page, problems } = await openPage(browser);
  await load(page, ['1.txt', '2.txt', '3.txt', '4.txt'].map((n) => fixture('boilerplate/wahat', n)));
  // «الأكثر قراءة» ends every page.
  assert.deepEqual(await keyword(page, 'قراءة'), ['4', '4']);
  await edited(page, () => page.check('#boilerplate-switch'));
  assert.equal(await keyword(page, 'قراءة'), undefined);
  // By hand: «الأكثر قراءة» (4 pages), «شارك المقال» (3), the site's address (3), and the title
  // of page 1 printed again there (1); «حقوق النشر محفوظة» is on 2 pages only, too few.
  assert.equal(await page.textContent('#boilerplate-status'), '4 repeated lines left out of the counts (11 places in the documents).');
  // Kept on this device: after a reload the switch is replayed, and the page says so again.
  await page.waitForSelector('#storage-status[data-kept="true"]', { state: 'attached' });
  await reloaded(page);
  assert.equal(await page.isChecked('#boilerplate-switch'), true);
  assert.equal(await keyword(page, 'قراءة'), undefined);
  assert.equal(await page.textContent('#boilerplate-status'), '4 repeated lines left out of the counts (11 places in the documents).');
  await edited(page, () => page.uncheck('#boilerplate-switch'));
  assert.deepEqual(await keyword(page, 'قراءة'), ['4', '4']);
  assert.equal(await page.textContent('#boilerplate-status'), '');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a manifest dates a document and reports the line that named none', async () => {
  const { page, problems } = await openPage(browser);
  await load(page, corpus);
  const dir = await mkdtemp(join(tmpdir(), 'marsad-manifest-'));
  const manifest = join(dir, 'dates.csv');
  await writeFile(manifest, 'file,date\nnotes-undated.txt,2021-02-14\nmissing.txt,2021-02-15\n<b>x</b>.txt,not a date\n');
  await edited(page, () => page.setInputFiles('#manifest-input', manifest));
  assert.equal(await page.textContent('#manifest-status'), 'Manifest: 1 document dated, 1 entry matched no document, 1 line could not be read.');
  const problemsShown = await page.$$eval('#manifest-problems li', (lis) => lis.map((li) => li.textContent));
  assert.equal(problemsShown[0], 'No document is named missing.txt.');
  assert.match(problemsShown[1], /line 4/);
  const row = (await rows(page, '#document-table')).find((r) => r[0] === 'notes-undated.txt');
  assert.deepEqual(row.slice(1, 3), ['2021-02-14', 'manifest']);
  assert.equal(await page.$$eval('main b', (n) => n.length), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a file-name pattern dates the files whose names hold it', async () => {
  const { page, problems } = await openPage(browser);
  await load(page, [
    { name: 'report_20190704.txt', mimeType: 'text/plain', buffer: Buffer.from('الموصل') },
    { name: 'report_20190231.txt', mimeType: 'text/plain', buffer: Buffer.from('الموصل') },
    { name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from('الموصل') },
  ]);
  await page.fill('#pattern-input', 'YYYY-MM');
  await page.click('#pattern-form button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#pattern-status').textContent !== '');
  assert.equal(await page.textContent('#pattern-status'), 'The pattern needs YYYY, MM and DD, each once.');
  await page.fill('#pattern-input', 'report_YYYYMMDD');
  await edited(page, () => page.click('#pattern-form button[type=submit]'));
  assert.equal(await page.textContent('#pattern-status'), '1 document dated from its file name; 1 did not match; 1 held an impossible date and kept its date.');
  const dates = Object.fromEntries((await rows(page, '#document-table')).map((r) => [r[0], r.slice(1, 3)]));
  assert.deepEqual(dates['report_20190704.txt'], ['2019-07-04', 'given']);
  assert.notEqual(dates['report_20190231.txt'][1], 'given');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a hostile title and file name are shown as text in the documents table', async () => {
  const { page, problems } = await openPage(browser);
  const hostile = '<img src=x onerror="window.__pwned=1">';
  const html = `<html><head><title>${hostile.replace(/</g, '&lt;')}</title><meta name="author" content="x"></head><body><p>الموصل</p></body></html>`;
  await load(page, [{ name: `${hostile}.html`, mimeType: 'text/html', buffer: Buffer.from(html) }]);
  const [row] = await rows(page, '#document-table');
  assert.equal(row[0], `${hostile}.html`);
  assert.equal(row[5], hostile);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('main img', (n) => n.length), 0);
  assert.ok((await page.getAttribute('#document-table input[data-control="exclude"]', 'aria-label')).includes(hostile));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a large corpus is shown a page of rows at a time, sorted across all of them', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-many-'));
  const files = [];
  // 230 documents; document i holds i + 1 words, so sorting by words is checkable by hand.
  for (let i = 0; i < 230; i++) {
    const file = join(dir, `2021-01-01-doc-${String(i).padStart(3, '0')}.txt`);
    await writeFile(file, Array.from({ length: i + 1 }, (_, j) => `word${j}`).join(' '));
    files.push(file);
  }
  const { page, problems } = await openPage(browser);
  await load(page, files);
  assert.equal((await names(page)).length, 100);
  assert.equal(await page.textContent('#document-more'), 'Showing 100 of 230 documents. Show 100 more');
  await edited(page, () => page.click('#document-table button[data-sort="tokens"]'));
  await edited(page, () => page.click('#document-table button[data-sort="tokens"]'));
  // Descending by words: the longest document of all 230 comes first, though it was never shown.
  assert.equal((await names(page))[0], '2021-01-01-doc-229.txt');
  await edited(page, () => page.click('#document-more-button'));
  assert.equal((await names(page)).length, 200);
  assert.equal(await page.textContent('#document-more'), 'Showing 200 of 230 documents. Show 30 more');
  await edited(page, () => page.click('#document-more-button'));
  assert.equal((await names(page)).length, 230);
  assert.equal(await page.textContent('#document-more'), '');
  assert.deepEqual(problems, []);
});
