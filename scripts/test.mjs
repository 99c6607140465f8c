// The whole suite, as CI runs it: native Rust tests, the wasm tests in Node and in Chromium,
// then the page in real Chromium. Each runner's own count is read, and a runner that ran
// zero tests fails the suite: a silently skipped browser run must never look green.
import { spawn } from 'node:child_process';
import { buildSite, buildWasm, env, root, run } from './build.mjs';

/** Runs a command, streaming its output, and resolves to { status, output }. */
function capture(command, args, extraEnv = {}) {
  console.error(`> ${command} ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Sums libtest / wasm-bindgen-test result lines: "test result: ok. 9 passed; 0 failed; …". */
function rustCounts(output) {
  let passed = 0;
  let failed = 0;
  for (const m of output.matchAll(/test result: \w+\. (\d+) passed; (\d+) failed/g)) {
    passed += Number(m[1]);
    failed += Number(m[2]);
  }
  return { passed, failed };
}

function nodeCounts(output) {
  const read = (name) => Number(output.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: read('pass'), failed: read('fail') + read('cancelled') };
}

const steps = [
  ['native Rust tests', 'cargo', ['test', '--all-targets'], {}, rustCounts],
  ['wasm tests in Node', 'wasm-pack', ['test', '--mode', 'no-install', '--node', '--', '--test', 'wasm'], {}, rustCounts],
  ['wasm tests in Chromium', 'wasm-pack',
    ['test', '--mode', 'no-install', '--headless', '--chrome', '--chromedriver', '/usr/bin/chromedriver', '--', '--test', 'wasm'],
    { WASM_BINDGEN_USE_BROWSER: '1' }, rustCounts],
  ['JS API and page tests in Chromium', 'node', ['--test', '--test-reporter=tap', '--test-concurrency=1', 'tests/js/', 'tests/browser/'], {}, nodeCounts],
];

async function main() {
  const results = [];
  for (const [name, command, args, extraEnv, count] of steps) {
    if (name === 'JS API and page tests in Chromium') {
      // These use the release wasm package, and compare the page with the release CLI.
      run('cargo', ['build', '--release', '--bin', 'marsad']);
      buildWasm();
      await buildSite();
    }
    const { status, output } = await capture(command, args, extraEnv);
    const { passed, failed } = count(output);
    results.push({ name, status, passed, failed });
    if (status !== 0 || failed > 0 || passed === 0) break;
  }
  console.log('\n== summary ==');
  let ok = results.length === steps.length;
  for (const r of results) {
    const verdict = r.status !== 0 || r.failed > 0 ? 'FAILED' : r.passed === 0 ? 'FAILED: ran no tests' : 'ok';
    if (verdict !== 'ok') ok = false;
    console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed (exit ${r.status}) ${verdict}`);
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const counted = results.reduce((n, r) => n + r.failed, 0);
  // A step that crashed or ran nothing counted no failure itself; the total must still say so.
  const failed = counted + (ok || counted > 0 ? 0 : 1);
  console.log(`total: ${passed} passed, ${failed} failed`);
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(`test: ${e.message}`);
  console.log('total: 0 passed, 1 failed');
  process.exit(1);
});
