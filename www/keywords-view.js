// The keyword table: each key with its count, its documents and the surface forms merged
// into it, so every number can be checked against the text.

import { bdi, el } from './dom.js';
import { num, t } from './i18n.js';

const MAX_FORMS_SHOWN = 6;

export function renderKeywords(tbody, keywords, onPick) {
  tbody.replaceChildren(
    ...keywords.map((k, i) =>
      el(
        'tr',
        { dataset: { key: k.key } },
        el('td', {}, num(i + 1)),
        el('td', {}, el('button', { type: 'button', class: 'term', dir: 'auto', title: t('keywords.draw'), onclick: () => onPick(k.display) }, k.display)),
        el('td', { class: 'num' }, num(k.count)),
        el('td', { class: 'num' }, num(k.docs)),
        el('td', { class: 'forms', dir: rightToLeft(k.variants[0]?.form) ? 'rtl' : 'ltr' }, formsList(k.variants)),
      ),
    ),
  );
}

/** Whether a form starts in a right-to-left script (Arabic, Hebrew, Syriac, Thaana…). */
function rightToLeft(form = '') {
  return /^[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(form);
}

/** «الموصل ×9، بالموصل ×1»: the list reads in the direction of its first form, its counts in the page's digits. */
function formsList(variants) {
  const comma = rightToLeft(variants[0]?.form) ? '، ' : ', ';
  const shown = variants
    .slice(0, MAX_FORMS_SHOWN)
    .flatMap((v, i) => [i ? comma : '', el('span', { class: 'variant' }, bdi(v.form), `\u00a0×${num(v.count)}`)]);
  const more = variants.length - MAX_FORMS_SHOWN;
  return more > 0 ? [...shown, ` … +${num(more)}`] : shown;
}
