// A term's series over date buckets: a uPlot chart, and the same numbers as a table for
// reading exact values and for screen readers.

import { drawChart } from './chart.js';
import { el } from './dom.js';

export class TimelineView {
  #chart = null;

  constructor({ container, tbody }) {
    this.container = container;
    this.tbody = tbody;
    new ResizeObserver(() => this.#chart?.setSize(this.#size())).observe(container);
  }

  render(timeline) {
    this.#chart?.destroy();
    this.timeline = timeline;
    this.#chart = drawChart(this.container, { series: [timeline], bucket: timeline.bucket, ...this.#size() });
    this.container.dataset.points = String(this.#chart.data[0].length);
    this.container.dataset.bucket = timeline.bucket;
    this.tbody.replaceChildren(
      ...timeline.points.map((p) =>
        el('tr', {}, el('td', {}, p.start), el('td', { class: 'num' }, p.count), el('td', { class: 'num' }, p.docs), el('td', { class: 'num' }, p.docsWithTerm)),
      ),
    );
  }

  #size() {
    return { width: Math.max(this.container.clientWidth, 300), height: 280 };
  }
}
