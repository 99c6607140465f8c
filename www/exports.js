// What a journalist takes away from the page: the keyword table, the drawn series and the lines
// shown as CSV for a spreadsheet, and a methods note for a story's footnote. Pure functions of
// the engine's answers; export-buttons.js wires them to the page. Document text never goes into
// a file except the KWIC lines the journalist asked for.

import { datingSummary } from './documents-view.js';

/** Every word these files put in front of a reader, in one place for translation. */
export const STRINGS = {
  keywordHeader: ['rank', 'term', 'key', 'count', 'documents', 'tfidf', 'forms merged'],
  seriesFrom: 'from',
  seriesDocs: 'documents in period',
  seriesCount: (term) => `${term}: count`,
  seriesValue: (term, measure) => `${term}: ${MEASURES[measure] ?? measure}`,
  seriesSmoothed: (term) => `${term}: smoothed`,
  kwicHeader: ['document', 'date', 'left', 'hit', 'right'],
  undated: 'undated',
  note: {
    title: 'Methods',
    corpus: (s) =>
      `Corpus: ${s.documents} documents${s.included !== s.documents ? ` (${s.included} counted, ${s.documents - s.included} left out by hand)` : ''}, ` +
      `${s.tokens} words; ${s.dated} dated, ${s.undated} undated (undated documents are never drawn on a timeline).`,
    normalisation: (steps) => `Normalisation before counting: ${steps.length ? steps.join('; ') : 'none'}.`,
    stopwords: (n, added, removed) =>
      `Stopwords: ${n} common words are left out of the keyword and phrase tables (never out of a query)` +
      `${added.length ? `; added by hand: ${added.map(quote).join(', ')}` : ''}${removed.length ? `; removed by hand: ${removed.map(quote).join(', ')}` : ''}.`,
    duplicates: (once) => (once ? 'Near-duplicate documents (the same story published again) were counted once.' : 'Near-duplicate documents were each counted (not merged).'),
    boilerplate: (excluded) => (excluded ? 'Boilerplate repeated across a source’s pages (menus, footers) was left out of the counts.' : 'Boilerplate repeated across pages was not removed.'),
    matching:
      'Words are matched by key: each word is normalised and its attached particles (such as و، ب، ل، ال) are set aside, so «والموصل» and «بالموصل» count as «الموصل». ' +
      'A query written =word matches only that exact (normalised) spelling; "a phrase" matches the words in a row within one sentence.',
    series: (bucket, measure) => `Series drawn (per ${bucket}, ${MEASURES[measure] ?? measure}):`,
    seriesLine: (t, dated, docs) =>
      `«${t.term}» (key «${t.key}»): ${dated} occurrences in ${docs} dated documents` +
      `${t.undatedCount ? `, and ${t.undatedCount} more in undated documents (not drawn)` : ''}; forms counted: ${t.variants.map((v) => `${v.form} ×${v.count}`).join(', ') || 'none'}.`,
    noSeries: 'No series was drawn.',
    made: (date) => `Counted with Marsad on ${date}, in the browser; no document left the computer.`,
  },
};

const MEASURES = { count: 'occurrences', rate: 'per 10,000 words', share: '% of documents' };

const quote = (w) => `«${w}»`;

/** UTF-8's byte order mark: without it Excel reads the file as the local code page and Arabic turns to mojibake. */
const BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would take for a formula (= + - @, or a tab
 * or carriage return first) gets a leading apostrophe: a document saying `=HYPERLINK(…)` must
 * stay text. Numbers pass as they are, so a negative number stays a number.
 */
export function csvCell(value) {
  if (value == null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: the BOM, then CRLF-terminated records. */
export function toCsv(header, rows) {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Keyword or phrase rows as the table shows them (`tfidf` is empty for phrases). */
export function keywordsCsv(rows) {
  return toCsv(
    STRINGS.keywordHeader,
    rows.map((k, i) => [i + 1, k.display, k.key ?? k.keys?.join(' ') ?? '', k.count, k.docs, k.tfidf == null ? '' : round(k.tfidf), k.variants.map((v) => `${v.form} ×${v.count}`).join('; ')]),
  );
}

/**
 * The drawn series: a row per bucket with the documents dated in it, then per series its count
 * and, when the chart shows another measure or a smoothed line, that value too.
 */
export function seriesCsv(timelines) {
  const [first] = timelines;
  const measured = first.measure !== 'count';
  const smoothed = first.points.some((p) => p.smoothed != null);
  const header = [
    STRINGS.seriesFrom,
    STRINGS.seriesDocs,
    ...timelines.flatMap((t) => [STRINGS.seriesCount(t.term), ...(measured ? [STRINGS.seriesValue(t.term, t.measure)] : []), ...(smoothed ? [STRINGS.seriesSmoothed(t.term)] : [])]),
  ];
  const rows = first.points.map((p, i) => [
    p.start,
    p.docs,
    ...timelines.flatMap((t) => {
      const q = t.points[i] ?? {};
      return [q.count ?? '', ...(measured ? [round(q.value)] : []), ...(smoothed ? [round(q.smoothed)] : [])];
    }),
  ]);
  return toCsv(header, rows);
}

/** The lines shown: document, date, the words before, the match, the words after. */
export function kwicCsv(lines) {
  return toCsv(
    STRINGS.kwicHeader,
    lines.map((l) => [l.name, l.date ?? STRINGS.undated, l.left.trim(), l.hit.trim(), l.right.trim()]),
  );
}

/**
 * The methods note (Markdown) from the corpus as counted: `stats`, `documents`, the stopword
 * count with the words added and removed by hand, the normalisation steps, the corpus switches
 * and the timelines drawn. It holds counts, names of steps and the queries, never document text.
 */
export function methodsNote({ stats, documents, stopwords, stopwordEdits = { added: [], removed: [] }, steps, switches, timelines, today }) {
  const n = STRINGS.note;
  const stepText = steps.map((s) => (s.examples?.[0] ? `${s.id} (${s.examples[0].input} → ${s.examples[0].output})` : s.id));
  const lines = [
    `## ${n.title}`,
    '',
    `- ${n.corpus(stats)}`,
    `- ${datingSummary(documents)}`,
    `- ${n.normalisation(stepText)}`,
    `- ${n.stopwords(stopwords, stopwordEdits.added, stopwordEdits.removed)}`,
    `- ${n.duplicates(switches.countDuplicatesOnce)}`,
    `- ${n.boilerplate(switches.excludeBoilerplate)}`,
    `- ${n.matching}`,
  ];
  if (timelines.length) {
    lines.push(`- ${n.series(timelines[0].bucket, timelines[0].measure)}`);
    for (const t of timelines) {
      const dated = t.points.reduce((sum, p) => sum + p.count, 0);
      const docs = t.points.reduce((sum, p) => sum + (p.docsWithTerm ?? 0), 0);
      lines.push(`  - ${n.seriesLine(t, dated, docs)}`);
    }
  } else lines.push(`- ${n.noSeries}`);
  lines.push('', n.made(today));
  return `${lines.join('\n')}\n`;
}

function round(v) {
  return v == null ? '' : Number.isInteger(v) ? v : Number(v.toFixed(4));
}
