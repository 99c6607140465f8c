// The view (which term, which bucket…) in the address's #fragment, so a set-up can be shared as
// a link without sharing any document: the recipient loads their own copy of the files.
// A fragment is whatever someone typed or pasted, so it is read field by field through
// validators, and every value is only ever put into form fields as text.

/** Longer fragments are not ours: they are ignored whole. */
const MAX_HASH = 2000;

/** A validator for free text such as a query: no control characters, at most `max` long. */
export const text = (max) => (value) => (value.length <= max && !/[\u0000-\u001f\u007f]/.test(value) ? value : undefined);

/** A validator for one of a fixed set of values (a select's options). */
export const oneOf = (values) => (value) => (values.includes(value) ? value : undefined);

/**
 * The fields of `source` (an object of strings) that `fields` ({ name: validator }) accept;
 * anything else, unknown names included, is dropped.
 */
export function validView(source, fields) {
  const view = {};
  for (const [name, check] of Object.entries(fields)) {
    const value = Object.hasOwn(source ?? {}, name) ? source[name] : undefined;
    if (typeof value !== 'string') continue;
    const valid = check(value);
    if (valid !== undefined) view[name] = valid;
  }
  return view;
}

/** The view in a fragment such as `#term=الموصل&bucket=month`; {} when it holds none. */
export function readHash(hash, fields) {
  if (typeof hash !== 'string' || hash.length > MAX_HASH) return {};
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  // The first value of each field, as URLSearchParams.get reads it.
  return validView(Object.fromEntries(Object.keys(fields).filter((n) => params.has(n)).map((n) => [n, params.get(n)])), fields);
}

/** The fragment for a view: its non-empty fields, in a stable order. */
export function hashFor(view) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(view)) if (value !== undefined && value !== '') params.set(name, String(value));
  const query = params.toString();
  return query ? `#${query}` : '';
}

/** Whether the fragment for `view` is short enough to be read back (see MAX_HASH). */
export function fits(view) {
  return hashFor(view).length <= MAX_HASH;
}

/** Replaces the address's fragment without a new history entry (and without a hashchange event). */
export function writeHash(view) {
  const hash = hashFor(view);
  if (hash === location.hash) return;
  try {
    history.replaceState(history.state, '', hash || `${location.pathname}${location.search}`);
  } catch {
    // A page whose address cannot be rewritten (some file:// set-ups) simply does not share its view.
  }
}
