// The settings view: how words are read before they are counted. Each normalisation step with
// the examples the engine itself checks, a switch per step, a box showing any text as the counts
// would read it with the switches as set, and the built-in stopword lists in use. Applying swaps
// the engine for one with the new options and reads the corpus kept on this device into it
// again, as a reload does; the choice is kept for the next visit.

import { el } from './dom.js';
import { language, languageName, onLanguageChange, t } from './i18n.js';
import { ProgressView } from './progress-view.js';
import { STOPWORD_LANGUAGES, completeOptions, readingFields } from './view-state.js';

const TRY_TEXT = 'أَحْمَد في المدينةِ، ٢٠١٧';

/** Characters that look like nothing, shown by name in the examples: otherwise «before» and «after» look the same. */
const INVISIBLE = {
  '\u00a0': 'NBSP', '\u00ad': 'SHY', '\u061c': 'ALM', '\u200b': 'ZWSP', '\u200c': 'ZWNJ', '\u200d': 'ZWJ', '\u200e': 'LRM',
  '\u200f': 'RLM', '\u202f': 'NNBSP', '\u2060': 'WJ', '\u3000': 'IDSP', '\ufeff': 'BOM',
};
const INVISIBLE_RE = new RegExp(`([${Object.keys(INVISIBLE).join('')}\u202a-\u202e\u2066-\u2069])`, 'u');

/** A text as nodes, each invisible character as a marked name: «می⟨ZWNJ⟩روم». */
function visible(text) {
  return text.split(INVISIBLE_RE).filter(Boolean).map((piece) => {
    if (!INVISIBLE_RE.test(piece) || piece.length !== 1) return piece;
    const name = INVISIBLE[piece] ?? `U+${piece.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return el('span', { class: 'invisible' }, name);
  });
}

export class SettingsView {
  #steps = [];
  /** The options in use, complete. */
  #applied = completeOptions();
  #ticket = 0;
  #say = () => '';

  /**
   * `root`: the section to build into; `run(job)` runs a job that rebuilds the corpus (the page
   * refuses it while loading, and redraws after); `ready` resolves to the options in use once the
   * kept ones are back.
   */
  constructor({ engine, root, run, ready, onApplied = () => {} }) {
    Object.assign(this, { engine, root, run, onApplied });
    this.tryInput = el('textarea', { id: 'settings-try', rows: '2', dir: 'auto', spellcheck: 'false' }, TRY_TEXT);
    this.tryOutput = el('output', { id: 'settings-try-output', for: 'settings-try', dir: 'auto', class: 'try-output' });
    this.steps = el('div', { class: 'steps' });
    this.languages = el('div', { class: 'languages' });
    this.status = el('p', { id: 'settings-status', class: 'hint', role: 'status', 'aria-live': 'polite' });
    const bar = el('progress', { max: '1', value: '0' });
    const progressText = el('span', { role: 'status', 'aria-live': 'polite' });
    const progressBox = el('div', { class: 'progress', hidden: '' }, bar, progressText);
    this.progress = new ProgressView({ box: progressBox, bar, text: progressText });
    this.applyButton = el('button', { id: 'settings-apply', type: 'submit', dataset: { i18n: 'settings.apply' } }, t('settings.apply'));
    const defaults = el('button', { id: 'settings-defaults', type: 'button', dataset: { i18n: 'settings.defaults' }, onclick: () => this.#restoreDefaults() }, t('settings.defaults'));
        this.form = el(
      'form',
      { id: 'settings-form', onsubmit: (e) => (e.preventDefault(), this.#apply(this.#choice())), onchange: () => this.#changed() },
      el('label', { class: 'try' }, el('span', { dataset: { i18n: 'settings.try' } }, t('settings.try')), this.tryInput),
      el('p', { class: 'try-result' }, el('span', { dataset: { i18n: 'settings.tryResult' } }, t('settings.tryResult')), ' ', this.tryOutput),
      el('fieldset', {}, el('legend', { dataset: { i18n: 'settings.steps' } }, t('settings.steps')), this.steps),
      el('fieldset', {}, el('legend', { dataset: { i18n: 'settings.stopwords' } }, t('settings.stopwords')), el('p', { class: 'hint', dataset: { i18n: 'settings.stopwordsHint' } }, t('settings.stopwordsHint')), this.languages),
      el('div', { class: 'controls' }, this.applyButton, defaults),
      progressBox,
      this.status,
    );
    root.replaceChildren(el('h2', { id: 'settings-title', dataset: { i18n: 'settings.title' } }, t('settings.title')), el('p', { class: 'hint', dataset: { i18n: 'settings.hint' } }, t('settings.hint')), this.form);
    this.tryInput.addEventListener('input', () => this.#tryIt());
    onLanguageChange(() => {
      this.#render(this.#choice());
      this.status.textContent = this.#say();
      this.progress.relabel();
    });
    Promise.all([engine.normalisationSteps({ all: true }), ready]).then(([steps, options]) => {
      this.#steps = steps;
      this.#applied = completeOptions(options, steps);
      this.#render(this.#applied);
    }, (e) => this.#setStatus(() => t('settings.failed', { message: e.message })));
  }

  /** The options in use as a link's fields (view-state.js); none until the steps are known. */
  readingFields() {
    return this.#steps.length ? readingFields(this.#applied, this.#steps) : {};
  }

  /** Whether `options` (complete) are the ones in use. */
  isApplied(options) {
    return JSON.stringify(completeOptions(options, this.#steps)) === JSON.stringify(this.#applied);
  }

  /** Applies the options a shared link asks for, as the form's «Apply» does. */
  applyShared(options) {
    const choice = completeOptions(options, this.#steps);
    this.#render(choice);
    return this.#apply(choice);
  }

  /** After «Forget everything»: the engine is back to the defaults. */
  forgotten() {
    this.#applied = completeOptions({}, this.#steps);
    this.#render(this.#applied);
    this.#setStatus(() => '');
  }

  /** The options the form describes, complete. */
  #choice() {
    const checked = (name) => new Set([...this.form.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value));
    if (!this.#steps.length) return this.#applied;
    const on = checked('step');
    return completeOptions({ normalise: Object.fromEntries(this.#steps.map((s) => [s.id, on.has(s.id)])), stopwordLanguages: [...checked('language')] }, this.#steps);
  }

  #render(choice) {
    const arrow = t('settings.arrow');
    this.steps.replaceChildren(
      ...this.#steps.map((step) =>
        el(
          'div',
          { class: 'step', dataset: { step: step.id } },
          el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'step', value: step.id, ...(choice.normalise[step.id] ? { checked: '' } : {}) }), ' ', el('span', { class: 'step-name' }, t(`step.${step.id}`)), step.defaultOn ? '' : el('span', { class: 'hint' }, ' ', t('settings.offByDefault'))),
          // The engine's own description in English; the Arabic one from the strings.
          el('p', { class: 'hint' }, language() === 'en' ? step.description : t(`stepHelp.${step.id}`)),
          el('ul', { class: 'examples' }, step.examples.map((e) => el('li', {}, el('bdi', { dir: 'auto' }, visible(e.input)), arrow, el('bdi', { dir: 'auto' }, visible(e.output))))),
        ),
      ),
    );
    this.languages.replaceChildren(
      ...STOPWORD_LANGUAGES.map((code) =>
        el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'language', value: code, ...(choice.stopwordLanguages.includes(code) ? { checked: '' } : {}) }), ' ', languageName(code)),
      ),
    );
    this.#changed();
  }

  /** Says whether the switches differ from the options in use, and shows the example box with them. */
  #changed() {
    const pending = JSON.stringify(this.#choice()) !== JSON.stringify(this.#applied);
    this.applyButton.disabled = !pending;
    this.form.dataset.pending = String(pending);
    if (pending) this.#setStatus(pendingSay);
    else if (this.#say === pendingSay) this.#setStatus(() => '');
    this.#tryIt();
  }

  async #tryIt() {
    const ticket = ++this.#ticket;
    const text = await this.engine.normalise(this.tryInput.value, this.#choice()).catch((e) => e.message);
    if (ticket === this.#ticket) this.tryOutput.replaceChildren(...visible(text));
  }

  #restoreDefaults() {
    const defaults = completeOptions({}, this.#steps);
    this.#render(defaults);
    return this.#apply(defaults);
  }

  async #apply(options) {
    this.applyButton.disabled = true;
    this.#setStatus(() => t('settings.applying'));
    try {
      const result = await this.run(() =>
        this.engine.reconfigure(options, {
          onStart: ({ files, bytes }) => this.progress.start(files, bytes),
          onProgress: (p) => this.progress.advance(p),
        }),
      );
      this.#applied = options;
      this.onApplied(options);
      this.#setStatus(() => t('settings.applied', { documents: result.documents }) + (result.lost ? t('settings.lost', { n: result.lost }) : ''));
    } catch (e) {
      this.#setStatus(() => t('settings.failed', { message: e.message }));
    } finally {
      this.progress.finish();
      this.#changed();
    }
  }

  #setStatus(say) {
    this.#say = say;
    this.status.textContent = say();
  }
}

/** Marks the «not applied yet» line, which a later change back to the options in use takes away. */
function pendingSay() {
  return t('settings.pending');
}
