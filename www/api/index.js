// Marsad as a library: a worker-backed engine for pages that analyse documents in place, and the
// analysis format that <marsad-timeline> draws. Everything runs in the browser; nothing is sent.

import { EngineClient } from '../engine-client.js';
import { toAnalysis } from '../analysis.js';
import { localDate } from '../files.js';

/**
 * Starts an engine in a Web Worker. `workerUrl` defaults to the worker.js shipped beside this
 * module; bundlers (Vite) follow the `new URL(…, import.meta.url)` and bundle it.
 */
export function createEngine({ workerUrl } = {}) {
  const client = new EngineClient(() =>
    workerUrl ? new Worker(workerUrl, { type: 'module' }) : new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }),
  );
  return new MarsadEngine(client);
}

export class MarsadEngine {
  #client;

  constructor(client) {
    this.#client = client;
  }

  /**
   * Adds documents: `File`s, or `{ name, text }` / `{ name, bytes }` with an optional
   * `modified` date (`YYYY-MM-DD`). Resolves to `{ added, errors }`; one bad file never stops
   * the others.
   */
  async addDocuments(documents, onProgress) {
    const files = await Promise.all(
      [...documents].map(async (d) => {
        if (typeof File !== 'undefined' && d instanceof File) {
          return { name: d.name, buffer: await d.arrayBuffer(), modified: localDate(d.lastModified) };
        }
        const bytes = d.bytes ?? new TextEncoder().encode(d.text ?? '');
        const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        return { name: String(d.name), buffer, modified: d.modified };
      }),
    );
    const { added, errors } = await this.#client.add(files, onProgress);
    return { added, errors };
  }

  /** The keyword table: `{ key, display, count, docs, variants }[]`. */
  keywords(query = {}) {
    return this.#client.keywords(query);
  }

  /** A term's series: `bucket` is 'auto', 'day', 'month' or 'year'. */
  timeline(term, bucket = 'auto') {
    return this.#client.timeline(term, bucket);
  }

  /** The analysis object <marsad-timeline> draws, for one term. */
  async analysis(term, bucket = 'auto') {
    return toAnalysis(await this.timeline(term, bucket));
  }

  documents() {
    return this.#client.documents();
  }

  terminate() {
    this.#client.terminate();
  }
}

export { toAnalysis };
