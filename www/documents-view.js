// The list of loaded documents, with where each date came from, and the files that failed.

import { bdi, el } from './dom.js';

export const DATE_SOURCES = {
  given: 'given',
  manifest: 'manifest',
  field: 'date field',
  'html-meta': 'web page metadata',
  text: 'the text',
  'file-name': 'file name',
  'last-modified': 'last modified (less reliable)',
};

export function renderDocuments(tbody, documents) {
  tbody.replaceChildren(
    ...documents.map((d) =>
      el(
        'tr',
        { dataset: { dateSource: d.dateSource ?? 'none' } },
        el('td', {}, bdi(d.location || d.name)),
        el('td', {}, d.date ?? 'undated'),
        el('td', { title: d.dateEvidence ?? '' }, DATE_SOURCES[d.dateSource] ?? '—'),
        el('td', { class: 'num' }, d.tokens),
        el('td', {}, d.encoding),
        el('td', {}, d.warnings.join('; ')),
      ),
    ),
  );
}

export function renderErrors(list, errors) {
  list.append(...errors.map((e) => el('li', {}, bdi(e.name), `: ${e.message}`)));
}

/** One line saying how the documents were dated, so weak dates are never hidden. */
export function datingSummary(documents) {
  const count = (source) => documents.filter((d) => d.dateSource === source).length;
  const parts = [
    [count('given'), 'given'],
    [count('manifest'), 'from the manifest'],
    [count('field'), 'from date fields'],
    [count('html-meta'), 'from web page metadata'],
    [count('text'), 'from the text'],
    [count('file-name'), 'from file names'],
    [count('last-modified'), 'from last-modified times (less reliable)'],
    [count(undefined) + count(null), 'undated, not on the chart'],
  ];
  return `Dates: ${parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`).join(', ')}.`;
}
