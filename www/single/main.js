// Entry point of the single offline file (dist/marsad.html): the worker is inlined as a blob,
// and the sample, which would have to be fetched, is hidden.
import { start } from '../app.js';
import InlineWorker from './worker.js?worker&inline';

start(() => new InlineWorker(), { sample: false });
