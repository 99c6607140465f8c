// Corpus-wide clean-up and dating: count each near-duplicate cluster once, leave repeated
// boilerplate lines out, date documents from a manifest or from a pattern in their file names.
// Every change is an engine edit (kept on this device) followed by a fresh count of the page.

import { bdi, el } from './dom.js';
import { parts, t } from './i18n.js';
import { namePattern } from './name-pattern.js';

export class CorpusTools {
  #engine;
  #$;
  #onChange;
  #documents = [];
  /** What the last action said, kept to say it again in another language. */
  #said = { manifest: null, pattern: null };

  /** `onChange()` counts the corpus again; `$` finds the page's elements by id. */
  constructor({ engine, $, onChange }) {
    this.#engine = engine;
    this.#$ = $;
    this.#onChange = onChange;
    $('dedupe-switch').addEventListener('change', (e) => this.#run(() => engine.setCountDuplicatesOnce(e.target.checked)));
    $('boilerplate-switch').addEventListener('change', (e) => this.#run(() => engine.setExcludeBoilerplate(e.target.checked)));
    $('manifest-input').addEventListener('change', (e) => {
      const [file] = e.target.files;
      e.target.value = '';
      if (file) this.#run(async () => (this.#said.manifest = await engine.applyManifest(await file.text())));
    });
    $('pattern-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.#run(() => this.#datePattern($('pattern-input').value));
    });
  }

  /** After a count: the switches as the engine has them (a restore may have set them). */
  show(documents) {
    this.#documents = documents;
    this.#$('dedupe-switch').checked = this.#engine.switches.countDuplicatesOnce;
    this.#$('boilerplate-switch').checked = this.#engine.switches.excludeBoilerplate;
    this.relabel();
  }

  /** Forgets what was said, for a new corpus. */
  clear() {
    this.#said = { manifest: null, pattern: null };
    this.#$('pattern-input').value = '';
    this.relabel();
  }

  relabel() {
    const { manifest, pattern } = this.#said;
    const boilerplate = this.#engine.boilerplateOut;
    this.#$('boilerplate-status').textContent = boilerplate ? t('cleanup.boilerplateOut', boilerplate) : '';
    this.#showManifest(manifest);
    const box = this.#$('pattern-status');
    box.textContent = !pattern ? '' : pattern.error ? t(pattern.error) : t('pattern.result', pattern);
    box.classList.toggle('error', Boolean(pattern?.error));
  }

  #showManifest(report) {
    const [status, list] = [this.#$('manifest-status'), this.#$('manifest-problems')];
    status.textContent = report ? t('manifest.result', { dated: report.dated, unmatched: report.unmatched.length, errors: report.errors.length }) : '';
    list.replaceChildren(
      ...(report?.unmatched ?? []).map((name) => el('li', {}, ...parts('manifest.unmatched', { name: bdi(name) }))),
      ...(report?.errors ?? []).map((message) => el('li', {}, message)),
    );
  }

  /** Dates every document whose file name holds the pattern; says how many. */
  async #datePattern(pattern) {
    const compiled = namePattern(pattern);
    if (compiled.error) {
      this.#said.pattern = { error: compiled.error };
      return;
    }
    let dated = 0;
    let impossible = 0;
    for (const d of this.#documents) {
      const found = compiled.match(d.location || d.name);
      if (found === null) impossible++;
      if (!found) continue;
      await this.#engine.setDate(d.id, found);
      dated++;
    }
    this.#said.pattern = { dated, impossible, unmatched: this.#documents.length - dated - impossible };
  }

  async #run(apply) {
    this.#$('tools-error').textContent = '';
    try {
      await apply();
    } catch (e) {
      this.#$('tools-error').textContent = e.message;
    }
    // Counted again even after a failure: part of the change may have been made.
    await this.#onChange();
  }
}
