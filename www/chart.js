// The timeline chart, shared by the page and the embeddable <marsad-timeline> element so a
// published chart looks like the one the journalist saw.

import uPlot from './vendor/uplot/uPlot.esm.js';

export { uPlot };

const AXIS = { count: 'occurrences', rate: 'per 10,000 words', share: '% of documents' };

/**
 * Draws `series` ({ term, points: [{ start, count, value?, smoothed?, thin? }] }[]) over
 * `bucket` into `target`. `onPick(series, point)` is called when a point is clicked. `labels`
 * holds the words in the reader's language, and may hold `date(iso, bucket)` and `number(n)`
 * formatters for the ticks and the legend (ISO dates and plain numbers otherwise).
 * `onHover(point)` follows the cursor (null when it leaves); `events()` gives the reader's
 * markers ({ date, label }[]), asked at each drawing so that they change without a new chart.
 */
export function drawChart(target, { series, bucket, width, height, labels = {}, measure = 'count', onPick, onHover, events = () => [] }) {
  const xs = (series[0]?.points ?? []).map((p) => isoToSeconds(p.start));
  // The smoothed line when asked for, else the measure; files from before measures hold counts.
  const data = [xs, ...series.map((s) => s.points.map((p) => p.smoothed ?? p.value ?? p.count))];
  // Isolates keep an Arabic term from reordering the title around it.
  const terms = series.map((s) => `«\u2068${s.term}\u2069»`).join(labels.comma ?? ', ');
  const number = labels.number ?? ((n) => String(n));
  const isoDay = (ts) => new Date(ts * 1e3).toISOString().slice(0, 10);
  const options = {
    width,
    height,
    title: `${terms} ${labels.per ?? 'per'} ${labels[bucket] ?? bucket}`,
    // Bucket starts are calendar dates: label them in UTC so no time zone shifts a day.
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
    scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(max, 1)] } },
    series: [
      { label: labels.from ?? 'From', value: (u, ts) => (ts == null ? '—' : labels.date ? labels.date(isoDay(ts), 'day') : isoDay(ts)) },
      ...series.map((s, i) => ({
        label: s.term,
        stroke: colour(i),
        fill: i === 0 ? 'rgba(11,110,79,0.12)' : undefined,
        width: 2,
        points: { show: true, size: 6 },
        ...(labels.number ? { value: (u, v) => (v == null ? '—' : number(Math.round(v * 100) / 100)) } : {}),
      })),
    ],
    axes: [
      bucketAxis(xs, bucket, labels.date),
      {
        label: measure === 'count' ? (labels.occurrences ?? AXIS.count) : (labels[measure] ?? AXIS[measure]),
        ...(labels.number ? { values: (u, splits) => splits.map(number) } : {}),
      },
    ],
    hooks: {
      draw: [(u) => markThin(u, series), (u) => markEvents(u, events())],
      ready: onPick ? [(u) => listenForPicks(u, onPick)] : [],
      setCursor: onHover ? [(u) => onHover(u.cursor.idx ?? null)] : [],
    },
  };
  return new uPlot(options, data, target);
}

export function colour(i) {
  return COLOURS[i % COLOURS.length];
}

/**
 * Buckets with few documents drawn hollow with a dashed ring: a spike there may be one article.
 * uPlot styles all points of a series alike, so these are drawn over them.
 */
function markThin(u, series) {
  const ctx = u.ctx;
  const r = 5 * devicePixelRatio;
  ctx.save();
  ctx.setLineDash([2 * devicePixelRatio, 2 * devicePixelRatio]);
  ctx.lineWidth = 1.5 * devicePixelRatio;
  series.forEach((s, i) => {
    s.points.forEach((p, j) => {
      const y = u.data[i + 1][j];
      if (!p.thin || y == null) return;
      const cx = u.valToPos(u.data[0][j], 'x', true);
      const cy = u.valToPos(y, 'y', true);
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, 2 * Math.PI);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.strokeStyle = colour(i);
      ctx.stroke();
    });
  });
  ctx.restore();
}

/**
 * Each event a dashed vertical line with its label at the top, the labels on three staggered
 * rows so that close events stay readable. Canvas text: a label is never markup. Events outside
 * the buckets drawn are left out; the container's data-events counts those drawn.
 */
function markEvents(u, events) {
  const { left, top, width, height } = u.bbox;
  const dpr = devicePixelRatio;
  const ctx = u.ctx;
  let drawn = 0;
  ctx.save();
  ctx.font = `${Math.round(11 * dpr)}px system-ui, "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif`;
  ctx.textBaseline = 'middle';
  events.forEach((e, i) => {
    const x = u.valToPos(isoToSeconds(e.date), 'x', true);
    if (!(x >= left && x <= left + width)) return;
    drawn++;
    ctx.setLineDash([4 * dpr, 3 * dpr]);
    ctx.lineWidth = 1.5 * dpr;
    ctx.strokeStyle = EVENT_COLOUR;
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, top + height);
    ctx.stroke();
    const y = top + (8 + (i % 3) * 14) * dpr;
    const w = ctx.measureText(e.label).width;
    // Beside the line, on whichever side has room.
    const x0 = x + 4 * dpr + w <= left + width ? x + 4 * dpr : Math.max(left, x - 4 * dpr - w);
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(x0 - 2 * dpr, y - 7 * dpr, w + 4 * dpr, 14 * dpr);
    ctx.fillStyle = EVENT_COLOUR;
    ctx.textAlign = 'left';
    ctx.fillText(e.label, x0, y);
  });
  ctx.restore();
  u.root.parentElement?.setAttribute('data-events', String(drawn));
}

/** A click picks the bucket under the cursor and, of the series drawn there, the nearest one. */
function listenForPicks(u, onPick) {
  u.over.addEventListener('click', () => {
    const point = u.cursor.idx;
    if (point == null) return;
    let best = 0;
    let distance = Infinity;
    for (let s = 1; s < u.data.length; s++) {
      const y = u.data[s][point];
      const d = y == null ? Infinity : Math.abs(u.valToPos(y, 'y') - u.cursor.top);
      if (d < distance) [best, distance] = [s - 1, d];
    }
    onPick(best, point);
  });
}

/**
 * Ticks on the buckets themselves (while they fit), labelled as the bucket: 2021-03, 2021, or
 * through `format(iso, bucket)` when given (in the reader's language).
 */
function bucketAxis(xs, bucket, format) {
  const length = { year: 4, month: 7, quarter: 7 }[bucket] ?? 10;
  const label = (ts) => {
    const iso = new Date(ts * 1e3).toISOString().slice(0, 10);
    return format ? format(iso, bucket) : iso.slice(0, length);
  };
  return {
    splits: xs.length <= 24 ? () => xs : undefined,
    values: (u, splits) => splits.map((ts) => (ts == null ? '' : label(ts))),
  };
}

export const EVENT_COLOUR = '#5a4a3f';

const COLOURS = ['#0b6e4f', '#b5452b', '#2b5cb5', '#8a6d00', '#6b2bb5'];

export function isoToSeconds(iso) {
  return Date.parse(`${iso}T00:00:00Z`) / 1000;
}
