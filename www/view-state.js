// What a shared link carries beyond the term box: every series drawn, the measure, smoothing
// and layout, the KWIC query, the section the reader was in, and how words are read (the
// normalisation steps and stopword lists that differ from the defaults). The recipient loads
// their own copy of the files and sees the same counts; no document goes into the link.

import { oneOf, text } from './url-state.js';

export const MAX_SERIES = 10;
export const SECTIONS = ['load', 'keywords', 'timeline', 'kwic', 'documents', 'settings'];
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/;
const IDS = /^[A-Za-z]{1,40}(,[A-Za-z]{1,40}){0,39}$/;
const LANGUAGES = /^(none|[a-z]{2}(,[a-z]{2}){0,29})$/;

/** The series drawn, one query a line: at most MAX_SERIES, each a query the term box would take. */
export function seriesField(value) {
  const list = value.split('\n').map((q) => q.trim()).filter(Boolean);
  const fits = list.length > 0 && list.length <= MAX_SERIES && list.every((q) => q.length <= 500 && !CONTROL.test(q));
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

/**
 * The reading options as link fields: the steps switched `off` and `on` against their defaults,
 * and the stopword lists (`stop`) when they are not the default ones. `steps` are the engine's
 * (id, defaultOn); `defaults` the default stopword languages. Nothing when all are defaults.
 */
export function readingFields(options, steps, defaults) {
  const switched = (on) => steps.filter((s) => (options.normalise?.[s.id] ?? s.defaultOn) === on && s.defaultOn !== on).map((s) => s.id).join(',');
  const languages = [...(options.stopwordLanguages ?? defaults)].sort();
  const same = languages.join(',') === [...defaults].sort().join(',');
  return { off: switched(false) || undefined, on: switched(true) || undefined, stop: same ? undefined : languages.join(',') || 'none' };
}

/** Whether a view read from a link says anything about reading options. */
export const saysReading = (view) => ['off', 'on', 'stop'].some((f) => view[f] !== undefined);

/**
 * The engine options a link's `off`, `on` and `stop` describe: the defaults with those changes.
 * Unknown step ids and languages are dropped; `languages` are the ones this version ships.
 */
export function readingOptions(view, steps, defaults, languages) {
  const ids = (field) => new Set((view[field] ?? '').split(',').filter(Boolean));
  const [off, on] = [ids('off'), ids('on')];
  const normalise = Object.fromEntries(steps.map((s) => [s.id, on.has(s.id) ? true : off.has(s.id) ? false : s.defaultOn]));
  const stop = view.stop === undefined ? [...defaults] : view.stop === 'none' ? [] : view.stop.split(',').filter((c) => languages.includes(c));
  return { normalise, stopwordLanguages: [...new Set(stop)].sort() };
}
