// Owns the wasm engine so that decoding and counting never block the page.
import init, { Engine, normalisationSteps, normalise } from './pkg/marsad.js';
import { serveEngine } from './worker-core.js';

serveEngine(init(), Engine, { normalisationSteps, normalise });
