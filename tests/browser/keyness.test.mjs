// The keyness view in real Chromium: a source, then a period, against the rest of a four-row CSV
// whose counts and G² are worked out by hand, each word one click from its lines and the timeline,
// the numbers in the page's language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startBrowser, waitLoaded } from './harness.mjs';

let browser;

before(async () => {
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
});

// Alpha (January): flood ×4, river ×2, town ×2, council ×1 in 9 words.
// Beta (February): election ×2, vote ×3, town ×1, council ×2, river ×1 in 9 words.
const CSV = [
  'date,source,text',
  '2023-01-01,Alpha,flood flood flood river town',
  '2023-01-02,Alpha,flood river town council',
  '2023-02-01,Beta,election vote vote town council',
  '2023-02-02,Beta,election vote council river',
].join('\n');

const rows = (page, direction) =>
  page.$$eval(`#keyness-${direction} tbody tr[data-key]`, (trs) => trs.map((tr) => [...tr.cells].slice(1, 6).map((td) => td.textContent)));

async function compare(page) {
  await page.evaluate(() => (document.querySelector('.keyness-summary').textContent = ''));
  await page.click('.keyness-form button[type=submit]');
  await page.waitForFunction(() => document.querySelector('.keyness-summary').textContent !== '');
}

test('the words of a source and of a period against the rest, with G² and log ratio checked by hand', async () => {
  const { page, problems } = await openPage(browser);
  await page.setInputFiles('#file-input', [{ name: 'news.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) }]);
  await waitLoaded(page);
  // The sources are listed with their documents; the dates default to the corpus's span.
  assert.deepEqual(await page.$$eval('select[name=target-source] option', (os) => os.map((o) => o.textContent)), ['Alpha (2)', 'Beta (2)']);
  assert.deepEqual(await page.$$eval('input[name^=target-]', (is) => is.map((i) => i.value)), ['2023-01-01', '2023-02-02']);

  await page.selectOption('select[name=target-kind]', 'source');
  await page.selectOption('select[name=target-source]', 'Alpha');
  await compare(page);
  assert.equal(await page.textContent('.keyness-summary'), 'Selection: 2 documents, 9 words; comparison: 2 documents, 9 words.');
  // flood: a = 4, b = 0, both sides 9 words, so each expects 2: G² = 2·4·ln(4/2) = 8 ln 2 = 5.545;
  // log ratio log2((4/9) / (0.5/9)) = 3 (a zero count taken as 0.5).
  const over = await rows(page, 'over');
  assert.deepEqual(over[0], ['flood', '4', '0', '5.55', '3.00']);
  // vote: a = 0, b = 3: G² = 2·3·ln(3/1.5) = 6 ln 2 = 4.159; log2(0.5/3) = −2.585. «election»
  // (2 in all) is under the minimum count of 3.
  const under = await rows(page, 'under');
  assert.deepEqual(under[0], ['vote', '0', '3', '4.16', '-2.58']);
  assert.ok(![...over, ...under].some((r) => r[0] === 'election'));

  // February (its last day included) against the rest: the same words, the other way round.
  await page.selectOption('select[name=target-kind]', 'dates');
  await page.fill('input[name=target-from]', '2023-02-01');
  await page.fill('input[name=target-to]', '2023-02-02');
  await compare(page);
  assert.deepEqual((await rows(page, 'over'))[0], ['vote', '3', '0', '4.16', '2.58']);
  assert.deepEqual((await rows(page, 'under'))[0], ['flood', '0', '4', '5.55', '-3.00']);

  // One click to the lines of a word, within the period compared.
  await page.click('#keyness-over tbody tr[data-key=vote] button.term');
  await page.waitForFunction(() => document.querySelector('#kwic-table').dataset.total === '3');
  assert.equal(await page.inputValue('#kwic-query'), 'vote');
  // One click to the timeline, beside the series drawn.
  await page.click('#keyness-under tbody tr[data-key=flood] button.add-series');
  await page.waitForFunction(() => document.querySelector('#series-list').textContent.includes('flood'));

  // Against another source rather than the rest; then the numbers in Arabic.
  await page.selectOption('select[name=reference-kind]', 'source');
  await page.selectOption('select[name=reference-source]', 'Alpha');
  await compare(page);
  assert.deepEqual((await rows(page, 'over'))[0], ['vote', '3', '0', '4.16', '2.58']);
  await page.click('#lang-button');
  await page.waitForFunction(() => document.querySelector('#keyness-over tbody tr td:nth-child(5)')?.textContent === '٤٫١٦');
  assert.deepEqual((await rows(page, 'under'))[0], ['flood', '٠', '٤', '٥٫٥٥', '؜-٣٫٠٠']);
  assert.equal(await page.textContent('#keyness-over caption'), 'أكثر تواترًا في المختار');
  assert.deepEqual(problems, []);
  await page.close();
});
