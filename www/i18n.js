// The page's interface language: Arabic or English, chosen from the browser's preferences unless
// the reader picked one, and kept in this browser. Every string the page writes comes from the
// tables in strings-en.js and strings-ar.js; messages from the engine stay as the engine wrote them.
//
// Numbers: Arabic uses Arabic-Indic digits (٠١٢٣…), as most newsrooms of the Gulf and the Levant
// print them; English uses Latin digits with grouping. Dates shown to the reader are written out
// in Arabic (١٥ أغسطس ٢٠١٧, Gregorian calendar, month names as in Gulf and Egyptian usage) and
// stay ISO (2017-08-15) in English, as the files and exports hold them.


export const LANGUAGES = ['ar', 'en'];
// Each language's strings are a file of their own, read when the language is first shown: a
// page in one language never downloads the other's (about 8 KB gzipped each).
const LOADERS = { en: () => import('./strings-en.js').then((m) => m.EN), ar: () => import('./strings-ar.js').then((m) => m.AR) };
const TABLES = {};
let switching = 0;
const LOCALES = { en: 'en-US', ar: 'ar-u-nu-arab-ca-gregory' };
const KEY = 'marsad.lang';

let current = 'en';
const numbers = new Map();
const dates = new Map();
const listeners = new Set();

/** The language of the first Arabic or English preference in `languages`; English otherwise. */
export function browserLanguage(languages = globalThis.navigator?.languages ?? []) {
  for (const tag of languages) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

/** The reader's own choice if one is kept, else the browser's. */
export function initialLanguage() {
  return keptLanguage() ?? browserLanguage();
}

function keptLanguage() {
  try {
    const kept = globalThis.localStorage?.getItem(KEY);
    return LANGUAGES.includes(kept) ? kept : null;
  } catch {
    return null;
  }
}

export function language() {
  return current;
}

/** Switches the page: <html lang dir>, every [data-i18n] element, then the listeners (views that re-render). */
export async function setLanguage(lang, { keep = false } = {}) {
  const next = LANGUAGES.includes(lang) ? lang : 'en';
  const ticket = ++switching;
  TABLES[next] ??= await LOADERS[next]();
  // Two quick switches: the last one asked for wins, whichever table arrived first.
  if (ticket !== switching) return;
  current = next;
  if (keep) {
    try {
      globalThis.localStorage?.setItem(KEY, current);
    } catch {
      // Storage refused: the choice lasts as long as the tab.
    }
  }
  if (typeof document !== 'undefined') {
    document.documentElement.lang = current;
    document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr';
    translateTree(document);
    document.title = t('page.title');
  }
  for (const listener of listeners) listener(current);
}

/** Forgets the kept choice (with «Forget everything»); the page stays in its language until reloaded. */
export function forgetLanguage() {
  try {
    globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Nothing kept.
  }
}

export function onLanguageChange(listener) {
  listeners.add(listener);
}

/**
 * Fills `[data-i18n="key"]` elements with their text (`code` in backticks becomes <code>), and
 * `[data-i18n-attr="title:key aria-label:key"]` attributes.
 */
export function translateTree(root) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.replaceChildren(...parts(node.dataset.i18n));
  for (const node of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of node.dataset.i18nAttr.split(/\s+/).filter(Boolean)) {
      const [attribute, key] = pair.split(':');
      node.setAttribute(attribute, t(key));
    }
  }
}

/** The string for `key`, its `{name}` placeholders filled from `params` (numbers formatted). */
export function t(key, params = {}) {
  return parts(key, params)
    .map((p) => (typeof p === 'string' ? p : p.textContent))
    .join('');
}

/**
 * The string for `key` as strings and nodes: a Node parameter (a <bdi> around a query, say) is
 * kept as a node, and `code` becomes a <code> element. For building element contents.
 */
export function parts(key, params = {}) {
  const entry = TABLES[current]?.[key] ?? TABLES.en?.[key];
  if (entry === undefined) return [key];
  const filled = typeof entry === 'function' ? entry(params, { num, date }) : entry;
  return (Array.isArray(filled) ? filled : [filled]).flatMap((piece) => (typeof piece === 'string' ? fill(piece, params) : [piece]));
}

function fill(template, params) {
  return template.split(/(\{\w+\}|`[^`]*`)/).filter(Boolean).map((piece) => {
    if (piece.startsWith('`') && typeof document !== 'undefined') {
      const code = document.createElement('code');
      code.textContent = piece.slice(1, -1);
      return code;
    }
    const name = piece.match(/^\{(\w+)\}$/)?.[1];
    if (!name || !Object.hasOwn(params, name)) return piece;
    const value = params[name];
    return typeof value === 'number' ? num(value) : value instanceof Object && 'nodeType' in value ? value : String(value ?? '');
  });
}

/** A number in the page's language; `digits` decimals at most (2 by default), as given. */
export function num(value, { digits = 2, fixed = false } = {}) {
  if (value === null || value === undefined || value === '') return '';
  const cacheKey = `${current}:${digits}:${fixed}`;
  if (!numbers.has(cacheKey)) {
    numbers.set(cacheKey, new Intl.NumberFormat(LOCALES[current], { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 }));
  }
  return numbers.get(cacheKey).format(value);
}

/** A language's name in the page's language (`fr` → «French», «الفرنسية»); the code where the browser knows none. */
export function languageName(code) {
  try {
    return new Intl.DisplayNames([current], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The page's word for a bucket (`month`) or a measure (`rate`); anything else as it is. */
export function bucketWord(bucket) {
  return ['auto', 'day', 'week', 'month', 'quarter', 'year'].includes(bucket) ? t(`bucket.${bucket}`) : String(bucket ?? '');
}

export function measureWord(measure = 'count') {
  return ['count', 'rate', 'share'].includes(measure) ? t(`measure.${measure}`) : String(measure);
}

/**
 * An ISO date (YYYY-MM-DD) for reading: ISO itself in English, written out in Arabic. `bucket`
 * says how much of it matters: a month bucket's start reads «مارس ٢٠٢١». Anything not an ISO
 * date is returned as it is.
 */
export function date(iso, bucket = 'day') {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso) || current === 'en') return iso ?? '';
  const shape = bucket === 'year' ? 'year' : bucket === 'month' || bucket === 'quarter' ? 'month' : 'day';
  if (!dates.has(shape)) {
    const fields = { year: 'numeric', timeZone: 'UTC', ...(shape !== 'year' ? { month: 'long' } : {}), ...(shape === 'day' ? { day: 'numeric' } : {}) };
    dates.set(shape, new Intl.DateTimeFormat(LOCALES.ar, fields));
  }
  const value = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(value.getTime()) ? iso : dates.get(shape).format(value);
}
