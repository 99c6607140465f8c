// The numbers of one bucket, under the chart, for the point the mouse or the arrow keys are on:
// its period in the reader's language, its documents (marked when they are too few to trust a
// rise), and for each series the value drawn, the occurrences and the documents holding them.

import { bdi, el } from './dom.js';
import { colour } from './chart.js';
import { date, language, num, parts, t } from './i18n.js';

/** The bucket starting on `start` named for reading: «2023-03», «week of 2023-01-02», «مارس ٢٠٢٣». */
function periodLabel(start, bucket) {
  if (language() === 'en') {
    const short = { month: 7, year: 4 }[bucket];
    return t(`readout.period.${bucket}`, { start: short ? start.slice(0, short) : start });
  }
  const shape = bucket === 'week' || bucket === 'day' ? 'day' : bucket === 'quarter' ? 'month' : bucket;
  return t(`readout.period.${bucket}`, { start: date(start, shape) });
}

export class TimelineReadout {
  /** The bucket shown, or null. */
  index = null;

  constructor(box) {
    this.box = box;
  }

  clear() {
    this.index = null;
    this.box.replaceChildren();
    delete this.box.dataset.index;
  }

  /** Shows bucket `index` of `timelines` (all over the same buckets); null leaves the last one shown. */
  show(timelines, index) {
    const [first] = timelines;
    const point = first?.points[index];
    if (!point) return;
    this.index = index;
    this.box.dataset.index = String(index);
    const valued = first.measure !== 'count' || timelines.some((s) => s.points[index]?.smoothed != null);
    const heading = el(
      'p',
      { class: 'readout-period' },
      el('strong', {}, periodLabel(point.start, first.bucket)),
      ' · ',
      el('span', { class: 'readout-docs' }, ...parts('readout.docs', { docs: point.docs })),
      point.thin ? el('span', { class: 'thin-mark' }, t('readout.thin')) : null,
    );
    const head = el(
      'tr',
      {},
      el('th', { scope: 'col' }, t('readout.series')),
      valued ? el('th', { scope: 'col', class: 'num' }, t(`table.measure.${first.measure}`)) : null,
      el('th', { scope: 'col', class: 'num' }, t('readout.count')),
      el('th', { scope: 'col', class: 'num' }, t('readout.docsWithHits')),
    );
    const rows = timelines.map((s, i) => {
      const p = s.points[index] ?? {};
      const value = p.smoothed ?? p.value;
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.setProperty('--series', colour(i));
      return el(
        'tr',
        { dataset: { series: String(i) } },
        el('th', { scope: 'row' }, swatch, bdi(s.term)),
        valued ? el('td', { class: 'num value' }, value == null ? '' : num(value, { digits: 2 })) : null,
        el('td', { class: 'num count' }, num(p.count ?? 0)),
        el('td', { class: 'num docs-with' }, num(p.docsWithTerm ?? 0)),
      );
    });
    this.box.replaceChildren(heading, el('table', { class: 'readout-table' }, el('thead', {}, head), el('tbody', {}, ...rows)));
  }
}
