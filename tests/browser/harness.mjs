// Shared set-up for the browser tests: the real page served on 127.0.0.1, Debian's Chromium
// driven by playwright-core, and a watch on every request the page (or its worker) makes.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';


export async function startBrowser({ extraMounts = [] } = {}) {
  const { server, url } = await serve({ port: 0, extraMounts });
  const profile = await mkdtemp(join(tmpdir(), 'marsad-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const origin = new URL(url).origin;
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  return {
    url,
    origin,
    context,
    requests,
    /** Requests that went anywhere but the page's own origin (data: URLs never leave the page). */
    foreignRequests: () => requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:')),
    async close() {
      await context.close();
      server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A new page that records console errors, uncaught exceptions and CSP violations. The page keeps
 * its corpus in IndexedDB (and its language in local storage), so each page starts with the origin's storage emptied unless
 * `keepStorage`; `init` runs in the page before its own scripts; `hash` is added to the address.
 */
export async function openPage(browser, { keepStorage = false, init, hash = '' } = {}) {
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  if (!keepStorage) await clearStorage(page, browser.origin);
  if (init) await page.addInitScript(init);
  await page.goto(browser.url + hash);
  await started(page);
  return { page, problems };
}

/** A fresh page with the sample corpus (www/public/sample/) loaded through its button. */
export async function openSample(browser) {
  const { page, problems } = await openPage(browser);
  await page.click('#sample-button');
  await waitLoaded(page);
  return { page, problems };
}

/** Resolves once the page's controls are live (its strings are in: app.js marks <html data-started>). */
export async function started(page) {
  await page.waitForFunction(() => 'started' in document.documentElement.dataset);
}

/** Resolves once the page has finished loading a set of files. */
export async function waitLoaded(page) {
  await page.waitForFunction(() => document.body.dataset.state === 'ready' && document.querySelector('#status').textContent !== '');
}

/**
 * Empties the origin's IndexedDB (the corpus the page keeps) and local storage (its interface
 * language), through the DevTools protocol.
 */
export async function clearStorage(page, origin) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb,local_storage' });
  await cdp.detach();
}

/** The reloaded page has settled: restored (state ready) or found nothing (the storage line says so). */
export async function reloaded(page) {
  await page.reload();
  await started(page);
  await page.waitForFunction(() => {
    const said = document.querySelector('#storage-status').textContent !== '';
    return said && document.body.dataset.state !== 'loading';
  });
}
