// Assembles dist/npm: the `marsad` package. ES modules as they are (no bundling), so they work
// from a plain <script type="module"> and bundlers can follow the worker and wasm URLs.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MODULES = ['engine-client.js', 'analysis.js', 'dom.js', 'files.js', 'core.js', 'worker-core.js'];
const WASM = ['marsad.js', 'marsad_bg.wasm', 'marsad.d.ts', 'marsad_bg.wasm.d.ts'];

/** `notices`: the licence files (paths under `root`) shipped in the package. */
export function writePackage(root, notices) {
  const out = join(root, 'dist', 'npm');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'wasm'), { recursive: true });
  for (const f of MODULES) copyFileSync(join(root, 'www', f), join(out, f));
  for (const f of WASM) copyFileSync(join(root, 'pkg', f), join(out, 'wasm', f));
  const api = readFileSync(join(root, 'www', 'api', 'index.js'), 'utf8').replaceAll("from '../", "from './");
  writeFileSync(join(out, 'index.js'), api);
  writeFileSync(
    join(out, 'worker.js'),
    "// The package's worker: the wasm engine, off the page's thread.\nimport init, { Engine, normalisationSteps } from './wasm/marsad.js';\nimport { serveEngine } from './worker-core.js';\n\nserveEngine(init(), Engine, { normalisationSteps });\n",
  );
  copyFileSync(join(root, 'dist', 'widget', 'marsad-timeline.js'), join(out, 'widget.js'));
  for (const f of ['index.d.ts', 'widget.d.ts']) copyFileSync(join(root, 'www', 'api', f), join(out, f));
  for (const f of notices) copyFileSync(join(root, f), join(out, f));
  copyFileSync(join(root, 'src', 'key', 'LEXICON-LICENSE.md'), join(out, 'LEXICON-LICENSE.md'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const manifest = {
    name: 'marsad',
    version,
    description: 'Arabic-first term counting and timelines in the browser (Rust + WebAssembly)',
    license: 'MIT AND MPL-1.1',
    type: 'module',
    exports: {
      '.': { types: './index.d.ts', default: './index.js' },
      './widget': { types: './widget.d.ts', default: './widget.js' },
      './wasm': { types: './wasm/marsad.d.ts', default: './wasm/marsad.js' },
    },
    types: './index.d.ts',
    sideEffects: ['./widget.js'],
  };
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(out, 'README.md'), readFileSync(join(root, 'www', 'api', 'README.md'), 'utf8'));
  return out;
}
