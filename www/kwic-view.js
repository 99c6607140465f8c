// Keyword in context: every match of a query with the words around it, the matches lined up
// in a middle column. Arabic and Latin lines share one table: a line's own direction decides
// which side its preceding words go, so «…قبل السد بعد…» reads right to left in an English page.
// Every string is set as text.

import { bdi, el } from './dom.js';
import { date, parts, t } from './i18n.js';

const PAGE = 50;
const WIDTH = 60;

export class KwicView {
  /** The lines shown, as the engine gave them (the CSV export writes these). */
  lines = [];
  #offset = 0;
  #period = null;
  #ticket = 0;

  /** `$` finds the view's elements by id; `onOpen(line, query)` opens a line's document. */
  constructor({ engine, $, onOpen }) {
    this.engine = engine;
    this.$ = $;
    this.onOpen = onOpen;
    $('kwic-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.#offset = 0;
      this.run();
    });
    $('kwic-sort').addEventListener('change', () => {
      this.#offset = 0;
      this.run();
    });
    $('kwic-prev').addEventListener('click', () => this.#page(-PAGE));
    $('kwic-next').addEventListener('click', () => this.#page(PAGE));
    $('kwic-all-dates').addEventListener('click', () => {
      this.#period = null;
      this.#offset = 0;
      this.run();
    });
  }

  /** Shows the lines of `query`, within `[from, to)` when given (a timeline period). */
  show({ query, from, to }) {
    this.$('kwic-query').value = query;
    this.#period = from || to ? { from, to } : null;
    this.#offset = 0;
    this.$('kwic').hidden = false;
    this.$('kwic').scrollIntoView?.({ block: 'start' });
    return this.run();
  }

  clear() {
    this.#ticket++;
    this.#period = null;
    this.$('kwic-query').value = '';
    this.lines = [];
    this.$('kwic-table').tBodies[0].replaceChildren();
    for (const id of ['kwic-summary', 'kwic-error', 'kwic-period-text']) this.$(id).textContent = '';
    this.$('kwic-period').hidden = true;
    this.$('kwic-pages').hidden = true;
  }

  async run() {
    const query = this.$('kwic-query').value.trim();
    if (!query) return;
    const ticket = ++this.#ticket;
    const request = { query, width: WIDTH, sort: this.$('kwic-sort').value, offset: this.#offset, limit: PAGE, ...(this.#period ?? {}) };
    this.$('kwic-error').textContent = '';
    try {
      const result = await this.engine.kwic(request);
      if (ticket === this.#ticket) this.#render(query, result);
    } catch (e) {
      if (ticket !== this.#ticket) return;
      this.$('kwic-error').textContent = e.message;
      this.lines = [];
      this.$('kwic-table').tBodies[0].replaceChildren();
      this.$('kwic-summary').textContent = '';
      this.$('kwic-pages').hidden = true;
    }
  }

  #page(delta) {
    this.#offset = Math.max(0, this.#offset + delta);
    this.run();
  }

  #render(query, { total, lines }) {
    const table = this.$('kwic-table');
    table.dataset.total = String(total);
    this.lines = lines;
    table.tBodies[0].replaceChildren(...lines.map((line) => this.#row(query, line)));
    const shown = lines.length ? { from: this.#offset + 1, to: this.#offset + lines.length } : {};
    this.$('kwic-summary').replaceChildren(...parts('kwic.summary', { total, query: bdi(query), ...shown }));
    this.$('kwic-period').hidden = !this.#period;
    this.$('kwic-period-text').textContent = this.#period ? t('kwic.period', this.#period) : '';
    this.$('kwic-pages').hidden = total <= PAGE;
    this.$('kwic-prev').disabled = this.#offset === 0;
    this.$('kwic-next').disabled = this.#offset + PAGE >= total;
  }

  #row(query, line) {
    const dir = lineDirection(`${line.left}${line.hit}${line.right}`);
    // The table runs in the page's direction; in a line of the other direction the words before
    // the match belong on the other side of it.
    const pageDir = getComputedStyle(this.$('kwic-table')).direction;
    const [near, far] = dir === pageDir ? [line.left, line.right] : [line.right, line.left];
    const context = (text, side) => el('td', { class: `context ${side}` }, el('div', {}, el('bdi', { dir }, text)));
    const open = () => this.onOpen(line, query);
    return el(
      'tr',
      { dataset: { doc: String(line.doc), dir }, onclick: (e) => e.target.closest('button') || open() },
      el('td', { class: 'source' }, el('button', { type: 'button', class: 'open', title: t('kwic.open'), onclick: open }, bdi(line.name)), el('span', { class: 'date' }, line.date ? date(line.date) : t('undated'))),
      context(near, 'before'),
      el('td', { class: 'hit' }, el('bdi', { dir }, line.hit.trim())),
      context(far, 'after'),
    );
  }
}

/** The direction `dir="auto"` would give the whole line: its first strong character's. */
export function lineDirection(text) {
  const strong = text.match(/[\p{L}]/u)?.[0];
  return strong && /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(strong) ? 'rtl' : 'ltr';
}
