// Assembles dist/marsad.html: the page with its CSS and its one JS bundle inline (the worker
// and the gzipped wasm are already inlined in the bundle by vite.single.config.mjs), so it
// works opened by double-click from disk, with no network. Its Content-Security-Policy allows
// exactly these inline blocks, by hash, and the worker they start from a blob.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** `notices`: the licence files (paths under `root`) to carry in a comment. */
export function writeSingleFile(root, notices) {
  let html = readFileSync(join(root, 'www', 'index.html'), 'utf8');
  const css = [join(root, 'node_modules', 'uplot', 'dist', 'uPlot.min.css'), join(root, 'www', 'style.css')]
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  // `</script` inside the bundle would end the inline block early.
  const js = readFileSync(join(root, 'dist', 'single', 'marsad.js'), 'utf8').replaceAll('</script', '<\\/script');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(js)} 'wasm-unsafe-eval'`,
    'worker-src blob:',
    "connect-src 'none'",
    'img-src data: blob:',
    `style-src ${sha256(css)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  const replace = (pattern, value) => {
    const next = html.replace(pattern, () => value);
    if (next === html) throw new Error(`single file: ${pattern} not found in www/index.html`);
    html = next;
  };
  replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  replace(/\s*<link rel="stylesheet" href="\.\/vendor\/uplot\/uPlot\.min\.css">/, '');
  replace(/<link rel="stylesheet" href="\.\/style\.css">/, `<style>${css}</style>`);
  replace(/<script type="module" src="\.\/main\.js"><\/script>/, `<script type="module">${js}</script>`);
  // The licences of the code and of the data inside it, in a comment (`--` may not occur in one).
  const licences = notices.map((f) => readFileSync(join(root, f), 'utf8').replaceAll('--', '- -')).join('\n\n');
  replace(/<\/html>\s*$/, `</html>\n<!--\n${licences}\n-->\n`);
  const out = join(root, 'dist', 'marsad.html');
  writeFileSync(out, html);
  return { out, bytes: Buffer.byteLength(html) };
}
