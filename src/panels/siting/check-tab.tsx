import { StepDevelopment } from './step-development';
import { StepSite } from './step-site';
import { StepVerdict } from './step-verdict';
import type { SitingResults } from './use-siting-results';

/** 选址核查 in three steps (ux.md): 1 选址 · 2 拟建项目 · 3 结论. */
export function CheckTab({
  results,
  zonesGeoJson,
}: {
  results: SitingResults;
  zonesGeoJson: () => GeoJSON.FeatureCollection;
}) {
  return (
    <ol className="siting-steps">
      <li className="siting-step">
        <StepSite />
      </li>
      <li className="siting-step">
        <StepDevelopment results={results} />
      </li>
      <li className="siting-step">
        <StepVerdict results={results} zonesGeoJson={zonesGeoJson} />
      </li>
    </ol>
  );
}
