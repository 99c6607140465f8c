// A term's series over date buckets: a uPlot chart, and the same numbers as a table for
// reading exact values and for screen readers.

import uPlot from './vendor/uplot/uPlot.esm.js';
import { el } from './dom.js';

export class TimelineView {
  #chart = null;

  constructor({ container, tbody }) {
    this.container = container;
    this.tbody = tbody;
    new ResizeObserver(() => this.#chart?.setSize(this.#size())).observe(container);
  }

  render(timeline) {
    const xs = timeline.points.map((p) => isoToSeconds(p.start));
    const ys = timeline.points.map((p) => p.count);
    this.#chart?.destroy();
    this.#chart = new uPlot(this.#options(timeline), [xs, ys], this.container);
    this.container.dataset.points = String(this.#chart.data[0].length);
    this.container.dataset.bucket = timeline.bucket;
    this.tbody.replaceChildren(
      ...timeline.points.map((p) =>
        el('tr', {}, el('td', {}, p.start), el('td', { class: 'num' }, p.count), el('td', { class: 'num' }, p.docs), el('td', { class: 'num' }, p.docs_with_term)),
      ),
    );
  }

  #size() {
    return { width: Math.max(this.container.clientWidth, 300), height: 280 };
  }

  #options(timeline) {
    return {
      ...this.#size(),
      // Isolates keep an Arabic term from reordering the English title around it.
      title: `«\u2068${timeline.term}\u2069» per ${timeline.bucket}`,
      // Bucket starts are calendar dates: label them in UTC so no time zone shifts a day.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
      scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(max, 1)] } },
      series: [
        { label: 'From', value: (u, ts) => (ts == null ? '—' : new Date(ts * 1e3).toISOString().slice(0, 10)) },
        { label: 'Count', stroke: '#0b6e4f', fill: 'rgba(11,110,79,0.12)', width: 2, points: { show: true, size: 6 } },
      ],
      axes: [{}, { label: 'occurrences' }],
    };
  }
}

function isoToSeconds(iso) {
  return Date.parse(`${iso}T00:00:00Z`) / 1000;
}
