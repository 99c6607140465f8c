// The JavaScript API of the wasm package, through the wrapper the worker uses (www/core.js),
// which turns the core's JSON text into values.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from '../../scripts/build.mjs';
import { initSync, Engine, normalisationSteps, tokens } from '../../pkg/marsad.js';
import { CoreEngine } from '../../www/core.js';
import { zip } from './zip.mjs';
import { DAY_JSON } from './fixtures.mjs';

const utf8 = (text) => new TextEncoder().encode(text);
const engineWith = (options) => new CoreEngine(Engine, options);
/** Adds one file and returns its first document, or throws its first error. */
function addOne(engine, name, text, extra = {}) {
  const [report] = engine.addFiles([{ name, bytes: typeof text === 'string' ? utf8(text) : text, ...extra }]);
  if (report.errors.length) throw new Error(report.errors[0].message);
  return report.documents[0];
}

before(async () => {
  initSync({ module: await readFile(join(root, 'pkg', 'marsad_bg.wasm')) });
});

test('text and bytes are both accepted and counted by key', () => {
  const engine = engineWith();
  const summary = addOne(engine, '2017-07-10-a.txt', 'دخلت القوات الموصل، وفي الموصل احتفالات');
  assert.deepEqual({ date: summary.date, source: summary.dateSource, encoding: summary.encoding }, { date: '2017-07-10', source: 'file-name', encoding: 'UTF-8' });
  addOne(engine, 'b.txt', 'بالموصل', { date: '2017-08-01' });
  const [top] = engine.keywords({ limit: 1 });
  assert.deepEqual([top.display, top.count, top.docs], ['الموصل', 3, 2]);
  assert.deepEqual(top.variants, [{ form: 'الموصل', count: 2 }, { form: 'بالموصل', count: 1 }]);
  const t = engine.timeline('والموصل', 'month');
  assert.deepEqual(t.points.map((p) => [p.start, p.count]), [['2017-07-01', 2], ['2017-08-01', 1]]);
  assert.equal(t.key, 'موصل');
  assert.deepEqual(engine.stats(), { documents: 2, included: 2, tokens: 7, distinctKeys: 5, dated: 2, undated: 0 });
});

test('bad input throws specific errors and loses nothing', () => {
  const engine = engineWith(undefined);
  addOne(engine, 'keep.txt', 'word', { modified: '2020-01-02' });
  assert.throws(() => addOne(engine, 'x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])), /not a text file: binary data \(a NUL byte at byte 4\)/);
  assert.throws(() => engine.timeline('word', 'fortnight'), /invalid bucket: expected one of auto, day, week, month, quarter, year, not "fortnight"/);
  assert.throws(() => engine.timeline('word', { bucket: 'month', measure: 'loudness' }), /invalid timeline shape/);
  assert.throws(() => engine.keywords({ limit: 'ten' }), /invalid keyword query/);
  assert.throws(() => engineWith({ normalise: { foldAlef: 'yes' } }), /invalid engine options/);
  assert.throws(() => engine.kwic({ query: 'word', sort: 'sideways' }), /invalid KWIC query/);
  assert.throws(() => engine.setDate(0, '2020-13-01'), /«2020-13-01» is not a YYYY-MM-DD date/);
  assert.throws(() => engine.timeline('...', 'day'), /no word/);
  assert.equal(engine.documents().length, 1);
  assert.equal(engine.documents()[0].dateSource, 'last-modified');
});

test('normalisation options reach the engine', () => {
  const folded = engineWith();
  const strict = engineWith({ normalise: { foldYeh: false } });
  for (const e of [folded, strict]) addOne(e, 'a.txt', 'مستشفى مستشفي');
  assert.equal(folded.keywords({}).length, 1);
  assert.equal(strict.keywords({}).length, 2);
});

test('stopwords can be listed, added and removed', () => {
  const engine = engineWith();
  addOne(engine, 'a.txt', 'قال الوزير في بيان إن الوزير سيزور الموصل');
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
  assert.throws(() => engineWith({ stemming: 'english' }), /available in the marsad command-line tool, not in the browser/);
  assert.throws(() => engineWith({ stopwordLanguages: ['ar', 'xx'] }), /no stopword list for «xx»/);
  const french = engineWith({ stopwordLanguages: ['fr'] });
  addOne(french, 'a.txt', 'le président et la ministre');
  assert.deepEqual(french.keywords({}).map((k) => k.key).sort(), ['ministre', 'président']);
});

test('tokens carry byte and UTF-16 offsets and kinds; the normalisation steps are listed', () => {
  const text = 'زار #الموصل في 2017 www.example.org';
  const t = JSON.parse(tokens(text));
  assert.deepEqual(t.map((x) => [x.text, x.kind]), [['زار', 'word'], ['#الموصل', 'hashtag'], ['في', 'word'], ['2017', 'number'], ['www.example.org', 'url']]);
  for (const x of t) assert.equal(text.slice(x.start16, x.end16), x.text);
  const steps = JSON.parse(normalisationSteps());
  assert.ok(steps.length >= 10);
  const alef = steps.find((s) => s.id === 'foldAlef');
  assert.equal(alef.defaultOn, true);
  assert.ok(alef.examples.length > 0);
});

test('a batch of files in every format: per-file reports with per-part errors and skipped rows', () => {
  const engine = engineWith();
  const formats = join(root, 'tests', 'fixtures', 'formats');
  const reports = engine.addFiles([
    { name: 'news.zip', bytes: zip([['2017/day.json', DAY_JSON], ['notes.txt', 'ملاحظات عن الموصل']]) },
    { name: 'article.html', bytes: readFileSync(join(formats, 'article.html')) },
    { name: 'articles.csv', bytes: readFileSync(join(formats, 'articles.csv')) },
    { name: 'broken.json', bytes: readFileSync(join(formats, 'broken.json')) },
    { name: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]) },
  ]);
  assert.deepEqual(reports.map((r) => [r.name, r.documents.length, r.errors.length, r.skipped.length]), [
    ['news.zip', 3, 1, 1],
    ['article.html', 1, 0, 0],
    ['articles.csv', 3, 0, 1],
    ['broken.json', 0, 1, 0],
    ['photo.png', 0, 1, 0],
  ]);
  const [news, html, csv, broken, png] = reports;
  assert.deepEqual(news.errors, [{ name: 'news.zip › 2017/day.json › #3', message: 'a number, not an article object' }]);
  assert.deepEqual(news.skipped, [{ location: 'news.zip › 2017/day.json › #4', reason: '«content» is empty' }]);
  assert.deepEqual(news.documents.map((d) => [d.id, d.location, d.format, d.date, d.dateSource, d.source, d.language]), [
    [0, 'news.zip › 2017/day.json › #1', 'json', '2017-07-10', 'field', 'الرياض', 'ar'],
    [1, 'news.zip › 2017/day.json › #2', 'json', '2017-07-11', 'field', 'Reuters', 'en'],
    [2, 'news.zip › notes.txt', 'text', null, null, null, null],
  ]);
  assert.deepEqual([html.documents[0].title, html.documents[0].date, html.documents[0].dateSource], ['الحكومة تعلن استعادة الموصل', '2017-07-10', 'html-meta']);
  assert.deepEqual(csv.documents.map((d) => [d.location, d.title]), [['articles.csv › line 2', 'Mosul, retaken'], ['articles.csv › line 4', 'الموصل'], ['articles.csv › line 8', 'No date']]);
  assert.match(broken.errors[0].message, /^invalid JSON: EOF while parsing a string/);
  assert.match(png.errors[0].message, /^not a text file: binary data/);
  assert.deepEqual(engine.stats(), { documents: 7, included: 7, tokens: 64, distinctKeys: 51, dated: 5, undated: 2 });
  assert.equal(engine.text(2), 'ملاحظات عن الموصل');
  // Loading the same archive again is refused as a whole; nothing is counted twice.
  const [again] = engine.addFiles([{ name: 'news.zip', bytes: zip([['2017/day.json', DAY_JSON], ['notes.txt', 'ملاحظات عن الموصل']]) }]);
  assert.deepEqual([again.documents.length, again.errors.map((e) => e.message)], [0, ['already loaded: the same file, with the same content, was added before']]);
  assert.equal(engine.stats().documents, 7);
});

/** Three short dated texts, counted by hand: «الموصل» 2 + 1 times, «دخلت» after «القوات» twice. */
function threeTexts() {
  const engine = engineWith();
  engine.addFiles([
    { name: '2021-03-01-a.txt', bytes: utf8('القوات دخلت الموصل. القوات في الموصل.') },
    { name: '2021-03-02-b.txt', bytes: utf8('القوات دخلت الموصل اليوم.') },
    { name: '2021-04-01-c.txt', bytes: utf8('Mosul is calm.') },
  ]);
  return engine;
}

test('concordance, dispersion, n-grams, collocates and keyness', () => {
  const engine = threeTexts();
  const kwic = engine.kwic({ query: 'الموصل', width: 10 });
  assert.equal(kwic.total, 3);
  assert.deepEqual(kwic.lines.map((l) => [l.doc, l.left, l.hit, l.right]), [
    [0, 'قوات دخلت ', 'الموصل', '. القوات ف'],
    [0, 'القوات في ', 'الموصل', '.'],
    [1, 'قوات دخلت ', 'الموصل', ' اليوم.'],
  ]);
  assert.equal('القوات دخلت الموصل. القوات في الموصل.'.slice(kwic.lines[1].start16, kwic.lines[1].end16), 'الموصل');
  assert.equal(engine.kwic({ query: 'الموصل', doc: 1 }).total, 1);

  assert.deepEqual(engine.dispersion('الموصل'), {
    tokens: 13,
    documents: [
      { doc: 0, offset: 0, tokens: 6, positions: [2, 5] },
      { doc: 1, offset: 6, tokens: 4, positions: [2] },
      { doc: 2, offset: 10, tokens: 3, positions: [] },
    ],
  });

  const bigrams = engine.ngrams({ min: 2, max: 2, minCount: 2 });
  assert.deepEqual(bigrams.map((g) => [g.display, g.keys, g.count, g.docs]).sort(), [
    ['القوات دخلت', ['قوات', 'دخل'], 2, 2],
    ['دخلت الموصل', ['دخل', 'موصل'], 2, 2],
  ]);

  // One word either side, stopwords («في») left out.
  const near = engine.collocates({ query: 'الموصل', window: 1, minCount: 1 });
  assert.deepEqual(near.map((c) => [c.display, c.together, c.total]), [['دخلت', 2, 2], ['اليوم', 1, 1]]);
  assert.ok(near[0].logLikelihood > near[1].logLikelihood);

  const march = engine.keyness({ target: { from: '2021-03-01', to: '2021-04-01' }, minCount: 1 });
  assert.deepEqual([march.target, march.reference], [{ documents: 2, tokens: 10 }, { documents: 1, tokens: 3 }]);
  const row = (display) => march.keys.find((k) => k.display === display);
  assert.deepEqual([row('الموصل').targetCount, row('الموصل').referenceCount, row('الموصل').direction], [3, 0, 'over']);
  assert.deepEqual([row('Mosul').targetCount, row('Mosul').referenceCount, row('Mosul').direction], [0, 1, 'under']);

  const rate = engine.timeline('الموصل', { bucket: 'month', measure: 'rate' });
  assert.deepEqual(rate.points.map((p) => [p.start, p.count, p.tokens, p.value, p.docsWithTerm]), [['2021-03-01', 3, 10, 3000, 2], ['2021-04-01', 0, 3, 0, 0]]);
  assert.deepEqual(rate.variants, [{ form: 'الموصل', count: 3 }]);
});

test('dates by manifest and by hand, exclusion, duplicates counted once, boilerplate left out', () => {
  const engine = threeTexts();
  assert.deepEqual(engine.applyManifest('file,date\n2021-04-01-c.txt,2021-05-05\nmissing.txt,2021-01-01\nx.txt,someday\n'), {
    dated: 1,
    unmatched: ['missing.txt'],
    errors: ['line 4: «someday» is not a date'],
  });
  assert.deepEqual([engine.setDate(0, '2020-01-01'), engine.setDate(9, '2020-01-01'), engine.setDate(1, null)], [true, false, true]);
  assert.deepEqual(engine.documents().map((d) => [d.date, d.dateSource]), [['2020-01-01', 'given'], [null, null], ['2021-05-05', 'manifest']]);
  assert.equal(engine.setExcluded(2, true), true);
  assert.deepEqual([engine.stats().included, engine.documents()[2].excluded], [2, true]);
  assert.ok(!engine.keywords().some((k) => k.display === 'Mosul'));
  engine.setExcluded(2, false);
  assert.ok(engine.keywords().some((k) => k.display === 'Mosul'));

  const dups = engineWith();
  const dir = join(root, 'tests', 'fixtures', 'dups');
  dups.addFiles(readdirSync(dir).sort().map((name) => ({ name, bytes: readFileSync(join(dir, name)) })));
  const clusters = dups.duplicates();
  // The wire story and its rewrite; the article on the same topic is not a copy.
  assert.deepEqual(clusters.map((c) => c.docs.map((id) => dups.documents()[id].name)), [['rewrite-ar.txt', 'wire-ar.txt']]);
  assert.ok(clusters[0].similarity > 0.3 && clusters[0].similarity < 1);
  dups.setCountDuplicatesOnce(true);
  assert.equal(dups.stats().included, 3);
  dups.setCountDuplicatesOnce(false);
  assert.equal(dups.stats().included, 4);

  const site = engineWith();
  const wahat = join(root, 'tests', 'fixtures', 'boilerplate', 'wahat');
  site.addFiles(readdirSync(wahat).sort().map((name) => ({ name: `wahat/${name}`, bytes: readFileSync(join(wahat, name)) })));
  const before = site.stats().tokens;
  const lines = site.setExcludeBoilerplate(true);
  assert.deepEqual(lines.map((l) => [l.text, l.docs, l.kind]), [
    ['الأكثر قراءة', 4, 'sharedAcrossDocuments'],
    ['www.wahat-news.example', 3, 'sharedAcrossDocuments'],
    ['شارك المقال', 3, 'sharedAcrossDocuments'],
    ['افتتاح سوق التمور في الواحة', 1, 'repeatedInDocument'],
  ]);
  assert.ok(site.stats().tokens < before);
  assert.equal(site.setExcludeBoilerplate(false).length, 4);
  assert.equal(site.stats().tokens, before);
});

test('a batch whose sizes do not match its bytes is refused whole', () => {
  const raw = new Engine();
  assert.throws(() => raw.addFiles(JSON.stringify([{ name: 'a.txt', size: 10 }]), utf8('short')), /«a\.txt»: 10 bytes announced, 5 left in the batch/);
  assert.throws(() => raw.addFiles(JSON.stringify([{ name: 'a.txt', size: 1 }]), utf8('ab')), /1 bytes left over after the last file/);
  assert.throws(() => raw.addFiles('[{"name": 3}]', utf8('')), /invalid file list/);
  assert.equal(JSON.parse(raw.stats()).documents, 0);
});
