// Where each series' matches fall along the corpus, for documents without dates (or when the
// reader asks for it): one strip per series over the documents in the order they were loaded,
// a tick wherever a match falls. Ticks are gathered per pixel column, so a corpus of any size
// draws a few hundred shapes; a column's shade says how many matches it holds.

import { colour } from './chart.js';
import { bdi, el, svgEl as node } from './dom.js';
import { num, t } from './i18n.js';

const ROW = 44;
const BAND = 22;
const PAD = 8;
/** Document boundaries are drawn while they stay apart. */
const MAX_BOUNDARIES = 300;
const MAX_ROWS = 200;

export class DispersionView {
  /** `onPick({ seriesIndex, doc })`: a mark (or a document of the table) chosen. */
  constructor({ container, onPick }) {
    this.container = container;
    this.onPick = onPick;
    this.series = [];
  }

  clear() {
    this.series = [];
    this.container.replaceChildren();
    this.container.hidden = true;
  }

  /**
   * `series`: [{ term, tokens, documents: [{ doc, offset, tokens, positions }] }], the engine's
   * dispersions; `names`: document id → file name; `why`: the explanation line's key.
   */
  render(series, { names = new Map(), why = 'dispersion.chosen' } = {}) {
    this.series = series;
    this.container.hidden = false;
    const width = Math.max(this.container.clientWidth, 300);
    const svg = this.#plot(series, width);
    this.container.replaceChildren(el('p', { class: 'hint dispersion-why' }, t(why)), svg, this.#table(series, names));
    Object.assign(this.container.dataset, { series: String(series.length), hits: series.map((s) => hits(s)).join(' ') });
  }

  #plot(series, width) {
    const tokens = Math.max(1, series[0]?.tokens ?? 0);
    const plotW = width - 2 * PAD;
    const height = series.length * ROW + 2 * PAD;
    const svg = node('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': t('dispersion.label'), class: 'dispersion-plot' });
    const docs = series[0]?.documents ?? [];
    const xOf = (at) => PAD + (at / tokens) * plotW;
    if (docs.length <= MAX_BOUNDARIES) {
      for (const d of docs) svg.append(node('line', { x1: xOf(d.offset), x2: xOf(d.offset), y1: PAD, y2: height - PAD, stroke: '#dde3e0' }));
    }
    series.forEach((s, i) => {
      const top = PAD + i * ROW;
      // In an Arabic page the label starts at the right, as the page's lines do.
      const side = document.documentElement.dir === 'rtl' ? { x: width - PAD, direction: 'rtl' } : { x: PAD };
      const label = node('text', { ...side, y: top + 12, 'font-size': 12, fill: '#1d2321' });
      label.textContent = `«\u2068${s.term}\u2069» ${t('dispersion.count', { n: hits(s) })}`;
      svg.append(label);
      svg.append(node('rect', { x: PAD, y: top + 16, width: plotW, height: BAND, fill: '#f3f5f4' }));
      // Matches per pixel column, with the first document holding one there (what a click opens).
      const columns = new Map();
      for (const d of s.documents) {
        for (const pos of d.positions) {
          const c = Math.min(plotW - 1, Math.floor(((d.offset + pos) / tokens) * plotW));
          const entry = columns.get(c) ?? { n: 0, doc: d.doc };
          entry.n++;
          columns.set(c, entry);
        }
      }
      const most = Math.max(1, ...[...columns.values()].map((e) => e.n));
      const group = node('g', { fill: colour(i), class: 'ticks', 'data-series': String(i) });
      for (const [c, { n, doc }] of columns) {
        const tick = node('rect', { x: PAD + c, y: top + 16, width: 2, height: BAND, 'fill-opacity': (0.45 + (0.55 * n) / most).toFixed(2), 'data-doc': String(doc) });
        tick.addEventListener('click', () => this.onPick?.({ seriesIndex: i, doc }));
        group.append(tick);
      }
      svg.append(group);
    });
    return svg;
  }

  /** The documents holding matches, in load order, for reading exact counts and from the keyboard. */
  #table(series, names) {
    const perDoc = new Map();
    series.forEach((s, i) => {
      for (const d of s.documents) {
        if (!d.positions.length) continue;
        const row = perDoc.get(d.doc) ?? { offset: d.offset, counts: series.map(() => 0) };
        row.counts[i] = d.positions.length;
        perDoc.set(d.doc, row);
      }
    });
    const rows = [...perDoc.entries()].sort((a, b) => a[1].offset - b[1].offset);
    const head = el('tr', {}, el('th', { scope: 'col' }, t('dispersion.document')), ...series.map((s) => el('th', { scope: 'col', class: 'num' }, bdi(s.term))));
    const body = rows.slice(0, MAX_ROWS).map(([doc, row]) =>
      el(
        'tr',
        { dataset: { doc: String(doc) } },
        el('td', {}, el('button', { type: 'button', class: 'period', onclick: () => this.onPick?.({ seriesIndex: Math.max(0, row.counts.findIndex((n) => n > 0)), doc }) }, bdi(names.get(doc) ?? `#${doc}`))),
        ...row.counts.map((n) => el('td', { class: 'num' }, num(n))),
      ),
    );
    const more = rows.length > MAX_ROWS ? el('p', { class: 'hint' }, t('dispersion.more', { shown: MAX_ROWS, total: rows.length })) : null;
    return el('details', { class: 'dispersion-numbers' }, el('summary', {}, t('dispersion.numbers')), el('table', {}, el('thead', {}, head), el('tbody', {}, ...body)), more);
  }
}

const hits = (s) => s.documents.reduce((n, d) => n + d.positions.length, 0);

