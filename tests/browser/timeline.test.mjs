// The Timelines view in real Chromium: a new series asks the engine for itself only, the hovered
// bucket's numbers (by mouse and by keyboard, in English and Arabic) are the engine's, the
// reader's event markers survive a reload through the address and reach the exports, and a
// corpus without dates is drawn along its documents. Counts are the sample's (www/public/sample/),
// checked by hand in views.test.mjs, and the corpus fixtures' (tests/fixtures/corpus/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, openSample, startBrowser, started, waitLoaded } from './harness.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'corpus');
let browser;

before(async () => {
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
});

/** The sample with «السد» per month drawn alone, and every timeline request the page makes counted. */
async function sampleByMonth() {
  const opened = await openSample(browser);
  const { page } = opened;
  await page.evaluate(async () => {
    const { engine } = await import('./app.js');
    const timeline = engine.timeline.bind(engine);
    window.timelineCalls = [];
    engine.timeline = (term, shape) => {
      window.timelineCalls.push(term);
      return timeline(term, shape);
    };
  });
  await page.selectOption('#bucket-select', 'month');
  await page.fill('#term-input', 'السد');
  await page.click('#timeline-form button[type=submit]');
  await page.waitForSelector('#chart[data-series="1"][data-bucket="month"][data-points="6"]');
  return opened;
}

/** Clears document `doc`'s date in the documents table, as a reader would. */
async function undate(page, doc) {
  await page.click(`#document-table tr[data-doc="${doc}"] button.date-edit`);
  await page.fill('#document-table input[data-control="date-input"]', '');
  await page.press('#document-table input[data-control="date-input"]', 'Enter');
  await page.waitForFunction((d) => document.querySelector(`#document-table tr[data-doc="${d}"]`)?.textContent.includes('undated'), doc);
}

const calls = (page) => page.evaluate(() => window.timelineCalls.splice(0));

/** Moves the mouse over bucket `index` of `count` on the chart. */
async function hover(page, index, count) {
  const box = await page.$eval('#chart .u-over', (o) => {
    o.scrollIntoView({ block: 'center' });
    const r = o.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  await page.mouse.move(box.x + (box.width * index) / (count - 1), box.y + box.height / 2);
}

const readout = (page) =>
  page.$eval('#timeline-readout', (box) => ({
    period: box.querySelector('.readout-period strong')?.textContent,
    docs: box.querySelector('.readout-docs')?.textContent,
    thin: box.querySelector('.thin-mark')?.textContent ?? null,
    rows: [...box.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th').textContent, ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]),
  }));

test('a second series asks the engine for itself alone; removing one asks nothing; a new measure asks for every series', async () => {
  const { page, problems } = await sampleByMonth();
  await calls(page);
  await page.fill('#term-input', 'dam | سد');
  // Timed in the page, from the click to the chart holding two series.
  const took = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const chart = document.querySelector('#chart');
        const started = performance.now();
        new MutationObserver((_, observer) => {
          if (chart.dataset.series !== '2') return;
          observer.disconnect();
          resolve(performance.now() - started);
        }).observe(chart, { attributes: true });
        document.querySelector('#add-series').click();
      }),
  );
  assert.deepEqual(await calls(page), ['dam | سد']);
  // The time is a benchmark's business (bench/page.mjs, BENCHMARKS.md), not a test's: printed only.
  console.log(`# adding a series on the sample: ${took.toFixed(1)} ms (click to drawn)`);
  await page.click('#series-list li:first-child button.remove');
  await page.waitForSelector('#chart[data-series="1"]');
  assert.deepEqual(await calls(page), []);
  assert.deepEqual(await page.$$eval('#series-list li bdi', (b) => b.map((x) => x.textContent)), ['dam | سد']);
  // Its answer is kept: adding it back asks nothing either.
  await page.fill('#term-input', 'السد');
  await page.click('#add-series');
  await page.waitForSelector('#chart[data-series="2"]');
  assert.deepEqual(await calls(page), []);
  await page.selectOption('#measure-select', 'rate');
  await page.waitForSelector('#chart[data-measure="rate"]');
  assert.deepEqual((await calls(page)).sort(), ['dam | سد', 'السد'].sort());
  assert.deepEqual(problems, []);
  await page.close();
});

test('the hovered bucket shows the engine\'s numbers for each series, thin periods marked; arrows and Enter do the same from the keyboard', async () => {
  const { page, problems } = await sampleByMonth();
  await page.fill('#term-input', 'dam');
  await page.click('#add-series');
  await page.waitForSelector('#chart[data-series="2"]');
  const engine = await page.evaluate(async () => {
    const { engine } = await import('./app.js');
    const shape = { bucket: 'month', measure: 'count', smoothing: 0 };
    return [await engine.timeline('السد', shape), await engine.timeline('dam', shape)];
  });

  // March: two documents (thin), «السد» 4 in 1 document, «dam» 3 in 1 (as counted by hand).
  await hover(page, 2, 6);
  await page.waitForSelector('#timeline-readout[data-index="2"]');
  const march = await readout(page);
  assert.deepEqual(march, {
    period: '2023-03',
    docs: `${engine[0].points[2].docs} documents in this period`,
    thin: 'few documents: a rise or fall here may be noise',
    rows: engine.map((s) => [s.term, String(s.points[2].count), String(s.points[2].docsWithTerm)]),
  });
  assert.deepEqual(march.rows, [['السد', '4', '1'], ['dam', '3', '1']]);
  assert.equal(march.docs, '2 documents in this period');
  // February holds three documents: not thin.
  await hover(page, 1, 6);
  await page.waitForSelector('#timeline-readout[data-index="1"]');
  assert.deepEqual(await readout(page), { period: '2023-02', docs: '3 documents in this period', thin: null, rows: [['السد', '7', '2'], ['dam', '4', '1']] });

  // The keyboard: the chart takes focus, End goes to June, the left arrow back to May, Enter opens May's lines.
  await page.mouse.move(0, 0);
  await page.focus('#chart');
  await page.keyboard.press('End');
  await page.waitForSelector('#timeline-readout[data-index="5"]');
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector('#timeline-readout[data-index="4"]');
  assert.deepEqual((await readout(page)).rows, [['السد', '2', '1'], ['dam', '0', '0']]);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#kwic-period-text').textContent.includes('2023-05-01'));
  await page.waitForSelector('#kwic-table[data-total="2"]');

  // In Arabic: the period written out, Arabic-Indic digits, the read-out laid out right to left.
  await page.click('#lang-button');
  await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.querySelector('#chart .u-title'));
  await page.waitForSelector('#chart[data-series="2"]');
  await page.focus('#chart');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('#timeline-readout[data-index="2"]');
  const arabic = await readout(page);
  assert.deepEqual(arabic, {
    period: 'مارس ٢٠٢٣',
    docs: 'الوثائق في هذه الفترة: ٢',
    thin: 'وثائق قليلة: قد يكون الصعود أو الهبوط هنا مجرد مصادفة',
    rows: [['السد', '٤', '١'], ['dam', '٣', '١']],
  });
  assert.equal(await page.$eval('#timeline-readout', (b) => getComputedStyle(b).direction), 'rtl');
  // The first column (the series) sits at the right in Arabic.
  const [name, count] = await page.$$eval('#timeline-readout tbody tr:first-child > *', (cells) => cells.slice(0, 2).map((c) => c.getBoundingClientRect().left));
  assert.ok(name > count, 'the series name is right of its numbers');
  assert.deepEqual(problems, []);
  await page.close();
});

test('thin buckets are marked on the chart and in the table; undated documents are counted under the chart', async () => {
  const { page, problems } = await openPage(browser);
  // The fixtures whose dates are in their names, and the undated note (pasted: dated by no file).
  const files = ['2021-03-02-mosul-ar.txt', '2021-03-16-mosul-ar.txt', '2021-04-05-mosul-en.txt', 'notes-undated.txt'];
  await page.setInputFiles('#file-input', files.slice(0, 3).map((f) => join(FIXTURES, f)));
  await waitLoaded(page);
  await page.click('#paste-form >> xpath=ancestor::details/summary');
  await page.fill('#paste-text', readFileSync(join(FIXTURES, files[3]), 'utf8'));
  await page.click('#paste-form button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#status').textContent === 'Loaded 1 of 1 files.');
  await page.waitForSelector('#document-table tr[data-doc="3"]');
  // The pasted note is dated by its time of pasting: clear it, as a reader would in the table.
  await undate(page, 3);
  await page.selectOption('#bucket-select', 'month');
  await page.fill('#term-input', 'الموصل');
  await page.click('#timeline-form button[type=submit]');
  await page.waitForSelector('#chart[data-bucket="month"][data-points="2"]');
  // Two months of one and two documents, both under three: both thin.
  assert.equal(await page.getAttribute('#chart', 'data-thin'), '2');
  assert.equal(await page.$$eval('#timeline-table tr.thin', (r) => r.length), 2);
  assert.equal(await page.textContent('#timeline-undated'), '1 document has no date and is not on the chart; it holds «\u2068الموصل\u2069» ×1.');
  assert.deepEqual(problems, []);
  await page.close();
});

test('event markers are drawn, kept in the address through a reload, and go into the SVG, PNG and JSON exports', async () => {
  const { page, problems } = await sampleByMonth();
  const pngBefore = await download(page, '#export-png');
  await page.fill('#event-date', '2023-03-15');
  await page.fill('#event-label', 'بدء البناء');
  await page.click('#event-form button[type=submit]');
  // A label is text, whatever it holds.
  await page.fill('#event-date', '2023-05-20');
  await page.fill('#event-label', '<img src=x onerror="window.hacked=1">');
  await page.click('#event-form button[type=submit]');
  // Outside the buckets drawn: listed, not drawn.
  await page.fill('#event-date', '2024-01-01');
  await page.fill('#event-label', 'later');
  await page.click('#event-form button[type=submit]');
  // Refused with a message: no label.
  await page.fill('#event-date', '2023-04-01');
  await page.click('#event-form button[type=submit]');
  assert.equal(await page.$$eval('#event-list li', (l) => l.length), 3);
  const listed = await page.$$eval('#event-list li', (l) => l.map((li) => [li.querySelector('time').textContent, li.querySelector('bdi').textContent]));
  assert.deepEqual(listed, [['2023-03-15', 'بدء البناء'], ['2023-05-20', '<img src=x onerror="window.hacked=1">'], ['2024-01-01', 'later']]);
  assert.equal(await page.$$eval('#event-list img', (i) => i.length), 0);
  await page.waitForSelector('#chart[data-events="2"]');
  const hash = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('events'));
  assert.equal(hash, '2023-03-15 بدء البناء\n2023-05-20 <img src=x onerror="window.hacked=1">\n2024-01-01 later');

  const svg = readFileSync(await download(page, '#export-svg'), 'utf8');
  assert.match(svg, /<g class="event"[^>]*><line [^>]*\/><text [^>]*>بدء البناء<\/text><\/g>/);
  assert.ok(svg.includes('&lt;img src=x onerror="window.hacked=1"&gt;'), 'the label is escaped text');
  assert.equal((svg.match(/class="event"/g) ?? []).length, 2);
  const analysis = JSON.parse(readFileSync(await download(page, '#export-analysis'), 'utf8'));
  assert.deepEqual(analysis.events, [
    { date: '2023-03-15', label: 'بدء البناء' },
    { date: '2023-05-20', label: '<img src=x onerror="window.hacked=1">' },
    { date: '2024-01-01', label: 'later' },
  ]);
  assert.equal(analysis.marsad, 1);
  const note = readFileSync(await download(page, '#export-methods'), 'utf8');
  assert.ok(note.includes('- Events marked on the chart by hand: 2023-03-15 «بدء البناء», 2023-05-20 «<img src=x onerror="window.hacked=1">», 2024-01-01 «later».'), note);
  // The PNG is the chart as drawn: its markers change it.
  assert.notDeepEqual(readFileSync(await download(page, '#export-png')), readFileSync(pngBefore));

  // A reload keeps the corpus (this device) and the events (the address).
  await page.reload();
  await started(page);
  await page.waitForSelector('#chart[data-events="2"]');
  assert.equal(await page.$$eval('#event-list li', (l) => l.length), 3);
  await page.click('#event-list li:nth-child(2) button.remove');
  await page.waitForSelector('#chart[data-events="1"]');
  assert.equal(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('events')), '2023-03-15 بدء البناء\n2024-01-01 later');
  assert.equal(await page.evaluate(() => window.hacked), undefined);

  // A hand-made address with a bad event list is ignored, the rest of it kept.
  const other = await openPage(browser, { keepStorage: true, hash: `#term=dam&events=${encodeURIComponent('2023-02-30 nope')}` });
  await waitLoaded(other.page).catch(() => {});
  await other.page.waitForSelector('#chart[data-series="1"]');
  assert.equal(await other.page.inputValue('#term-input'), 'dam');
  assert.deepEqual(other.problems, []);
  await other.page.close();
  assert.deepEqual(problems, []);
  await page.close();
});

/** The path of the file a button downloads. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return file.path();
}

test('a corpus without dates is drawn along its documents, in loading order; a mark opens its document', async () => {
  const { page, problems } = await openPage(browser);
  await page.click('#paste-form >> xpath=ancestor::details/summary');
  for (const name of ['2021-03-02-mosul-ar.txt', 'notes-undated.txt']) {
    await page.fill('#paste-text', readFileSync(join(FIXTURES, name), 'utf8'));
    await page.fill('#paste-name', name);
    await page.click('#paste-form button[type=submit]');
    await waitLoaded(page);
    await page.waitForFunction(() => document.querySelector('#status').textContent === 'Loaded 1 of 1 files.');
    await page.evaluate(() => (document.querySelector('#status').textContent = ''));
  }
  // Pasted texts are dated by the time of pasting: undate both, as a reader would in the table.
  for (const doc of [0, 1]) await undate(page, doc);
  await page.fill('#term-input', 'الموصل');
  await page.click('#timeline-form button[type=submit]');
  // «الموصل» by hand: 4 in the Mosul article (all forms), 1 in the note.
  await page.waitForSelector('#dispersion:not([hidden])[data-hits="5"]');
  assert.equal(await page.isHidden('#chart-area'), true);
  assert.match(await page.textContent('#dispersion .dispersion-why'), /^No document has a date, so the matches are shown along the documents in the order they were loaded, not by date\./);
  const engine = await page.evaluate(async () => (await import('./app.js')).engine.dispersion('الموصل'));
  assert.deepEqual(engine.documents.map((d) => [d.doc, d.positions.length]), [[0, 4], [1, 1]]);
  // One tick per match here (the matches are pixels apart), in load order, the note's last.
  const ticks = await page.$$eval('#dispersion .ticks rect', (r) => r.map((t) => [Number(t.getAttribute('x')), t.dataset.doc]));
  assert.equal(ticks.length, 5);
  assert.deepEqual(ticks.map(([, d]) => d), ['0', '0', '0', '0', '1']);
  assert.deepEqual(await page.$$eval('#dispersion tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent))), [['2021-03-02-mosul-ar.txt', '4'], ['notes-undated.txt', '1']]);
  await page.click('#dispersion .ticks rect:last-child');
  await page.waitForSelector('#document-dialog[open]');
  assert.match(await page.textContent('#document-dialog'), /زيارة الموصل مؤجلة/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a dated corpus can be drawn along its documents too, when the reader chooses it', async () => {
  const { page, problems } = await sampleByMonth();
  await page.selectOption('#layout-select', 'order');
  await page.waitForSelector('#dispersion:not([hidden])');
  // «السد» over the sample: 1 + 7 + 4 + 0 + 2 + 2.
  assert.equal(await page.getAttribute('#dispersion', 'data-hits'), '16');
  assert.match(await page.textContent('#dispersion .dispersion-why'), /^The matches along the documents in the order they were loaded, not by date\./);
  await page.selectOption('#layout-select', 'dates');
  await page.waitForSelector('#dispersion[hidden]', { state: 'attached' });
  assert.equal(await page.isVisible('#chart'), true);
  assert.deepEqual(problems, []);
  await page.close();
});
