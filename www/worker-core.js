// The worker's side of the protocol, shared by the served worker and the inlined one.
// The page sends { id, type, ...args }; the worker answers { id, type: 'result', value } or
// { id, type: 'error', message }, with { id, type: 'progress', ... } for long jobs.

/** Answers the page's requests with an Engine once `ready` (the wasm module) resolves. */
export function serveEngine(ready, Engine) {
  let engine = null;

  const handlers = {
    reset() {
      engine?.free();
      engine = new Engine();
      return engine.stats();
    },

    /** files: [{ name, buffer, modified }] where modified is 'YYYY-MM-DD' or undefined. */
    add({ files }, progress) {
      const added = [];
      const errors = [];
      files.forEach((file, index) => {
        try {
          added.push(engine.addDocument(file.name, new Uint8Array(file.buffer), undefined, file.modified));
        } catch (e) {
          errors.push({ name: file.name, message: String(e?.message ?? e) });
        }
        progress({ done: index + 1, total: files.length, bytes: file.buffer.byteLength });
      });
      // No stats here: counting distinct keys builds the key index, which would then be
      // rebuilt after every batch of a large load.
      return { added, errors };
    },

    keywords({ query }) {
      return engine.keywords(query);
    },

    timeline({ term, bucket }) {
      return engine.timeline(term, bucket);
    },

    documents() {
      return engine.documents();
    },
  };

  self.onmessage = async ({ data }) => {
    const { id, type } = data;
    try {
      await ready;
      engine ??= new Engine();
      const handler = handlers[type];
      if (!handler) throw new Error(`unknown request «${type}»`);
      const value = handler(data, (p) => self.postMessage({ id, type: 'progress', ...p }));
      self.postMessage({ id, type: 'result', value });
    } catch (e) {
      self.postMessage({ id, type: 'error', message: String(e?.message ?? e) });
    }
  };
}
