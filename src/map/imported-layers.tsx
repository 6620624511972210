import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { Layer, type LayerProps, Popup, Source, useMap } from '@vis.gl/react-maplibre';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo } from 'react';
import { representativePoint } from '../analysis/representative-point';
import { type FieldStyle, labelField, styleByField } from '../data/import/style-by-field';
import { type ImportedDataset, selectImported, useImportStore } from '../data/import-store';
import { useT } from '../i18n/use-t';
import { layersFor, MAP_DRAW_ORDER, withSharedBindings } from '../layers';
import { mapTheme } from '../theme/map-theme';

/**
 * Imported generic layers on the map (datasets of built-in layers are drawn by DataLayers through the layer-store
 * merge). One GeoJSON source per dataset, coloured by the chosen field (class key in `__c`, `__i` = position for
 * the card), hidden classes filtered out; a click opens the feature's card in a popup.
 */
const sourceIdOf = (id: string) => `imported-${id}`;
const FIRST_IN_GROUP = (type: 'Point' | 'LineString' | 'Polygon'): FilterSpecification =>
  ['match', ['geometry-type'], [type, `Multi${type}`], true, false] as unknown as FilterSpecification;

function layerSpecs(ds: ImportedDataset, style: FieldStyle): LayerSpecification[] {
  const src = sourceIdOf(ds.id);
  const colour = [
    'match',
    ['get', '__c'],
    ...style.classes.flatMap((c) => [c.key, c.colour]),
    '#9ca3af',
  ] as unknown as string;
  const notHidden: FilterSpecification =
    ds.hidden.length > 0
      ? (['!', ['in', ['get', '__c'], ['literal', ds.hidden]]] as unknown as FilterSpecification)
      : (['boolean', true] as unknown as FilterSpecification);
  const all = (f: FilterSpecification) => ['all', f, notHidden] as unknown as FilterSpecification;
  const visibility = ds.visible ? 'visible' : 'none';
  return [
    {
      id: `${src}-fill`,
      type: 'fill',
      source: src,
      filter: all(FIRST_IN_GROUP('Polygon')),
      layout: { visibility },
      paint: { 'fill-color': colour, 'fill-opacity': 0.3 },
    },
    {
      id: `${src}-line`,
      type: 'line',
      source: src,
      filter: all(['!', FIRST_IN_GROUP('Point')] as unknown as FilterSpecification),
      layout: { visibility },
      paint: { 'line-color': colour, 'line-width': 2 },
    },
    {
      id: `${src}-circle`,
      type: 'circle',
      source: src,
      filter: all(FIRST_IN_GROUP('Point')),
      layout: { visibility },
      paint: {
        'circle-color': colour,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 3, 12, 6],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
  ] as LayerSpecification[];
}

/** Clickable layers of every generic dataset, for the click/hover handlers. */
export const clickableIds = (ds: ImportedDataset) => ['fill', 'line', 'circle'].map((p) => `${sourceIdOf(ds.id)}-${p}`);

/**
 * Imported context (warehouses, tracks, areas) goes under the built-in data, as protected targets go under risk
 * points (src/layers MAP_DRAW_ORDER): the lowest built-in style layer, if the map has it, is the insertion point.
 */
function useBeforeId(): string | undefined {
  const { current } = useMap();
  const first = MAP_DRAW_ORDER[0];
  const id = first ? layersFor(first, mapTheme('light'), [])[0]?.id : undefined;
  return id && current?.getMap().getLayer(id) ? id : undefined;
}

function DatasetLayer({ ds }: { ds: ImportedDataset }) {
  const beforeId = useBeforeId();
  const style = useMemo(() => styleByField(ds.features, ds.styleField), [ds.features, ds.styleField]);
  const data = useMemo<FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: ds.features.map((f, i) => ({
        ...f,
        properties: { ...f.properties, __c: style.keys[i] ?? 'other', __i: i },
      })) as Feature<Geometry>[],
    }),
    [ds.features, style],
  );
  const specs = useMemo(() => layerSpecs(ds, style).map(withSharedBindings), [ds, style]);
  return (
    <Source id={sourceIdOf(ds.id)} type="geojson" data={data}>
      {specs.map((s) => (
        <Layer key={s.id} {...(s as LayerProps)} beforeId={beforeId} />
      ))}
    </Source>
  );
}

/** The card of a generic feature: every property as read from the file. */
export function ImportedFeatureCard({ ds, index }: { ds: ImportedDataset; index: number }) {
  const t = useT();
  const f = ds.features[index];
  if (!f) return null;
  const props = Object.entries(f.properties ?? {}).filter(([k]) => !k.startsWith('__'));
  const label = labelField(ds.fields);
  const title = String((label && f.properties?.[label]) ?? '') || `#${index + 1}`;
  return (
    <section className="imported-card" data-testid="imported-card" aria-label={t('import.card.title')}>
      <h3>{title}</h3>
      <p className="note">{t('import.card.dataset', { name: ds.name })}</p>
      <dl>
        {props.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{v === null || v === undefined || v === '' ? '—' : String(v)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function ImportedLayers() {
  const { current } = useMap();
  const datasets = useImportStore((s) => s.datasets);
  const selected = useImportStore((s) => s.selected);
  const generic = useMemo(() => datasets.filter((d) => d.target === 'generic'), [datasets]);

  // Clicks and hover on generic layers; DataLayers' own handler ignores them (they are not interactive there).
  useEffect(() => {
    const map = current?.getMap();
    if (!map || generic.length === 0) return;
    const ids = generic.flatMap(clickableIds);
    const onClick = (e: { features?: { source: string; properties?: Record<string, unknown> }[] }) => {
      const hit = e.features?.[0];
      if (!hit) return;
      const ds = generic.find((d) => sourceIdOf(d.id) === hit.source);
      const index = Number(hit.properties?.__i);
      if (ds && Number.isInteger(index)) selectImported({ datasetId: ds.id, index });
    };
    const enter = () => {
      map.getCanvas().style.cursor = 'pointer';
    };
    const leave = () => {
      map.getCanvas().style.cursor = '';
    };
    for (const id of ids) {
      map.on('click', id, onClick as never);
      map.on('mouseenter', id, enter);
      map.on('mouseleave', id, leave);
    }
    return () => {
      for (const id of ids) {
        map.off('click', id, onClick as never);
        map.off('mouseenter', id, enter);
        map.off('mouseleave', id, leave);
      }
    };
  }, [current, generic]);

  const sel = selected ? generic.find((d) => d.id === selected.datasetId) : undefined;
  const selFeature = sel && selected ? sel.features[selected.index] : undefined;
  const at = selFeature ? representativePoint(selFeature) : null;

  return (
    <>
      {generic.map((ds) => (
        <DatasetLayer key={ds.id} ds={ds} />
      ))}
      {sel && selected && at && sel.visible && (
        <Popup
          longitude={at[0] as number}
          latitude={at[1] as number}
          anchor="bottom"
          closeOnClick={false}
          closeButton
          onClose={() => selectImported(null)}
          maxWidth="320px"
        >
          <ImportedFeatureCard ds={sel} index={selected.index} />
        </Popup>
      )}
    </>
  );
}
