// Builds the wasm core into pkg/ in release mode, optimised by npm's wasm-opt.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * wasm-opt's flags, and the wasm features every supported browser has. `-O1`, not `-Os`: LLVM has
 * already optimised for size, and binaryen's lighter pass list leaves code that gzips 1.5 KB
 * smaller (399,140 against 400,696 bytes; -O2 399,748, -O3 399,892, -Oz 400,936), at the same
 * indexing speed in a Node benchmark. The `producers` and `target_features` sections only
 * describe the toolchain to other tools: 211 bytes gzipped that no browser reads.
 */
const WASM_OPT = ['-O1', '--strip-producers', '--strip-target-features', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals'];

/**
 * Cargo silently skips LTO for a library that is both `cdylib` and `rlib` (the CLI and the
 * tests need the rlib; rust-lang/cargo#9672), and wasm-pack can only run `cargo build`. Asking
 * `cargo rustc` for the cdylib alone gets the LTO that `[profile.release]` asks for: ~33 KB
 * gzipped less, the same code. wasm-bindgen and wasm-opt then do what wasm-pack would.
 */
export function buildWasm() {
  // Without wasm-opt the page would silently ship an unoptimised module.
  if (!existsSync(join(root, 'node_modules', '.bin', 'wasm-opt'))) {
    throw new Error('wasm-opt is missing: run `npm ci` (it comes from the binaryen package)');
  }
  const cargo = run(
    'cargo',
    ['rustc', '--lib', '--crate-type', 'cdylib', '--target', 'wasm32-unknown-unknown', '--profile', 'wasm-release', '--message-format', 'json-render-diagnostics'],
    { stdio: ['inherit', 'pipe', 'inherit'], maxBuffer: 64 << 20 },
  );
  const artifact = cargo.stdout
    .toString()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .find((m) => m.reason === 'compiler-artifact' && m.target?.name === 'marsad');
  const built = artifact?.filenames.find((f) => f.endsWith('.wasm'));
  if (!built) throw new Error('cargo did not report the marsad .wasm it built');
  const pkg = join(root, 'pkg');
  run('wasm-bindgen', ['--target', 'web', '--out-dir', pkg, built]);
  const wasm = join(pkg, 'marsad_bg.wasm');
  run('wasm-opt', [...WASM_OPT, wasm, '-o', wasm]);
  console.error(`built ${wasm} (${statSync(wasm).size} bytes)`);
}

/** Licence files shipped beside the page, in the single file and in the package. */
export const NOTICES = ['LICENSE', 'THIRD-PARTY-NOTICES.md'];

/**
 * The static site in dist/site (relative paths, hashed assets, a service worker), the single
 * offline file dist/marsad.html, and the embeddable element dist/widget/marsad-timeline.js.
 */
export async function buildSite() {
  const vite = join(root, 'node_modules', '.bin', 'vite');
  run(vite, ['build']);
  // The licences travel with the page: Marsad's, and those of the data embedded in the wasm.
  for (const f of NOTICES) copyFileSync(join(root, f), join(root, 'dist', 'site', f));
  const { writeServiceWorker } = await import('./service-worker.mjs');
  const { version, files } = writeServiceWorker(join(root, 'dist', 'site'));
  console.error(`built dist/site (${files} files, service worker ${version})`);

  const wasm = join(root, 'pkg', 'marsad_bg.wasm');
  writeFileSync(`${wasm}.gz`, gzipSync(readFileSync(wasm), { level: 9 }));
  run(vite, ['build', '--config', 'vite.single.config.mjs']);
  const { writeSingleFile } = await import('./single-file.mjs');
  const { out, bytes } = writeSingleFile(root, NOTICES);
  console.error(`built ${out} (${bytes} bytes)`);

  run(vite, ['build', '--config', 'vite.widget.config.mjs']);
  console.error('built dist/widget/marsad-timeline.js');

  const { writePackage } = await import('./package.mjs');
  console.error(`built ${writePackage(root, NOTICES)} (the npm package)`);
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
