// The list of loaded documents, with where each date came from, and the files that failed.

import { bdi, el } from './dom.js';
import { date, num, t } from './i18n.js';

const SOURCES = ['given', 'manifest', 'field', 'html-meta', 'text', 'file-name', 'last-modified'];

/** Where a date came from, in the page's language; the engine's own word for an unknown source. */
export function dateSource(source) {
  return SOURCES.includes(source) ? t(`source.${source}`) : source;
}

export function renderDocuments(tbody, documents) {
  tbody.replaceChildren(
    ...documents.map((d) =>
      el(
        'tr',
        { dataset: { dateSource: d.dateSource ?? 'none' } },
        el('td', {}, bdi(d.location || d.name)),
        el('td', {}, d.date ? date(d.date) : t('undated')),
        el('td', { title: d.dateEvidence ?? '' }, SOURCES.includes(d.dateSource) ? dateSource(d.dateSource) : '—'),
        el('td', { class: 'num' }, num(d.tokens)),
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
  const parts = [...SOURCES.map((source) => [count(source), source]), [count(undefined) + count(null), 'undated']];
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => t(`dating.${what}`, { n }));
  return t('dating', { parts: said.join(t('list.comma')) });
}
