import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // maplibre-gl ships its own worker; pre-bundling breaks the worker URL in dev.
  optimizeDeps: { exclude: ['maplibre-gl'] },
  // ES-module workers can split: the data worker loads its analysis chunk on the first query (data-api.ts)
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 1200, sourcemap: false },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
});
