// Entry point of the page served from files: `npm start` and the built site.
import { start } from './app.js';

// Written literally so that the site build (Vite) finds, bundles and hashes the worker.
start(() => new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }));

// The built site (npm run build) works offline after the first visit; the development server
// (npm start) serves source files, which change under it, so it registers no worker.
if (import.meta.env?.PROD && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch((e) => console.warn(`offline mode unavailable: ${e.message}`));
}
