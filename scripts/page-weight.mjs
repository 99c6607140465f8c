// The page's weight as a visitor downloads it: the HTML, JS, CSS and wasm of the built site, each
// gzipped on its own with `gzip -9` (as a server sends them, and as the wasm budget is measured),
// for a page shown in one language (the
// other language's strings file is read only if the reader switches). Not counted: the sample
// corpus (fetched on "Try the sample"), the service worker and the licence files. Not Node's zlib:
// Node ships Chromium's fork of zlib, whose level 9 is 1.3% larger on the wasm (436,084 bytes
// where gzip -9 gives 430,498 and Python's zlib 429,152).
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';

const LANGUAGES = ['ar', 'en'];

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The language whose strings a file holds (`assets/strings-ar-….js`), or null. */
const stringsOf = (file) => file.match(/(?:^|\/)strings-([a-z]{2})-[^/]*\.js$/)?.[1] ?? null;

/** `{ rows: [{ file, raw, gzip }], byLanguage: { ar, en }, left }` for the site built in `site`. */
export function pageWeight(site) {
  const all = walk(site).map((f) => relative(site, f).split('\\').join('/'));
  const files = all
    .filter((f) => ['.html', '.js', '.mjs', '.css', '.wasm'].includes(extname(f)))
    .filter((f) => !f.startsWith('sample/') && f !== 'sw.js');
  const rows = files.map((file) => {
    const bytes = readFileSync(join(site, file));
    return { file, raw: bytes.length, gzip: execFileSync('gzip', ['-9c'], { input: bytes, maxBuffer: 1 << 28 }).length };
  });
  const byLanguage = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, rows.filter((r) => [null, lang].includes(stringsOf(r.file))).reduce((n, r) => n + r.gzip, 0)]),
  );
  return { rows: rows.sort((a, b) => b.gzip - a.gzip), byLanguage, left: all.filter((f) => !files.includes(f)) };
}
