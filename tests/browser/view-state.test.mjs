// A set-up shared as a link, in real Chromium: every series, the measure, smoothing, KWIC query,
// section and reading options travel in the address's #fragment, and a reader who opens the link
// on another device (a fresh profile) and loads their own copy of the files sees the same view.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, openSample, startBrowser, waitLoaded } from './harness.mjs';

let browser;

before(async () => {
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
});

const fragment = (page) => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.slice(1))));
const seriesShown = (page) => page.$$eval('#series-list li bdi', (b) => b.map((x) => x.textContent));

test('series, measure, smoothing, the KWIC query and the section go into the link, and a fresh page opens with them', async () => {
  const { page, problems } = await openSample(browser);
  await page.waitForSelector('#chart[data-series="1"]');
  await page.fill('#term-input', 'dam');
  await page.click('#add-series');
  await page.waitForSelector('#chart[data-series="2"]');
  await page.selectOption('#measure-select', 'rate');
  await page.selectOption('#smoothing-select', '3');
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('smoothing') === '3');
  await page.fill('#kwic-query', 'وادي');
  await page.press('#kwic-query', 'Enter');
  await page.focus('#kwic-sort');
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('section') === 'kwic');
  const shared = await fragment(page);
  assert.deepEqual({ ...shared, events: undefined }, {
    term: 'dam', series: 'السد\ndam', bucket: shared.bucket, measure: 'rate', smoothing: '3', layout: 'dates', kwic: 'وادي', section: 'kwic', events: undefined,
  });
  // Nothing about reading: the defaults are in use.
  assert.equal(shared.off ?? shared.on ?? shared.stop, undefined);
  const link = new URL(page.url()).hash;
  await page.close();

  // Someone else: a new page with nothing kept, the link, then their own copy of the sample.
  const other = await openPage(browser, { hash: link });
  assert.equal(await other.page.inputValue('#measure-select'), 'rate');
  assert.equal(await other.page.inputValue('#smoothing-select'), '3');
  await other.page.click('#sample-button');
  await waitLoaded(other.page);
  await other.page.waitForSelector('#chart[data-series="2"]');
  assert.deepEqual(await seriesShown(other.page), ['السد', 'dam']);
  assert.equal(await other.page.inputValue('#kwic-query'), 'وادي');
  assert.ok(Number(await other.page.$eval('#kwic-table', (t) => t.dataset.total)) > 0);
  assert.deepEqual(problems, []);
  assert.deepEqual(other.problems, []);
  await other.page.close();
});

test('reading options in a link are applied before the files are read, and shown in the settings', async () => {
  // «أحمد» twice with a hamza, once without.
  const text = 'وصل أحمد إلى المدينة. ثم عاد أحمد ومعه احمد.';
  const { page, problems } = await openPage(browser, { hash: '#off=foldAlef&stop=ar,fr' });
  await page.waitForSelector('#settings .step[data-step=foldAlef] input:not(:checked)');
  assert.equal(await page.isChecked('input[name=language][value=fr]'), true);
  assert.equal(await page.isChecked('input[name=language][value=en]'), false);
  await page.setInputFiles('#file-input', [{ name: 'news.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await waitLoaded(page);
  const keys = await page.$$eval('#keyword-table tbody tr', (trs) => trs.map((tr) => [tr.dataset.key, tr.cells[2].textContent]));
  assert.ok(keys.some(([k, n]) => k === 'أحمد' && n === '2'), JSON.stringify(keys));
  assert.ok(keys.some(([k, n]) => k === 'احمد' && n === '1'), JSON.stringify(keys));
  // The page writes the same reading back into its own link.
  const shared = await fragment(page);
  assert.equal(shared.off, 'foldAlef');
  assert.equal(shared.stop, 'ar,fr');
  // A link naming another reading, opened in the same tab, reads the documents again with it.
  await page.evaluate(() => (location.hash = '#term=احمد'));
  await page.evaluate(() => (location.hash = '#term=احمد&on=foldHamzaCarriers'));
  await page.waitForFunction(() => /^Settings applied/.test(document.querySelector('#settings-status').textContent), null, { timeout: 8000 }).catch(async (e) => {
    throw new Error(`${e.message}; status: ${await page.textContent('#settings-status')}; hash: ${await page.evaluate(() => location.hash)}`);
  });
  assert.equal(await page.isChecked('input[name=step][value=foldAlef]'), true);
  assert.equal(await page.isChecked('input[name=step][value=foldHamzaCarriers]'), true);
  const merged = await page.$$eval('#keyword-table tbody tr', (trs) => trs.map((tr) => [tr.dataset.key, tr.cells[2].textContent]));
  assert.ok(merged.some(([k, n]) => k === 'احمد' && n === '3'), JSON.stringify(merged));
  // Unknown step ids and malformed values are ignored, and the rest of the link still applies.
  const odd = await openPage(browser, { hash: '#off=noSuchStep&stop=x1&term=dam' });
  assert.equal(await odd.page.inputValue('#term-input'), 'dam');
  await odd.page.waitForSelector('#settings .step[data-step=foldAlef] input:checked');
  assert.deepEqual(problems, []);
  assert.deepEqual(odd.problems, []);
  await odd.page.close();
  await page.close();
});
