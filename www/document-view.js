// One document read in full, the query's matches marked. The text is built from text nodes and
// <mark> elements only, cut at the engine's UTF-16 offsets (JavaScript strings are UTF-16), so
// no part of a document is ever parsed as HTML.

import { bdi, el } from './dom.js';
import { dateSource } from './documents-view.js';
import { date, parts, t } from './i18n.js';

const MAX_MARKS = 10000;

export class DocumentView {
  #documents = new Map();
  #ticket = 0;

  /** `dialog`: the <dialog> holding #doc-title, #doc-meta, #doc-hits and #doc-text. */
  constructor({ engine, dialog }) {
    this.engine = engine;
    this.dialog = dialog;
    dialog.querySelector('.close').addEventListener('click', () => dialog.close());
  }

  /** The documents' summaries (engine.documents()), for titles and dates. */
  setDocuments(documents) {
    this.#documents = new Map(documents.map((d) => [d.id, d]));
  }

  /** Opens document `id` with the matches of `query` marked, `current` ({ start16 }) in view. */
  async open(id, { query, current } = {}) {
    const ticket = ++this.#ticket;
    const [text, found] = await Promise.all([
      this.engine.text(id),
      query ? this.engine.kwic({ query, doc: id, limit: MAX_MARKS, width: 0 }) : { lines: [] },
    ]);
    if (ticket !== this.#ticket) return;
    const summary = this.#documents.get(id);
    const $ = (sel) => this.dialog.querySelector(sel);
    $('.doc-title').replaceChildren(bdi(summary?.title || summary?.location || summary?.name || t('reader.document', { id })));
    $('.doc-meta').replaceChildren(...describe(summary));
    const ranges = found.lines.map((l) => [l.start16, l.end16]);
    $('.doc-hits').replaceChildren(...(query ? parts('reader.hits', { total: found.total, query: bdi(query) }) : []));
    const body = $('.doc-text');
    body.replaceChildren(highlight(text ?? '', ranges));
    this.dialog.dataset.doc = String(id);
    if (!this.dialog.open) this.dialog.showModal();
    const marks = [...body.querySelectorAll('mark')];
    const at = current ? ranges.findIndex(([start]) => start === current.start16) : -1;
    const focus = marks[at] ?? marks[0];
    if (focus) {
      focus.classList.add('current');
      focus.scrollIntoView({ block: 'center' });
    } else {
      body.scrollTop = 0;
    }
  }
}

/**
 * The text as nodes: plain runs and a <mark> per range (UTF-16 [start, end), any order);
 * overlapping or out-of-range parts are dropped rather than nesting marks.
 */
export function highlight(text, ranges) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > at) fragment.append(document.createTextNode(text.slice(at, from)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(from, to);
    fragment.append(mark);
    at = to;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

/** File, date and where the date came from, with how sure it is and what it was read from. */
function describe(d) {
  if (!d) return [];
  const file = d.location || d.name;
  const said = [el('span', { class: 'file' }, bdi(file)), ' · ', el('span', { class: 'doc-date' }, d.date ? date(d.date) : t('undated'))];
  if (d.dateSource) {
    said.push(t('reader.dateFrom', { source: dateSource(d.dateSource) }));
    const known = ['high', 'medium', 'low'].includes(d.dateConfidence);
    if (d.dateConfidence) said.push(t('reader.confidence', { confidence: known ? t(`confidence.${d.dateConfidence}`) : d.dateConfidence }));
    if (d.dateEvidence) said.push(': «', bdi(d.dateEvidence), '»');
  }
  return said;
}
