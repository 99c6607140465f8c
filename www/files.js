// Picked, dropped or fetched files → batches of { name, buffer, modified } for the engine.
// Files are read a batch at a time so that a folder of thousands of articles never sits in
// memory twice, and each batch's buffers are transferred to the worker without copying.

const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 200;
const READABLE = /\.txt$/i;

/** The file's local calendar date, as the user sees it in their file manager. */
export function localDate(ms) {
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  const d = new Date(ms);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Splits files into those the engine reads and per-file errors for the rest. */
export function triage(files) {
  const accepted = [];
  const refused = [];
  for (const file of files) {
    if (READABLE.test(file.name)) accepted.push(file);
    else refused.push({ name: file.name, message: 'not read: only .txt files are supported so far' });
  }
  return { accepted, refused };
}

/** Yields arrays of { name, buffer, modified }, reading each File only when its batch is due. */
export async function* readBatches(files) {
  let batch = [];
  let bytes = 0;
  for (const file of files) {
    batch.push({ name: file.name, buffer: await file.arrayBuffer(), modified: localDate(file.lastModified) });
    bytes += file.size;
    if (batch.length >= BATCH_FILES || bytes >= BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) yield batch;
}

/** Calls onFiles(File[]) for files chosen in the picker or dropped on the zone. */
export function watchFileInputs({ input, dropZone }, onFiles) {
  input.addEventListener('change', () => {
    const files = [...input.files];
    input.value = '';
    if (files.length) onFiles(files);
  });
  // A drop that misses the zone must not make the browser navigate to the file.
  for (const type of ['dragover', 'drop']) document.addEventListener(type, (e) => e.preventDefault());
  dropZone.addEventListener('dragover', () => dropZone.classList.add('dragging'));
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', (e) => {
    dropZone.classList.remove('dragging');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) onFiles(files);
  });
  dropZone.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      input.click();
    }
  });
}
