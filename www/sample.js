// The sample corpus shipped with the page, fetched from its own origin as File objects so it
// follows exactly the path a user's files take.

import { t } from './i18n.js';

// Relative to the page, not to this module: a bundled build moves modules into assets/.
export async function sampleFiles(base = new URL('sample/', document.baseURI)) {
  const manifest = await fetchOk(new URL('manifest.json', base)).then((r) => r.json());
  return Promise.all(
    manifest.files.map(async (name) => {
      const blob = await fetchOk(new URL(name, base)).then((r) => r.blob());
      return new File([blob], name, { type: 'text/plain' });
    }),
  );
}

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(t('status.sampleMissing', { path: url.pathname, status: String(response.status) }));
  return response;
}
