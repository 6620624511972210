import type { LayerId } from '../../src/domain/layer-ids';
import { state } from './fixtures';

/** Stand-in for src/data/layer-store in panel tests: `vi.mock('…/layer-store', () => import('./mock-layer-store'))`. */
export const useLayerFeatures = (layer: LayerId) => state.layers[layer];
export const useManifest = () => state.manifest;
export const reloadData = () => {
  state.reloads++;
};
export const loadData = () => {};
export const layerSource = (layer: LayerId) => {
  const s = state.streamed[layer];
  return s ? { url: `${layer}.fgb`, cover: s.cover } : null;
};
/** where the mocked data are served (tests that serve files with msw use this base) */
export const dataFileUrl = (file: string) => `http://data.test/${file}`;
