// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import type { Feature, Geometry } from 'geojson';
import { beforeEach, describe, expect, it } from 'vitest';
import { memoryDatasets } from '../../src/data/import/dataset-db';
import {
  addDataset,
  importedFeaturesOf,
  isImportedFeature,
  loadImported,
  removeDataset,
  setDatasetDb,
  updateDataset,
  useImportStore,
  withImported,
} from '../../src/data/import-store';
import { useDataStore, useLayerFeatures } from '../../src/data/layer-store';
import { importWith, SCHOOLS_HEADER, utf8 } from './helpers';

async function schools(): Promise<Feature<Geometry>[]> {
  const csv = `${SCHOOLS_HEADER}\nST-1,测试小学,113.1,29.3,学校,800,430602\nST-2,测试医院,113.11,29.31,医院,200,\n`;
  return (await importWith('s.csv', utf8(csv))).result.features;
}

const meta = (target: 'protected-targets' | 'generic', n: number) => ({
  name: 'schools',
  fileName: 's.csv',
  format: 'csv' as const,
  target,
  crs: 'CGCS2000' as const,
  fields: target === 'generic' ? ['名称'] : [],
  counts: { read: n, accepted: n, rejected: 0 },
});

describe('import store', () => {
  let db = memoryDatasets();
  beforeEach(() => {
    db = memoryDatasets();
    setDatasetDb(db);
  });

  it('merges an imported ledger into its built-in layer, marked, and leaves other layers alone', async () => {
    const features = await schools();
    const id = await addDataset({ meta: meta('protected-targets', 2), features, rejectedFile: null });
    const { datasets } = useImportStore.getState();
    const merged = importedFeaturesOf(datasets, 'protected-targets');
    expect(merged.map((f) => f.properties?.id)).toEqual(['ST-1', 'ST-2']);
    expect(merged.every(isImportedFeature)).toBe(true);
    expect(merged[0]?.properties?.__dataset).toBe(id);
    expect(importedFeaturesOf(datasets, 'fire-stations')).toHaveLength(0);
    // stable per datasets list: selectors do not churn
    expect(importedFeaturesOf(datasets, 'protected-targets')).toBe(merged);
    const load = {
      status: 'ready' as const,
      features: [{ type: 'Feature', geometry: null, properties: { id: 'B' } } as unknown as Feature],
    };
    expect(withImported(load, merged).features.map((f) => f.properties?.id)).toEqual(['B', 'ST-1', 'ST-2']);
    expect(withImported(load, [])).toBe(load);
  });

  it('useLayerFeatures returns built-in and imported features together', async () => {
    const features = await schools();
    useDataStore.setState((s) => ({
      manifest: { status: 'ready', manifest: null },
      layers: {
        ...s.layers,
        'protected-targets': { ...s.layers['protected-targets'], status: 'ready', features: [] },
      },
    }));
    await addDataset({ meta: meta('protected-targets', 2), features, rejectedFile: null });
    const { result } = renderHook(() => useLayerFeatures('protected-targets'));
    await waitFor(() => expect(result.current.features).toHaveLength(2));
    expect(result.current.features.every(isImportedFeature)).toBe(true);
  });

  it('persists datasets and their styling, restores them (re-validated) and forgets removed ones', async () => {
    const features = await schools();
    const a = await addDataset({
      meta: meta('protected-targets', 2),
      features,
      rejectedFile: { name: 'r.csv', bytes: utf8('x') },
    });
    const b = await addDataset({
      meta: meta('generic', 1),
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [113, 29] }, properties: { 名称: 'g' } }],
      rejectedFile: null,
    });
    await updateDataset(b, { styleField: '名称', hidden: ['c0'], visible: false });
    // a new page: same database, empty store
    setDatasetDb(db);
    await loadImported();
    const { datasets, status } = useImportStore.getState();
    expect(status).toBe('ready');
    expect(datasets.map((d) => d.id)).toEqual([a, b]);
    expect(datasets[0]?.features.every(isImportedFeature)).toBe(true);
    expect(datasets[0]?.rejectedFile?.name).toBe('r.csv');
    expect(datasets[1]).toMatchObject({ styleField: '名称', hidden: ['c0'], visible: false, invalidOnLoad: 0 });
    await removeDataset(a);
    setDatasetDb(db);
    await loadImported();
    expect(useImportStore.getState().datasets.map((d) => d.id)).toEqual([b]);
  });

  it('drops stored features that no longer pass the layer schema, and says how many', async () => {
    const features = await schools();
    const broken = [
      { ...features[0], properties: { ...features[0]?.properties, people: 'many' } } as Feature<Geometry>,
      features[1] as Feature<Geometry>,
    ];
    await addDataset({ meta: meta('protected-targets', 2), features: broken, rejectedFile: null });
    setDatasetDb(db);
    await loadImported();
    const ds = useImportStore.getState().datasets[0];
    expect(ds?.features.map((f) => f.properties?.id)).toEqual(['ST-2']);
    expect(ds?.invalidOnLoad).toBe(1);
  });
});
