// Ways in beyond the file picker: a folder (picker and drag and drop), a pasted text with its
// date, and a long load that can be cancelled and says how long it has left.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, startBrowser, waitLoaded } from './harness.mjs';

let browser;
let folder;

before(async () => {
  browser = await startBrowser();
  // news/ with a sub-folder, a hidden file, a hidden folder and macOS's __MACOSX: two documents.
  folder = await mkdtemp(join(tmpdir(), 'marsad-folder-'));
  const news = join(folder, 'news');
  for (const dir of ['more', '.git', '__MACOSX']) await mkdir(join(news, dir), { recursive: true });
  await writeFile(join(news, '2017-07-10-a.txt'), 'Mosul falls. ISIS loses Mosul.');
  await writeFile(join(news, 'more', '2017-07-11-b.txt'), 'Raqqa next. Mosul was first.');
  await writeFile(join(news, '.DS_Store'), 'Mosul Mosul Mosul');
  await writeFile(join(news, '.git', 'HEAD'), 'Mosul Mosul Mosul');
  await writeFile(join(news, '__MACOSX', '._2017-07-10-a.txt'), 'Mosul Mosul Mosul');
});

after(async () => {
  await browser?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const rows = (page, table) =>
  page.$$eval(`${table} tbody tr`, (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));

const keywordCount = async (page, term) => (await rows(page, '#keyword-table')).find((r) => r[1] === term)?.[2];

test('a folder chosen in the folder picker loads with its paths, hidden files left out', async () => {
  const { page, problems } = await openPage(browser);
  await page.setInputFiles('#folder-input', join(folder, 'news'));
  await waitLoaded(page);
  assert.equal(await page.textContent('#status'), 'Loaded 2 of 2 files.');
  const documents = (await rows(page, '#document-table')).map((r) => r.slice(0, 3));
  assert.deepEqual(documents.sort(), [
    ['news/2017-07-10-a.txt', '2017-07-10', 'file name'],
    ['news/more/2017-07-11-b.txt', '2017-07-11', 'file name'],
  ]);
  assert.equal(await keywordCount(page, 'Mosul'), '3');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a folder dropped on the page is walked to the bottom, in slices, with plain files beside it', async () => {
  const { page, problems } = await openPage(browser);
  await page.evaluate(() => {
    // FileSystemEntry look-alikes: a directory that hands out its entries two at a time, as
    // readEntries does (100 at a time in Chromium), then an empty slice.
    const file = (path, text) => ({
      isFile: true, isDirectory: false, name: path.split('/').at(-1), fullPath: `/${path}`,
      file: (ok) => ok(new File([text], path.split('/').at(-1), { type: 'text/plain' })),
    });
    const dir = (path, children) => ({
      isFile: false, isDirectory: true, name: path.split('/').at(-1), fullPath: `/${path}`,
      createReader() {
        let at = 0;
        return { readEntries: (ok) => setTimeout(() => ok(children.slice(at, (at += 2)))) };
      },
    });
    const tree = dir('box', [
      file('box/2017-07-10-a.txt', 'Mosul falls.'),
      file('box/.DS_Store', 'Mosul Mosul'),
      dir('box/__MACOSX', [file('box/__MACOSX/._x.txt', 'Mosul Mosul')]),
      dir('box/deep', [dir('box/deep/er', [file('box/deep/er/2017-07-12-c.txt', 'Mosul again.'), file('box/deep/er/d.txt', 'Mosul.')])]),
      file('box/2017-07-11-b.txt', 'Mosul, Mosul.'),
    ]);
    const plain = new File(['Raqqa, not Mosul.'], 'loose.txt', { type: 'text/plain' });
    const items = [
      { kind: 'file', webkitGetAsEntry: () => tree, getAsFile: () => null },
      { kind: 'file', webkitGetAsEntry: () => null, getAsFile: () => plain },
      { kind: 'string', webkitGetAsEntry: () => null, getAsFile: () => null },
    ];
    const drop = new DragEvent('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { items, files: [] } });
    document.querySelector('#drop-zone').dispatchEvent(drop);
  });
  await waitLoaded(page);
  assert.equal(await page.textContent('#status'), 'Loaded 5 of 5 files.');
  const names = (await rows(page, '#document-table')).map((r) => r[0]).sort();
  assert.deepEqual(names, ['box/2017-07-10-a.txt', 'box/2017-07-11-b.txt', 'box/deep/er/2017-07-12-c.txt', 'box/deep/er/d.txt', 'loose.txt']);
  // 1 + 2 + 1 + 1 + 1: none from the hidden files.
  assert.equal(await keywordCount(page, 'Mosul'), '6');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a dropped folder with an entry or a sub-folder the browser will not read still loads the rest, and says which', async () => {
  const { page, problems } = await openPage(browser);
  await page.evaluate(() => {
    const file = (path, text) => ({
      isFile: true, isDirectory: false, name: path.split('/').at(-1), fullPath: `/${path}`,
      file: (ok) => ok(new File([text], path.split('/').at(-1), { type: 'text/plain' })),
    });
    // As Chromium does for a file deleted or moved after the drag began.
    const lost = (path) => ({
      isFile: true, isDirectory: false, name: path.split('/').at(-1), fullPath: `/${path}`,
      file: (ok, fail) => fail(new DOMException('A requested file or directory could not be found.', 'NotFoundError')),
    });
    // A folder that gives one slice of entries, then fails.
    const flaky = (path, children) => ({
      isFile: false, isDirectory: true, name: path.split('/').at(-1), fullPath: `/${path}`,
      createReader() {
        let calls = 0;
        return { readEntries: (ok, fail) => (calls++ === 0 ? ok(children) : fail(new DOMException('Permission denied.', 'NotReadableError'))) };
      },
    });
    const dir = (path, children) => ({
      isFile: false, isDirectory: true, name: path.split('/').at(-1), fullPath: `/${path}`,
      createReader() {
        let done = false;
        return { readEntries: (ok) => ok(done ? [] : ((done = true), children)) };
      },
    });
    const tree = dir('box', [
      file('box/a.txt', 'Mosul falls.'),
      lost('box/gone.txt'),
      flaky('box/locked', [file('box/locked/b.txt', 'Mosul, Mosul.')]),
    ]);
    // A plain file whose bytes can no longer be read when its batch is due.
    const stale = new File(['Mosul'], 'stale.txt', { type: 'text/plain' });
    Object.defineProperty(stale, 'arrayBuffer', { value: () => Promise.reject(new DOMException('The file changed.', 'NotReadableError')) });
    const items = [
      { kind: 'file', webkitGetAsEntry: () => tree, getAsFile: () => null },
      { kind: 'file', webkitGetAsEntry: () => null, getAsFile: () => stale },
    ];
    const drop = new DragEvent('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { items, files: [] } });
    document.querySelector('#drop-zone').dispatchEvent(drop);
  });
  await waitLoaded(page);
  assert.equal(await page.textContent('#status'), 'Loaded 2 of 5 files, 3 could not be read (listed below).');
  const names = (await rows(page, '#document-table')).map((r) => r[0]).sort();
  assert.deepEqual(names, ['box/a.txt', 'box/locked/b.txt']);
  assert.equal(await keywordCount(page, 'Mosul'), '3');
  const errors = await page.$$eval('#errors li', (lis) => lis.map((li) => li.textContent));
  assert.equal(errors.length, 3);
  assert.match(errors.find((e) => e.startsWith('box/gone.txt')), /would not hand this file over \(A requested file or directory could not be found\.\)/);
  assert.match(errors.find((e) => e.startsWith('box/locked/')), /would not list this folder \(Permission denied\.\); the files found in it before that were loaded/);
  assert.match(errors.find((e) => e.startsWith('stale.txt')), /could not be read \(The file changed\.\)/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a pasted text becomes a document with the name and date given', async () => {
  const { page, problems } = await openPage(browser);
  await page.click('#paste summary');
  await page.fill('#paste-text', 'داعش يخسر الموصل. وداعش ينسحب من الموصل، والموصل تحتفل.');
  await page.fill('#paste-name', 'بيان');
  await page.fill('#paste-date', '2016-10-17');
  await page.click('#paste-form button[type=submit]');
  await waitLoaded(page);
  assert.equal(await page.textContent('#status'), 'Loaded 1 of 1 files.');
  assert.equal(await keywordCount(page, 'الموصل'), '3');
  assert.equal(await keywordCount(page, 'داعش'), '2');
  assert.deepEqual((await rows(page, '#document-table')).map((r) => r.slice(0, 3)), [['بيان.txt', '2016-10-17', 'given']]);
  assert.equal(await page.inputValue('#paste-text'), '', 'the form is emptied for the next text');
  // A second paste with neither name nor date: numbered, and dated as it can be.
  await page.fill('#paste-text', 'Mosul.');
  await page.click('#paste-form button[type=submit]');
  await page.waitForFunction(() => document.querySelectorAll('#document-table tbody tr').length === 2);
  const second = (await rows(page, '#document-table')).find((r) => r[0] !== 'بيان.txt');
  assert.equal(second[0], 'pasted-2.txt');
  assert.notEqual(second[2], 'given');
  assert.deepEqual(problems, []);
  await page.close();
});

test('cancel stops after the batch being read: what was added stays, the rest is counted as not read', async () => {
  const { page, problems } = await openPage(browser);
  await page.evaluate(() => {
    // Cancel as soon as the first progress shows, from inside the page, so that the test does
    // not race the load: the page reads 200 files a batch, so one batch of 1,000 gets in.
    new MutationObserver((_, observer) => {
      const button = document.querySelector('#cancel-button');
      if (!button.hidden && document.querySelector('#progress-bar').value > 0) {
        observer.disconnect();
        button.click();
      }
    }).observe(document.querySelector('#progress-text'), { childList: true, characterData: true, subtree: true });
    const transfer = new DataTransfer();
    for (let i = 0; i < 1000; i++) transfer.items.add(new File([`Mosul ${i}.`], `f${String(i).padStart(4, '0')}.txt`, { type: 'text/plain' }));
    const input = document.querySelector('#file-input');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  });
  await waitLoaded(page);
  assert.equal(await page.textContent('#status'), 'Loaded 200 of 1,000 files. Cancelled: 800 files were not read.');
  assert.equal(await keywordCount(page, 'Mosul'), '200');
  assert.equal(await page.isHidden('#progress'), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the progress line gives the time left once it can be estimated, in both languages', async () => {
  const { page, problems } = await openPage(browser);
  const said = await page.evaluate(async () => {
    const { ProgressView } = await import('./progress-view.js');
    const { setLanguage } = await import('./i18n.js');
    let clock = 0;
    const view = new ProgressView({
      box: document.createElement('div'), bar: document.createElement('progress'), text: document.createElement('span'),
      cancel: document.createElement('button'), now: () => clock,
    });
    const out = [];
    view.start(10, 10e6, () => {});
    clock = 500;
    view.advance({ files: 2, bytes: 1e6 }); // too early to tell
    out.push(view.text.textContent);
    clock = 2000;
    view.advance({ files: 2, bytes: 1e6 }); // 2 MB in 2 s: 8 MB left, 8 s
    out.push(view.text.textContent);
    await setLanguage('ar');
    view.relabel();
    out.push(view.text.textContent);
    await setLanguage('en');
    clock = 2500;
    view.cancel.click();
    out.push(view.text.textContent);
    return out;
  });
  assert.deepEqual(said, [
    '2 of 10 files · 1.0 of 10.0 MB',
    '4 of 10 files · 2.0 of 10.0 MB · about 8 s left',
    'الملفات: ٤ من ١٠ · ٢٫٠ من ١٠٫٠ ميغابايت · الوقت المتبقي بالثواني: نحو ٨',
    '4 of 10 files · 2.0 of 10.0 MB · stopping after this batch…',
  ]);
  assert.deepEqual(problems, []);
  await page.close();
});
