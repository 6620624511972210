/// <reference lib="webworker" />
import { expose } from 'comlink';
import { createDataApi } from './data-api';

// flatgeobuf's R-tree search logs every step with console.debug: noise in the page's console.
console.debug = () => {};
// One API object per worker: the features each layer loaded last stay here for the analysis calls.
expose(createDataApi());
