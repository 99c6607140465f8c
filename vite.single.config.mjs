// The single offline file: one JS bundle (worker and gzipped wasm inlined) and one CSS file,
// which scripts/single-file.mjs then inlines into dist/marsad.html.
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import site from './vite.config.mjs';

const here = import.meta.dirname;

export default mergeConfig(site, defineConfig({
  publicDir: false,
  assetsInclude: ['**/*.wasm.gz'],
  worker: { format: 'iife' },
  build: {
    outDir: resolve(here, 'dist', 'single'),
    emptyOutDir: true,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    chunkSizeWarningLimit: 2048,
    cssCodeSplit: false,
    rollupOptions: {
      input: resolve(here, 'www', 'single', 'main.js'),
      output: { entryFileNames: 'marsad.js', assetFileNames: 'marsad[extname]', codeSplitting: false },
    },
  },
}));
