// Series over date buckets: a uPlot chart, and the same numbers as a table for reading exact
// values, for screen readers, and for keyboards (each period opens its lines).

import { drawChart } from './chart.js';
import { bdi, el } from './dom.js';

const MEASURES = { count: 'Count', rate: 'Per 10,000 words', share: '% of documents' };

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
    this.#chart = drawChart(this.container, { series: timelines, bucket: first.bucket, measure: first.measure, onPick: pick, ...this.#size() });
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
      el('th', { scope: 'col' }, 'From'),
      el('th', { scope: 'col', class: 'num' }, named('Count', first)),
      el('th', { scope: 'col', class: 'num' }, 'Documents in period'),
      el('th', { scope: 'col', class: 'num' }, named('Documents with the term', first)),
      ...timelines.slice(1).flatMap((s) => [el('th', { scope: 'col', class: 'num' }, named('Count', s)), el('th', { scope: 'col', class: 'num' }, named('Documents with the term', s))]),
      ...(valued ? timelines.map((s) => el('th', { scope: 'col', class: 'num' }, named(MEASURES[s.measure], s))) : []),
      ...(smoothed ? timelines.map((s) => el('th', { scope: 'col', class: 'num' }, named('Smoothed', s))) : []),
    ];
    this.table.tHead.replaceChildren(el('tr', {}, ...head));
    const num = (v) => el('td', { class: 'num' }, v);
    this.table.tBodies[0].replaceChildren(
      ...first.points.map((p, i) =>
        el(
          'tr',
          p.thin ? { class: 'thin', title: `Only ${p.docs} document(s) in this period: a rise or fall here may be noise.` } : {},
          el('td', {}, el('button', { type: 'button', class: 'period', title: 'Show the lines of this period', onclick: () => pick(0, i) }, p.start)),
          num(p.count),
          num(p.docs),
          num(p.docsWithTerm),
          ...timelines.slice(1).flatMap((s) => [num(s.points[i]?.count ?? ''), num(s.points[i]?.docsWithTerm ?? '')]),
          ...(valued ? timelines.map((s) => num(round(s.points[i]?.value))) : []),
          ...(smoothed ? timelines.map((s) => num(round(s.points[i]?.smoothed))) : []),
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
  if (!first.undatedDocs) return 'Every document has a date.';
  const held = timelines.map((s) => `«\u2068${s.term}\u2069» ×${s.undatedCount}`).join(', ');
  const docs = first.undatedDocs === 1 ? '1 document has' : `${first.undatedDocs} documents have`;
  return `${docs} no date and ${first.undatedDocs === 1 ? 'is' : 'are'} not on the chart; ${first.undatedDocs === 1 ? 'it holds' : 'they hold'} ${held}.`;
}

function round(v) {
  return v == null ? '' : Number.isInteger(v) ? v : v.toFixed(2);
}
