import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { Layer, type LayerProps, Source } from '@vis.gl/react-maplibre';
import type { FeatureCollection } from 'geojson';
import { useMemo } from 'react';
import { useT } from '../../i18n/use-t';
import { withSharedBindings } from '../../layers/shared-bindings';
import {
  DISTRICT_SOURCE,
  districtLayers,
  POINT_SOURCE,
  pointLayers,
  RESPONDER_SOURCE,
  responderLayers,
  UNCOVERED_SOURCE,
  UNCOVERED_SOURCE_OPTIONS,
  uncoveredLayers,
  ZONE_SOURCE,
  zoneLayers,
} from './command-styles';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** One GeoJSON source and its layers. Sources stay mounted with empty data, so layer order never changes. */
function GeoJsonLayers({
  id,
  data,
  specs,
  options,
}: {
  id: string;
  data: FeatureCollection | null;
  specs: LayerSpecification[];
  /** more GeoJSON source options (clustering) */
  options?: typeof UNCOVERED_SOURCE_OPTIONS;
}) {
  const shared = useMemo(() => specs.map(withSharedBindings), [specs]);
  return (
    <Source id={id} type="geojson" data={data ?? EMPTY} {...options}>
      {shared.map((spec) => (
        <Layer key={spec.id} {...(spec as LayerProps)} />
      ))}
    </Source>
  );
}

export interface CommandLayersProps {
  /** zones (ERG + rings) with a `label` property */
  zones: FeatureCollection | null;
  /** the incident point with a `label` */
  point: FeatureCollection | null;
  /** lines station → incident and station points with an ETA `label` */
  responders: FeatureCollection | null;
  /** 5-minute districts with a `label`; null hides coverage */
  districts: FeatureCollection | null;
  /** risk objects outside every district, as points (clustered on the map up to UNCOVERED_CLUSTER_MAX_ZOOM) */
  uncovered: FeatureCollection | null;
}

/**
 * The command workspace's map layers, drawn above the data layers in this order: coverage (bottom), zones,
 * responders, incident point (top). Rendered as <MapView> children, so they are re-added after a basemap switch.
 */
export function CommandLayers({ zones, point, responders, districts, uncovered }: CommandLayersProps) {
  const t = useT();
  const outside = t('command.cov.outside');
  const specs = useMemo(
    () => ({
      district: districtLayers(),
      uncovered: uncoveredLayers(outside),
      zone: zoneLayers(),
      resp: responderLayers(),
      point: pointLayers(),
    }),
    [outside],
  );
  return (
    <>
      <GeoJsonLayers id={DISTRICT_SOURCE} data={districts} specs={specs.district} />
      <GeoJsonLayers
        id={UNCOVERED_SOURCE}
        data={uncovered}
        specs={specs.uncovered}
        options={UNCOVERED_SOURCE_OPTIONS}
      />
      <GeoJsonLayers id={ZONE_SOURCE} data={zones} specs={specs.zone} />
      <GeoJsonLayers id={RESPONDER_SOURCE} data={responders} specs={specs.resp} />
      <GeoJsonLayers id={POINT_SOURCE} data={point} specs={specs.point} />
    </>
  );
}
