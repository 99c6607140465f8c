// Series over date buckets: a uPlot chart, and the same numbers as a table for reading exact
// values, for screen readers, and for keyboards (each period opens its lines).

import { drawChart } from './chart.js';
import { bdi, el } from './dom.js';
import { date, language, num, t } from './i18n.js';
import { TimelineReadout } from './timeline-readout.js';

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

  /**
   * `onPick(seriesIndex, pointIndex)`: a point of the chart or a period of the table chosen;
   * `readout`: the box for the hovered bucket's numbers; `events()`: the reader's markers.
   */
  constructor({ container, table, undated, readout, events = () => [], onPick }) {
    this.container = container;
    this.table = table;
    this.undated = undated;
    this.readout = new TimelineReadout(readout);
    this.events = events;
    this.onPick = onPick;
    new ResizeObserver(() => this.#chart?.setSize(this.#size())).observe(container);
    // The chart is one stop for the keyboard: arrows walk the buckets, Enter opens the lines.
    container.tabIndex = 0;
    container.addEventListener('keydown', (e) => this.#key(e));
    container.addEventListener('focus', () => this.#timelines.length && this.readout.index == null && this.#moveTo(0));
  }

  /** Draws the markers again after the reader changed them: the series stay as they are. */
  redrawEvents() {
    this.#chart?.redraw(false, false);
  }

  #key(e) {
    const count = this.#timelines[0]?.points.length ?? 0;
    if (!count) return;
    const at = this.readout.index ?? -1;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: count - 1, PageUp: at - 5, PageDown: at + 5 }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      this.#moveTo(Math.min(count - 1, Math.max(0, to)));
    } else if ((e.key === 'Enter' || e.key === ' ') && at >= 0) {
      e.preventDefault();
      this.onPick?.(0, at);
    }
  }

  /** Puts the chart's cursor on bucket `index` (of the first series), as a hover would. */
  #moveTo(index) {
    const u = this.#chart;
    if (!u) return;
    const y = u.data[1]?.[index];
    u.setCursor({ left: u.valToPos(u.data[0][index], 'x'), top: y == null ? 0 : u.valToPos(y, 'y') });
    this.readout.show(this.#timelines, index);
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
    const hover = (index) => index != null && this.readout.show(this.#timelines, index);
    this.readout.clear();
    this.#chart = drawChart(this.container, { series: timelines, bucket: first.bucket, measure: first.measure, labels: chartLabels(), onPick: pick, onHover: hover, events: this.events, ...this.#size() });
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
    this.readout.clear();
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
