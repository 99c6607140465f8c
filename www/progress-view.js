// Progress of a load, in files and bytes.

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

  #show() {
    this.bar.max = Math.max(this.totalBytes, 1);
    this.bar.value = this.bytes;
    const mb = (n) => (n / 1e6).toFixed(1);
    this.text.textContent = `${this.files} of ${this.totalFiles} files · ${mb(this.bytes)} of ${mb(this.totalBytes)} MB`;
  }
}
