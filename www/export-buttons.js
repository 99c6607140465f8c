// The page's download buttons: each reads what is on screen (the table, the series drawn,
// the lines shown) and hands a file to the browser. The files are made here, in the page.

import { analysisFileName, download } from './analysis.js';
import { chartPng, chartSvg } from './chart-export.js';
import { keywordsCsv, kwicCsv, methodsNote, seriesCsv } from './exports.js';
import { t } from './i18n.js';

const CSV = 'text/csv;charset=utf-8';

/** Named as the chart data (JSON) is: after the first series' key. */
const named = (timelines, suffix) => analysisFileName(timelines[0]).replace(/\.json$/, suffix);

/** `keywords`, `timeline`, `kwic`: the panels whose contents are exported; `report(text)` says what went wrong. */
export function wireExports({ engine, $, keywords, timeline, kwic, report }) {
  const drawn = () => timeline.view.timelines;
  const on = (id, make) =>
    $(id).addEventListener('click', async () => {
      try {
        await make();
      } catch (e) {
        report(e.message);
      }
    });

  on('export-keywords-csv', () => download(`marsad-${$('keyword-table').dataset.unit ?? 'words'}.csv`, keywordsCsv(keywords.rows), CSV));
  on('export-series-csv', () => (drawn().length ? download(named(drawn(), '.csv'), seriesCsv(drawn()), CSV) : report(t('exports.nothing'))));
  on('export-svg', () => (drawn().length ? download(named(drawn(), '.svg'), chartSvg(drawn(), { events: timeline.events.items }), 'image/svg+xml') : report(t('exports.nothing'))));
  on('export-png', async () => {
    if (!drawn().length) return report(t('exports.nothing'));
    download(named(drawn(), '.png'), await chartPng($('chart'), drawn()), 'image/png');
  });
  on('export-kwic-csv', () => (kwic.lines.length ? download('marsad-lines.csv', kwicCsv(kwic.lines), CSV) : report(t('exports.nothing'))));
  on('export-methods', async () => {
    const [stats, documents, stopwords, steps] = await Promise.all([engine.stats(), engine.documents(), engine.stopwords(), engine.normalisationSteps()]);
    const note = methodsNote({
      stats,
      documents,
      stopwords: stopwords.length,
      stopwordEdits: keywords.stopwordEdits,
      steps,
      switches: engine.switches,
      timelines: drawn(),
      today: new Date().toISOString().slice(0, 10),
    });
    download('marsad-methods.md', note, 'text/markdown;charset=utf-8');
  });
}
