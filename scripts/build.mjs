// Builds the wasm core into pkg/ in release mode, optimised by npm's wasm-opt.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The environment every build and test step runs in: npm's tools first on PATH. */
export const env = {
  ...process.env,
  PATH: [join(root, 'node_modules', '.bin'), join(process.env.CARGO_HOME ?? join(process.env.HOME ?? '', '.cargo'), 'bin'), process.env.PATH].join(':'),
};

export function run(command, args, options = {}) {
  console.error(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
  return result;
}

export function buildWasm() {
  // Without wasm-opt, `--mode no-install` silently ships an unoptimised module.
  if (!existsSync(join(root, 'node_modules', '.bin', 'wasm-opt'))) {
    throw new Error('wasm-opt is missing: run `npm ci` (it comes from the binaryen package)');
  }
  run('wasm-pack', ['build', '--mode', 'no-install', '--target', 'web', '--profile', 'wasm-release']);
  const wasm = join(root, 'pkg', 'marsad_bg.wasm');
  console.error(`built ${wasm} (${statSync(wasm).size} bytes)`);
}

/**
 * The static site in dist/site (relative paths, hashed assets, a service worker), the single
 * offline file dist/marsad.html, and the embeddable element dist/widget/marsad-timeline.js.
 */
export async function buildSite() {
  const vite = join(root, 'node_modules', '.bin', 'vite');
  run(vite, ['build']);
  const { writeServiceWorker } = await import('./service-worker.mjs');
  const { version, files } = writeServiceWorker(join(root, 'dist', 'site'));
  console.error(`built dist/site (${files} files, service worker ${version})`);

  const wasm = join(root, 'pkg', 'marsad_bg.wasm');
  writeFileSync(`${wasm}.gz`, gzipSync(readFileSync(wasm), { level: 9 }));
  run(vite, ['build', '--config', 'vite.single.config.mjs']);
  const { writeSingleFile } = await import('./single-file.mjs');
  const { out, bytes } = writeSingleFile(root);
  console.error(`built ${out} (${bytes} bytes)`);

  run(vite, ['build', '--config', 'vite.widget.config.mjs']);
  console.error('built dist/widget/marsad-timeline.js');

  const { writePackage } = await import('./package.mjs');
  console.error(`built ${writePackage(root)} (the npm package)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    buildWasm();
    if (process.argv.includes('--site')) await buildSite();
  } catch (e) {
    console.error(`build: ${e.message}`);
    process.exit(1);
  }
}
