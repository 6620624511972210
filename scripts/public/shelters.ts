import type { Feature, Point } from 'geojson';
import { SHELTER_SOURCE_CATEGORIES, type ShelterKind } from '../../src/public/contract';

/** Marks every derived shelter's name, so nobody takes a sample school for a designated 避难场所. */
export const SAMPLE_SHELTER_SUFFIX = '（示例避难场所）';

const isShelterKind = (c: unknown): c is ShelterKind => (SHELTER_SOURCE_CATEGORIES as readonly unknown[]).includes(c);

/**
 * Sample shelters: the sample ledgers have no 避难场所 layer, so schools and sports venues of the protected-target
 * ledger (places with open ground that are commonly designated as emergency shelters) stand in for them, each
 * named `<name>（示例避难场所）`. Only id, name, kind and the point are kept: people counts stay out.
 */
export function deriveShelters(targets: readonly Feature[]): Feature<Point>[] {
  const out: Feature<Point>[] = [];
  for (const t of targets) {
    const p = t.properties ?? {};
    if (t.geometry?.type !== 'Point' || !isShelterKind(p.category)) continue;
    const id = String(p.id ?? '');
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...t.geometry.coordinates] },
      properties: {
        id: `BN-${id.replace(/^[A-Z]+-/, '')}`,
        name: `${String(p.name)}${SAMPLE_SHELTER_SUFFIX}`,
        kind: p.category,
      },
    });
  }
  return out.sort((a, b) => String(a.properties?.id).localeCompare(String(b.properties?.id), 'en'));
}
