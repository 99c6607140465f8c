// The wasm engine with JavaScript values: the core takes and returns JSON text (one serializer
// for every type keeps the module small), and this wrapper parses and stringifies it. The worker
// uses it, and so do the tests that drive the core directly.

const json = (value) => (value === undefined ? undefined : JSON.stringify(value));

export class CoreEngine {
  #raw;

  /** `Engine` is the wasm module's class; `options` a partial `{ normalise, stopwordLanguages, columns }`. */
  constructor(Engine, options) {
    this.#raw = new Engine(json(options));
  }

  /**
   * Adds a batch of files in one call: `files` are `{ name, bytes: Uint8Array | ArrayBuffer,
   * modified?, date? }`. Returns a report per file: `{ name, documents, errors, skipped }`.
   */
  addFiles(files) {
    const parts = files.map((f) => (f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes ?? f.buffer)));
    const all = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.byteLength;
    }
    const meta = files.map((f, i) => ({ name: String(f.name), size: parts[i].byteLength, modified: f.modified, date: f.date }));
    return JSON.parse(this.#raw.addFiles(JSON.stringify(meta), all));
  }

  keywords(query) {
    return JSON.parse(this.#raw.keywords(json(query)));
  }

  /** `shape`: a bucket name or `{ bucket, measure, smoothing }`. */
  timeline(query, shape) {
    return JSON.parse(this.#raw.timeline(query, json(shape)));
  }

  /** `query`: a query string, or `{ query, width, sort, offset, limit, from, to, undated, doc }`. */
  kwic(query) {
    return JSON.parse(this.#raw.kwic(JSON.stringify(typeof query === 'string' ? { query } : query)));
  }

  dispersion(query) {
    return JSON.parse(this.#raw.dispersion(query));
  }

  ngrams(query) {
    return JSON.parse(this.#raw.ngrams(json(query)));
  }

  /** `query`: a query string, or `{ query, window, limit, minCount, includeStopwords, sort }`. */
  collocates(query) {
    return JSON.parse(this.#raw.collocates(JSON.stringify(typeof query === 'string' ? { query } : query)));
  }

  keyness(query) {
    return JSON.parse(this.#raw.keyness(JSON.stringify(query ?? {})));
  }

  duplicates() {
    return JSON.parse(this.#raw.duplicates());
  }

  setCountDuplicatesOnce(once) {
    this.#raw.setCountDuplicatesOnce(Boolean(once));
  }

  /** Returns the repeated lines found (left out of the counts when `exclude`). */
  setExcludeBoilerplate(exclude) {
    return JSON.parse(this.#raw.setExcludeBoilerplate(Boolean(exclude)));
  }

  applyManifest(text) {
    return JSON.parse(this.#raw.applyManifest(String(text)));
  }

  /** `date`: `YYYY-MM-DD`, or null/undefined for undated. */
  setDate(id, date) {
    return this.#raw.setDate(id, date ?? undefined);
  }

  setExcluded(id, excluded) {
    return this.#raw.setExcluded(id, Boolean(excluded));
  }

  text(id) {
    return this.#raw.text(id);
  }

  stats() {
    return JSON.parse(this.#raw.stats());
  }

  documents() {
    return JSON.parse(this.#raw.documents());
  }

  stopwords() {
    return this.#raw.stopwords();
  }

  addStopword(word) {
    return this.#raw.addStopword(word);
  }

  removeStopword(word) {
    return this.#raw.removeStopword(word);
  }

  free() {
    this.#raw.free();
  }
}
