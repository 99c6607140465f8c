// Exports and the keyword table's controls in real Chromium, on the sample corpus
// (www/public/sample/) with counts checked by hand against its files: each download is caught
// through Playwright's download event and read back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, openSample, startBrowser, waitLoaded } from './harness.mjs';

let browser;

before(async () => {
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
});

async function sample() {
  const { page, problems } = await openSample(browser);
  await page.waitForSelector('#chart canvas');
  return { page, problems };
}

/** Clicks `selector` and resolves to the downloaded file: { name, bytes }. */
async function downloaded(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** A CSV's records (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += c;
  }
  return records;
}

/** The BOM is there, then the records. */
function csv(bytes) {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  return parseCsv(bytes.subarray(3).toString('utf8'));
}

const tableRows = (page) => page.$$eval('#keyword-table tbody tr', (trs) => trs.map((tr) => [...tr.cells].slice(1, 4).map((td) => td.textContent.trim())));

/** Changes a control and waits for the table to be drawn again. */
async function change(page, act) {
  await page.evaluate(() => document.querySelector('#keyword-table tbody tr').setAttribute('data-stale', ''));
  await act();
  await page.waitForFunction(() => !document.querySelector('#keyword-table tbody tr[data-stale]'));
}

test('the keyword table, the series, the chart and the methods note download with hand-checked contents', async () => {
  const { page, problems } = await sample();
  // By hand: «سد» 16 times in 6 documents (see views.test.mjs); the Arabic forms merged under it.
  const keywords = csv((await downloaded(page, '#export-keywords-csv')).bytes);
  assert.deepEqual(keywords[0], ['rank', 'term', 'key', 'count', 'documents', 'tfidf', 'forms merged']);
  assert.deepEqual(keywords[1].slice(0, 5), ['1', 'السد', 'سد', '16', '6']);
  assert.ok(keywords[1][6].includes('وللسد ×1') && keywords[1][6].includes('بالسد ×1'), keywords[1][6]);
  const forms = await page.textContent('#keyword-table tbody tr:first-child td.forms');
  assert.ok(forms.startsWith('سد ← السد\u00a0×'), forms);

  // Monthly, «السد» and «dam»: the counts of views.test.mjs, with each month's documents.
  await page.selectOption('#bucket-select', 'month');
  await page.fill('#term-input', 'السد');
  await page.click('#timeline-form button[type=submit]');
  await page.fill('#term-input', 'dam');
  await page.click('#add-series');
  await page.waitForSelector('#chart[data-series="2"][data-points="6"]');
  const series = await downloaded(page, '#export-series-csv');
  assert.equal(series.name, 'marsad-سد.csv');
  assert.deepEqual(csv(series.bytes), [
    ['from', 'documents in period', 'السد: count', 'dam: count'],
    ['2023-01-01', '2', '1', '1'],
    ['2023-02-01', '3', '7', '4'],
    ['2023-03-01', '2', '4', '3'],
    ['2023-04-01', '0', '0', '0'],
    ['2023-05-01', '1', '2', '0'],
    ['2023-06-01', '2', '2', '1'],
  ]);

  const svg = (await downloaded(page, '#export-svg')).bytes.toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      lines: doc.querySelectorAll('polyline').length,
      scripts: doc.querySelectorAll('script').length,
    };
  }, svg);
  assert.equal(parsed.error, null);
  assert.equal(parsed.root, 'svg');
  assert.ok(parsed.texts.includes('السد') && parsed.texts.includes('dam'), parsed.texts.join(' | '));
  assert.ok(parsed.texts.includes('2023-03-01'));
  assert.equal(parsed.lines, 2);
  assert.equal(parsed.scripts, 0);
  assert.ok(!/<script/i.test(svg));

  const png = (await downloaded(page, '#export-png')).bytes;
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(png.length > 2000, `a chart, not an empty image (${png.length} bytes)`);

  // The note: 10 documents, all dated by file name; the queries with the forms they counted.
  const note = (await downloaded(page, '#export-methods')).bytes.toString('utf8');
  assert.match(note, /Corpus: 10 documents, \d+ words; 10 dated, 0 undated/);
  assert.match(note, /Dates: 10 from file names\./);
  assert.match(note, /«السد» \(key «سد»\): 16 occurrences in 6 dated documents; forms counted: .*وللسد ×1/);
  assert.match(note, /«dam» \(key «dam»\): 9 occurrences in 4 dated documents/);
  assert.match(note, /Stopwords: \d+ common words \(lists: Arabic, English\) are left out/);
  assert.match(note, /foldAlef/);
  assert.match(note, /each counted \(not merged\)/);
  assert.ok(!note.includes('الجفاف يضرب'), 'no document text in the note');

  // The analysis JSON is unchanged by all this, and holds no document text.
  const analysis = (await downloaded(page, '#export-analysis')).bytes.toString('utf8');
  assert.ok(!analysis.includes('وادي الريحان') && !analysis.includes('Rayhan Valley'));
  assert.deepEqual(browser.foreignRequests(), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('in Arabic the CSV headers and the methods note are in Arabic, the numbers in the cells still plain digits', async () => {
  const { page, problems } = await sample();
  await page.click('#lang-button');
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  const keywords = csv((await downloaded(page, '#export-keywords-csv')).bytes);
  assert.deepEqual(keywords[0], ['الرتبة', 'المصطلح', 'المفتاح', 'العدد', 'الوثائق', 'tfidf', 'الصيغ المدمجة']);
  assert.ok(keywords.slice(1).some((r) => r[1] === 'السد' && r[3] === '16' && r[4] === '6'));
  const series = csv((await downloaded(page, '#export-series-csv')).bytes);
  assert.deepEqual(series[0].slice(0, 3), ['من', 'وثائق الفترة', 'السد: العدد']);
  assert.match(series[1][0], /^\d{4}-\d{2}-\d{2}$/);
  const svg = (await downloaded(page, '#export-svg')).bytes.toString('utf8');
  assert.ok(svg.includes('«\u2068السد\u2069» لكل شهر'), 'the chart title in Arabic');
  assert.ok(svg.includes('>مرات الورود<'), 'the axis in Arabic');
  assert.ok(!/per month|occurrences/.test(svg));
  const note = (await downloaded(page, '#export-methods')).bytes.toString('utf8');
  assert.match(note, /^## المنهجية$/m);
  // The note is prose: its numbers are written as the Arabic page writes them.
  assert.match(note, /المدوّنة: الوثائق ١٠، والكلمات [٠-٩٬]+؛ المؤرَّخة ١٠، وغير المؤرَّخة ٠/);
  assert.match(note, /«السد» \(المفتاح «سد»\): مرات الورود ١٦ في ٦ من الوثائق المؤرَّخة/);
  assert.match(note, /عُدّت كل وثيقة من الوثائق شبه المكرّرة على حدة/);
  assert.ok(!/Corpus:|occurrences/.test(note), 'no English left in the note');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the KWIC lines download as CSV, a formula in a document or a file name kept as text', async () => {
  const { page, problems } = await openPage(browser);
  const hostile = '=HYPERLINK("http://192.0.2.1/x","click") the dam, "quoted" burst';
  await page.setInputFiles('#file-input', [
    { name: '2023-01-01-hostile.txt', mimeType: 'text/plain', buffer: Buffer.from(hostile) },
    { name: '@SUM(1+1)-2023-01-02.txt', mimeType: 'text/plain', buffer: Buffer.from('-2 dam walls and one dam.') },
  ]);
  await waitLoaded(page);
  await page.fill('#kwic-query', 'dam');
  await page.click('#kwic-form button[type=submit]');
  await page.waitForSelector('#kwic-table[data-total="3"]');
  const lines = csv((await downloaded(page, '#export-kwic-csv')).bytes);
  assert.deepEqual(lines[0], ['document', 'date', 'left', 'hit', 'right']);
  assert.deepEqual(lines[1], ['2023-01-01-hostile.txt', '2023-01-01', `'=HYPERLINK("http://192.0.2.1/x","click") the`, 'dam', ', "quoted" burst']);
  assert.deepEqual(lines[2], ["'@SUM(1+1)-2023-01-02.txt", '2023-01-02', "'-2", 'dam', 'walls and one dam.']);
  assert.deepEqual(lines[3], ["'@SUM(1+1)-2023-01-02.txt", '2023-01-02', "'-2 dam walls and one", 'dam', '.']);
  assert.ok(!browser.requests.some((u) => u.includes('192.0.2.1')));
  assert.deepEqual(browser.foreignRequests(), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('sorting, filters, phrases and the stopword editor change the table; a term is added to the timeline', async () => {
  const { page, problems } = await sample();
  assert.deepEqual((await tableRows(page))[0], ['السد', '16', '6']);

  // Latin script only: «dam» 9 times (with «dam's») in 4 documents.
  await change(page, () => page.selectOption('#kw-script', 'latin'));
  const latin = await tableRows(page);
  assert.deepEqual(latin[0], ['dam', '9', '4']);
  assert.ok(latin.every(([term]) => /^[\p{Script=Latin}'’-]+$/u.test(term)), latin.map((r) => r[0]).join(' '));
  await change(page, () => page.selectOption('#kw-script', ''));

  // By documents: every row has at most as many documents as the one above it.
  await change(page, () => page.selectOption('#kw-sort', 'docs'));
  const byDocs = (await tableRows(page)).map(([, , docs]) => Number(docs));
  assert.deepEqual(byDocs, [...byDocs].sort((a, b) => b - a));
  assert.ok(byDocs[0] >= 6);
  await change(page, () => page.selectOption('#kw-sort', 'count'));

  // Minimum count 5: only keys seen five times or more.
  await change(page, () => page.fill('#kw-min', '5').then(() => page.dispatchEvent('#kw-min', 'change')));
  const frequent = await tableRows(page);
  assert.ok(frequent.length > 0 && frequent.every(([, count]) => Number(count) >= 5));
  assert.ok(!frequent.some(([term]) => term === 'Rayhan'), 'Rayhan is seen 4 times');
  await change(page, () => page.fill('#kw-min', '1').then(() => page.dispatchEvent('#kw-min', 'change')));

  // Stopwords shown: «في» (15 times by hand with «وفي» and «فيه», in 6 documents) comes back into the table.
  assert.ok(!(await tableRows(page)).some(([term]) => term === 'في'));
  await change(page, () => page.check('#kw-stopwords'));
  assert.deepEqual((await tableRows(page)).find(([term]) => term === 'في'), ['في', '15', '6']);
  await change(page, () => page.uncheck('#kw-stopwords'));

  // Phrases: «وادي الريحان» twice in the drought article, once each in the plan, the villages and the rain.
  await change(page, () => page.selectOption('#kw-unit', 'phrases'));
  assert.equal(await page.getAttribute('#keyword-table', 'data-unit'), 'phrases');
  assert.deepEqual((await tableRows(page)).find(([term]) => term === 'وادي الريحان'), ['وادي الريحان', '5', '4']);
  assert.equal(await page.$eval('#kw-sort option[value=tfidf]', (o) => o.disabled), true);
  const phrases = csv((await downloaded(page, '#export-keywords-csv')).bytes);
  assert.ok(phrases.some((r) => r[1] === 'وادي الريحان' && r[3] === '5' && r[4] === '4'));
  await change(page, () => page.selectOption('#kw-unit', 'words'));

  // The stopword editor: «السد» made a stopword leaves the table, and comes back when removed.
  await page.click('#stopword-editor summary');
  const before = Number((await page.textContent('#stopword-count')).match(/\d+/)[0]);
  await page.fill('#stopword-input', 'السد');
  await change(page, () => page.click('#stopword-form button[type=submit]'));
  assert.ok(!(await tableRows(page)).some(([term]) => term === 'السد'));
  assert.equal(await page.textContent('#stopword-count'), `${before + 1} stopwords`);
  assert.equal(await page.textContent('#stopword-status'), '«السد» is now a stopword.');
  const note = (await downloaded(page, '#export-methods')).bytes.toString('utf8');
  assert.match(note, /added by hand: «السد»/);
  // The edit is kept on this device with the corpus: a reopened page counts without «السد».
  const reopened = await openPage(browser, { keepStorage: true });
  await waitLoaded(reopened.page);
  assert.ok(!(await tableRows(reopened.page)).some(([term]) => term === 'السد'));
  assert.deepEqual(reopened.problems, []);
  await reopened.page.close();
  await change(page, () => page.click('#stopword-list li[data-word="السد"] button.remove'));
  assert.deepEqual((await tableRows(page))[0], ['السد', '16', '6']);
  assert.equal(await page.textContent('#stopword-count'), `${before} stopwords`);

  // One click adds «dam» beside the series drawn.
  await page.waitForSelector('#chart[data-series="1"]');
  await page.click('#keyword-table tr[data-key="dam"] button.add-series');
  await page.waitForSelector('#chart[data-series="2"]');
  assert.deepEqual(await page.$$eval('#series-list li bdi', (b) => b.map((x) => x.textContent)), ['السد', 'dam']);
  assert.deepEqual(browser.foreignRequests(), []);
  assert.deepEqual(problems, []);
  await page.close();
});
