// Widget benchmark: time from attaching <marsad-timeline src="…"> to its first chart (the
// 'marsad-render' event, after fetching and parsing the analysis), in Chromium, against a bare
// uPlot draw of the same data in the same run as the baseline. Target: ≤ 1 s.
// Run after a build (npm run build): node bench/widget.mjs
import { chromium } from 'playwright-core';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../scripts/build.mjs';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const host = mkdtempSync(join(tmpdir(), 'marsad-widget-bench-'));
for (const f of ['index.html', 'mosul.json']) copyFileSync(join(root, 'examples', 'widget', f), join(host, f));
copyFileSync(join(root, 'dist', 'widget', 'marsad-timeline.js'), join(host, 'marsad-timeline.js'));
copyFileSync(join(root, 'node_modules', 'uplot', 'dist', 'uPlot.esm.js'), join(host, 'uPlot.esm.js'));

const { server, url } = await serve({ port: 0, extraMounts: [['/host/', host, { csp: false }]] });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  await page.goto(new URL('/host/', url).href);
  await page.waitForSelector('marsad-timeline[data-points]');
  const result = await page.evaluate(async () => {
    const { default: uPlot } = await import('/host/uPlot.esm.js');
    const widget = [];
    const bare = [];
    for (let i = 0; i < 10; i++) {
      const el = document.createElement('marsad-timeline');
      el.setAttribute('src', `mosul.json?run=${i}`);
      const rendered = new Promise((resolve) => el.addEventListener('marsad-render', resolve, { once: true }));
      const t0 = performance.now();
      document.body.append(el);
      await rendered;
      widget.push(performance.now() - t0);
      el.remove();

      const div = document.createElement('div');
      document.body.append(div);
      const t1 = performance.now();
      const data = await (await fetch(`mosul.json?bare=${i}`)).json();
      const points = data.series[0].points;
      const chart = new uPlot({ width: 600, height: 260, series: [{}, { stroke: 'green' }], scales: { x: { time: true } } },
        [points.map((p) => Date.parse(p.start) / 1000), points.map((p) => p.count)], div);
      bare.push(performance.now() - t1);
      chart.destroy();
      div.remove();
    }
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { widget: median(widget), bare: median(bare) };
  });
  console.log(`first chart after attaching <marsad-timeline>: ${result.widget.toFixed(1)} ms (median of 10)`);
  console.log(`baseline, fetch + bare uPlot draw of the same data: ${result.bare.toFixed(1)} ms`);
  console.log(`ratio widget/baseline: ${(result.widget / result.bare).toFixed(2)}×`);
} finally {
  await browser.close();
  server.close();
}
