// Keyness: the words that set a period or a source apart from the rest of the corpus (or from
// another period or source), by log-likelihood (G², how sure) with the log ratio (how much more
// frequent). Words relatively more frequent in the reference are listed apart, so a word the
// selection avoids is never read as one it favours. Each word is one click from its lines in
// context and from the timeline.

import { bdi, el } from './dom.js';
import { num, onLanguageChange, parts, t } from './i18n.js';

/** Rows asked of the engine: both lists together, ranked by G². */
const LIMIT = 100;

/** The day after an ISO date: the page's «to» includes its day, the engine's excludes it. */
function nextDay(iso) {
  const day = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return undefined;
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The sources named by the documents in play, with how many documents each has, by name. */
function sourcesOf(documents) {
  const counts = new Map();
  for (const d of documents) if (d.source && !d.excluded) counts.set(d.source, (counts.get(d.source) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([name, docs]) => ({ name, docs }));
}

/** The first and last dates of the documents in play, or null when none is dated. */
function dateSpan(documents) {
  const dates = documents.filter((d) => d.date && !d.excluded).map((d) => d.date).sort();
  return dates.length ? { from: dates[0], to: dates[dates.length - 1] } : null;
}

/** A label whose text follows the page's language (translateTree and relabel). */
const label = (key, control, props = {}) => el('label', props, el('span', { dataset: { i18n: key } }, t(key)), ' ', control);

export class KeynessView {
  /** The last comparison shown: `{ keyness, query }`. */
  result = null;
  #ticket = 0;

  /** `root`: the element to build into; `onAdd(query)` adds a word to the timeline, `onKwic({ query, from, to })` shows its lines. */
  constructor({ engine, root, onAdd, onKwic }) {
    Object.assign(this, { engine, root, onAdd, onKwic });
    this.target = this.#side('target', ['dates', 'source']);
    this.reference = this.#side('reference', ['rest', 'dates', 'source']);
    this.min = el('input', { type: 'number', min: '1', value: '3', size: '4', name: 'min' });
    this.form = el(
      'form',
      { class: 'controls keyness-form', onsubmit: (e) => (e.preventDefault(), this.run()) },
      this.target.box,
      this.reference.box,
      label('keyness.min', this.min),
      el('button', { type: 'submit', dataset: { i18n: 'keyness.compare' } }, t('keyness.compare')),
    );
    this.summary = el('p', { class: 'keyness-summary', role: 'status', 'aria-live': 'polite' });
    this.error = el('p', { class: 'error', role: 'alert' });
    this.over = this.#table('over');
    this.under = this.#table('under');
    root.replaceChildren(
      el('h3', { dataset: { i18n: 'keyness.title' } }, t('keyness.title')),
      el('p', { class: 'hint', dataset: { i18n: 'keyness.hint' } }, parts('keyness.hint')),
      this.form,
      this.error,
      this.summary,
      el('div', { class: 'keyness-tables' }, this.over.box, this.under.box),
    );
    onLanguageChange(() => this.#render());
  }

  /** The corpus changed: new dates and sources to choose from; a comparison shown is made again. */
  setDocuments(documents) {
    const span = dateSpan(documents);
    const sources = sourcesOf(documents);
    for (const side of [this.target, this.reference]) {
      for (const input of [side.from, side.to]) Object.assign(input, { min: span?.from ?? '', max: span?.to ?? '' });
      if (span && !side.from.value) side.from.value = span.from;
      if (span && !side.to.value) side.to.value = span.to;
      const chosen = side.source.value;
      side.source.replaceChildren(...sources.map((s) => el('option', { value: s.name }, `${s.name} (${num(s.docs)})`)));
      if (sources.some((s) => s.name === chosen)) side.source.value = chosen;
      side.kind.querySelector('option[value=dates]').disabled = !span;
      side.kind.querySelector('option[value=source]').disabled = !sources.length;
      if (side.kind.selectedOptions[0]?.disabled) side.kind.value = [...side.kind.options].find((o) => !o.disabled)?.value ?? side.kind.value;
      this.#showFields(side);
    }
    this.form.querySelector('button[type=submit]').disabled = !span && !sources.length;
    this.summary.textContent = !span && !sources.length ? t('keyness.nothing') : this.summary.textContent;
    return this.result ? this.run() : undefined;
  }

  clear() {
    this.#ticket++;
    this.result = null;
    for (const side of [this.target, this.reference]) {
      side.from.value = '';
      side.to.value = '';
      side.source.replaceChildren();
    }
    this.summary.textContent = '';
    this.error.textContent = '';
    this.#render();
  }

  /** The engine's query for the form as set. */
  query() {
    return {
      target: this.#selection(this.target),
      ...(this.reference.kind.value === 'rest' ? {} : { reference: this.#selection(this.reference) }),
      limit: LIMIT,
      minCount: Math.max(1, Number(this.min.value) || 1),
    };
  }

  async run() {
    const ticket = ++this.#ticket;
    const query = this.query();
    this.error.textContent = '';
    try {
      const keyness = await this.engine.keyness(query);
      if (ticket !== this.#ticket) return;
      this.result = { keyness, query };
    } catch (e) {
      if (ticket !== this.#ticket) return;
      this.result = null;
      this.error.textContent = e.message;
    }
    this.#render();
  }

  #selection(side) {
    if (side.kind.value === 'source') return { source: side.source.value };
    return { from: side.from.value || undefined, to: side.to.value ? nextDay(side.to.value) : undefined };
  }

  /** One side's controls: what kind of selection, and its dates or its source. */
  #side(name, kinds) {
    const kind = el('select', { name: `${name}-kind`, 'aria-label': t(`keyness.${name}`), dataset: { i18nAttr: `aria-label:keyness.${name}` } }, kinds.map((k) => el('option', { value: k, dataset: { i18n: `keyness.${name}.${k}` } }, t(`keyness.${name}.${k}`))));
    const from = el('input', { type: 'date', name: `${name}-from` });
    const to = el('input', { type: 'date', name: `${name}-to` });
    const source = el('select', { name: `${name}-source` });
    const side = { kind, from, to, source, fromLabel: label('keyness.from', from), toLabel: label('keyness.to', to), sourceLabel: label('keyness.source', source) };
    kind.addEventListener('change', () => this.#showFields(side));
    side.box = el(
      'fieldset',
      { class: `keyness-side ${name}` },
      el('legend', { dataset: { i18n: `keyness.${name}` } }, t(`keyness.${name}`)),
      kind,
      side.fromLabel,
      side.toLabel,
      side.sourceLabel,
    );
    return side;
  }

  #showFields(side) {
    side.fromLabel.hidden = side.toLabel.hidden = side.kind.value !== 'dates';
    side.sourceLabel.hidden = side.kind.value !== 'source';
  }

  #table(direction) {
    const heads = ['keyness.rank', 'keyness.term', 'keyness.inTarget', 'keyness.inReference', 'keyness.g2', 'keyness.logRatio', 'keyness.timelineCol'];
    const numeric = new Set([2, 3, 4, 5]);
    const caption = el('caption', { dataset: { i18n: `keyness.${direction}` } }, t(`keyness.${direction}`));
    // The timeline column's heading is for screen readers: its buttons say what they do.
    const th = (key, i) => el('th', { scope: 'col', class: numeric.has(i) ? 'num' : '' }, el('span', { class: i === 6 ? 'visually-hidden' : '', dataset: { i18n: key } }, t(key)));
    const head = el('tr', {}, heads.map(th));
    const body = el('tbody');
    const table = el('table', { id: `keyness-${direction}`, class: `keyness ${direction}` }, caption, el('thead', {}, head), body);
    return { box: el('div', { class: 'keyness-list' }, table), table, body };
  }

  /** The two lists and the summary, in the page's language. */
  #render() {
    const keys = this.result?.keyness.keys ?? [];
    for (const [list, direction] of [[this.over, 'over'], [this.under, 'under']]) {
      const rows = keys.filter((k) => k.direction === direction);
      list.body.replaceChildren(...rows.map((k, i) => this.#row(k, i)));
      list.box.hidden = !this.result;
      list.table.dataset.rows = String(rows.length);
      if (this.result && !rows.length) list.body.append(el('tr', {}, el('td', { colspan: '7', class: 'hint', dataset: { i18n: 'keyness.none' } }, t('keyness.none'))));
    }
    if (!this.result) return;
    const { target, reference } = this.result.keyness;
    this.summary.textContent = t('keyness.summary', { targetDocs: target.documents, targetWords: target.tokens, referenceDocs: reference.documents, referenceWords: reference.tokens });
  }

  #row(k, i) {
    const query = k.display;
    // Lines in context within the target's period, when it is one.
    const { from, to } = this.result.query.target;
    return el(
      'tr',
      { dataset: { key: k.key } },
      el('td', {}, num(i + 1)),
      el('td', {}, el('button', { type: 'button', class: 'term', dir: 'auto', title: t('keyness.kwicTitle'), onclick: () => this.onKwic({ query, from, to }) }, k.display)),
      el('td', { class: 'num' }, num(k.targetCount)),
      el('td', { class: 'num' }, num(k.referenceCount)),
      el('td', { class: 'num' }, num(k.logLikelihood, { digits: 2, fixed: true })),
      el('td', { class: 'num' }, num(k.logRatio, { digits: 2, fixed: true })),
      el('td', {}, el('button', { type: 'button', class: 'add-series', title: t('keywords.addTitle'), onclick: () => this.onAdd(query) }, t('keywords.add'), el('span', { class: 'visually-hidden' }, ' ', bdi(k.display)))),
    );
  }
}
