// The keyword table: each key with its count, its documents and the surface forms merged
// into it, so every number can be checked against the text.

import { bdi, el } from './dom.js';
import { num, t } from './i18n.js';

const MAX_FORMS_SHOWN = 6;

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
        el('td', {}, num(i + 1)),
        el('td', {}, el('button', { type: 'button', class: 'term', dir: 'auto', title: t('keywords.draw'), onclick: () => onPick(k) }, k.display)),
        el('td', { class: 'num' }, num(k.count)),
        el('td', { class: 'num' }, num(k.docs)),
        el('td', { class: 'forms', dir: rightToLeft(k.variants[0]?.form) ? 'rtl' : 'ltr' }, formsList(key, k.variants)),
        // The accessible name is the visible text and the term, so it names what is added.
        el('td', {}, onAdd ? el('button', { type: 'button', class: 'add-series', title: t('keywords.addTitle'), onclick: () => onAdd(k) }, t('keywords.add'), el('span', { class: 'visually-hidden' }, ' ', bdi(k.display))) : ''),
      );
    }),
  );
}

/** Whether a form starts in a right-to-left script (Arabic, Hebrew, Syriac, Thaana…). */
function rightToLeft(form = '') {
  return /^[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(form);
}

/** «الموصل ← الموصل ×9، بالموصل ×1»: the key, then the forms counted under it, in the direction of the first form, counts in the page's digits. */
function formsList(key, variants) {
  const comma = rightToLeft(variants[0]?.form) ? '، ' : ', ';
  const shown = variants
    .slice(0, MAX_FORMS_SHOWN)
    .flatMap((v, i) => [i ? comma : '', el('span', { class: 'variant' }, bdi(v.form), `\u00a0×${num(v.count)}`)]);
  const more = variants.length - MAX_FORMS_SHOWN;
  return [el('span', { class: 'key' }, bdi(key)), ' ← ', ...(more > 0 ? [...shown, ` … +${num(more)}`] : shown)];
}
