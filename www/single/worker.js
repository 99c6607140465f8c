// The worker of the single offline file: a file:// page can fetch nothing, so the wasm module
// arrives inlined, gzipped and base64-encoded (inlined raw it would push the file past 1 MB).
import { initSync, Engine, normalisationSteps, normalise } from '../pkg/marsad.js';
import wasmGzip from '../pkg/marsad_bg.wasm.gz?inline';
import { serveEngine } from '../worker-core.js';

async function load() {
  const base64 = wasmGzip.slice(wasmGzip.indexOf(',') + 1);
  const gz = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const wasm = await new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  initSync({ module: wasm });
}

serveEngine(load(), Engine, { normalisationSteps, normalise });
