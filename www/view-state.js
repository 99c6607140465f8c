// What a shared link carries beyond the term box: every series drawn, the measure, smoothing
// and layout, the KWIC query, the section the reader was in, and how words are read (the
// normalisation steps and stopword lists that differ from the defaults). The recipient loads
// their own copy of the files and sees the same counts; no document goes into the link.

import { oneOf, text } from './url-state.js';

/** The built-in stopword lists (src/stopwords/), by ISO 639-1 code; an unknown code is refused by the engine. */
export const STOPWORD_LANGUAGES = ['ar', 'en', 'fa', 'ur', 'ku', 'tr', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'ru'];
/** The lists the engine uses unless told otherwise (src/stopwords/mod.rs `DEFAULT_LANGUAGES`). */
const DEFAULT_LANGUAGES = ['ar', 'en'];

const MAX_SERIES = 10;
const SECTIONS = ['load', 'keywords', 'timeline', 'kwic', 'documents', 'settings'];
const IDS = /^[A-Za-z]{1,40}(,[A-Za-z]{1,40}){0,39}$/;
const LANGUAGES = /^(none|[a-z]{2}(,[a-z]{2}){0,29})$/;

/** The series drawn, one query a line: at most MAX_SERIES, each a query the term box would take. */
function seriesField(value) {
  const list = value.split('\n').map((q) => q.trim()).filter(Boolean);
  const query = text(500);
  const fits = list.length > 0 && list.length <= MAX_SERIES && list.every((q) => query(q) !== undefined);
  return fits ? list.join('\n') : undefined;
}

const pattern = (re) => (value) => (re.test(value) ? value : undefined);

/** The fields of the view, each with its validator; `$` finds the page's selects (their options are the values allowed). */
export function viewFields($, extra = {}) {
  const options = (id) => oneOf([...$(id).options].map((o) => o.value));
  return {
    term: text(500),
    series: seriesField,
    bucket: options('bucket-select'),
    measure: options('measure-select'),
    smoothing: options('smoothing-select'),
    layout: options('layout-select'),
    kwic: text(500),
    section: oneOf(SECTIONS),
    off: pattern(IDS),
    on: pattern(IDS),
    stop: pattern(LANGUAGES),
    ...extra,
  };
}

/** Full options from a partial (stored) one, for comparing choices: every step named, the languages sorted. */
export function completeOptions(options = {}, steps = []) {
  const normalise = Object.fromEntries(steps.map((s) => [s.id, options.normalise?.[s.id] ?? s.defaultOn]));
  const stopwordLanguages = [...(options.stopwordLanguages ?? DEFAULT_LANGUAGES)].sort();
  return { normalise, stopwordLanguages };
}

/**
 * The reading options as link fields: the steps switched `off` and `on` against their defaults,
 * and the stopword lists (`stop`) when they are not the default ones. `steps` are the engine's
 * (id, defaultOn). Nothing when all are defaults.
 */
export function readingFields(options, steps) {
  const { normalise, stopwordLanguages: languages } = completeOptions(options, steps);
  const switched = (on) => steps.filter((s) => normalise[s.id] === on && s.defaultOn !== on).map((s) => s.id).join(',');
  const same = languages.join(',') === [...DEFAULT_LANGUAGES].sort().join(',');
  return { off: switched(false) || undefined, on: switched(true) || undefined, stop: same ? undefined : languages.join(',') || 'none' };
}

/** Whether a view read from a link says anything about reading options. */
export const saysReading = (view) => ['off', 'on', 'stop'].some((f) => view[f] !== undefined);

/**
 * The engine options a link's `off`, `on` and `stop` describe: the defaults with those changes.
 * Unknown step ids and languages (not among those this version ships) are dropped.
 */
export function readingOptions(view, steps) {
  const ids = (field) => new Set((view[field] ?? '').split(',').filter(Boolean));
  const [off, on] = [ids('off'), ids('on')];
  const normalise = Object.fromEntries([...off].map((id) => [id, false]).concat([...on].map((id) => [id, true])));
  const stop = view.stop === undefined ? undefined : view.stop === 'none' ? [] : view.stop.split(',').filter((c) => STOPWORD_LANGUAGES.includes(c));
  return completeOptions({ normalise, stopwordLanguages: stop && [...new Set(stop)] }, steps);
}
