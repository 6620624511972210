import type { Feature } from 'geojson';
import { readFgbBytes } from '../../data/fgb/read-fgb';
import { type Gazetteer, PUBLIC_LAYERS, PUBLIC_RISK_LAYERS, type PublicLayer, type PublicManifest } from '../contract';
import type { Facility, RiskSite } from '../near-me/risk-site';
import { parseFacilities, parseRiskFeatures } from './parse-public-features';

export interface PublicData {
  manifest: PublicManifest;
  gazetteer: Gazetteer;
  sites: RiskSite[];
  fireStations: Facility[];
  shelters: Facility[];
  /** features left out because they failed the checks */
  invalid: number;
}

async function get(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${res.statusText}`);
  return res;
}

/**
 * Every public-site file, read whole (the public data is small: a few hundred generalised points): manifest.json,
 * the gazetteer and each layer's FlatGeobuf. Same-origin relative URLs only.
 */
export async function loadPublicData(base: string = `${import.meta.env.BASE_URL}data/`): Promise<PublicData> {
  const manifest = (await (await get(`${base}manifest.json`)).json()) as PublicManifest;
  if (manifest.kind !== 'riskatlas-public') throw new Error('manifest.json is not a public-site manifest');
  const readLayer = async (layer: PublicLayer) =>
    readFgbBytes(new Uint8Array(await (await get(`${base}${manifest.layers[layer].file}`)).arrayBuffer()));
  const readLayers = Promise.all(PUBLIC_LAYERS.map(async (layer) => [layer, await readLayer(layer)] as const)).then(
    (pairs) => new Map<PublicLayer, Feature[]>(pairs),
  );
  const [gazetteer, byLayer] = await Promise.all([
    get(`${base}${manifest.gazetteer}`).then((r) => r.json() as Promise<Gazetteer>),
    readLayers,
  ]);
  const risk = PUBLIC_RISK_LAYERS.map((layer) => parseRiskFeatures(layer, byLayer.get(layer) ?? []));
  const st = parseFacilities('type', byLayer.get('fire-stations') ?? []);
  const sh = parseFacilities('kind', byLayer.get('shelters') ?? []);
  return {
    manifest,
    gazetteer,
    sites: risk.flatMap((r) => r.sites),
    fireStations: st.facilities,
    shelters: sh.facilities,
    invalid: risk.reduce((n, r) => n + r.invalid, 0) + st.invalid + sh.invalid,
  };
}
