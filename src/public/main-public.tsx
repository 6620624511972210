import './public.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicApp } from './public-app';

// The public site's only entry (public.html). It imports src/public and the pure shared modules it needs (theme,
// basemap style, icons, analysis, FlatGeobuf reader), never the internal app, panels, store or dictionaries.
const root = document.getElementById('root');
if (!root) throw new Error('public.html must contain <div id="root">');
createRoot(root).render(
  <StrictMode>
    <PublicApp />
  </StrictMode>,
);
