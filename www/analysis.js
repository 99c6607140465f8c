// The analysis file a chart is published from: the series and their buckets, with how they were
// counted; document text only when the reader asks for it. <marsad-timeline src="…json"> draws
// it on any web page.

import { el } from './dom.js';

export const WIDGET_FILE = 'marsad-timeline.js';

/**
 * The drawn timelines (one, or a list over the same buckets) as an analysis object (format
 * version 1). Optional fields that readers of version 1 ignore (the widget reads only the fields
 * it draws): the reader's event markers, `events` ({ date, label }); the `settings` the numbers
 * were counted with; the `corpus` statistics; and, only when the reader asks for them, `contexts`:
 * the lines behind each series, the one part of the file that holds document text.
 */
export function toAnalysis(timelines, { events = [], settings, corpus, contexts } = {}) {
  const list = Array.isArray(timelines) ? timelines : [timelines];
  const [first] = list;
  const measured = first.measure && first.measure !== 'count';
  return {
    marsad: 1,
    bucket: first.bucket,
    measure: first.measure ?? 'count',
    series: list.map((timeline) => ({
      term: timeline.term,
      key: timeline.key,
      // `value` (the measure, smoothed when asked) only when it is not the count itself.
      points: timeline.points.map((p) => ({ start: p.start, count: p.count, docs: p.docs, ...(measured || p.smoothed != null ? { value: p.smoothed ?? p.value } : {}) })),
      undatedCount: timeline.undatedCount,
      undatedDocs: timeline.undatedDocs,
    })),
    ...(events.length ? { events: events.map(({ date, label }) => ({ date, label })) } : {}),
    ...(settings ? { settings } : {}),
    ...(corpus ? { corpus } : {}),
    ...(contexts ? { contexts } : {}),
  };
}

/** File name for an analysis: the term, made safe for any file system. */
export function analysisFileName(timeline) {
  const safe = timeline.key.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40) || 'chart';
  return `marsad-${safe}.json`;
}

/** The HTML to paste into a web page next to the two published files. */
export function embedSnippet(file, lang) {
  return `<script type="module" src="${WIDGET_FILE}"></script>\n<marsad-timeline src="${file}" lang="${lang}" height="300"></marsad-timeline>`;
}

export function download(name, text, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  el('a', { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
