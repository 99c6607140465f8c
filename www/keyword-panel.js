// The keyword table's controls: words or 2–3-word phrases, the order, the filters, and the
// stopword list the journalist can edit. The table is asked again of the engine after each
// change; the rows last shown are kept for the CSV export.

import { bdi, el } from './dom.js';
import { t } from './i18n.js';
import { renderKeywords } from './keywords-view.js';

const LIMIT = 50;

export class KeywordPanel {
  /** The rows shown, as the engine gave them. */
  rows = [];
  /** Stopwords added and removed by hand in this session, for the methods note. */
  stopwordEdits = { added: [], removed: [] };
  stopwordTotal = 0;
  #ticket = 0;

  /** `$` finds the panel's elements by id; `onPick(query)` draws a query alone, `onAdd(query)` beside the others. */
  constructor({ engine, $, onPick, onAdd }) {
    this.engine = engine;
    this.$ = $;
    this.onPick = onPick;
    this.onAdd = onAdd;
    for (const id of ['kw-unit', 'kw-sort', 'kw-script', 'kw-min', 'kw-stopwords', 'kw-numbers']) $(id).addEventListener('change', () => this.refresh());
    $('keyword-controls').addEventListener('submit', (e) => {
      e.preventDefault();
      this.refresh();
    });
    $('stopword-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const word = $('stopword-input').value.trim();
      if (word) this.#editStopword(word, true);
    });
  }

  /** A new corpus: the engine's stopwords are back to the defaults. */
  clear() {
    this.#ticket++;
    this.rows = [];
    this.stopwordEdits = { added: [], removed: [] };
    this.$('stopword-status').textContent = '';
  }

  /** Phrases are drawn as phrases: `"سد الوادي"`. */
  static query(row) {
    return row.keys ? `"${row.display}"` : row.display;
  }

  /** Asks the engine for the table the controls describe, and the stopword list. */
  async refresh() {
    const ticket = ++this.#ticket;
    const $ = this.$;
    const phrases = $('kw-unit').value === 'phrases';
    // TF-IDF and the script filter exist for single words only.
    $('kw-script').disabled = phrases;
    $('kw-sort').querySelector('option[value=tfidf]').disabled = phrases;
    if (phrases && $('kw-sort').value === 'tfidf') $('kw-sort').value = 'count';
    const minCount = Math.max(1, Number($('kw-min').value) || 1);
    const common = { limit: LIMIT, includeStopwords: $('kw-stopwords').checked, includeNumbers: $('kw-numbers').checked };
    let rows;
    if (phrases) {
      // Under two, the core keeps every run of the corpus in memory: phrases seen once are left out.
      rows = await this.engine.ngrams({ ...common, min: 2, max: 3, minCount: Math.max(2, minCount) });
      if ($('kw-sort').value === 'docs') rows = [...rows].sort((a, b) => b.docs - a.docs || b.count - a.count);
    } else {
      const script = $('kw-script').value;
      rows = await this.engine.keywords({ ...common, minCount, sort: $('kw-sort').value, ...(script ? { script } : {}) });
    }
    const stopwords = await this.engine.stopwords();
    if (ticket !== this.#ticket) return;
    this.rows = rows;
    const table = $('keyword-table');
    table.dataset.unit = phrases ? 'phrases' : 'words';
    renderKeywords(table.tBodies[0], rows, (row) => this.onPick(KeywordPanel.query(row)), (row) => this.onAdd(KeywordPanel.query(row)));
    this.#renderStopwords(stopwords);
  }

  async #editStopword(word, add) {
    const changed = await (add ? this.engine.addStopword(word) : this.engine.removeStopword(word));
    if (changed) {
      const [into, from] = add ? ['added', 'removed'] : ['removed', 'added'];
      // Undoing an edit made in this session leaves no trace of either.
      if (this.stopwordEdits[from].includes(word)) this.stopwordEdits[from] = this.stopwordEdits[from].filter((w) => w !== word);
      else this.stopwordEdits[into].push(word);
    }
    this.$('stopword-status').textContent = t(add ? (changed ? 'stopwords.added' : 'stopwords.already') : changed ? 'stopwords.removed' : 'stopwords.notThere', { word });
    if (add) this.$('stopword-input').value = '';
    await this.refresh();
  }

  #renderStopwords(words) {
    this.stopwordTotal = words.length;
    this.$('stopword-count').textContent = t('stopwords.count', { n: words.length });
    this.$('stopword-list').replaceChildren(
      ...words.map((w) =>
        el('li', { dataset: { word: w } }, bdi(w), el('button', { type: 'button', class: 'remove', 'aria-label': t('stopwords.removeLabel', { word: w }), onclick: () => this.#editStopword(w, false) }, '×')),
      ),
    );
  }
}
