import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadData } from './data/layer-store';
import { initStoreFromUrl, startUrlSync } from './state/url-sync';

// The link decides the first screen: seed the store before anything renders, so the map's initial view is the
// link's view rather than a default that is then moved.
initStoreFromUrl();
startUrlSync();
// The manifest and the small layers are requested now, not when the map panel mounts: the map's start-up keeps the
// main thread busy for a while, and the requests (and the data worker's parsing) can run meanwhile.
loadData();

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
