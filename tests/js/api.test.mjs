// The JavaScript API of the wasm package, as the worker (and later the npm package) uses it.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from '../../scripts/build.mjs';
import { initSync, Engine, normalisationSteps, tokens } from '../../pkg/marsad.js';

before(async () => {
  initSync({ module: await readFile(join(root, 'pkg', 'marsad_bg.wasm')) });
});

test('text and bytes are both accepted and counted by key', () => {
  const engine = new Engine();
  const summary = engine.addText('2017-07-10-a.txt', 'دخلت القوات الموصل، وفي الموصل احتفالات', undefined, undefined);
  assert.deepEqual({ date: summary.date, source: summary.dateSource, encoding: summary.encoding }, { date: '2017-07-10', source: 'file-name', encoding: 'UTF-8' });
  engine.addDocument('b.txt', new TextEncoder().encode('بالموصل'), '2017-08-01', undefined);
  const [top] = engine.keywords({ limit: 1 });
  assert.deepEqual([top.display, top.count, top.docs], ['الموصل', 3, 2]);
  assert.deepEqual(top.variants, [{ form: 'الموصل', count: 2 }, { form: 'بالموصل', count: 1 }]);
  const t = engine.timeline('والموصل', 'month');
  assert.deepEqual(t.points.map((p) => [p.start, p.count]), [['2017-07-01', 2], ['2017-08-01', 1]]);
  assert.equal(t.key, 'موصل');
  assert.deepEqual(engine.stats(), { documents: 2, tokens: 7, distinctKeys: 5, dated: 2, undated: 0 });
});

test('bad input throws specific errors and loses nothing', () => {
  const engine = new Engine(undefined);
  engine.addText('keep.txt', 'word', undefined, '2020-01-02');
  assert.throws(() => engine.addDocument('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), undefined, undefined), /not a text file: binary data \(a NUL byte at byte 4\)/);
  assert.throws(() => engine.timeline('word', 'fortnight'), /invalid bucket/);
  assert.throws(() => engine.keywords({ limit: 'ten' }), /invalid keyword query/);
  assert.throws(() => new Engine({ normalise: { foldAlef: 'yes' } }), /invalid engine options/);
  assert.throws(() => engine.timeline('...', 'day'), /no word/);
  assert.equal(engine.documents().length, 1);
  assert.equal(engine.documents()[0].dateSource, 'last-modified');
});

test('normalisation options reach the engine', () => {
  const folded = new Engine();
  const strict = new Engine({ normalise: { foldYeh: false } });
  for (const e of [folded, strict]) e.addText('a.txt', 'مستشفى مستشفي', undefined, undefined);
  assert.equal(folded.keywords({}).length, 1);
  assert.equal(strict.keywords({}).length, 2);
});

test('stopwords can be listed, added and removed', () => {
  const engine = new Engine();
  engine.addText('a.txt', 'قال الوزير في بيان إن الوزير سيزور الموصل', undefined, undefined);
  const terms = () => engine.keywords({}).map((k) => k.display);
  assert.ok(engine.stopwords().length > 300, 'the Arabic and English lists');
  assert.ok(!terms().includes('في'));
  assert.equal(engine.removeStopword('في'), true);
  assert.ok(terms().includes('في'));
  assert.equal(terms()[0], 'الوزير');
  assert.equal(engine.addStopword('والوزير'), true);
  assert.ok(!terms().includes('الوزير'));
});

test('options the browser build cannot honour are refused with a reason', () => {
  assert.throws(() => new Engine({ stemming: 'english' }), /available in the marsad command-line tool, not in the browser/);
  assert.throws(() => new Engine({ stopwordLanguages: ['ar', 'xx'] }), /no stopword list for «xx»/);
  const french = new Engine({ stopwordLanguages: ['fr'] });
  french.addText('a.txt', 'le président et la ministre', undefined, undefined);
  assert.deepEqual(french.keywords({}).map((k) => k.key).sort(), ['ministre', 'président']);
});

test('tokens carry byte and UTF-16 offsets and kinds; the normalisation steps are listed', () => {
  const text = 'زار #الموصل في 2017 www.example.org';
  const t = tokens(text);
  assert.deepEqual(t.map((x) => [x.text, x.kind]), [['زار', 'word'], ['#الموصل', 'hashtag'], ['في', 'word'], ['2017', 'number'], ['www.example.org', 'url']]);
  for (const x of t) assert.equal(text.slice(x.start16, x.end16), x.text);
  const steps = normalisationSteps();
  assert.ok(steps.length >= 10);
  const alef = steps.find((s) => s.id === 'foldAlef');
  assert.equal(alef.defaultOn, true);
  assert.ok(alef.examples.length > 0);
});
