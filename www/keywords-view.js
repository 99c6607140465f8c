// The keyword table: each key with its count, its documents and the surface forms merged
// into it, so every number can be checked against the text.

import { bdi, el } from './dom.js';

const MAX_FORMS_SHOWN = 6;

export function renderKeywords(tbody, keywords, onPick) {
  tbody.replaceChildren(
    ...keywords.map((k, i) =>
      el(
        'tr',
        { dataset: { key: k.key } },
        el('td', {}, i + 1),
        el('td', {}, el('button', { type: 'button', class: 'term', dir: 'auto', title: 'Draw this term over time', onclick: () => onPick(k.display) }, k.display)),
        el('td', { class: 'num' }, k.count),
        el('td', { class: 'num' }, k.docs),
        el('td', { class: 'forms' }, formsList(k.variants)),
      ),
    ),
  );
}

function formsList(variants) {
  const shown = variants.slice(0, MAX_FORMS_SHOWN).flatMap((v, i) => [i ? ', ' : '', bdi(v.form), ` ×${v.count}`]);
  const more = variants.length - MAX_FORMS_SHOWN;
  return more > 0 ? [...shown, ` … +${more} more`] : shown;
}
