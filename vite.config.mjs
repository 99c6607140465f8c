// The static-site build: `npm run build` writes dist/site/, relative paths only (it works from
// any sub-path), hashed asset names, the worker and the wasm as separate cacheable files.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
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
