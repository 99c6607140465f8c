// Progress of a load, in files and bytes, with the time left once it can be estimated, and a
// button that asks the load to stop after the batch being read.

import { t } from './i18n.js';

/** Before this much time and this share of the bytes, a rate says more about start-up than speed. */
const ESTIMATE_AFTER_MS = 1000;
const ESTIMATE_AFTER_SHARE = 0.02;

/**
 * Seconds left at the rate so far, or null while there is not enough to go on (too early, too
 * little read, or nothing left).
 */
export function secondsLeft({ bytes, totalBytes, elapsedMs }) {
  if (!(elapsedMs >= ESTIMATE_AFTER_MS) || !(bytes > 0) || bytes >= totalBytes) return null;
  if (bytes < totalBytes * ESTIMATE_AFTER_SHARE) return null;
  return ((totalBytes - bytes) / bytes) * (elapsedMs / 1000);
}

export class ProgressView {
  /** `cancel` (optional) is the button that stops the load; `now` a clock in milliseconds. */
  constructor({ box, bar, text, cancel, now = () => performance.now() }) {
    Object.assign(this, { box, bar, text, cancel, now });
  }

  /** `onCancel` (optional): the load can be stopped, and this is how. */
  start(totalFiles, totalBytes, onCancel) {
    Object.assign(this, { totalFiles, totalBytes, files: 0, bytes: 0, started: this.now(), stopping: false });
    if (this.cancel) {
      this.cancel.hidden = !onCancel;
      this.cancel.disabled = false;
      this.cancel.onclick = () => {
        this.stopping = true;
        this.cancel.disabled = true;
        onCancel?.();
        this.#show();
      };
    }
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
    if (this.cancel) this.cancel.onclick = null;
  }

  /** Says it again in the page's new language. */
  relabel() {
    if (!this.box.hidden) this.#show();
  }

  #show() {
    this.bar.max = Math.max(this.totalBytes, 1);
    this.bar.value = this.bytes;
    let said = t('progress', { files: this.files, totalFiles: this.totalFiles, mb: this.bytes / 1e6, totalMb: this.totalBytes / 1e6 });
    const left = secondsLeft({ bytes: this.bytes, totalBytes: this.totalBytes, elapsedMs: this.now() - this.started });
    if (this.stopping) said += t('progress.stopping');
    else if (left !== null) said += t('progress.left', { seconds: Math.ceil(left) });
    this.text.textContent = said;
  }
}
