// The chart as a picture for a story: an SVG drawn again from the numbers (a standalone file
// that any editor opens, its text real text), and a PNG of the chart as drawn on the page.
// Every string goes in as a text node, so a term like «</text><script>» stays text.

import { EVENT_COLOUR, colour, isoToSeconds } from './chart.js';
import { svgEl as node } from './dom.js';
import { bucketWord, measureWord, t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif';
const MARGIN = { top: 48, right: 48, bottom: 64, left: 64 };
const MAX_X_LABELS = 12;

/** The drawn value of a point: the smoothed line when asked for, else the measure. */
const drawn = (p) => p.smoothed ?? p.value ?? p.count;

/** The title shared by the SVG and the PNG, in the page's language: «السد», «dam» per month. */
export function chartTitle(timelines) {
  const terms = timelines.map((line) => `«\u2068${line.term}\u2069»`).join(t('list.comma'));
  return t('chart.exportTitle', { terms, bucket: bucketWord(timelines[0]?.bucket) });
}

/** The series over their buckets, with the reader's `events` ({ date, label }), as a standalone SVG document (text). */
export function chartSvg(timelines, { width = 800, height = 420, events = [] } = {}) {
  const [first] = timelines;
  const points = first?.points ?? [];
  const step = niceStep(Math.max(1, ...timelines.flatMap((t) => t.points.map(drawn))) / 5);
  const max = step * 5;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const x = (i) => MARGIN.left + (points.length > 1 ? (i * plotW) / (points.length - 1) : plotW / 2);
  const y = (v) => MARGIN.top + plotH - (v / max) * plotH;

  const svg = node('svg', { xmlns: SVG, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT, 'font-size': 12 });
  svg.append(node('rect', { width, height, fill: '#ffffff' }));
  svg.append(text(chartTitle(timelines), { x: width / 2, y: 24, 'text-anchor': 'middle', 'font-size': 16, 'font-weight': 'bold' }));

  // The y axis: five round steps from zero past the highest value.
  const axes = node('g', { stroke: '#888', 'stroke-width': 1 });
  axes.append(node('line', { x1: MARGIN.left, y1: MARGIN.top, x2: MARGIN.left, y2: MARGIN.top + plotH }));
  axes.append(node('line', { x1: MARGIN.left, y1: MARGIN.top + plotH, x2: MARGIN.left + plotW, y2: MARGIN.top + plotH }));
  svg.append(axes);
  for (let k = 0; k <= 5; k++) {
    const v = step * k;
    svg.append(node('line', { x1: MARGIN.left, y1: y(v), x2: MARGIN.left + plotW, y2: y(v), stroke: '#e4e4e4' }));
    svg.append(text(Number(v.toPrecision(6)), { x: MARGIN.left - 6, y: y(v) + 4, 'text-anchor': 'end' }));
  }
  const yLabel = text(measureWord(first?.measure), { x: 16, y: MARGIN.top + plotH / 2, 'text-anchor': 'middle', transform: `rotate(-90 16 ${MARGIN.top + plotH / 2})` });
  svg.append(yLabel);

  // The x axis: the buckets' first days, thinned to at most MAX_X_LABELS.
  const every = Math.max(1, Math.ceil(points.length / MAX_X_LABELS));
  points.forEach((p, i) => {
    if (i % every) return;
    svg.append(text(p.start, { x: x(i), y: MARGIN.top + plotH + 18, 'text-anchor': 'middle' }));
  });

  events.forEach((e, k) => {
    const at = bucketPosition(points, e.date);
    if (at === null) return;
    const ex = MARGIN.left + (points.length > 1 ? (at * plotW) / (points.length - 1) : plotW / 2);
    const group = node('g', { class: 'event', stroke: EVENT_COLOUR, fill: EVENT_COLOUR });
    group.append(node('line', { x1: ex.toFixed(1), y1: MARGIN.top, x2: ex.toFixed(1), y2: MARGIN.top + plotH, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }));
    group.append(text(e.label, { x: (ex + 4).toFixed(1), y: MARGIN.top + 10 + (k % 3) * 14, fill: EVENT_COLOUR, 'font-size': 11 }));
    svg.append(group);
  });

  timelines.forEach((t, s) => {
    const group = node('g', { class: 'series', stroke: colour(s), fill: colour(s) });
    const path = t.points.map((p, i) => `${x(i).toFixed(1)},${y(drawn(p)).toFixed(1)}`).join(' ');
    group.append(node('polyline', { points: path, fill: 'none', 'stroke-width': 2 }));
    t.points.forEach((p, i) => group.append(node('circle', { cx: x(i).toFixed(1), cy: y(drawn(p)).toFixed(1), r: 3, ...(p.thin ? { fill: '#ffffff', 'stroke-dasharray': '2 2' } : {}) })));
    svg.append(group);
    // The legend, one entry per series under the axis.
    const lx = MARGIN.left + s * 160;
    const ly = height - 16;
    svg.append(node('rect', { x: lx, y: ly - 10, width: 12, height: 12, fill: colour(s) }));
    svg.append(text(t.term, { x: lx + 18, y: ly, 'text-anchor': 'start' }));
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/**
 * The page's chart as a PNG: uPlot's canvas on a white ground under the title and the legend
 * (which uPlot draws as HTML, not on its canvas). Resolves to a Blob.
 */
export function chartPng(container, timelines) {
  const plot = container.querySelector('canvas');
  if (!plot) return Promise.reject(new Error('no chart is drawn'));
  const scale = plot.width / Math.max(1, plot.clientWidth || plot.width);
  const head = Math.round(32 * scale);
  const foot = Math.round(28 * scale);
  const canvas = document.createElement('canvas');
  canvas.width = plot.width;
  canvas.height = plot.height + head + foot;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1d2321';
  ctx.font = `bold ${Math.round(15 * scale)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText(chartTitle(timelines), canvas.width / 2, Math.round(22 * scale));
  ctx.drawImage(plot, 0, head);
  ctx.font = `${Math.round(12 * scale)}px ${FONT}`;
  ctx.textAlign = 'start';
  timelines.forEach((t, s) => {
    const lx = Math.round((16 + s * 160) * scale);
    const ly = canvas.height - Math.round(10 * scale);
    ctx.fillStyle = colour(s);
    ctx.fillRect(lx, ly - Math.round(10 * scale), Math.round(12 * scale), Math.round(12 * scale));
    ctx.fillStyle = '#1d2321';
    ctx.fillText(t.term, lx + Math.round(18 * scale), ly);
  });
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not make a PNG'))), 'image/png'));
}

/**
 * Where `iso` falls on the SVG's evenly spaced buckets, as a fractional bucket index (a date
 * half-way through the third bucket is 2.5); null outside the buckets drawn, as on the page.
 */
function bucketPosition(points, iso) {
  const at = isoToSeconds(iso);
  const starts = points.map((p) => isoToSeconds(p.start));
  if (!starts.length || at < starts[0] || at > starts[starts.length - 1]) return null;
  const i = starts.findLastIndex((s) => s <= at);
  const next = starts[i + 1];
  return next === undefined ? i : i + (at - starts[i]) / (next - starts[i]);
}

/** The smallest of 1, 2 or 5 times a power of ten at least `raw`: 1.4 → 2, 0.3 → 0.5. */
function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-9);
}

function text(content, attrs) {
  const t = node('text', { fill: '#1d2321', stroke: 'none', ...attrs });
  t.textContent = String(content);
  return t;
}
