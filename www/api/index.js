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
   * `modified` or `date` (`YYYY-MM-DD`). Every format the core reads is accepted (text,
   * Markdown, HTML, CSV/TSV, JSON/JSONL, zip, docx); an archive or table gives many documents.
   * Resolves to `{ added, errors, skipped, reports }`: the documents, what could not be read
   * (a file, or a part of one: «a.zip › b.json › #12»), rows without text, and one report per
   * file. One bad file or part never stops the others.
   */
  async addDocuments(documents, onProgress) {
    const files = await Promise.all(
      [...documents].map(async (d) => {
        if (typeof File !== 'undefined' && d instanceof File) {
          return { name: d.name, buffer: await d.arrayBuffer(), modified: localDate(d.lastModified) };
        }
        const bytes = d.bytes ?? new TextEncoder().encode(d.text ?? '');
        const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        return { name: String(d.name), buffer, modified: d.modified, date: d.date };
      }),
    );
    const reports = await this.#client.add(files, onProgress);
    return {
      added: reports.flatMap((r) => r.documents),
      errors: reports.flatMap((r) => r.errors),
      skipped: reports.flatMap((r) => r.skipped),
      reports,
    };
  }

  /** The keyword table: `{ key, display, count, docs, variants }[]`. */
  keywords(query = {}) {
    return this.#client.keywords(query);
  }

  /** A query's series: `shape` is a bucket ('auto', 'day', 'week', 'month', 'quarter', 'year') or `{ bucket, measure, smoothing }`. */
  timeline(term, shape = 'auto') {
    return this.#client.timeline(term, shape);
  }

  /** The analysis object <marsad-timeline> draws, for one term. */
  async analysis(term, bucket = 'auto') {
    return toAnalysis(await this.timeline(term, bucket));
  }

  documents() {
    return this.#client.documents();
  }

  /** Concordance lines: a query string, or `{ query, width, sort, offset, limit, from, to, undated, doc }`. */
  kwic(query) {
    return this.#client.kwic(query);
  }

  /** Where a query matches, document by document, for a corpus without dates. */
  dispersion(query) {
    return this.#client.dispersion(query);
  }

  ngrams(query = {}) {
    return this.#client.ngrams(query);
  }

  /** Keys near a query's matches: a query string, or `{ query, window, limit, minCount, includeStopwords, sort }`. */
  collocates(query) {
    return this.#client.collocates(query);
  }

  /** Keys that set a selection of documents apart from the rest (or from `reference`). */
  keyness(query) {
    return this.#client.keyness(query);
  }

  duplicates() {
    return this.#client.duplicates();
  }

  setCountDuplicatesOnce(once) {
    return this.#client.setCountDuplicatesOnce(once);
  }

  /** Leaves repeated boilerplate lines out of the counts (or puts them back); resolves to the lines. */
  setExcludeBoilerplate(exclude) {
    return this.#client.setExcludeBoilerplate(exclude);
  }

  /** Dates documents from a CSV of file name → date. */
  applyManifest(text) {
    return this.#client.applyManifest(text);
  }

  setDate(doc, date) {
    return this.#client.setDate(doc, date);
  }

  setExcluded(doc, excluded) {
    return this.#client.setExcluded(doc, excluded);
  }

  /** A document's text, as counted. */
  text(doc) {
    return this.#client.text(doc);
  }

  stats() {
    return this.#client.stats();
  }

  terminate() {
    this.#client.terminate();
  }
}

export { toAnalysis };
