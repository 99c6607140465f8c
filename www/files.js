// Picked, dropped or fetched files → batches of { name, buffer, modified } for the engine.
// Files are read a batch at a time so that a folder of thousands of articles never sits in
// memory twice, and each batch's buffers are transferred to the worker without copying.

const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 200;

/**
 * Extensions the core cannot read, with why and what to do instead. Everything else goes to the
 * core, which reads texts, Markdown, web pages, CSV/TSV, JSON/JSONL, zip archives and Word
 * (.docx) files, recognises a zip or a web page whatever its name, and says which file or part
 * it could not read and why. The reasons are keys of the page's string tables (`unreadable.pdf`…):
 * this module also ships in the npm package, which has no interface strings.
 */
const UNREADABLE = [
  [/\.pdf$/i, 'pdf'],
  [/\.(doc|xls|ppt)$/i, 'office97'],
  [/\.(xlsx|xlsm|ods|csv\.gz)$/i, 'spreadsheet'],
  [/\.(pptx|odp|key|odt|rtf|pages|epub)$/i, 'office'],
  [/\.(png|jpe?g|gif|webp|bmp|tiff?|heic|avif|ico)$/i, 'image'],
  [/\.(mp3|m4a|wav|ogg|flac|mp4|m4v|mov|avi|mkv|webm)$/i, 'media'],
  [/\.(rar|7z|gz|tgz|bz2|xz|tar)$/i, 'archive'],
  [/\.(exe|dll|so|dylib|bin|iso|dmg|wasm)$/i, 'program'],
];

/** The file's local calendar date, as the user sees it in their file manager. */
export function localDate(ms) {
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  const d = new Date(ms);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Splits files into those sent to the engine and clearly unreadable ones, `{ name, reason }`. */
export function triage(files) {
  const accepted = [];
  const refused = [];
  for (const file of files) {
    const unreadable = file.unreadable ? [null, file.unreadable] : UNREADABLE.find(([pattern]) => pattern.test(file.name));
    if (unreadable) refused.push({ name: file.name, reason: unreadable[1], ...(file.message ? { message: file.message } : {}) });
    else accepted.push(file);
  }
  return { accepted, refused };
}

/**
 * What stands for a file or folder the browser would not hand over (moved, deleted, no
 * permission): triage refuses it with `reason`, so it is listed like any other refused file
 * and the rest of the drop still loads.
 */
function unreadable(name, reason, error) {
  return { name, size: 0, lastModified: 0, unreadable: reason, message: String(error?.message ?? error ?? '') };
}

/**
 * Yields arrays of { name, buffer, modified, date? }, reading each File only when its batch is
 * due. A file may carry `date` ('YYYY-MM-DD', given by the reader), which the core puts first.
 * A file that can no longer be read goes to `onUnreadable({ name, reason, message })`.
 */
export async function* readBatches(files, onUnreadable = () => {}) {
  let batch = [];
  let bytes = 0;
  for (const file of files) {
    let buffer;
    try {
      buffer = await file.arrayBuffer();
    } catch (e) {
      // Changed or removed since it was chosen: said, and the other files still load.
      onUnreadable({ name: file.name, reason: 'gone', message: String(e?.message ?? e) });
      continue;
    }
    const read = { name: file.name, buffer, modified: localDate(file.lastModified) };
    if (file.date) read.date = file.date;
    batch.push(read);
    bytes += file.size;
    if (batch.length >= BATCH_FILES || bytes >= BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) yield batch;
}

/**
 * A file under another name: its path in the folder it came from, so that dates and groups in
 * folder names count. File objects cannot be renamed, and copying one into a new File named
 * with slashes is not portable, so this stands in for it where files.js reads a File.
 */
export function renamed(file, name) {
  return name === file.name ? file : standIn(file, { name });
}

/** What readBatches and triage read of a File, from `file`, with `fields` in its place. */
function standIn(file, fields) {
  return { name: file.name, size: file.size, lastModified: file.lastModified, arrayBuffer: () => file.arrayBuffer(), ...fields };
}

/** Hidden files and folders (`.DS_Store`, `.git/…`) and the `__MACOSX` folder macOS zips add. */
export function isHiddenPath(path) {
  return String(path).split('/').some((part) => part.startsWith('.') || part === '__MACOSX');
}

/** Files chosen in a folder picker, named by their path in it, hidden ones left out. */
export function pickedFiles(list) {
  return [...list].map((f) => renamed(f, f.webkitRelativePath || f.name)).filter((f) => !isHiddenPath(f.name));
}

/**
 * Everything dropped: plain files, and the files in dropped folders (walked to the bottom),
 * named by their path from the dropped folder. Entries must be taken while the drop event runs.
 */
export async function droppedFiles(transfer) {
  const entries = [];
  const files = [];
  for (const item of transfer?.items ?? []) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(entry);
    else if (item.getAsFile()) files.push(item.getAsFile());
  }
  if (!entries.length && !files.length) files.push(...(transfer?.files ?? []));
  for (const entry of entries) files.push(...(await entryFiles(entry)));
  return files.filter((f) => !isHiddenPath(f.name));
}

/**
 * The files under a FileSystemEntry, named by its path without the leading slash. An entry or a
 * folder the browser will not read becomes a stand-in that triage refuses, never a failed drop.
 */
export async function entryFiles(entry) {
  const path = String(entry.fullPath || entry.name).replace(/^\/+/, '');
  if (isHiddenPath(path)) return [];
  if (entry.isFile) {
    try {
      return [renamed(await new Promise((ok, fail) => entry.file(ok, fail)), path)];
    } catch (e) {
      return [unreadable(path, 'entry', e)];
    }
  }
  if (!entry.isDirectory) return [];
  const files = [];
  try {
    const reader = entry.createReader();
    // readEntries gives a directory's entries a slice at a time (100 in Chromium), then [].
    for (;;) {
      const slice = await new Promise((ok, fail) => reader.readEntries(ok, fail));
      if (!slice.length) return files;
      for (const child of slice) files.push(...(await entryFiles(child)));
    }
  } catch (e) {
    // What was listed before the folder failed is kept; the folder itself is said to be unread.
    return [...files, unreadable(`${path}/`, 'folder', e)];
  }
}

/**
 * Calls onFiles(files) for files chosen in the pickers or dropped on the zone: `folderInput`
 * (optional) is a picker of folders (`webkitdirectory`).
 */
export function watchFileInputs({ input, folderInput, dropZone }, onFiles) {
  input.addEventListener('change', () => {
    const files = [...input.files];
    input.value = '';
    if (files.length) onFiles(files);
  });
  folderInput?.addEventListener('change', () => {
    const files = pickedFiles(folderInput.files);
    folderInput.value = '';
    if (files.length) onFiles(files);
  });
  // A drop that misses the zone must not make the browser navigate to the file.
  for (const type of ['dragover', 'drop']) document.addEventListener(type, (e) => e.preventDefault());
  dropZone.addEventListener('dragover', () => dropZone.classList.add('dragging'));
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', async (e) => {
    dropZone.classList.remove('dragging');
    const files = await droppedFiles(e.dataTransfer);
    if (files.length) onFiles(files);
  });
  dropZone.addEventListener('keydown', (e) => {
    if (e.target === dropZone && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      input.click();
    }
  });
}

/**
 * A pasted text as a file for load(): `name` (optional) gets `.txt` unless it has an extension,
 * else `pasted-{n}.txt`; `date` (optional, 'YYYY-MM-DD') is the document's date, given by the reader.
 */
export function pastedFile(text, { name = '', date = '' } = {}, n = 1) {
  const given = String(name).trim();
  const file = new File([text], given ? (/\.[a-z0-9]{1,8}$/i.test(given) ? given : `${given}.txt`) : `pasted-${n}.txt`, { type: 'text/plain' });
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? standIn(file, { date }) : file;
}
