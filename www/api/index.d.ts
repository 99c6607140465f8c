// Types for the `marsad` package's main entry (index.js).

/** A document to add: a browser File, or a name with its text or raw bytes. */
export type DocumentSource =
  | File
  | { name: string; text: string; modified?: string }
  | { name: string; bytes: Uint8Array; modified?: string };

export interface DocumentSummary {
  id: number;
  name: string;
  /** WHATWG name of the detected encoding, e.g. "UTF-8", "windows-1256". */
  encoding: string;
  /** YYYY-MM-DD, or null when undated. */
  date: string | null;
  dateSource: 'given' | 'file-name' | 'last-modified' | null;
  tokens: number;
  warnings: string[];
}

export interface DocumentError {
  name: string;
  message: string;
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
  /** Every surface form merged under the key, most frequent first. */
  variants: Variant[];
}

export interface KeywordQuery {
  limit?: number;
  includeStopwords?: boolean;
  includeNumbers?: boolean;
  includeLinks?: boolean;
}

export type Bucket = 'auto' | 'day' | 'month' | 'year';

export interface TimelinePoint {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  count: number;
  docs: number;
  docsWithTerm: number;
}

export interface Timeline {
  term: string;
  key: string;
  bucket: Exclude<Bucket, 'auto'>;
  points: TimelinePoint[];
  undatedCount: number;
  undatedDocs: number;
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
}

export interface Progress {
  done: number;
  total: number;
  bytes: number;
}

export declare class MarsadEngine {
  addDocuments(
    documents: Iterable<DocumentSource>,
    onProgress?: (progress: Progress) => void,
  ): Promise<{ added: DocumentSummary[]; errors: DocumentError[] }>;
  keywords(query?: KeywordQuery): Promise<Keyword[]>;
  timeline(term: string, bucket?: Bucket): Promise<Timeline>;
  analysis(term: string, bucket?: Bucket): Promise<Analysis>;
  documents(): Promise<DocumentSummary[]>;
  terminate(): void;
}

/** Starts an engine in a Web Worker; `workerUrl` overrides the bundled worker's location. */
export declare function createEngine(options?: { workerUrl?: string | URL }): MarsadEngine;

export declare function toAnalysis(timeline: Timeline): Analysis;
