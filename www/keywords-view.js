// The keyword table: each key with its count, its documents and the surface forms merged
// into it, so every number can be checked against the text.

import { bdi, el } from './dom.js';

const MAX_FORMS_SHOWN = 6;

export const STRINGS = {
  draw: 'Draw this term over time',
  add: '+ series',
  addTitle: 'Add this term to the timeline beside the series already drawn',
  addLabel: (term) => `Add ${term} to the timeline`,
};

/**
 * `rows`: keywords, or phrases (n-grams, `keys` instead of `key`). `onPick(row)` draws a row
 * alone, `onAdd(row)` adds it to the series drawn.
 */
export function renderKeywords(tbody, rows, onPick, onAdd) {
  tbody.replaceChildren(
    ...rows.map((k, i) => {
      const key = k.key ?? k.keys.join(' ');
      return el(
        'tr',
        { dataset: { key } },
        el('td', {}, i + 1),
        el('td', {}, el('button', { type: 'button', class: 'term', dir: 'auto', title: STRINGS.draw, onclick: () => onPick(k) }, k.display)),
        el('td', { class: 'num' }, k.count),
        el('td', { class: 'num' }, k.docs),
        el('td', { class: 'forms', dir: rightToLeft(k.variants[0]?.form) ? 'rtl' : 'ltr' }, formsList(key, k.variants)),
        el('td', {}, onAdd ? el('button', { type: 'button', class: 'add-series', title: STRINGS.addTitle, 'aria-label': STRINGS.addLabel(k.display), onclick: () => onAdd(k) }, STRINGS.add) : ''),
      );
    }),
  );
}

/** Whether a form starts in a right-to-left script (Arabic, Hebrew, Syriac, Thaana…). */
function rightToLeft(form = '') {
  return /^[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(form);
}

/** «الموصل ← الموصل ×9، بالموصل ×1»: the key, then the forms counted under it, in the direction of the first form. */
function formsList(key, variants) {
  const comma = rightToLeft(variants[0]?.form) ? '، ' : ', ';
  const shown = variants
    .slice(0, MAX_FORMS_SHOWN)
    .flatMap((v, i) => [i ? comma : '', el('span', { class: 'variant' }, bdi(v.form), `\u00a0×${v.count}`)]);
  const more = variants.length - MAX_FORMS_SHOWN;
  return [el('span', { class: 'key' }, bdi(key)), ' ← ', ...(more > 0 ? [...shown, ` … +${more}`] : shown)];
}
