// The settings view in real Chromium: the live example box, a step switched off re-reading the
// corpus kept on this device (the counts change as worked out by hand), the choice surviving a
// reload, and «Restore the defaults».
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

// «أحمد» twice with a hamza, once without; «مدينة» once.
const TEXT = 'وصل أحمد إلى المدينة. ثم عاد أحمد ومعه احمد.';

const tryIt = async (page, text, expected) => {
  await page.fill('#settings-try', text);
  await page.waitForFunction((e) => document.querySelector('#settings-try-output').textContent === e, expected);
};

/** Each keyword row as [key, count]. */
const keywords = (page) => page.$$eval('#keyword-table tbody tr', (trs) => trs.map((tr) => [tr.dataset.key, tr.cells[2].textContent]));

async function apply(page, button = '#settings-apply') {
  await page.click(button);
  await page.waitForFunction(() => /^Settings applied/.test(document.querySelector('#settings-status').textContent));
}

test('the example box, a step switched off re-reading the corpus, kept over a reload, and the defaults back', async () => {
  const { page, problems } = await openPage(browser);
  await page.waitForSelector('#settings .step[data-step=foldAlef] input:checked');
  // Every step with its examples; the hamza-carrier step is off by default.
  assert.equal(await page.$$eval('#settings .step', (s) => s.length), 16);
  assert.equal(await page.isChecked('input[name=step][value=foldHamzaCarriers]'), false);
  assert.equal(await page.textContent('#settings .step[data-step=foldAlef] .examples li'), 'أحمد → احمد');
  // An invisible character is shown by name.
  assert.match(await page.textContent('#settings .step[data-step=stripInvisible] .examples li'), /ZWNJ/);

  await tryIt(page, 'أَحْمَد', 'احمد');
  await page.uncheck('input[name=step][value=foldAlef]');
  await page.waitForFunction(() => document.querySelector('#settings-try-output').textContent === 'أحمد');
  assert.equal(await page.textContent('#settings-status'), 'Not applied yet.');
  assert.equal(await page.isEnabled('#settings-apply'), true);
  await page.check('input[name=step][value=foldAlef]');
  await page.waitForFunction(() => document.querySelector('#settings-try-output').textContent === 'احمد');
  assert.equal(await page.isEnabled('#settings-apply'), false);

  await page.setInputFiles('#file-input', [{ name: 'news.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) }]);
  await waitLoaded(page);
  const before = await keywords(page);
  assert.ok(before.some(([k, n]) => k === 'احمد' && n === '3'), JSON.stringify(before));

  // With the hamza kept, «أحمد» (2) and «احمد» (1) are two words.
  await page.uncheck('input[name=step][value=foldAlef]');
  await apply(page);
  assert.equal(await page.textContent('#settings-status'), 'Settings applied and kept on this device; 1 document read again.');
  const split = await keywords(page);
  assert.ok(split.some(([k, n]) => k === 'أحمد' && n === '2'), JSON.stringify(split));
  assert.ok(split.some(([k, n]) => k === 'احمد' && n === '1'), JSON.stringify(split));
  // The methods note's steps are the steps in use.
  const steps = await page.evaluate(async () => (await (await import('./app.js')).engine.normalisationSteps()).map((s) => s.id));
  assert.ok(!steps.includes('foldAlef') && steps.includes('foldYeh'));
  await page.close();

  // A reload brings back the corpus read with the same settings.
  const reloaded = await openPage(browser, { keepStorage: true });
  await waitLoaded(reloaded.page);
  await reloaded.page.waitForSelector('#settings .step[data-step=foldYeh] input:checked');
  assert.equal(await reloaded.page.isChecked('input[name=step][value=foldAlef]'), false);
  assert.ok((await keywords(reloaded.page)).some(([k, n]) => k === 'أحمد' && n === '2'));
  await tryIt(reloaded.page, 'أَحْمَد', 'أحمد');

  // The defaults, applied at once: one word again.
  await apply(reloaded.page, '#settings-defaults');
  assert.equal(await reloaded.page.isChecked('input[name=step][value=foldAlef]'), true);
  assert.ok((await keywords(reloaded.page)).some(([k, n]) => k === 'احمد' && n === '3'));
  await tryIt(reloaded.page, 'أَحْمَد', 'احمد');
  assert.deepEqual([...problems, ...reloaded.problems], []);
  await reloaded.page.close();
});

test('the stopword lists chosen apply to the keyword table', async () => {
  const { page, problems } = await openPage(browser);
  await page.setInputFiles('#file-input', [{ name: 'fr.txt', mimeType: 'text/plain', buffer: Buffer.from('le barrage et le fleuve et le barrage') }]);
  await waitLoaded(page);
  // French is not among the default lists: «le» and «et» are counted.
  assert.ok((await keywords(page)).some(([k]) => k === 'le'));
  await page.check('input[name=language][value=fr]');
  await apply(page);
  const rows = await keywords(page);
  assert.deepEqual(rows.map(([k]) => k).sort(), ['barrage', 'fleuve']);
  assert.deepEqual(problems, []);
  await page.close();
});
