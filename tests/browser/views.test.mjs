// The workbench views in real Chromium: words in context, the document reader and the timeline's
// series, on the sample corpus (www/public/sample/) with counts checked by hand against its files.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, openSample as sample, startBrowser, waitLoaded } from './harness.mjs';

let browser;

before(async () => {
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
});

async function kwic(page, query, sort = 'document') {
  await page.selectOption('#kwic-sort', sort);
  await page.fill('#kwic-query', query);
  await page.click('#kwic-form button[type=submit]');
  await page.waitForFunction(
    ([q, s]) => document.querySelector('#kwic-summary').textContent.includes(q) && document.querySelector('#kwic-sort').value === s,
    [query, sort],
  );
}

/** Each line as { doc, dir, left, hit, right }: the left context is the cell before the hit in the line's own direction. */
const lines = (page) =>
  page.$$eval('#kwic-table tbody tr', (trs) =>
    trs.map((tr) => {
      const text = (sel) => tr.querySelector(sel).textContent;
      const rtl = tr.dataset.dir === 'rtl';
      return { doc: Number(tr.dataset.doc), dir: tr.dataset.dir, left: text(rtl ? '.after' : '.before'), hit: text('.hit'), right: text(rtl ? '.before' : '.after') };
    }),
  );

const lastWord = (text) => text.match(/[\p{L}]+(?=[^\p{L}]*$)/u)?.[0];

test('KWIC finds every form of «السد» in the sample, sorts by the words before, and opens the document with its matches marked', async () => {
  const { page, problems } = await sample(browser);
  await kwic(page, 'السد');
  // By hand: «سد» in the drought article (doc 0); the dam plan (doc 2) «سد» in its title, «السد»
  // ×3 and «بالسد»; the villages (4) «السد», «وللسد»; the works (5) «سد» in the title, «السد» ×2,
  // «والسد»; the rain (7) «السد» ×2; the compensation (8) «السد» ×2.
  assert.equal(await page.getAttribute('#kwic-table', 'data-total'), '16');
  const byDocument = await lines(page);
  assert.deepEqual(byDocument.map((l) => l.doc), [0, 2, 2, 2, 2, 2, 4, 4, 5, 5, 5, 5, 7, 7, 8, 8]);
  assert.deepEqual(byDocument.filter((l) => l.doc === 4).map((l) => l.hit), ['السد', 'وللسد']);
  assert.ok(byDocument.every((l) => l.dir === 'rtl'));
  // The words before an Arabic match are on its right, in an English page.
  const [before, hit] = await page.$$eval('#kwic-table tbody tr:first-child td', (tds) => [tds[3], tds[2]].map((td) => td.getBoundingClientRect().left));
  assert.ok(before > hit, 'the preceding words of an Arabic line sit to the right of the match');
  assert.ok(byDocument[0].left.endsWith('الحكومة ببناء '), byDocument[0].left);

  await kwic(page, 'السد', 'left');
  // The nearest preceding word (normalised: «إن» as «ان»), then the next one out, then the document.
  const byLeft = await lines(page);
  assert.deepEqual(byLeft.map((l) => lastWord(l.left)), ['التمويل', 'العمل', 'العمل', 'إلى', 'إن', 'إن', 'ببناء', 'بحيرة', 'بحيرة', 'في', 'في', 'لبناء', 'لبناء', 'موقع', 'مياه', 'يوفر']);
  // «العمل»: «بدء العمل. وللسد» (villages) before «وإن العمل بالسد» (plan), as «بدء» < «وإن».
  assert.deepEqual(byLeft.slice(1, 3).map((l) => [l.doc, l.hit]), [[4, 'وللسد'], [2, 'بالسد']]);

  // The villages line «…قبل بدء العمل. وللسد…» opens its document at that match.
  await page.click('#kwic-table tbody tr:nth-child(2) td.hit');
  await page.waitForSelector('#document-dialog[open][data-doc="4"]');
  const reader = await page.$eval('#document-dialog', (d) => ({
    title: d.querySelector('.doc-title').textContent,
    meta: d.querySelector('.doc-meta').textContent,
    hits: d.querySelector('.doc-hits').textContent,
    marks: [...d.querySelectorAll('.doc-text mark')].map((m) => m.textContent),
    current: d.querySelector('.doc-text mark.current')?.textContent,
    kinds: [...new Set([...d.querySelector('.doc-text').childNodes].map((n) => n.nodeName))].sort(),
    text: d.querySelector('.doc-text').textContent,
  }));
  assert.equal(reader.title, '2023-02-20-villages-ar.txt');
  assert.match(reader.meta, /2023-02-20 · date from file name \(medium confidence\): «2023-02-20-villages-ar\.txt»/);
  assert.equal(reader.hits, '2 matches of السد marked.');
  assert.deepEqual(reader.marks, ['السد', 'وللسد']);
  assert.equal(reader.current, 'وللسد');
  assert.deepEqual(reader.kinds, ['#text', 'MARK']);
  assert.ok(reader.text.startsWith('قرى الوادي تخشى الغرق'));
  assert.ok(reader.text.includes('أن تغمر مياه السد بيوتهم'));
  await page.click('#document-dialog .close');
  assert.equal(await page.$eval('#document-dialog', (d) => d.open), false);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a malformed query shows the engine\'s message', async () => {
  const { page, problems } = await sample(browser);
  await page.fill('#kwic-query', '"السد');
  await page.click('#kwic-form button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#kwic-error').textContent !== '');
  assert.equal(await page.textContent('#kwic-error'), 'the quote before «السد» is never closed');
  assert.equal(await page.$$eval('#kwic-table tbody tr', (r) => r.length), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('two series are drawn, and a point opens the lines of its period', async () => {
  const { page, problems } = await sample(browser);
  await page.selectOption('#bucket-select', 'month');
  await page.fill('#term-input', 'السد');
  await page.click('#timeline-form button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#chart .u-title')?.textContent.includes('السد'));
  await page.fill('#term-input', 'dam');
  await page.click('#add-series');
  await page.waitForSelector('#chart[data-series="2"][data-points="6"]');
  assert.equal(await page.$$eval('#chart .u-legend .u-series', (s) => s.length), 3);
  assert.deepEqual(await page.$$eval('#series-list li bdi', (b) => b.map((x) => x.textContent)), ['السد', 'dam']);
  // Per month, by hand: «السد» 1, 5+2, 4, 0, 2, 2; «dam» 1, 4 (with «dam's»), 3, 0, 0, 1.
  const table = await page.$$eval('#timeline-table tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(table, [
    ['2023-01-01', '1', '2', '1', '1', '1'],
    ['2023-02-01', '7', '3', '2', '4', '1'],
    ['2023-03-01', '4', '2', '1', '3', '1'],
    ['2023-04-01', '0', '0', '0', '0', '0'],
    ['2023-05-01', '2', '1', '1', '0', '0'],
    ['2023-06-01', '2', '2', '1', '1', '1'],
  ]);
  // Under three documents a month is thin: every month but February.
  assert.equal(await page.getAttribute('#chart', 'data-thin'), '5');
  assert.equal(await page.$$eval('#timeline-table tr.thin', (r) => r.length), 5);
  assert.equal(await page.textContent('#timeline-undated'), 'Every document has a date.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-analysis')]);
  const analysis = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(analysis.series.map((s) => [s.term, s.points.map((p) => p.count).join(' ')]), [['السد', '1 7 4 0 2 2'], ['dam', '1 4 3 0 0 1']]);

  // The March point of «السد» (the third of six, at the top of its line): the four matches in the works article.
  const box = await page.$eval('#chart .u-over', (o) => {
    o.scrollIntoView({ block: 'center' });
    const r = o.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  await page.mouse.move(box.x + (box.width * 2) / 5, box.y + box.height * 0.45);
  await page.mouse.click(box.x + (box.width * 2) / 5, box.y + box.height * 0.45);
  await page.waitForFunction(() => document.querySelector('#kwic-period-text').textContent.includes('2023-03-01'));
  assert.equal(await page.textContent('#kwic-period-text'), 'Only documents dated from 2023-03-01 to before 2023-04-01.');
  assert.equal(await page.inputValue('#kwic-query'), 'السد');
  await page.waitForSelector('#kwic-table[data-total="4"]');
  assert.deepEqual([...new Set((await lines(page)).map((l) => l.doc))], [5]);

  // The table's periods do the same from the keyboard; «dam» in June is the deal article's line.
  await page.click('#series-list li:first-child button.remove');
  await page.waitForSelector('#chart[data-series="1"]');
  await page.click('#timeline-table >> xpath=ancestor::details/summary');
  await page.click('#timeline-table tbody tr:nth-child(6) button.period');
  await page.waitForFunction(() => document.querySelector('#kwic-period-text').textContent.includes('2023-06-01'));
  await page.waitForSelector('#kwic-table[data-total="1"]');
  assert.deepEqual((await lines(page)).map((l) => [l.doc, l.hit]), [[9, 'dam']]);

  await page.selectOption('#measure-select', 'share');
  await page.waitForSelector('#chart[data-measure="share"]');
  assert.equal(await page.textContent('#timeline-table tbody tr:nth-child(2) td:last-child'), '33.33');
  assert.deepEqual(problems, []);
  await page.close();
});

test('hostile document text is shown as text in KWIC and in the reader, and nothing runs or connects', async () => {
  const { page, problems } = await openPage(browser);
  const img = '<img src=//192.0.2.1/x onerror=window.__pwned=1>';
  const script = '<script>window.__pwned=2</script>';
  await page.setInputFiles('#file-input', [
    { name: '2023-01-01-hostile.txt', mimeType: 'text/plain', buffer: Buffer.from(`Breaking ${img} the dam ${script} burst.`) },
    { name: '2023-01-02-mixed.txt', mimeType: 'text/plain', buffer: Buffer.from('قال المهندس إن dam الجديد سيكتمل') },
  ]);
  await waitLoaded(page);
  await kwic(page, 'dam');
  const found = await lines(page);
  assert.equal(found.length, 2);
  assert.ok(found[0].left.includes(img), found[0].left);
  assert.ok(found[0].right.includes(script), found[0].right);
  // A Latin match in an Arabic sentence: the line reads right to left, its preceding words on the right.
  assert.deepEqual([found[1].dir, found[1].left, found[1].hit], ['rtl', 'قال المهندس إن ', 'dam']);
  const [leftCell, hitCell] = await page.$$eval('#kwic-table tbody tr:nth-child(2) td', (tds) => [tds[3], tds[2]].map((td) => td.getBoundingClientRect().left));
  assert.ok(leftCell > hitCell);

  await page.click('#kwic-table tbody tr:first-child button.open');
  await page.waitForSelector('#document-dialog[open]');
  assert.equal(await page.textContent('#document-dialog .doc-text'), `Breaking ${img} the dam ${script} burst.`);
  assert.deepEqual(await page.$$eval('#document-dialog .doc-text mark', (m) => m.map((x) => x.textContent)), ['dam']);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('main img, main script, dialog img, dialog script', (n) => n.length), 0);
  assert.ok(!browser.requests.some((u) => u.includes('192.0.2.1')), 'the hostile image was never requested');
  assert.deepEqual(browser.foreignRequests(), []);
  assert.deepEqual(problems, []);
  await page.close();
});
