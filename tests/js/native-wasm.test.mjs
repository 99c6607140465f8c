// Native and wasm builds must give identical results for the same input: the release CLI and
// the wasm package are run on the project's fixtures (always) and on the seed articles in
// ../shared (when present), and their keys and keyword tables compared in full.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/build.mjs';
import { Engine, initSync, keys, tokens } from '../../pkg/marsad.js';
import { CoreEngine } from '../../www/core.js';

const MARSAD = join(root, 'target', 'release', 'marsad');
const FIXTURES = join(root, 'tests', 'fixtures', 'corpus');
const SEEDS = join(root, '..', 'shared', 'seeds');

before(() => {
  assert.ok(existsSync(MARSAD), `${MARSAD} is missing: npm test builds it with cargo build --release`);
  initSync({ module: readFileSync(join(root, 'pkg', 'marsad_bg.wasm')) });
});

function cli(args, input) {
  const r = spawnSync(MARSAD, args, { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function textFiles(dir) {
  return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => join(dir, n));
}

/** Token for token, with byte and UTF-16 offsets, on every file that is UTF-8. */
function compareTokens(files) {
  let compared = 0;
  for (const file of files) {
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
    } catch {
      continue;
    }
    if (text.includes('\0')) continue;
    const native = cli(['tokens', file]);
    assert.equal(native.status, 0, native.stderr);
    const lines = native.stdout.trimEnd().split('\n').filter(Boolean).map((l) => {
      const { file: _, ...token } = JSON.parse(l);
      return token;
    });
    assert.deepEqual(JSON.parse(tokens(text)), lines, file);
    compared += lines.length;
  }
  assert.ok(compared > 0, 'no tokens compared');
}

function compare(files) {
  compareTokens(files);
  const words = files.flatMap((f) => new TextDecoder().decode(readFileSync(f)).split(/[^\p{L}\p{M}\p{N}]+/u)).filter(Boolean);
  assert.ok(words.length > 10, `${words.length} words`);
  const native = cli(['keys'], words.join('\n') + '\n');
  assert.equal(native.status, 0, native.stderr);
  assert.deepEqual(keys(words), native.stdout.trimEnd().split('\n'));

  const engine = new CoreEngine(Engine);
  // As the CLI does: the file's last-modified day in UTC, for files dated by nothing else.
  const modified = (f) => statSync(f).mtime.toISOString().slice(0, 10);
  const reports = engine.addFiles(files.map((f) => ({ name: f, bytes: readFileSync(f), modified: modified(f) })));
  const readable = files.filter((f, i) => reports[i].documents.length > 0);
  const table = cli(['freq', '--json', '--stopwords', '--numbers', '--links', '--limit', '1000000', ...readable]);
  assert.equal(table.status, 0, table.stderr);
  assert.deepEqual(engine.keywords({ limit: 1_000_000, includeStopwords: true, includeNumbers: true, includeLinks: true }), JSON.parse(table.stdout));
  return words.length;
}

test('native and wasm agree on the project fixtures', () => {
  compare(textFiles(FIXTURES));
});

test('native and wasm agree on the seed articles in ../shared', (t) => {
  if (!existsSync(SEEDS)) {
    t.skip(`../shared/seeds is absent (${SEEDS}): only the fixtures were compared`);
    return;
  }
  const words = compare(textFiles(SEEDS));
  assert.ok(words > 1000, `${words} words from the seeds`);
});
