// What a journalist takes away from the page: the keyword table, the drawn series and the lines
// shown as CSV for a spreadsheet, and a methods note for a story's footnote. Pure functions of
// the engine's answers; export-buttons.js wires them to the page. Document text never goes into
// a file except the KWIC lines the journalist asked for.

import { datingSummary } from './documents-view.js';
import { bucketWord, languageName, measureWord, t } from './i18n.js';

/**
 * The words these files put in front of a reader, in the page's language at the moment of the
 * download (keys `export.*` and `note.*` of the string tables). Numbers inside the CSV cells stay
 * plain digits for spreadsheets; the methods note is prose and formats them as the page does.
 */
const say = (key, params) => t(`export.${key}`, params);
const header = (key) => say(key).split('|');
const note = (key, params) => t(`note.${key}`, params);

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
    header('keywordHeader'),
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
    say('seriesFrom'),
    say('seriesDocs'),
    ...timelines.flatMap(({ term, measure: m }) => [
      say('seriesCount', { term }),
      ...(measured ? [say('seriesValue', { term, measure: measureWord(m) })] : []),
      ...(smoothed ? [say('seriesSmoothed', { term })] : []),
    ]),
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
    header('kwicHeader'),
    lines.map((l) => [l.name, l.date ?? say('undated'), l.left.trim(), l.hit.trim(), l.right.trim()]),
  );
}

/**
 * The methods note (Markdown) from the corpus as counted: `stats`, `documents`, the stopword
 * count with the words added and removed by hand, the normalisation steps, the corpus switches
 * and the timelines drawn. It holds counts, names of steps and the queries, never document text.
 */
export function methodsNote({ stats, documents, stopwords, stopwordEdits = { added: [], removed: [] }, stopwordLanguages = [], steps, switches, timelines, events = [], today }) {
  const stepText = steps.map((s) => (s.examples?.[0] ? `${s.id} (${s.examples[0].input} → ${s.examples[0].output})` : s.id));
  const list = (words) => words.map(quote).join(t('list.comma'));
  const lines = [
    `## ${note('title')}`,
    '',
    `- ${note('corpus', { ...stats, left: stats.documents - stats.included })}`,
    `- ${datingSummary(documents)}`,
    `- ${stepText.length ? note('normalisation', { steps: stepText.join('; ') }) : note('normalisation.none')}`,
    `- ${note('stopwords', { n: stopwords, languages: stopwordLanguages.map(languageName).join(t('list.comma')), added: list(stopwordEdits.added), removed: list(stopwordEdits.removed) })}`,
    `- ${note(switches.countDuplicatesOnce ? 'duplicates.once' : 'duplicates.each')}`,
    `- ${note(switches.excludeBoilerplate ? 'boilerplate.out' : 'boilerplate.in')}`,
    `- ${note('matching')}`,
  ];
  if (timelines.length) {
    lines.push(`- ${note('series', { bucket: bucketWord(timelines[0].bucket), measure: measureWord(timelines[0].measure) })}`);
    for (const line of timelines) {
      const dated = line.points.reduce((sum, p) => sum + p.count, 0);
      const docs = line.points.reduce((sum, p) => sum + (p.docsWithTerm ?? 0), 0);
      const forms = line.variants.map((v) => `${v.form} ×${v.count}`).join(t('list.comma'));
      lines.push(`  - ${note('seriesLine', { term: line.term, key: line.key, dated, docs, undated: line.undatedCount ?? 0, forms })}`);
    }
  } else lines.push(`- ${note('noSeries')}`);
  if (events.length) lines.push(`- ${note('events', { events: events.map((e) => `${e.date} ${quote(e.label)}`).join(t('list.comma')) })}`);
  lines.push('', note('made', { date: today }));
  return `${lines.join('\n')}\n`;
}

function round(v) {
  return v == null ? '' : Number.isInteger(v) ? v : Number(v.toFixed(4));
}
