// The worker's side of the protocol, shared by the served worker and the inlined one.
// The page sends { id, type, ...args }; the worker answers { id, type: 'result', value } or
// { id, type: 'error', message }, with { id, type: 'progress', ... } for long jobs.

import { CoreEngine } from './core.js';

/** Files handed to the core per call: small enough for the progress bar to move. */
const CALL_BYTES = 2 * 1024 * 1024;
const CALL_FILES = 50;

/**
 * Answers the page's requests with an Engine once `ready` (the wasm module) resolves.
 * `normalisationSteps` and `normalise`: the module's functions of those names, for the methods
 * note and the settings view.
 */
export function serveEngine(ready, Engine, { normalisationSteps, normalise } = {}) {
  let engine = null;
  /** The engine options in use (the settings view's choice), kept for «Start over». */
  let options;

  const handlers = {
    reset() {
      engine?.free();
      engine = new CoreEngine(Engine, options);
      return engine.stats();
    },

    /** A new, empty engine with other options; options it refuses leave the current one as it was. */
    configure({ options: next }) {
      const fresh = new CoreEngine(Engine, next);
      engine?.free();
      engine = fresh;
      options = next;
      return engine.stats();
    },

    /**
     * files: [{ name, buffer, modified }] where modified is 'YYYY-MM-DD' or undefined. Returns
     * a report per file, { name, documents, errors, skipped }, in order. The core reads each
     * call's files as one batch: the same result as one call for all of them.
     */
    add({ files }, progress) {
      const reports = [];
      let done = 0;
      for (const group of groups(files)) {
        reports.push(...engine.addFiles(group));
        done += group.length;
        progress({ done, total: files.length, files: group.length, bytes: group.reduce((n, f) => n + f.buffer.byteLength, 0) });
      }
      // No stats here: counting distinct keys builds the key index, which would then be
      // rebuilt after every batch of a large load.
      return reports;
    },

    keywords: ({ query }) => engine.keywords(query),
    timeline: ({ term, shape }) => engine.timeline(term, shape),
    kwic: ({ query }) => engine.kwic(query),
    dispersion: ({ query }) => engine.dispersion(query),
    ngrams: ({ query }) => engine.ngrams(query),
    collocates: ({ query }) => engine.collocates(query),
    keyness: ({ query }) => engine.keyness(query),
    duplicates: () => engine.duplicates(),
    setCountDuplicatesOnce: ({ once }) => engine.setCountDuplicatesOnce(once),
    setExcludeBoilerplate: ({ exclude }) => engine.setExcludeBoilerplate(exclude),
    applyManifest: ({ text }) => engine.applyManifest(text),
    setDate: ({ doc, date }) => engine.setDate(doc, date),
    setExcluded: ({ doc, excluded }) => engine.setExcluded(doc, excluded),
    text: ({ doc }) => engine.text(doc),
    stats: () => engine.stats(),
    documents: () => engine.documents(),
    stopwords: () => engine.stopwords(),
    addStopword: ({ word }) => engine.addStopword(word),
    removeStopword: ({ word }) => engine.removeStopword(word),
    /** Every step (`all`), or the steps in use. */
    normalisationSteps: ({ all }) => {
      const steps = normalisationSteps ? JSON.parse(normalisationSteps()) : [];
      return all ? steps : steps.filter((s) => options?.normalise?.[s.id] ?? s.defaultOn);
    },
    /** `options`: as for the engine, `{ normalise: { foldAlef: false, … } }`; only its steps matter. */
    normalise: ({ text, options: given }) => (normalise ? normalise(String(text), JSON.stringify(given?.normalise ?? {})) : String(text)),
  };

  self.onmessage = async ({ data }) => {
    const { id, type } = data;
    try {
      await ready;
      engine ??= new CoreEngine(Engine, options);
      const handler = handlers[type];
      if (!handler) throw new Error(`unknown request «${type}»`);
      const value = handler(data, (p) => self.postMessage({ id, type: 'progress', ...p }));
      self.postMessage({ id, type: 'result', value });
    } catch (e) {
      self.postMessage({ id, type: 'error', message: String(e?.message ?? e) });
    }
  };
}

/** Consecutive runs of files, each within CALL_BYTES or CALL_FILES (a larger file alone). */
function* groups(files) {
  let group = [];
  let bytes = 0;
  for (const file of files) {
    if (group.length && (bytes + file.buffer.byteLength > CALL_BYTES || group.length >= CALL_FILES)) {
      yield group;
      group = [];
      bytes = 0;
    }
    group.push(file);
    bytes += file.buffer.byteLength;
  }
  if (group.length) yield group;
}
