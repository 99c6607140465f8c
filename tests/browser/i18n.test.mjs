// The page in Arabic and in English, in real Chromium: the language chosen from the browser's
// preferences, switched with the page's button and kept over a reload; the Arabic page laid out
// right to left with Arabic-Indic digits; axe-core finding no serious or critical problem in
// either language; every control reached with the keyboard, its focus visible. Screenshots of
// both languages go to a temporary folder (printed) for a person to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, startBrowser, started, waitLoaded } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = join(tmpdir(), 'marsad-i18n-screenshots');

let browser;

before(async () => {
  browser = await startBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
});

/** The browser's language preferences, as navigator.languages reports them to the page. */
const preferring = (languages) => `Object.defineProperty(Navigator.prototype, 'languages', { get: () => ${JSON.stringify(languages)} });`;

async function sample(options) {
  const opened = await openPage(browser, options);
  await opened.page.click('#sample-button');
  await waitLoaded(opened.page);
  await opened.page.waitForSelector('#chart[data-points]');
  await opened.page.waitForSelector('#kwic-table[data-total]');
  return opened;
}

const direction = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction]);
const ARABIC_INDIC = (latin) => latin.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[d]);

test('the first Arabic-or-English preference of the browser chooses the language', async () => {
  for (const [languages, expected] of [
    [['en-US', 'en'], ['en', 'ltr', 'ltr']],
    [['fr-FR', 'ar-EG', 'en'], ['ar', 'rtl', 'rtl']],
    [['de', 'en-GB', 'ar'], ['en', 'ltr', 'ltr']],
    [['fr'], ['en', 'ltr', 'ltr']],
  ]) {
    const { page, problems } = await openPage(browser, { init: preferring(languages) });
    assert.deepEqual(await direction(page), expected, languages.join(','));
    const title = await page.textContent('#load-title');
    assert.equal(title, expected[0] === 'ar' ? '١. أضِف الوثائق' : '1. Add documents');
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test('the switch changes every string, the direction and the digits; a reload keeps the choice; «Forget everything» forgets it', async () => {
  const { page, problems } = await sample({ init: preferring(['en-US', 'en']) });
  assert.deepEqual(await direction(page), ['en', 'ltr', 'ltr']);
  const english = await page.$$eval('#keyword-table tbody tr:first-child td', (tds) => tds.map((td) => td.textContent));
  const status = await page.textContent('#status');
  assert.equal(status, 'Loaded 10 of 10 files.');
  assert.equal(await page.textContent('#lang-button'), 'العربية');

  await page.click('#lang-button');
  await page.waitForFunction(() => document.querySelector('#keyword-table tbody td').textContent === '١');
  assert.deepEqual(await direction(page), ['ar', 'rtl', 'rtl']);
  assert.equal(await page.textContent('#lang-button'), 'English');
  assert.equal(await page.getAttribute('#lang-button', 'lang'), 'en');
  assert.equal(await page.textContent('#keywords-title'), '٢. الكلمات المفتاحية');
  assert.equal(await page.textContent('#status'), 'الملفات المحمّلة: ١٠ من ١٠.');
  assert.equal(await page.textContent('#sample-button'), 'جرّب العيّنة');
  assert.equal(await page.textContent('#bucket-select option[value="month"]'), 'شهر');
  assert.equal(await page.title(), 'مرصد · Marsad');
  // The keyword table: the same numbers in Arabic-Indic digits, the term as it was.
  const arabic = await page.$$eval('#keyword-table tbody tr:first-child td', (tds) => tds.map((td) => td.textContent));
  assert.deepEqual(arabic.slice(0, 4), [english[0], english[1], english[2], english[3]].map((v, i) => (i === 1 ? v : ARABIC_INDIC(v))));
  assert.match(arabic[4], /×[٠-٩]+/);
  // Dates written out in Arabic, in the document table and the words-in-context lines.
  const firstDate = await page.textContent('#document-table tbody tr:first-child td:nth-child(2)');
  assert.match(firstDate, /^[٠-٩]+ [\u0600-\u06FF]+ [٠-٩]{4}$/, firstDate);
  assert.match(await page.textContent('#kwic-summary'), /^مطابقات .+: [٠-٩]+؛ السطور ١–[٠-٩]+$/);
  // Nothing English left in the page's own words (engine messages aside, there are none here).
  const leftover = await page.$$eval('main h2, main label > span, main button, main th, main summary, main .hint', (nodes) =>
    nodes.filter((n) => n.offsetParent !== null && /\b(the|of|and|Count|Term|Draw|Show)\b/.test(n.textContent) && !n.closest('bdi')).map((n) => n.textContent.slice(0, 60)),
  );
  assert.deepEqual(leftover, []);

  // Right to left: the first column of a table and the start of a heading are on the right.
  const layout = await page.evaluate(() => {
    const cells = [...document.querySelectorAll('#keyword-table thead th')].map((th) => th.getBoundingClientRect());
    const h2 = document.querySelector('#keywords-title');
    const range = document.createRange();
    range.selectNodeContents(h2);
    const text = range.getBoundingClientRect();
    const box = h2.getBoundingClientRect();
    return { firstRight: cells[0].right, lastRight: cells.at(-1).right, textRight: text.right, boxRight: box.right, textLeft: text.left, boxLeft: box.left };
  });
  assert.ok(layout.firstRight > layout.lastRight, 'the rank column is the rightmost');
  assert.ok(Math.abs(layout.textRight - layout.boxRight) < 2 && layout.textLeft - layout.boxLeft > 100, `the heading hugs the right edge ${JSON.stringify(layout)}`);

  // A reload comes back in Arabic, with the corpus.
  await page.reload();
  await started(page);
  await page.waitForFunction(() => document.body.dataset.state === 'ready' && document.querySelector('#status').textContent !== '');
  assert.deepEqual(await direction(page), ['ar', 'rtl', 'rtl']);
  assert.match(await page.textContent('#status'), /^استُعيدت الملفات المحفوظة على هذا الجهاز: ١٠ \(الوثائق: ١٠\)\.$/);
  assert.match(await page.textContent('#storage-status'), /^محفوظة في هذا المتصفح/);

  // Back to English: everything said again in English.
  await page.click('#lang-button');
  await page.waitForFunction(() => document.querySelector('#keyword-table tbody td').textContent === '1');
  assert.equal(await page.textContent('#status'), 'Restored 10 files (10 documents) kept on this device.');
  assert.match(await page.textContent('#storage-status'), /^Kept in this browser/);
  await page.click('#lang-button');
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  // Forgetting everything forgets the choice too: the next visit follows the browser again.
  await page.click('#forget-button');
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('نُسي كل شيء'));
  await page.reload();
  await started(page);
  assert.deepEqual(await direction(page), ['en', 'ltr', 'ltr']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a file refused by the page is explained in the language of the moment', async () => {
  const { page, problems } = await openPage(browser, { init: preferring(['ar']) });
  await page.setInputFiles('#file-input', [{ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }]);
  await waitLoaded(page);
  assert.match(await page.textContent('#errors'), /^scan\.pdf: لم يُقرأ: مستند PDF: غير مدعوم/);
  await page.click('#lang-button');
  await page.waitForFunction(() => document.querySelector('#errors').textContent.includes('not read'));
  assert.match(await page.textContent('#errors'), /^scan\.pdf: not read: a PDF document: not supported/);
  assert.equal(await page.textContent('#status'), 'Loaded 0 of 1 files, 1 could not be read (listed below).');
  assert.deepEqual(problems, []);
  await page.close();
});

/** axe-core's violations of impact serious or critical, as «rule: target (summary)». */
async function axe(page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim()}`));
}

for (const lang of ['en', 'ar']) {
  test(`axe finds no serious or critical problem, and the views are photographed (${lang})`, async () => {
    const { page, problems } = await sample({ init: preferring([lang]) });
    await page.setViewportSize({ width: 1200, height: 900 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    // The timeline with its numbers open, and the lines of one period.
    await page.click('#timeline details:last-of-type summary');
    await page.click('#timeline-table tbody tr:first-child button.period');
    await page.waitForSelector('#kwic-period:not([hidden])');
    assert.deepEqual(await axe(page), []);
    await page.screenshot({ path: join(SHOTS, `page-${lang}.png`), fullPage: true });
    for (const id of ['load', 'keywords', 'timeline', 'kwic', 'settings']) await page.locator(`#${id}`).screenshot({ path: join(SHOTS, `${id}-${lang}.png`) });

    // The document reader, open over the page.
    await page.click('#kwic-table tbody tr:first-child button.open');
    await page.waitForSelector('#document-dialog[open]');
    assert.deepEqual(await axe(page), []);
    await page.screenshot({ path: join(SHOTS, `reader-${lang}.png`) });
    console.log(`screenshots: ${SHOTS}`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('every control is reached with Tab, and its focus is visible', async () => {
  const { page, problems } = await sample({ init: preferring(['ar']) });
  const seen = [];
  // From the first control of the page to the last (past the 50 keywords and the lines' documents),
  // until the focus leaves the page.
  await page.focus('#lang-button');
  // Back and forth, so the focus comes from the keyboard (a script's focus shows no ring after a click).
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 300 && !['BODY', 'HTML'].includes(seen.at(-1)?.id); i++) {
    if (i) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      // The hidden file input shows its focus on the label drawn as its button.
      const shown = ['file-input', 'folder-input'].includes(e.id) ? document.querySelector(`label[for="${e.id}"]`) : e;
      const style = getComputedStyle(shown);
      return { id: e.id || e.className || e.tagName, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    seen.push(focused);
  }
  assert.ok(seen.length < 300, 'Tab reaches the last control');
  seen.pop();
  const ids = seen.map((f) => f.id);
  for (const id of ['lang-button', 'drop-zone', 'file-input', 'folder-input', 'sample-button', 'clear-button', 'forget-button', 'term', 'term-input', 'add-series', 'bucket-select', 'measure-select', 'smoothing-select', 'remove', 'export-analysis', 'export-contexts', 'SUMMARY', 'kwic-query', 'kwic-sort', 'open', 'settings-try', 'settings-defaults']) {
    assert.ok(ids.includes(id), `${id} is reached with Tab (reached: ${ids.join(' ')})`);
  }
  const unseen = seen.filter((f) => !f.ring).map((f) => f.id);
  assert.deepEqual(unseen, [], 'every focused control shows a ring');
  // The language button works from the keyboard too.
  await page.focus('#lang-button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(problems, []);
  await page.close();
});
