// The page's download buttons: each reads what is on screen (the table, the series drawn,
// the lines shown) and hands a file to the browser. The files are made here, in the page.

import { analysisFileName, download, toAnalysis } from './analysis.js';
import { chartPng, chartSvg } from './chart-export.js';
import { dateSourceCounts } from './documents-view.js';
import { keywordsCsv, kwicCsv, methodsNote, seriesCsv } from './exports.js';
import { t } from './i18n.js';
import { completeOptions } from './view-state.js';

const CSV = 'text/csv;charset=utf-8';

/** At most this many lines per series go into the chart data when the reader asks for them. */
const MAX_CONTEXTS = 1000;

/** Named as the chart data (JSON) is: after the first series' key. */
const named = (timelines, suffix) => analysisFileName(timelines[0]).replace(/\.json$/, suffix);

/** `keywords`, `timeline`, `kwic`: the panels whose contents are exported; `report(text)` says what went wrong. */
export function wireExports({ engine, $, keywords, timeline, kwic, report }) {
  const drawn = () => timeline.view.timelines;
  /** What the chart data and the methods note say about the corpus and how it was counted. */
  const facts = async () => {
    const [stats, documents, stopwords, steps] = await Promise.all([engine.stats(), engine.documents(), engine.stopwords(), engine.normalisationSteps()]);
    return { stats, documents, stopwords, steps };
  };
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
  on('export-analysis', async () => {
    const timelines = drawn();
    if (!timelines.length) return report(t('exports.nothing'));
    const { stats, documents, stopwords, steps } = await facts();
    const settings = {
      queries: timelines.map((line) => line.term),
      bucket: timelines[0].bucket,
      measure: timelines[0].measure ?? 'count',
      smoothing: Number($('smoothing-select').value) || 0,
      normalisation: steps.map((s) => s.id),
      stopwords: { count: stopwords.length, ...keywords.stopwordEdits },
      countDuplicatesOnce: engine.switches.countDuplicatesOnce,
      excludeBoilerplate: engine.switches.excludeBoilerplate,
    };
    const corpus = { documents: stats.documents, included: stats.included, tokens: stats.tokens, dated: stats.dated, undated: stats.undated, dateSources: dateSourceCounts(documents) };
    const contexts = $('export-contexts').checked ? await Promise.all(timelines.map((line) => linesOf(engine, line.term))) : undefined;
    download(analysisFileName(timelines[0]), JSON.stringify(toAnalysis(timelines, { events: timeline.events.items, settings, corpus, contexts }), null, 2));
  });
  on('export-methods', async () => {
    const { stats, documents, stopwords, steps } = await facts();
    const note = methodsNote({
      stats,
      documents,
      stopwords: stopwords.length,
      stopwordEdits: keywords.stopwordEdits,
      stopwordLanguages: completeOptions(engine.options()).stopwordLanguages,
      steps,
      switches: engine.switches,
      timelines: drawn(),
      events: timeline.events.items,
      today: new Date().toISOString().slice(0, 10),
    });
    download('marsad-methods.md', note, 'text/markdown;charset=utf-8');
  });
}

/** The lines behind one series (document text: only on the reader's request), at most MAX_CONTEXTS. */
async function linesOf(engine, query) {
  const { total, lines } = await engine.kwic({ query, width: 60, limit: MAX_CONTEXTS });
  return {
    query,
    total,
    lines: lines.map((l) => ({ document: l.name, date: l.date ?? null, left: l.left.trim(), hit: l.hit.trim(), right: l.right.trim() })),
  };
}
