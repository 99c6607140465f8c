// The page's handle on the worker: each request becomes a promise, progress arrives by callback.

export class EngineClient {
  #worker;
  #next = 1;
  #pending = new Map();

  /** `createWorker` returns the Worker that runs worker.js (see main.js and single/main.js). */
  constructor(createWorker) {
    this.#worker = createWorker();
    this.#worker.onmessage = ({ data }) => this.#receive(data);
    this.#worker.onerror = (event) => {
      const message = `the analysis engine failed to start: ${event.message || 'unknown error'}`;
      for (const { reject } of this.#pending.values()) reject(new Error(message));
      this.#pending.clear();
    };
  }

  #receive({ id, type, message, value, ...progress }) {
    const pending = this.#pending.get(id);
    if (!pending) return;
    if (type === 'progress') return pending.onProgress?.(progress);
    this.#pending.delete(id);
    if (type === 'error') pending.reject(new Error(message));
    else pending.resolve(value);
  }

  #call(type, args = {}, { transfer = [], onProgress } = {}) {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      this.#worker.postMessage({ id, type, ...args }, transfer);
    });
  }

  /** The corpus-wide switches as last set (the core has no getter): the methods note reads them. */
  switches = { countDuplicatesOnce: false, excludeBoilerplate: false };

  /** The module's normalisation steps, all of them (see normalisationSteps). */
  #allSteps;

  /** `{ lines, places }` of the boilerplate left out, while it is. */
  boilerplateOut = null;

  reset() {
    this.switches = { countDuplicatesOnce: false, excludeBoilerplate: false };
    this.boilerplateOut = null;
    return this.#call('reset');
  }

  terminate() {
    this.#worker.terminate();
    for (const { reject } of this.#pending.values()) reject(new Error('the engine was stopped'));
    this.#pending.clear();
  }

  /**
   * files: [{ name, buffer: ArrayBuffer, modified?, date? }]; the buffers are transferred, not
   * copied. Resolves to a report per file: { name, documents, errors, skipped }.
   */
  add(files, onProgress) {
    return this.#call('add', { files }, { transfer: files.map((f) => f.buffer), onProgress });
  }

  keywords(query) {
    return this.#call('keywords', { query });
  }

  /** `shape`: a bucket name, or { bucket, measure, smoothing }. */
  timeline(term, shape) {
    return this.#call('timeline', { term, shape });
  }

  kwic(query) {
    return this.#call('kwic', { query });
  }

  dispersion(query) {
    return this.#call('dispersion', { query });
  }

  ngrams(query) {
    return this.#call('ngrams', { query });
  }

  collocates(query) {
    return this.#call('collocates', { query });
  }

  keyness(query) {
    return this.#call('keyness', { query });
  }

  duplicates() {
    return this.#call('duplicates');
  }

  async setCountDuplicatesOnce(once) {
    const result = await this.#call('setCountDuplicatesOnce', { once });
    this.switches.countDuplicatesOnce = Boolean(once);
    return result;
  }

  async setExcludeBoilerplate(exclude) {
    const result = await this.#call('setExcludeBoilerplate', { exclude });
    this.switches.excludeBoilerplate = Boolean(exclude);
    // Kept here, not by the view that asked: a restore replays the switch and the page still
    // has to say how many lines are left out.
    this.boilerplateOut = exclude ? { lines: result.length, places: result.reduce((n, l) => n + l.docs, 0) } : null;
    return result;
  }

  applyManifest(text) {
    return this.#call('applyManifest', { text });
  }

  setDate(doc, date) {
    return this.#call('setDate', { doc, date });
  }

  setExcluded(doc, excluded) {
    return this.#call('setExcluded', { doc, excluded });
  }

  text(doc) {
    return this.#call('text', { doc });
  }

  stats() {
    return this.#call('stats');
  }

  documents() {
    return this.#call('documents');
  }

  /** The stopwords in use, one word per key, sorted. */
  stopwords() {
    return this.#call('stopwords');
  }

  /** Resolves to false when the word was already a stopword. */
  addStopword(word) {
    return this.#call('addStopword', { word });
  }

  removeStopword(word) {
    return this.#call('removeStopword', { word });
  }

  /**
   * The normalisation steps in use, or every step with `{ all: true }`:
   * `[{ id, description, examples: [{ input, output }], defaultOn }]`.
   */
  normalisationSteps({ all = false } = {}) {
    // Every step is fixed for a build of the module: asked once, whoever asks (the settings view,
    // a shared link). The steps in use depend on the options, so those are asked each time.
    if (all) {
      this.#allSteps ??= this.#call('normalisationSteps', { all }).catch((e) => {
        this.#allSteps = undefined;
        throw e;
      });
      return this.#allSteps;
    }
    return this.#call('normalisationSteps', { all });
  }

  /** `text` as an engine with `options` (`{ normalise: { foldAlef: false, … } }`) reads it. */
  normalise(text, options) {
    return this.#call('normalise', { text, options });
  }

  /**
   * Replaces the engine by an empty one with other options (`{ normalise, stopwordLanguages }`);
   * «Start over» keeps them. Options the engine refuses reject, and the corpus stays.
   */
  async configure(options) {
    const stats = await this.#call('configure', { options });
    this.switches = { countDuplicatesOnce: false, excludeBoilerplate: false };
    return stats;
  }
}
