// <marsad-timeline> inside someone else's page with hostile CSS: it must render, keep its own
// look, and leave the host page exactly as the host styled it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from '../../scripts/build.mjs';
import { openPage, startBrowser } from './harness.mjs';

const WIDGET = join(root, 'dist', 'widget', 'marsad-timeline.js');
const EXAMPLE = join(root, 'examples', 'widget');
let browser;

before(async () => {
  assert.ok(existsSync(WIDGET), 'dist/widget is missing: npm test builds it (node scripts/build.mjs --site)');
  const host = mkdtempSync(join(tmpdir(), 'marsad-host-'));
  for (const f of ['index.html', 'mosul.json']) copyFileSync(join(EXAMPLE, f), join(host, f));
  copyFileSync(WIDGET, join(host, 'marsad-timeline.js'));
  browser = await startBrowser({ extraMounts: [['/host/', host, { csp: false }]] });
});

after(async () => {
  await browser?.close();
});

test('the widget script alone stays under 60 KB gzipped', () => {
  const size = gzipSync(readFileSync(WIDGET), { level: 9 }).length;
  assert.ok(size <= 60_000, `${size} bytes gzipped`);
});

test('inside a hostile host page it renders, in Arabic, and the host page is untouched', async () => {
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(new URL('/host/', browser.url).href);
  await page.waitForSelector('marsad-timeline[data-points="3"]');
  const inside = await page.$eval('marsad-timeline', (el) => {
    const root = el.shadowRoot;
    const canvas = root.querySelector('canvas');
    const title = root.querySelector('.u-title');
    const cells = [...root.querySelectorAll('table.numbers tbody tr')].map((tr) => [...tr.cells].map((td) => td.textContent));
    return {
      canvas: canvas && getComputedStyle(canvas).display !== 'none' && canvas.getBoundingClientRect().width > 100,
      titleColour: getComputedStyle(title).color,
      dir: root.querySelector('[dir]').getAttribute('dir'),
      cells,
      font: getComputedStyle(title).fontFamily,
    };
  });
  assert.equal(inside.canvas, true, 'the host rule canvas { display: none } must not hide the chart');
  assert.notEqual(inside.titleColour, 'rgb(255, 0, 0)', 'the host .u-title rule must not style the chart title');
  assert.equal(inside.dir, 'rtl');
  assert.deepEqual(inside.cells, [['2021-03-01', '9'], ['2021-04-01', '2'], ['2021-05-01', '1']]);

  const host = await page.evaluate(() => ({
    title: getComputedStyle(document.querySelector('#host-title')).color,
    titleSize: getComputedStyle(document.querySelector('#host-title')).fontSize,
    table: getComputedStyle(document.querySelector('#host-table')).fontSize,
    styles: document.styleSheets.length,
  }));
  assert.deepEqual(host, { title: 'rgb(255, 0, 0)', titleSize: '30px', table: '40px', styles: 1 });

  // Attributes: a dark theme and a height, applied without reloading the data.
  const themed = await page.$eval('marsad-timeline', async (el) => {
    const plotHeight = () => el.shadowRoot.querySelector('.u-wrap').getBoundingClientRect().height;
    const before = plotHeight();
    el.setAttribute('theme', 'dark');
    el.setAttribute('height', '400');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const root = el.shadowRoot.querySelector('.root');
    return { dark: root.classList.contains('dark'), grew: plotHeight() - before };
  });
  assert.equal(themed.dark, true);
  assert.equal(Math.round(themed.grew), 400 - 260, 'the height attribute resizes the chart');
  assert.deepEqual(problems, []);
  assert.deepEqual(browser.foreignRequests(), []);
  await page.close();
});

test('a file that is not an analysis gets a clear message, not a broken chart', async () => {
  const { page } = await openPage(browser);
  await page.goto(new URL('/host/', browser.url).href);
  const message = await page.evaluate(async () => {
    const el = document.createElement('marsad-timeline');
    document.body.append(el);
    el.analysis = { hello: 'world' };
    return el.shadowRoot.querySelector('[role=alert]').textContent;
  });
  assert.equal(message, 'not a Marsad analysis file');
  await page.close();
});

test('the page\'s event markers, an optional field of the analysis file, are drawn; unusable ones are left out', async () => {
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(new URL('/host/', browser.url).href);
  await page.waitForSelector('marsad-timeline[data-points="3"]');
  const drawn = await page.$eval('marsad-timeline', async (el) => {
    const analysis = structuredClone(el.analysis);
    analysis.events = [{ date: '2021-04-10', label: 'الهدنة' }, { date: 'soon', label: 'x' }, { date: '2021-03-20', label: 7 }, { date: '2030-01-01', label: 'later' }];
    el.analysis = analysis;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return el.shadowRoot.querySelector('[data-events]')?.dataset.events;
  });
  // Only the truce is both well formed and within the buckets drawn.
  assert.equal(drawn, '1');
  assert.deepEqual(problems, []);
  await page.close();
});
