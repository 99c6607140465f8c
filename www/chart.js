// The timeline chart, shared by the page and the embeddable <marsad-timeline> element so a
// published chart looks like the one the journalist saw.

import uPlot from './vendor/uplot/uPlot.esm.js';

export { uPlot };

/** Draws `series` ({ term, points: [{ start, count }] }[]) over `bucket` into `target`. */
export function drawChart(target, { series, bucket, width, height, labels = {} }) {
  const xs = (series[0]?.points ?? []).map((p) => isoToSeconds(p.start));
  const data = [xs, ...series.map((s) => s.points.map((p) => p.count))];
  // Isolates keep an Arabic term from reordering the title around it.
  const terms = series.map((s) => `«\u2068${s.term}\u2069»`).join(', ');
  const options = {
    width,
    height,
    title: `${terms} ${labels.per ?? 'per'} ${labels[bucket] ?? bucket}`,
    // Bucket starts are calendar dates: label them in UTC so no time zone shifts a day.
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
    scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(max, 1)] } },
    series: [
      { label: labels.from ?? 'From', value: (u, ts) => (ts == null ? '—' : new Date(ts * 1e3).toISOString().slice(0, 10)) },
      ...series.map((s, i) => ({
        label: s.term,
        stroke: COLOURS[i % COLOURS.length],
        fill: i === 0 ? 'rgba(11,110,79,0.12)' : undefined,
        width: 2,
        points: { show: true, size: 6 },
      })),
    ],
    axes: [bucketAxis(xs, bucket), { label: labels.occurrences ?? 'occurrences' }],
  };
  return new uPlot(options, data, target);
}

/** Ticks on the buckets themselves (while they fit), labelled as the bucket: 2021-03, 2021. */
function bucketAxis(xs, bucket) {
  const length = { year: 4, month: 7 }[bucket] ?? 10;
  return {
    splits: xs.length <= 24 ? () => xs : undefined,
    values: (u, splits) => splits.map((ts) => (ts == null ? '' : new Date(ts * 1e3).toISOString().slice(0, length))),
  };
}

const COLOURS = ['#0b6e4f', '#b5452b', '#2b5cb5', '#8a6d00', '#6b2bb5'];

function isoToSeconds(iso) {
  return Date.parse(`${iso}T00:00:00Z`) / 1000;
}
