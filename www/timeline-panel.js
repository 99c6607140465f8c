// The timeline's controls: which series are drawn (each a query; an OR-group such as
// `سد | dam` is one series), over which buckets, measured how, smoothed or not. The view draws;
// this keeps the choices and asks the engine.

import { bdi, el } from './dom.js';
import { colour } from './chart.js';
import { TimelineView } from './timeline-view.js';
import { t } from './i18n.js';

export class TimelinePanel {
  /** The queries drawn, first one first. */
  series = [];
  #ticket = 0;

  /**
   * `$` finds the panel's elements by id; `onPeriod({ query, from, to })` is called when a
   * point or a period is chosen, `to` being the next bucket's first day; `onRender(timelines)`
   * after each drawing.
   */
  constructor({ engine, $, onPeriod, onRender }) {
    this.engine = engine;
    this.$ = $;
    this.view = new TimelineView({
      container: $('chart'),
      table: $('timeline-table'),
      undated: $('timeline-undated'),
      onPick: (s, p) => this.#pick(s, p),
    });
    this.onPeriod = onPeriod;
    this.onRender = onRender;
    $('add-series').addEventListener('click', () => this.add());
    for (const id of ['measure-select', 'smoothing-select']) $(id).addEventListener('change', () => this.redraw());
  }

  /** Draws the term box's query alone. */
  draw() {
    const term = this.$('term-input').value.trim();
    return term ? this.#show([term]) : Promise.resolve();
  }

  /** Adds the term box's query beside the series already drawn. */
  add() {
    const term = this.$('term-input').value.trim();
    if (!term) return Promise.resolve();
    if (this.series.includes(term)) return this.redraw();
    return this.#show([...this.series, term]);
  }

  remove(index) {
    const rest = this.series.filter((_, i) => i !== index);
    if (rest.length) return this.#show(rest);
    this.clear();
    return Promise.resolve();
  }

  /** Draws the same series again: new documents, another bucket or measure. */
  redraw() {
    return this.series.length ? this.#show(this.series) : this.draw();
  }

  clear() {
    this.#ticket++;
    this.series = [];
    this.view.clear();
    this.$('series-list').replaceChildren();
    this.$('timeline-error').textContent = '';
  }

  /** Fetches every series; a query the engine refuses leaves the chart as it was. */
  async #show(queries) {
    const ticket = ++this.#ticket;
    this.$('timeline-error').textContent = '';
    const shape = {
      bucket: this.$('bucket-select').value,
      measure: this.$('measure-select').value,
      smoothing: Number(this.$('smoothing-select').value),
    };
    try {
      const first = await this.engine.timeline(queries[0], shape);
      // `auto` resolves on the first series; the others follow it so the buckets line up.
      const rest = await Promise.all(queries.slice(1).map((q) => this.engine.timeline(q, { ...shape, bucket: first.bucket })));
      if (ticket !== this.#ticket) return;
      this.series = queries;
      this.view.render([first, ...rest]);
      this.#renderList();
      this.onRender?.(this.view.timelines);
    } catch (e) {
      if (ticket === this.#ticket) this.$('timeline-error').textContent = e.message;
    }
  }

  #renderList() {
    this.$('series-list').replaceChildren(
      ...this.series.map((q, i) => {
        const item = el(
          'li',
          {},
          el('span', { class: 'swatch', 'aria-hidden': 'true' }),
          bdi(q),
          el('button', { type: 'button', class: 'remove', 'aria-label': t('timeline.remove', { query: q }), title: t('timeline.removeTitle'), onclick: () => this.remove(i) }, el('span', { 'aria-hidden': 'true' }, '×')),
        );
        // Through the CSSOM: the page's CSP refuses style attributes.
        item.style.setProperty('--series', colour(i));
        return item;
      }),
    );
  }

  #pick(seriesIndex, pointIndex) {
    const timeline = this.view.timelines[seriesIndex];
    const point = timeline?.points[pointIndex];
    if (!point) return;
    const next = timeline.points[pointIndex + 1]?.start ?? nextBucket(point.start, timeline.bucket);
    this.onPeriod?.({ query: this.series[seriesIndex], from: point.start, to: next });
  }
}

/** The first day after the bucket starting on `start` (ISO dates, computed in UTC). */
export function nextBucket(start, bucket) {
  const d = new Date(`${start}T00:00:00Z`);
  if (bucket === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else if (bucket === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else if (bucket === 'quarter') d.setUTCMonth(d.getUTCMonth() + 3);
  else if (bucket === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
  else d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
