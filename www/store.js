// The corpus and the settings kept in this browser's IndexedDB, on this device only: the files'
// bytes as they were read (so a reload rebuilds exactly the same corpus), the edits made to its
// documents, and the view settings. Nothing here touches the network.
//
// Every failure becomes a StoreError with a message for the page: a browser may refuse storage
// outright (private browsing, storage turned off, a file:// page), or fill up mid-load.

const NAME = 'marsad';
const VERSION = 1;
/** Files read back per transaction: a large corpus never sits in memory twice. */
const RESTORE_FILES = 25;
/** A browser that neither opens nor refuses the database (blocked by another tab) gets this long. */
const OPEN_TIMEOUT_MS = 5000;
/** Orders edits made within the same millisecond. */
let editCount = 0;

export class StoreError extends Error {
  /** `full`: the quota was reached; otherwise the store could not be used at all. */
  constructor(message, { full = false } = {}) {
    super(message);
    this.full = full;
  }
}

/** What went wrong, in the words the page shows. */
function explain(error) {
  if (error?.name === 'QuotaExceededError') {
    return new StoreError('the browser’s storage for this page is full', { full: true });
  }
  const why = error?.message ? `: ${error.message}` : '';
  return new StoreError(`this browser does not let the page keep data on this device (private browsing, or storage turned off${why})`);
}

/** A request or transaction as a promise. */
function done(target, value = () => target.result) {
  return new Promise((resolve, reject) => {
    // A failed request reaches its transaction's onerror before the transaction aborts and
    // holds the error itself: the quota error, say, that the transaction only gets afterwards.
    target.onerror = (event) => reject(explain(event.target.error ?? target.error));
    if (target instanceof IDBTransaction) {
      target.oncomplete = () => resolve(value());
      target.onabort = () => reject(explain(target.error));
    } else {
      target.onsuccess = () => resolve(value());
    }
  });
}

export class CorpusStore {
  #db;

  constructor(db) {
    this.#db = db;
    // Another tab upgrading the database must not wait on this one.
    db.onversionchange = () => db.close();
  }

  /** Opens (creating on first use) the database; rejects with a StoreError. */
  static async open() {
    let request;
    try {
      request = globalThis.indexedDB.open(NAME, VERSION);
    } catch (e) {
      throw explain(e);
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      // files: { seq, name, buffer, modified, date, size } in the order they were added.
      db.createObjectStore('files', { keyPath: 'seq', autoIncrement: true });
      // edits: { key, op, args, seq }; one record per document and operation, the last one kept.
      db.createObjectStore('edits', { keyPath: 'key' });
      // meta: 'settings' (the view), 'options' (the engine's, from the settings view) and
      // 'totals' ({ files, bytes, documents } of the kept corpus).
      db.createObjectStore('meta');
    };
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new StoreError('the browser’s storage did not answer (is the page open in another tab?)')), OPEN_TIMEOUT_MS),
    );
    request.onblocked = () => {};
    return new CorpusStore(await Promise.race([done(request), timeout]));
  }

  #transaction(stores, mode = 'readonly') {
    try {
      return this.#db.transaction(stores, mode);
    } catch (e) {
      throw explain(e);
    }
  }

  /** Appends files ({ name, buffer, modified, date }) and the documents they gave, in one transaction. */
  async addFiles(files, documents) {
    const tx = this.#transaction(['files', 'meta'], 'readwrite');
    const result = done(tx);
    try {
      const kept = tx.objectStore('files');
      for (const { name, buffer, modified, date } of files) kept.add({ name, buffer, modified, date, size: buffer.byteLength });
      const meta = tx.objectStore('meta');
      const totals = meta.get('totals');
      totals.onsuccess = () => {
        const t = totals.result ?? { files: 0, bytes: 0, documents: 0 };
        meta.put(
          { files: t.files + files.length, bytes: t.bytes + files.reduce((n, f) => n + f.buffer.byteLength, 0), documents: t.documents + documents },
          'totals',
        );
      };
    } catch (e) {
      tx.abort();
      result.catch(() => {});
      throw explain(e);
    }
    await result;
  }

  /** `{ files, bytes, documents }` of the kept corpus. */
  async totals() {
    const tx = this.#transaction('meta');
    return (await done(tx.objectStore('meta').get('totals'))) ?? { files: 0, bytes: 0, documents: 0 };
  }

  /** Yields the kept files in the order they were added, a few at a time. */
  async *files() {
    let after = 0;
    for (;;) {
      const tx = this.#transaction('files');
      const batch = await done(tx.objectStore('files').getAll(IDBKeyRange.lowerBound(after, true), RESTORE_FILES));
      if (!batch.length) return;
      after = batch[batch.length - 1].seq;
      yield batch.map(({ name, buffer, modified, date }) => ({ name, buffer, modified, date }));
    }
  }

  /** Keeps an edit; a later edit with the same `key` replaces it. */
  async putEdit(key, op, args) {
    const tx = this.#transaction('edits', 'readwrite');
    tx.objectStore('edits').put({ key, op, args, seq: Date.now() * 1000 + (editCount++ % 1000) });
    await done(tx);
  }

  /** Every kept edit, oldest first: `{ op, args }`. */
  async edits() {
    const tx = this.#transaction('edits');
    const all = await done(tx.objectStore('edits').getAll());
    return all.sort((a, b) => a.seq - b.seq).map(({ op, args }) => ({ op, args }));
  }

  /** The view settings. */
  putSettings(settings) {
    return this.#putMeta('settings', settings);
  }

  settings() {
    return this.#meta('settings');
  }

  /** The engine options chosen in the settings view (`{ normalise, stopwordLanguages }`), {} for the defaults. */
  putOptions(options) {
    return this.#putMeta('options', options);
  }

  options() {
    return this.#meta('options');
  }

  async #putMeta(key, value) {
    const tx = this.#transaction('meta', 'readwrite');
    tx.objectStore('meta').put(value, key);
    await done(tx);
  }

  /** A kept object, {} when none. */
  async #meta(key) {
    const tx = this.#transaction('meta');
    return (await done(tx.objectStore('meta').get(key))) ?? {};
  }

  /** Forgets the corpus and its edits, keeping the settings (the page's «Start over»). */
  async clearCorpus() {
    const tx = this.#transaction(['files', 'edits', 'meta'], 'readwrite');
    tx.objectStore('files').clear();
    tx.objectStore('edits').clear();
    tx.objectStore('meta').delete('totals');
    await done(tx);
  }

  /** Forgets everything kept on this device. */
  async clearAll() {
    const tx = this.#transaction(['files', 'edits', 'meta'], 'readwrite');
    for (const name of ['files', 'edits', 'meta']) tx.objectStore(name).clear();
    await done(tx);
  }
}
