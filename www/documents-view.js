// The list of loaded documents, with where each date came from, and the files that failed. The
// table sorts by any column, takes a date typed into its date cell, and leaves a document out
// of the counts with its checkbox; each edit goes to the engine and the page is counted again.

import { bdi, el } from './dom.js';
import { date, num, t } from './i18n.js';
import { isoDate } from './name-pattern.js';

const SOURCES = ['given', 'manifest', 'field', 'html-meta', 'text', 'file-name', 'last-modified'];

/** Where a date came from, in the page's language; the engine's own word for an unknown source. */
export function dateSource(source) {
  return SOURCES.includes(source) ? t(`source.${source}`) : source;
}

/** What each sortable column sorts by; null sorts last whichever the direction. */
const SORT_KEYS = {
  name: (d) => d.location || d.name,
  title: (d) => d.title ?? null,
  source: (d) => d.source ?? null,
  date: (d) => d.date ?? null,
  dateSource: (d) => (d.dateSource ? dateSource(d.dateSource) : null),
  tokens: (d) => d.tokens,
  encoding: (d) => d.encoding,
  language: (d) => d.language ?? null,
  cluster: (d, clusters) => clusters.get(d.id)?.number ?? null,
  warnings: (d) => d.warnings.length,
  excluded: (d) => Number(d.excluded),
};

/** Rows added by each «show more». */
const PAGE_ROWS = 100;

export class DocumentTable {
  #table;
  #message;
  #engine;
  #onChange;
  #documents = [];
  /** Document id → { number, kept }: the near-duplicate clusters, numbered in the engine's order. */
  #clusters = new Map();
  #sort = { key: null, descending: false };
  /** Rows drawn: a table of tens of thousands of rows takes seconds to lay out, so it grows a page at a time. */
  #shown = PAGE_ROWS;
  #more;

  /** `onChange()` is awaited after every edit: it counts the corpus again and calls show(). */
  constructor({ table, message, engine, onChange }) {
    this.#table = table;
    this.#message = message;
    this.#engine = engine;
    this.#onChange = onChange;
    for (const button of table.tHead.querySelectorAll('button[data-sort]')) {
      button.addEventListener('click', () => this.sortBy(button.dataset.sort));
    }
    this.#more = el('p', { class: 'controls', id: 'document-more' });
    table.after(this.#more);
  }

  /** Shows `documents` (from engine.documents()) with the clusters of engine.duplicates(). */
  async show(documents) {
    if (documents.length < this.#documents.length) this.#shown = PAGE_ROWS;
    this.#documents = documents;
    const clusters = documents.length > 1 ? await this.#engine.duplicates() : [];
    this.#clusters = new Map(clusters.flatMap((c, i) => c.docs.map((id, j) => [id, { number: i + 1, kept: j === 0 }])));
    this.#render();
  }

  /** A second click on the same column reverses the order. */
  sortBy(key) {
    if (!Object.hasOwn(SORT_KEYS, key)) return;
    this.#sort = { key, descending: this.#sort.key === key ? !this.#sort.descending : false };
    this.#render();
  }

  #sorted() {
    const { key, descending } = this.#sort;
    if (!key) return this.#documents;
    const value = (d) => SORT_KEYS[key](d, this.#clusters);
    return [...this.#documents].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x === null || y === null) return x === y ? a.id - b.id : x === null ? 1 : -1;
      const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
      return (descending ? -order : order) || a.id - b.id;
    });
  }

  #render() {
    for (const th of this.#table.tHead.querySelectorAll('th')) {
      const key = th.querySelector('button[data-sort]')?.dataset.sort;
      if (key && key === this.#sort.key) th.setAttribute('aria-sort', this.#sort.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
    // The control that had the focus gets it back in the new rows.
    const focused = document.activeElement?.closest?.('#document-table tbody [data-control]');
    const again = focused && { doc: focused.dataset.doc, control: focused.dataset.control === 'date-input' ? 'date' : focused.dataset.control };
    const sorted = this.#sorted();
    this.#table.tBodies[0].replaceChildren(...sorted.slice(0, this.#shown).map((d) => this.#row(d)));
    this.#renderMore(sorted.length);
    if (again) this.#table.querySelector(`tbody [data-doc="${again.doc}"][data-control="${again.control}"]`)?.focus();
    // A count the tests (and anyone watching) can wait on.
    this.#table.dataset.renders = String(Number(this.#table.dataset.renders ?? 0) + 1);
  }

  /** «Showing 100 of 23,270 documents» and a button for the next page. */
  #renderMore(total) {
    const shown = Math.min(this.#shown, total);
    if (shown >= total) {
      this.#more.replaceChildren();
      return;
    }
    const next = Math.min(PAGE_ROWS, total - shown);
    const button = el('button', { type: 'button', id: 'document-more-button', onclick: () => this.#showMore() }, t('documents.more', { next }));
    this.#more.replaceChildren(t('documents.showing', { shown, total }), ' ', button);
  }

  #showMore() {
    this.#shown += PAGE_ROWS;
    this.#render();
    this.#table.tBodies[0].rows[this.#shown - PAGE_ROWS]?.querySelector('button, input')?.focus();
  }

  #row(d) {
    const name = d.location || d.name;
    const cluster = this.#clusters.get(d.id);
    return el(
      'tr',
      { dataset: { doc: String(d.id), dateSource: d.dateSource ?? 'none' }, class: d.excluded ? 'excluded' : '' },
      el('td', {}, bdi(name)),
      el('td', { class: 'date' }, this.#dateButton(d, name)),
      el('td', { title: d.dateEvidence ?? '' }, SOURCES.includes(d.dateSource) ? dateSource(d.dateSource) : '—'),
      el('td', { class: 'num' }, num(d.tokens)),
      el('td', {}, d.encoding),
      el('td', {}, d.title ? bdi(d.title) : ''),
      el('td', {}, d.source ? bdi(d.source) : ''),
      el('td', {}, d.language ?? '—'),
      el('td', {}, cluster ? t(cluster.kept ? 'documents.clusterKept' : 'documents.clusterCopy', { n: cluster.number }) : ''),
      el('td', {}, d.warnings.join('; ')),
      el(
        'td',
        { class: 'check' },
        el('input', {
          type: 'checkbox',
          dataset: { doc: String(d.id), control: 'exclude' },
          'aria-label': t('documents.excludeLabel', { name }),
          ...(d.excluded ? { checked: '' } : {}),
          onchange: (e) => this.#edit(() => this.#engine.setExcluded(d.id, e.target.checked)),
        }),
      ),
    );
  }

  /** The date as text on a button; choosing it opens a field in its place. */
  #dateButton(d, name) {
    return el(
      'button',
      {
        type: 'button',
        class: 'date-edit',
        title: t('documents.editDate'),
        dataset: { doc: String(d.id), control: 'date' },
        onclick: (e) => this.#openDate(e.currentTarget, d, name),
      },
      d.date ? date(d.date) : t('undated'),
    );
  }

  #openDate(button, d, name) {
    const input = el('input', {
      type: 'text',
      dir: 'ltr',
      size: '10',
      inputmode: 'numeric',
      placeholder: 'YYYY-MM-DD',
      autocomplete: 'off',
      'aria-label': t('documents.dateLabel', { name }),
      dataset: { doc: String(d.id), control: 'date-input' },
    });
    input.value = d.date ?? '';
    let done = false;
    const close = () => {
      done = true;
      input.replaceWith(button);
      button.focus();
    };
    const save = async () => {
      if (done) return;
      const value = input.value.trim();
      if (value === (d.date ?? '')) return close();
      if (value && !isoDate(value)) {
        input.setAttribute('aria-invalid', 'true');
        this.#message.textContent = t('documents.badDate', { value });
        return;
      }
      done = true;
      this.#message.textContent = '';
      await this.#edit(() => this.#engine.setDate(d.id, value || undefined));
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        save();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.#message.textContent = '';
        close();
      }
    });
    input.addEventListener('blur', () => save());
    button.replaceWith(input);
    input.focus();
    input.select();
  }

  async #edit(apply) {
    try {
      await apply();
      this.#message.textContent = '';
    } catch (e) {
      this.#message.textContent = e.message;
    }
    await this.#onChange();
  }
}

export function renderErrors(list, errors) {
  list.append(...errors.map((e) => el('li', {}, bdi(e.name), `: ${e.message}`)));
}

/** How many documents each date source dated (`undated` for none): `{ 'file-name': 10, undated: 2 }`. */
export function dateSourceCounts(documents) {
  const counts = {};
  for (const d of documents) counts[d.dateSource ?? 'undated'] = (counts[d.dateSource ?? 'undated'] ?? 0) + 1;
  return counts;
}

/** One line saying how the documents were dated, so weak dates are never hidden. */
export function datingSummary(documents) {
  const counts = dateSourceCounts(documents);
  const parts = [...SOURCES, 'undated'].map((source) => [counts[source] ?? 0, source]);
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => t(`dating.${what}`, { n }));
  return t('dating', { parts: said.join(t('list.comma')) });
}
