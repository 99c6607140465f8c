// The engine client with a memory: every file that gave documents, and every edit made to the
// corpus, is also kept in this browser's storage (store.js), so a reload rebuilds the same corpus
// in a fresh worker. Storage is a convenience, never a condition: when the browser refuses it or
// fills up, the page says so once and the corpus in this tab carries on untouched.

import { EngineClient } from './engine-client.js';
import { CorpusStore } from './store.js';

/**
 * Edits replayed after the files, in the order made. Each is kept under a key, so only the last
 * date set on a document (or the last value of a switch) is replayed; manifests accumulate.
 */
const EDITS = {
  setDate: (doc) => `setDate:${doc}`,
  setExcluded: (doc) => `setExcluded:${doc}`,
  setCountDuplicatesOnce: () => 'setCountDuplicatesOnce',
  setExcludeBoilerplate: () => 'setExcludeBoilerplate',
  applyManifest: () => `applyManifest:${Date.now()}:${Math.random()}`,
  // One key per word: adding then removing it replays only the removal.
  addStopword: (word) => `stopword:${word}`,
  removeStopword: (word) => `stopword:${word}`,
};

export class PersistentEngine extends EngineClient {
  /** Resolves to the CorpusStore, or null when the browser refused it. */
  #store;
  /** Set once saving failed in this session: nothing more is saved until «Start over». */
  #broken = false;
  #onStorage;
  /** The engine options in use: `{ normalise, stopwordLanguages }` as the settings view chose them. */
  #options = {};

  /**
   * `onStorage({ kept, key, params })` is told what is kept on this device after every change,
   * as a string key of i18n.js and its parameters;
   * `open` opens the store (tests pass another).
   */
  constructor(createWorker, { onStorage = () => {}, open = () => CorpusStore.open() } = {}) {
    super(createWorker);
    this.#onStorage = onStorage;
    this.#store = open().catch((e) => {
      onStorage({ kept: false, key: 'storage.refused', params: { message: e.message } });
      return null;
    });
  }

  async add(files, onProgress) {
    const store = this.#broken ? null : await this.#store;
    // The worker takes the buffers (they are transferred), so the store gets copies.
    const copies = store && files.map((f) => ({ ...f, buffer: f.buffer.slice(0) }));
    const reports = await super.add(files, onProgress);
    if (!copies) return reports;
    const kept = copies.filter((f, i) => reports[i]?.name === f.name && reports[i].documents.length > 0);
    const documents = reports.reduce((n, r) => n + r.documents.length, 0);
    if (kept.length) await this.#save(store, () => store.addFiles(kept, documents));
    return reports;
  }

  /**
   * Re-adds the kept files and replays the kept edits. `onStart({ files, bytes })` comes first,
   * `onProgress` as for add(). Resolves to `{ files, of, documents, edits }` (`of`: the files
   * kept, `files`: those read back), or null when nothing came back. Edits are replayed only
   * onto the same documents: if this version of Marsad reads the files into a different number
   * of documents, or not every file could be read back, they are left out (`edits: null`).
   */
  async restore({ options: given, ...progress } = {}) {
    const store = await this.#store;
    // The options first: the files are read with them. Options this version refuses are dropped.
    // Options `given` (a shared link's) win over the kept ones, and are kept from now on.
    const options = given ?? (store ? await store.options().catch(() => ({})) : {});
    if (Object.keys(options).length) await super.configure(options).then(() => (this.#options = options), () => {});
    if (given && store) await store.putOptions(given).catch(() => {});
    if (!store) return null;
    return this.#readBack(store, progress);
  }

  /** The engine options in use ({} for the defaults). */
  options() {
    return this.#options;
  }

  /**
   * Swaps the engine for an empty one with other options (the settings view's) and reads the
   * kept corpus into it again, as a reload would; the options are kept for the next visit.
   * Resolves as restore() does, with `lost`: the documents loaded before that could not be read
   * again (this browser keeps none, or stopped keeping them), to be added again by hand.
   */
  async reconfigure(options, progress = {}) {
    const had = (await super.stats()).documents;
    await super.configure(options);
    this.#options = options;
    const store = this.#broken ? null : await this.#store;
    if (store) await store.putOptions(options).catch(() => {});
    const restored = store ? await this.#readBack(store, progress) : null;
    return { files: 0, of: 0, documents: 0, edits: 0, ...restored, lost: Math.max(0, had - (restored?.documents ?? 0)) };
  }

  async #readBack(store, { onStart = () => {}, onProgress } = {}) {
    let totals = { files: 0 };
    let files = 0;
    let documents = 0;
    try {
      totals = await store.totals();
      if (!totals.files) {
        await this.#tell(store);
        return null;
      }
      onStart(totals);
      for await (const batch of store.files()) {
        for (const report of await super.add(batch, onProgress)) documents += report.documents.length;
        files += batch.length;
      }
      const kept = await store.edits();
      let edits = 0;
      if (kept.length && documents !== totals.documents) edits = null;
      else {
        for (const { op, args } of kept) {
          if (!Object.hasOwn(EDITS, op) || !Array.isArray(args)) continue;
          await super[op](...args).then(() => edits++, () => {});
        }
      }
      await this.#tell(store);
      return { files, of: totals.files, documents, edits };
    } catch (e) {
      this.#onStorage({ kept: false, key: 'storage.unreadable', params: { message: e.message } });
      return files ? { files, of: totals.files, documents, edits: null } : null;
    }
  }

  /** Empties the corpus here and in the store; the settings stay. */
  async reset() {
    const result = await super.reset();
    const store = await this.#store;
    if (store) {
      this.#broken = false;
      await this.#save(store, () => store.clearCorpus());
    }
    return result;
  }

  /** Empties the corpus and forgets everything kept on this device, the engine options included. */
  async forget() {
    await super.configure({});
    this.#options = {};
    const store = await this.#store;
    if (!store) return;
    this.#broken = false;
    try {
      await store.clearAll();
      this.#onStorage({ kept: false, key: 'storage.nothing' });
    } catch (e) {
      this.#onStorage({ kept: false, key: 'storage.notRemoved', params: { message: e.message } });
    }
  }

  /** The settings kept with the corpus ({} when none, or no storage). */
  async settings() {
    const store = await this.#store;
    return store ? store.settings().catch(() => ({})) : {};
  }

  async saveSettings(settings) {
    const store = await this.#store;
    if (store && !this.#broken) await store.putSettings(settings).catch(() => {});
  }

  async #edit(op, args, apply) {
    const result = await apply();
    const store = this.#broken ? null : await this.#store;
    if (store && result !== false) await this.#save(store, () => store.putEdit(EDITS[op](...args), op, args));
    return result;
  }

  setDate(doc, date) {
    return this.#edit('setDate', [doc, date ?? null], () => super.setDate(doc, date));
  }

  setExcluded(doc, excluded) {
    return this.#edit('setExcluded', [doc, Boolean(excluded)], () => super.setExcluded(doc, excluded));
  }

  setCountDuplicatesOnce(once) {
    return this.#edit('setCountDuplicatesOnce', [Boolean(once)], () => super.setCountDuplicatesOnce(once));
  }

  setExcludeBoilerplate(exclude) {
    return this.#edit('setExcludeBoilerplate', [Boolean(exclude)], () => super.setExcludeBoilerplate(exclude));
  }

  addStopword(word) {
    return this.#edit('addStopword', [String(word)], () => super.addStopword(word));
  }

  removeStopword(word) {
    return this.#edit('removeStopword', [String(word)], () => super.removeStopword(word));
  }

  applyManifest(text) {
    return this.#edit('applyManifest', [String(text)], () => super.applyManifest(text));
  }

  /**
   * Runs a write; on failure stops saving for this session. A full store keeps no part of the
   * corpus: half a corpus coming back after a reload would be worse than none.
   */
  async #save(store, write) {
    try {
      await write();
      await this.#tell(store);
    } catch (e) {
      this.#broken = true;
      if (e.full) await store.clearCorpus().catch(() => {});
      this.#onStorage({ kept: false, key: 'storage.failed', params: { message: e.message, full: Boolean(e.full) } });
    }
  }

  async #tell(store) {
    const { files } = await store.totals().catch(() => ({ files: 0 }));
    this.#onStorage({ kept: files > 0, key: files ? 'storage.kept' : 'storage.empty', params: { files } });
  }
}
