import { geodesicDestination } from '../../../src/analysis/incident/geodesic-destination';
import { loadLayer } from '../data';

/**
 * A proposed site `metres` east of the first school of the served protected targets, so a siting check there has
 * targets of the served data: the school, the site as `lon,lat` text (6 decimals, as typed into the forms and given
 * to the CLI) and as numbers rounded the same way.
 */
export async function siteNearServedSchool(baseURL: string, metres: number) {
  const targets = await loadLayer(baseURL, 'protected-targets');
  const school = targets.find((t) => t.point && t.props.category === '学校');
  if (!school) throw new Error('no school in /data/protected-targets.fgb');
  const p = geodesicDestination([school.lon, school.lat], 90, metres);
  const at = `${p[0].toFixed(6)},${p[1].toFixed(6)}`;
  const site: [number, number] = [Number(p[0].toFixed(6)), Number(p[1].toFixed(6))];
  return { school, targets, at, site };
}
