// <marsad-timeline src="analysis.json" height="300" lang="ar" theme="dark">: an interactive
// timeline drawn from an analysis file exported by Marsad, for any web page. Display only: no
// wasm, no document text. Everything lives in a shadow root, so the host page's CSS cannot
// break the chart and the chart's CSS cannot touch the host page.

import { drawChart } from '../chart.js';
import uplotCss from '../vendor/uplot/uPlot.min.css?inline';

const LABELS = {
  en: { per: 'per', day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year', occurrences: 'occurrences', from: 'From', count: 'Count', documents: 'Documents', numbers: 'The numbers', undated: 'undated documents are not on the chart', invalid: 'not a Marsad analysis file' },
  ar: { per: 'لكل', day: 'يوم', week: 'أسبوع', month: 'شهر', quarter: 'ربع سنة', year: 'سنة', occurrences: 'مرات الورود', from: 'من', count: 'العدد', documents: 'الوثائق', numbers: 'الأرقام', undated: 'وثائق بلا تاريخ ليست على الرسم', invalid: 'ليس ملف تحليل من مرصد' },
};

const STYLE = `
:host { display: block; contain: content; }
:host([hidden]) { display: none; }
/* The host page's rules reach the element itself and what it inherits (fonts, spacing): start
   from a clean slate inside, where no outside rule can follow. */
.root { all: initial; display: block; font: 14px/1.5 system-ui, "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif; color: #1d2321; background: #fff; }
.root.dark { color: #e8ecea; background: #1d2321; }
.error { color: #9b1c1c; }
.note { opacity: 0.75; font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 0.2em 0.5em; text-align: start; border-bottom: 1px solid rgba(128, 128, 128, 0.3); }
td.num { text-align: end; font-variant-numeric: tabular-nums; }
`;

export class MarsadTimeline extends HTMLElement {
  static observedAttributes = ['src', 'height', 'lang', 'theme'];
  #root = this.attachShadow({ mode: 'open' });
  #chart = null;
  #analysis = null;
  #loading = 0;

  connectedCallback() {
    this.#load();
  }

  attributeChangedCallback(name) {
    if (!this.isConnected) return;
    if (name === 'src') this.#load();
    else if (this.#analysis) this.#render(this.#analysis);
  }

  disconnectedCallback() {
    this.#chart?.destroy();
    this.#chart = null;
  }

  /** The analysis can also be given directly, e.g. by a page that computed it. */
  set analysis(value) {
    this.#render(value);
  }

  get analysis() {
    return this.#analysis;
  }

  async #load() {
    const src = this.getAttribute('src');
    if (!src) return;
    const ticket = ++this.#loading;
    try {
      const response = await fetch(new URL(src, document.baseURI));
      if (!response.ok) throw new Error(`${src}: ${response.status}`);
      const analysis = await response.json();
      if (ticket === this.#loading) this.#render(analysis);
    } catch (e) {
      if (ticket === this.#loading) this.#showError(`${src}: ${e.message}`);
    }
  }

  #labels() {
    return LABELS[(this.getAttribute('lang') ?? 'en').slice(0, 2)] ?? LABELS.en;
  }

  #render(analysis) {
    const labels = this.#labels();
    if (analysis?.marsad !== 1 || !Array.isArray(analysis.series) || !analysis.series.every((s) => Array.isArray(s.points))) {
      this.#showError(labels.invalid);
      return;
    }
    this.#analysis = analysis;
    const rtl = this.#labels() === LABELS.ar;
    const theme = this.getAttribute('theme') === 'dark' ? ' dark' : '';
    const wrapper = element('div', { class: `root${theme}`, dir: rtl ? 'rtl' : 'ltr', part: 'wrapper' });
    const chart = element('div', { part: 'chart' });
    wrapper.append(chart);
    const undated = analysis.series.reduce((n, s) => n + (s.undatedDocs ?? 0), 0);
    if (undated > 0) wrapper.append(element('p', { class: 'note' }, `${undated} ${labels.undated}`));
    wrapper.append(this.#table(analysis, labels));
    this.#chart?.destroy();
    this.#root.replaceChildren(element('style', {}, uplotCss + STYLE), wrapper);
    const height = Math.max(Number(this.getAttribute('height')) || 300, 120);
    const width = Math.max(this.clientWidth || this.getBoundingClientRect().width || 600, 240);
    const events = markers(analysis.events);
    this.#chart = drawChart(chart, { series: analysis.series, bucket: analysis.bucket, measure: analysis.measure, width, height, labels, events: () => events });
    this.dataset.points = String(this.#chart.data[0].length);
    this.dispatchEvent(new CustomEvent('marsad-render', { detail: { points: this.#chart.data[0].length } }));
  }

  #table(analysis, labels) {
    const head = element('tr', {}, element('th', {}, labels.from), ...analysis.series.map((s) => element('th', { class: 'num' }, s.term)));
    const rows = (analysis.series[0]?.points ?? []).map((p, i) =>
      element('tr', {}, element('td', {}, p.start), ...analysis.series.map((s) => element('td', { class: 'num' }, s.points[i]?.count ?? ''))),
    );
    return element('details', {}, element('summary', {}, labels.numbers), element('table', { class: 'numbers' }, element('thead', {}, head), element('tbody', {}, ...rows)));
  }

  #showError(message) {
    const root = element('div', { class: 'root' }, element('p', { class: 'error', role: 'alert' }, message));
    this.#root.replaceChildren(element('style', {}, STYLE), root);
  }
}

/**
 * The event markers of a file exported with them (an optional field of format 1): dated labels,
 * drawn as canvas text. Anything else in the field is left out.
 */
function markers(events) {
  if (!Array.isArray(events)) return [];
  return events.filter((e) => typeof e?.label === 'string' && typeof e.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.date)).slice(0, 50);
}

/** Builds an element; strings are always text, never HTML. */
function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  node.append(...children.map((c) => (c instanceof Node ? c : String(c))));
  return node;
}

if (!customElements.get('marsad-timeline')) customElements.define('marsad-timeline', MarsadTimeline);
