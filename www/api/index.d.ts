// Types for the `marsad` package's main entry (index.js).

/**
 * A document to add: a browser File, or a name with its text or raw bytes. `modified` is the
 * file's last-modified day, `date` one you vouch for (both `YYYY-MM-DD`).
 */
export type DocumentSource =
  | File
  | { name: string; text: string; modified?: string; date?: string }
  | { name: string; bytes: Uint8Array; modified?: string; date?: string };

export type DateSource = 'given' | 'manifest' | 'field' | 'html-meta' | 'text' | 'file-name' | 'last-modified';

export interface DocumentSummary {
  id: number;
  /** The file the document came from. */
  name: string;
  /** Where in the file («a.zip › b.json › #12»); empty for a file that is one document. */
  location: string;
  title: string | null;
  source: string | null;
  format: 'text' | 'markdown' | 'html' | 'csv' | 'tsv' | 'json' | 'jsonl' | 'docx';
  /** WHATWG name of the detected encoding, e.g. "UTF-8", "windows-1256". */
  encoding: string;
  /** ISO 639-1 code, when the text says clearly. */
  language: string | null;
  /** YYYY-MM-DD, or null when undated. */
  date: string | null;
  dateSource: DateSource | null;
  dateConfidence: 'high' | 'medium' | 'low' | null;
  /** What the date was read from: a field's name, or the words of the text. */
  dateEvidence: string | null;
  tokens: number;
  /** Left out of every count (by hand, or as a duplicate counted once). */
  excluded: boolean;
  warnings: string[];
}

/** A file, or a part of one («a.zip › b.json › #12»), that could not be read, and why. */
export interface DocumentError {
  name: string;
  message: string;
}

/** A row or object with no text: not an error, reported so that the counts add up. */
export interface Skipped {
  location: string;
  reason: string;
}

export interface FileReport {
  name: string;
  documents: DocumentSummary[];
  errors: DocumentError[];
  skipped: Skipped[];
}

export interface Variant {
  form: string;
  count: number;
}

export interface Keyword {
  key: string;
  /** The most frequent surface form. */
  display: string;
  count: number;
  docs: number;
  /** Occurrences per 10,000 tokens of the documents in play. */
  rate: number;
  tfidf: number;
  /** First and last dates it occurs on. */
  first: string | null;
  last: string | null;
  /** Every surface form merged under the key, most frequent first. */
  variants: Variant[];
}

export interface KeywordQuery {
  limit?: number;
  includeStopwords?: boolean;
  includeNumbers?: boolean;
  includeLinks?: boolean;
  script?: 'arabic' | 'latin' | 'other';
  minCount?: number;
  sort?: 'count' | 'docs' | 'tfidf';
}

export type Bucket = 'auto' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Shape {
  bucket?: Bucket;
  /** count: occurrences; rate: per 10,000 tokens of the bucket; share: % of its documents mentioning the term. */
  measure?: 'count' | 'rate' | 'share';
  /** Centred moving average over this many buckets (odd; 0 or 1: none). */
  smoothing?: number;
}

export interface TimelinePoint {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  count: number;
  docs: number;
  docsWithTerm: number;
  tokens: number;
  /** The measure asked for. */
  value: number;
  smoothed?: number;
  /** Fewer documents than a fifth of the median bucket (or under 3): a spike here may be noise. */
  thin: boolean;
}

export interface Timeline {
  term: string;
  key: string;
  /** The spellings counted, most frequent first. */
  variants: Variant[];
  bucket: Exclude<Bucket, 'auto'>;
  measure: 'count' | 'rate' | 'share';
  points: TimelinePoint[];
  undatedCount: number;
  undatedDocs: number;
}

export interface KwicQuery {
  query: string;
  /** Characters of context on each side (60). */
  width?: number;
  sort?: 'document' | 'left' | 'right';
  offset?: number;
  limit?: number;
  /** Dated from (inclusive) … to (exclusive), YYYY-MM-DD. */
  from?: string;
  to?: string;
  undated?: boolean;
  doc?: number;
}

export interface Kwic {
  total: number;
  lines: {
    doc: number;
    name: string;
    date: string | null;
    left: string;
    hit: string;
    right: string;
    /** Byte and UTF-16 offsets of the hit in the document's text. */
    start: number;
    end: number;
    start16: number;
    end16: number;
  }[];
}

export interface Dispersion {
  tokens: number;
  documents: { doc: number; offset: number; tokens: number; positions: number[] }[];
}

export interface NgramQuery {
  min?: number;
  max?: number;
  limit?: number;
  minCount?: number;
  includeStopwords?: boolean;
  includeNumbers?: boolean;
}

export interface Ngram {
  keys: string[];
  display: string;
  count: number;
  docs: number;
  variants: Variant[];
}

export interface CollocateQuery {
  query: string;
  window?: number;
  limit?: number;
  minCount?: number;
  includeStopwords?: boolean;
  sort?: 'logLikelihood' | 'pmi' | 'count';
}

export interface Collocate {
  key: string;
  display: string;
  together: number;
  total: number;
  logLikelihood: number;
  pmi: number;
}

export interface Selection {
  from?: string;
  to?: string;
  source?: string;
  docs?: number[];
}

export interface KeynessQuery {
  target: Selection;
  /** Omitted: the rest of the corpus. */
  reference?: Selection;
  limit?: number;
  minCount?: number;
  includeStopwords?: boolean;
  includeNumbers?: boolean;
}

export interface Keyness {
  target: { documents: number; tokens: number };
  reference: { documents: number; tokens: number };
  keys: {
    key: string;
    display: string;
    targetCount: number;
    referenceCount: number;
    logLikelihood: number;
    logRatio: number;
    direction: 'over' | 'under';
  }[];
}

export interface DuplicateCluster {
  /** Ascending; the first is the one kept when each cluster counts once. */
  docs: number[];
  similarity: number;
}

export interface RepeatedLine {
  text: string;
  docs: number;
  group: string;
  kind: 'sharedAcrossDocuments' | 'repeatedInDocument';
}

export interface ManifestReport {
  dated: number;
  unmatched: string[];
  errors: string[];
}

export interface CorpusStats {
  documents: number;
  included: number;
  tokens: number;
  distinctKeys: number;
  dated: number;
  undated: number;
}

/** What <marsad-timeline> draws: series and buckets, no document text. */
export interface Analysis {
  marsad: 1;
  bucket: Exclude<Bucket, 'auto'>;
  measure: 'count';
  series: {
    term: string;
    key: string;
    points: { start: string; count: number; docs: number }[];
    undatedCount: number;
    undatedDocs: number;
  }[];
  /** The reader's event markers, when any were given: a label at a date (YYYY-MM-DD). */
  events?: { date: string; label: string }[];
}

export interface Progress {
  /** Files of this call read so far, of `total`; `files` and `bytes` were just read. */
  done: number;
  total: number;
  files: number;
  bytes: number;
}

export declare class MarsadEngine {
  addDocuments(
    documents: Iterable<DocumentSource>,
    onProgress?: (progress: Progress) => void,
  ): Promise<{ added: DocumentSummary[]; errors: DocumentError[]; skipped: Skipped[]; reports: FileReport[] }>;
  keywords(query?: KeywordQuery): Promise<Keyword[]>;
  timeline(term: string, shape?: Bucket | Shape): Promise<Timeline>;
  analysis(term: string, bucket?: Bucket): Promise<Analysis>;
  documents(): Promise<DocumentSummary[]>;
  kwic(query: string | KwicQuery): Promise<Kwic>;
  dispersion(query: string): Promise<Dispersion>;
  ngrams(query?: NgramQuery): Promise<Ngram[]>;
  collocates(query: string | CollocateQuery): Promise<Collocate[]>;
  keyness(query: KeynessQuery): Promise<Keyness>;
  duplicates(): Promise<DuplicateCluster[]>;
  setCountDuplicatesOnce(once: boolean): Promise<void>;
  setExcludeBoilerplate(exclude: boolean): Promise<RepeatedLine[]>;
  applyManifest(csv: string): Promise<ManifestReport>;
  setDate(doc: number, date: string | null): Promise<boolean>;
  setExcluded(doc: number, excluded: boolean): Promise<boolean>;
  text(doc: number): Promise<string | undefined>;
  stats(): Promise<CorpusStats>;
  terminate(): void;
}

/** Starts an engine in a Web Worker; `workerUrl` overrides the bundled worker's location. */
export declare function createEngine(options?: { workerUrl?: string | URL }): MarsadEngine;

export declare function toAnalysis(timeline: Timeline | Timeline[], options?: { events?: { date: string; label: string }[] }): Analysis;
