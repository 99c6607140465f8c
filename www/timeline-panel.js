// The timeline's controls: which series are drawn (each a query; an OR-group such as
// `سد | dam` is one series), over which buckets, measured how, smoothed or not. The view draws;
// this keeps the choices and asks the engine.

import { bdi, el } from './dom.js';
import { colour } from './chart.js';
import { DispersionView } from './dispersion-view.js';
import { EventList } from './timeline-events.js';
import { TimelineView } from './timeline-view.js';
import { t } from './i18n.js';

export class TimelinePanel {
  /** The queries drawn, first one first. */
  series = [];
  #ticket = 0;
  /**
   * The engine's answers by query, for the shape in `#shapeKey` and the corpus as it was at the
   * last full drawing: adding a series asks only for the new one.
   */
  #cache = new Map();
  #shapeKey = '';

  /**
   * `$` finds the panel's elements by id; `onPeriod({ query, from, to })` is called when a
   * point or a period is chosen, `to` being the next bucket's first day; `onDocument({ query,
   * doc })` when a mark of the dispersion view is; `onRender(timelines)` after each drawing;
   * `onEvents(events)` when the reader adds or removes a marker.
   */
  constructor({ engine, $, onPeriod, onDocument, onRender, onEvents }) {
    this.engine = engine;
    this.$ = $;
    this.events = new EventList({
      form: $('event-form'),
      list: $('event-list'),
      message: $('event-error'),
      onChange: (events) => {
        this.view.redrawEvents();
        onEvents?.(events);
      },
    });
    this.view = new TimelineView({
      container: $('chart'),
      table: $('timeline-table'),
      undated: $('timeline-undated'),
      readout: $('timeline-readout'),
      events: () => this.events.items,
      onPick: (s, p) => this.#pick(s, p),
    });
    this.dispersion = new DispersionView({
      container: $('dispersion'),
      onPick: ({ seriesIndex, doc }) => onDocument?.({ query: this.series[seriesIndex], doc }),
    });
    this.onPeriod = onPeriod;
    this.onRender = onRender;
    $('add-series').addEventListener('click', () => this.add());
    for (const id of ['measure-select', 'smoothing-select', 'layout-select']) $(id).addEventListener('change', () => this.redraw());
  }

  /** The series to draw on the next redraw (a shared link's), not drawn yet. */
  setSeries(queries) {
    this.series = [...queries];
  }

  /** Draws the term box's query alone. */
  draw() {
    const term = this.$('term-input').value.trim();
    return term ? this.#show([term], { fresh: true }) : Promise.resolve();
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

  /**
   * Draws the same series again: another bucket, measure or layout asks the engine only for
   * what that shape lacks; `fresh` (the corpus changed) asks for everything again.
   */
  redraw({ fresh = false } = {}) {
    // Also after a language switch: the events' dates are written in the page's language.
    this.events.render();
    return this.series.length ? this.#show(this.series, { fresh }) : this.draw();
  }

  clear() {
    this.#ticket++;
    this.series = [];
    this.#cache = new Map();
    this.events.set([]);
    this.view.clear();
    this.dispersion.clear();
    this.$('chart-area').hidden = false;
    this.$('series-list').replaceChildren();
    this.$('timeline-error').textContent = '';
  }

  #shape() {
    return {
      bucket: this.$('bucket-select').value,
      measure: this.$('measure-select').value,
      smoothing: Number(this.$('smoothing-select').value),
      layout: this.$('layout-select').value,
    };
  }

  /**
   * Draws `queries`, asking the engine only for those not already answered for this shape
   * (every one when `fresh`: the corpus may have changed). A query the engine refuses leaves
   * the chart as it was.
   */
  async #show(queries, { fresh = false } = {}) {
    const ticket = ++this.#ticket;
    this.$('timeline-error').textContent = '';
    const { layout, ...shape } = this.#shape();
    const key = JSON.stringify(shape);
    if (fresh || key !== this.#shapeKey) [this.#cache, this.#shapeKey] = [new Map(), key];
    const cache = this.#cache;
    try {
      const missing = queries.filter((q) => !cache.has(q));
      // `auto` resolves on the first series; the others follow it so the buckets line up.
      const known = cache.values().next().value?.timeline;
      const first = known ?? (missing.length ? await this.#fetch(missing.shift(), shape, cache) : null);
      await Promise.all(missing.map((q) => this.#fetch(q, { ...shape, bucket: first.bucket }, cache)));
      if (ticket !== this.#ticket) return;
      const timelines = queries.map((q) => cache.get(q).timeline);
      // Without a dated document there is no time axis: the matches go along the documents.
      const undated = timelines[0].points.length === 0;
      if (layout === 'order' || undated) {
        const [dispersions, documents] = await Promise.all([Promise.all(queries.map((q) => this.#dispersion(q, cache))), this.engine.documents()]);
        if (ticket !== this.#ticket) return;
        this.view.clear();
        this.$('chart-area').hidden = true;
        const names = new Map(documents.map((d) => [d.id, d.name]));
        this.dispersion.render(dispersions.map((d, i) => ({ term: timelines[i].term, ...d })), { names, why: undated ? 'dispersion.undated' : 'dispersion.chosen' });
        this.$('timeline-undated').textContent = '';
        this.series = queries;
        this.#renderList();
        this.onRender?.(timelines);
        return;
      }
      this.dispersion.clear();
      this.$('chart-area').hidden = false;
      this.series = queries;
      this.view.render(timelines);
      this.#renderList();
      this.onRender?.(this.view.timelines);
    } catch (e) {
      if (ticket === this.#ticket) this.$('timeline-error').textContent = e.message;
    }
  }

  /** Asks the engine for one series and keeps its answer. */
  async #fetch(query, shape, cache) {
    const timeline = await this.engine.timeline(query, shape);
    cache.set(query, { timeline });
    return timeline;
  }

  async #dispersion(query, cache) {
    const entry = cache.get(query);
    if (!entry.dispersion) {
      entry.dispersion = await this.engine.dispersion(query);
    }
    return entry.dispersion;
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
