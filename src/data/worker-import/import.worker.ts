/// <reference lib="webworker" />
import { expose } from 'comlink';
import { ImportEngine } from '../import/engine';
import { engineApi } from './engine-api';

// One engine per worker: the table read by `read` stays here, so each re-validation sends only settings across.
expose(engineApi(new ImportEngine()));
