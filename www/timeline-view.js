// Series over date buckets: a uPlot chart, and the same numbers as a table for reading exact
// values, for screen readers, and for keyboards (each period opens its lines).

import { drawChart } from './chart.js';
import { bdi, el } from './dom.js';
import { date, language, num, t } from './i18n.js';

/**
 * The chart's words and number formats in the page's language; its dates written out where the
 * language writes them out (English keeps the chart's short ISO ticks: 2021-03).
 */
function chartLabels() {
  const labels = { per: t('chart.per'), from: t('chart.from'), occurrences: t('chart.axis.count'), rate: t('chart.axis.rate'), share: t('chart.axis.share'), comma: t('list.comma') };
  for (const bucket of ['day', 'week', 'month', 'quarter', 'year']) labels[bucket] = t(`bucket.${bucket}`);
  return { ...labels, number: (n) => num(n), ...(language() === 'en' ? {} : { date }) };
}

export class TimelineView {
  #chart = null;
  #timelines = [];

  /** `onPick(seriesIndex, pointIndex)`: a point of the chart or a period of the table chosen. */
  constructor({ container, table, undated, onPick }) {
    this.container = container;
    this.table = table;
    this.undated = undated;
    this.onPick = onPick;
    new ResizeObserver(() => this.#chart?.setSize(this.#size())).observe(container);
  }

  /** The first series drawn (the one the export names the file after). */
  get timeline() {
    return this.#timelines[0];
  }

  get timelines() {
    return this.#timelines;
  }

  /** `timelines`: the engine's answers, one per series, all over the same buckets. */
  render(timelines) {
    this.#chart?.destroy();
    this.#timelines = timelines;
    const [first] = timelines;
    const pick = (s, p) => this.onPick?.(s, p);
    this.#chart = drawChart(this.container, { series: timelines, bucket: first.bucket, measure: first.measure, labels: chartLabels(), onPick: pick, ...this.#size() });
    Object.assign(this.container.dataset, {
      points: String(this.#chart.data[0].length),
      bucket: first.bucket,
      measure: first.measure,
      series: String(timelines.length),
      thin: String(first.points.filter((p) => p.thin).length),
    });
    this.#renderTable(timelines, pick);
    this.undated.textContent = undatedNote(timelines);
  }

  clear() {
    this.#chart?.destroy();
    this.#chart = null;
    this.#timelines = [];
    this.table.tBodies[0].replaceChildren();
    this.undated.textContent = '';
  }

  /**
   * From | Count | Documents in period | Documents with the term, then each further series' count
   * and documents, then the measure's values when it is not the count.
   */
  #renderTable(timelines, pick) {
    const [first] = timelines;
    const named = (text, s) => (timelines.length > 1 ? [bdi(s.term), ': ', text] : text);
    const valued = first.measure !== 'count';
    const smoothed = first.points.some((p) => p.smoothed != null);
    const head = [
      el('th', { scope: 'col' }, t('table.from')),
      el('th', { scope: 'col', class: 'num' }, named(t('table.count'), first)),
      el('th', { scope: 'col', class: 'num' }, t('table.docsInPeriod')),
      el('th', { scope: 'col', class: 'num' }, named(t('table.docsWithTerm'), first)),
      ...timelines.slice(1).flatMap((s) => [el('th', { scope: 'col', class: 'num' }, named(t('table.count'), s)), el('th', { scope: 'col', class: 'num' }, named(t('table.docsWithTerm'), s))]),
      ...(valued ? timelines.map((s) => el('th', { scope: 'col', class: 'num' }, named(t(`table.measure.${s.measure}`), s))) : []),
      ...(smoothed ? timelines.map((s) => el('th', { scope: 'col', class: 'num' }, named(t('table.smoothed'), s))) : []),
    ];
    this.table.tHead.replaceChildren(el('tr', {}, ...head));
    const cell = (v) => el('td', { class: 'num' }, v);
    this.table.tBodies[0].replaceChildren(
      ...first.points.map((p, i) =>
        el(
          'tr',
          p.thin ? { class: 'thin', title: t('table.thin', { docs: p.docs }) } : {},
          el('td', {}, el('button', { type: 'button', class: 'period', title: t('table.period'), onclick: () => pick(0, i) }, date(p.start, first.bucket))),
          cell(num(p.count)),
          cell(num(p.docs)),
          cell(num(p.docsWithTerm)),
          ...timelines.slice(1).flatMap((s) => [cell(num(s.points[i]?.count)), cell(num(s.points[i]?.docsWithTerm))]),
          ...(valued ? timelines.map((s) => cell(round(s.points[i]?.value))) : []),
          ...(smoothed ? timelines.map((s) => cell(round(s.points[i]?.smoothed))) : []),
        ),
      ),
    );
  }

  #size() {
    return { width: Math.max(this.container.clientWidth, 300), height: 280 };
  }
}

/** Undated documents are never drawn, so they are counted in words beside the chart. */
function undatedNote(timelines) {
  const [first] = timelines;
  if (!first.undatedDocs) return t('undated.none');
  const held = timelines.map((s) => `«\u2068${s.term}\u2069» ×${num(s.undatedCount)}`).join(t('list.comma'));
  return t('undated.some', { docs: first.undatedDocs, held });
}

/** Two decimals unless whole, as the numbers were shown before there were languages. */
function round(v) {
  return v == null ? '' : num(v, { digits: Number.isInteger(v) ? 0 : 2, fixed: true });
}
