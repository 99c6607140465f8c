// The embeddable element: one self-contained ES module, dist/widget/marsad-timeline.js, with
// uPlot and its CSS inside. No wasm: it only draws an exported analysis.
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import site from './vite.config.mjs';

const here = import.meta.dirname;

export default mergeConfig(site, defineConfig({
  publicDir: false,
  build: {
    outDir: resolve(here, 'dist', 'widget'),
    emptyOutDir: true,
    lib: { entry: resolve(here, 'www', 'widget', 'marsad-timeline.js'), formats: ['es'], fileName: () => 'marsad-timeline.js' },
  },
}));
