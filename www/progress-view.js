// Progress of a load, in files and bytes.

import { t } from './i18n.js';

export class ProgressView {
  constructor({ box, bar, text }) {
    Object.assign(this, { box, bar, text });
  }

  start(totalFiles, totalBytes) {
    Object.assign(this, { totalFiles, totalBytes, files: 0, bytes: 0 });
    this.box.hidden = false;
    this.#show();
  }

  /** `files` and `bytes` just read (the worker reports a group of files at a time). */
  advance({ files = 1, bytes }) {
    this.files += files;
    this.bytes += bytes;
    this.#show();
  }

  finish() {
    this.box.hidden = true;
  }

  /** Says it again in the page's new language. */
  relabel() {
    if (!this.box.hidden) this.#show();
  }

  #show() {
    this.bar.max = Math.max(this.totalBytes, 1);
    this.bar.value = this.bytes;
    this.text.textContent = t('progress', { files: this.files, totalFiles: this.totalFiles, mb: this.bytes / 1e6, totalMb: this.totalBytes / 1e6 });
  }
}
