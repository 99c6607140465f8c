// Wires the page together: inputs → worker → views. All analysis happens in the worker, which
// the entry point creates (a file for the site, an inlined blob for the single offline file).

import { PersistentEngine } from './persistent-engine.js';
import { validView } from './url-state.js';
import { PageLink } from './page-link.js';
import { pastedFile, readBatches, triage, watchFileInputs } from './files.js';
import { sampleFiles } from './sample.js';
import { ProgressView } from './progress-view.js';
import { KeywordPanel } from './keyword-panel.js';
import { KeynessView } from './keyness-view.js';
import { SettingsView } from './settings-view.js';
import { wireExports } from './export-buttons.js';
import { DocumentTable, datingSummary, renderErrors } from './documents-view.js';
import { CorpusTools } from './corpus-tools.js';
import { TimelinePanel } from './timeline-panel.js';
import { KwicView } from './kwic-view.js';
import { DocumentView } from './document-view.js';
import { analysisFileName, embedSnippet } from './analysis.js';
import { forgetLanguage, initialLanguage, language, onLanguageChange, setLanguage, t } from './i18n.js';

const $ = (id) => document.getElementById(id);

/** Exported for the console and the tests (which make edits the page has no control for yet). */
export let engine;
let progress;
let timeline;
let kwic;
let reader;
let keywords;
let keyness;
let settings;
/** The view in the address (page-link.js). */
let link;
let documentTable;
let tools;
let busy = false;
/** Set by the Cancel button: the load stops after the batch being read. */
let cancelled = false;
let pasted = 0;
/** What the status line and the storage line say, kept so that a language switch can say it again. */
let status = () => '';
let storage = null;
let errors = [];
/** Settles once the corpus kept on this device is back: files added meanwhile wait for it. */
let restoring = Promise.resolve();

/**
 * Starts the page once its language's strings are in. `sample: false` hides the sample button
 * where its files cannot be fetched. `<html data-started>` says the controls are live.
 */
export async function start(createWorker, { sample = true } = {}) {
  await setLanguage(initialLanguage());
  showLanguageButton();
  onLanguageChange(() => relabel());
  $('lang-button').addEventListener('click', () => setLanguage(language() === 'ar' ? 'en' : 'ar', { keep: true }));
  engine = new PersistentEngine(createWorker, { onStorage: showStorage });
  progress = new ProgressView({ box: $('progress'), bar: $('progress-bar'), text: $('progress-text'), cancel: $('cancel-button') });
  reader = new DocumentView({ engine, dialog: $('document-dialog') });
  kwic = new KwicView({ engine, $, onOpen: (line, query) => reader.open(line.doc, { query, current: line }) });
  timeline = new TimelinePanel({
    engine,
    $,
    onPeriod: (period) => kwic.show(period),
    onDocument: ({ query, doc }) => reader.open(doc, { query }),
    onRender: ([first]) => {
      $('embed-snippet').value = embedSnippet(analysisFileName(first), document.documentElement.lang);
      link.save();
    },
    onEvents: () => link.save(),
  });
  link = new PageLink({ $, engine, timeline, settings: () => settings });
  const addSeries = (term) => {
    $('term-input').value = term;
    timeline.add();
  };
  keywords = new KeywordPanel({
    engine,
    $,
    onPick: (term) => {
      $('term-input').value = term;
      drawTimeline();
    },
    onAdd: addSeries,
  });
  keyness = new KeynessView({ engine, root: $('keyness-view'), onAdd: addSeries, onKwic: (query) => kwic.show(query) });
  wireExports({ engine, $, keywords, timeline, kwic, report: setStatus });
  documentTable = new DocumentTable({ table: $('document-table'), message: $('document-message'), engine, onChange: () => refresh() });
  tools = new CorpusTools({ engine, $, onChange: () => refresh() });
  watchFileInputs({ input: $('file-input'), folderInput: $('folder-input'), dropZone: $('drop-zone') }, (files) => load(files));
  $('paste-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const form = new FormData($('paste-form'));
    if (!String(form.get('text')).trim()) return;
    if (busy) return setStatus(() => t('status.busy'));
    load([pastedFile(form.get('text'), { name: form.get('name'), date: form.get('date') }, ++pasted)]);
    $('paste-form').reset();
  });
  $('sample-button').hidden = !sample;
  $('sample-button').addEventListener('click', async () => {
    try {
      await load(await sampleFiles());
    } catch (e) {
      setStatus(() => e.message);
    }
  });
  $('clear-button').addEventListener('click', () => clear());
  $('forget-button').addEventListener('click', () => forget());
  window.addEventListener('hashchange', async () => {
    const view = link.read();
    link.apply(view);
    // Another reading in the link reads the documents again; otherwise the series are drawn again.
    const reading = await link.reading(view);
    if (reading && !settings.isApplied(reading)) await settings.applyShared(reading);
    else await timeline.redraw();
    link.show(view.section);
  });
  link.followFocus();
  $('kwic-form').addEventListener('submit', () => link.save());
  $('timeline-form').addEventListener('submit', (e) => {
    e.preventDefault();
    drawTimeline();
  });
  $('bucket-select').addEventListener('change', () => timeline.redraw());
  restoring = restore();
  settings = new SettingsView({ engine, root: $('settings'), run: rebuild, ready: restoring.then(() => engine.options()), onApplied: () => link.save() });
  document.documentElement.dataset.started = '';
}

/** Runs `job`, which reads the corpus again (new settings), as a load runs: alone, the views redrawn after. */
async function rebuild(job) {
  await restoring;
  if (busy) throw new Error(t('status.busy'));
  busy = true;
  const before = document.body.dataset.state;
  document.body.dataset.state = 'loading';
  try {
    const result = await job();
    if (result.documents) await refresh();
    else emptyPage();
    return result;
  } finally {
    busy = false;
    document.body.dataset.state = document.body.dataset.state === 'loading' ? before : document.body.dataset.state === 'empty' ? 'empty' : 'ready';
  }
}

/** Brings back the corpus and the view kept on this device; the address's view wins. */
async function restore() {
  try {
    // The address's view at once (it needs no storage), then the kept one where it says nothing.
    const shared = link.read();
    link.apply(shared);
    const saved = validView(await engine.settings(), link.fields());
    link.apply({ ...saved, ...shared });
    const restored = await engine.restore({
      // A link's reading options win over the ones kept here, and are kept from now on.
      options: await link.reading(shared),
      onStart: ({ files, bytes }) => {
        busy = true;
        document.body.dataset.state = 'loading';
        progress.start(files, bytes);
      },
      onProgress: (p) => progress.advance(p),
    });
    if (restored) {
      setStatus(() => t('status.restored', restored) + (restored.edits === null ? t('status.editsLost') : ''));
      await refresh();
      link.show();
    }
  } catch (e) {
    setStatus(() => t('status.restoreStopped', { message: e.message }));
  } finally {
    progress.finish();
    busy = false;
    if (document.body.dataset.state === 'loading') document.body.dataset.state = 'ready';
  }
}

/** Empties the page and forgets everything kept on this device, view included. */
async function forget() {
  if (busy) return;
  await engine.forget();
  emptyPage();
  $('bucket-select').value = $('bucket-select').options[0].value;
  link.clear();
  forgetLanguage();
  settings.forgotten();
  setStatus(() => t('status.forgotten'));
}

/** `{ kept, key, params }`: what is kept on this device, as persistent-engine.js tells it. */
function showStorage(said) {
  storage = said;
  $('storage-status').textContent = t(said.key, said.params);
  $('storage-status').dataset.kept = String(said.kept);
}

/** The button offers the other language, written in that language. */
function showLanguageButton() {
  const other = language() === 'ar' ? 'en' : 'ar';
  Object.assign($('lang-button'), { lang: other, dir: other === 'ar' ? 'rtl' : 'ltr' });
}

/** After a language switch: every line the page wrote, and the views, in the new language. */
function relabel() {
  showLanguageButton();
  setStatus(status);
  if (storage) showStorage(storage);
  $('errors').replaceChildren();
  renderErrors($('errors'), errors);
  progress.relabel();
  if (!busy && document.body.dataset.state === 'ready') refresh();
}

/** Forgets every document: a new corpus, as if the page had just opened. */
async function clear() {
  if (busy) return;
  await engine.reset();
  emptyPage();
  setStatus(() => t('status.removed'));
}

function emptyPage() {
  for (const id of ['keywords', 'timeline', 'kwic', 'documents']) $(id).hidden = true;
  errors = [];
  $('errors').replaceChildren();
  timeline.clear();
  kwic.clear();
  keywords.clear();
  keyness.clear();
  tools.clear();
  $('term-input').value = '';
  $('clear-button').hidden = true;
  document.body.dataset.state = 'empty';
}

async function load(files) {
  await restoring;
  if (busy) return setStatus(() => t('status.busy'));
  busy = true;
  document.body.dataset.state = 'loading';
  $('errors').replaceChildren();
  const { accepted, refused } = triage(files);
  // Reasons the page gives are said in the language of the moment; the engine's stay as written.
  const refusal = ({ name, reason, message }) => ({ name, get message() { return t('refused', { why: t(`unreadable.${reason}`, { message }) }); } });
  errors = refused.map(refusal);
  cancelled = false;
  progress.start(accepted.length, accepted.reduce((n, f) => n + f.size, 0), () => (cancelled = true));
  let documents = 0;
  let filesRead = 0;
  let skipped = 0;
  let sent = 0;
  try {
    // A file that could no longer be read counts as dealt with, not as left unread by a cancel.
    const gone = (file) => errors.push(refusal(file)) && (sent += 1);
    for await (const batch of readBatches(accepted, gone)) {
      sent += batch.length;
      for (const report of await engine.add(batch, (p) => progress.advance(p))) {
        documents += report.documents.length;
        filesRead += report.documents.length > 0 ? 1 : 0;
        skipped += report.skipped.length;
        errors.push(...report.errors);
      }
      // What was added stays: the engine cannot take it back.
      if (cancelled) break;
    }
    renderErrors($('errors'), errors);
    const counts = { documents, filesRead, files: files.length, errors: errors.length, skipped };
    const notRead = accepted.length - sent;
    setStatus(() => t('status.loaded', counts) + (notRead ? t('status.cancelled', { notRead }) : ''));
    await refresh();
  } catch (e) {
    setStatus(() => t('status.loadStopped', { message: e.message }));
  } finally {
    progress.finish();
    busy = false;
    document.body.dataset.state = 'ready';
  }
}

async function refresh() {
  // The worker answers in the order asked: the keyword table and the chart (what the reader came
  // for) before the documents list, and the documents table, whose near-duplicate clusters take a
  // moment on a large corpus, last. The page yields between the views, so that no one task holds
  // the main thread for all of them.
  const [, { documents: count }] = await Promise.all([keywords.refresh(), engine.stats()]);
  for (const id of ['keywords', 'timeline', 'kwic', 'documents']) $(id).hidden = count === 0;
  $('clear-button').hidden = count === 0;
  if (!$('term-input').value && keywords.rows.length) $('term-input').value = KeywordPanel.query(keywords.rows[0]);
  // The sections just shown are laid out while the worker is idle: sharing the two cores with
  // it, that layout would be one long task.
  await painted();
  // Series drawn stay drawn (on the corpus as it now is) even when the term box was emptied.
  const drawn = timeline.redraw({ fresh: true });
  const listed = engine.documents();
  await drawn;
  const documents = await listed;
  await breathe();
  tools.show(documents);
  reader.setDocuments(documents);
  $('dating').textContent = datingSummary(documents);
  await breathe();
  await documentTable.show(documents);
  await breathe();
  await keyness.setDocuments(documents);
  if (!$('kwic-query').value && $('term-input').value) $('kwic-query').value = $('term-input').value;
  await kwic.run();
}

/** Lets the browser run what is waiting (input, paint) before the page goes on. */
function breathe() {
  return globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves after the next frame has been drawn, or soon in a tab out of sight (no frames there). */
function painted() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 200);
  });
}

function drawTimeline() {
  return timeline.draw();
}

/** `say()` gives the status line's text; it is kept to be said again in another language. */
function setStatus(say) {
  status = say;
  $('status').textContent = say();
}
