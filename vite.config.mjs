// The static-site build: `npm run build` writes dist/site/, relative paths only (it works from
// any sub-path), hashed asset names, the worker and the wasm as separate cacheable files.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

/**
 * The built page without the English words in its `data-i18n` elements: the strings file of the
 * reader's language fills them as the page starts (i18n.js translateTree), so shipping them in the
 * HTML too would make every visitor download the English interface twice (~1.5 KB gzipped).
 * Only elements holding plain text (or `<code>`) are emptied; the source stays readable.
 */
const unduplicatedStrings = {
  name: 'marsad-unduplicated-strings',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replace(/(<(\w+)\b[^>]*\sdata-i18n="[^"]+"[^>]*>)(?:[^<]|<code>[^<]*<\/code>)*(<\/\2>)/g, '$1$3'),
  },
};

export default defineConfig({
  plugins: [unduplicatedStrings],
  root: resolve(here, 'www'),
  base: './',
  publicDir: resolve(here, 'www', 'public'),
  // During development the page imports these from the folders the dev server mounts.
  resolve: {
    alias: [
      { find: /^(?:\.\.?\/)+pkg\/(.*)$/, replacement: `${resolve(here, 'pkg')}/$1` },
      { find: /^(?:\.\.?\/)+vendor\/uplot\/(.*)$/, replacement: `${resolve(here, 'node_modules', 'uplot', 'dist')}/$1` },
    ],
  },
  worker: { format: 'es' },
  build: {
    outDir: resolve(here, 'dist', 'site'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // No inline polyfill script: the Content-Security-Policy allows scripts from files only.
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
  logLevel: 'warn',
});
