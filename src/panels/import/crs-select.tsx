import { type CrsId, crsLabel, GEOGRAPHIC_CRS, PROJECTED_DEFS } from '../../data/import/crs';
import { useT } from '../../i18n/use-t';

const GEO_LABEL: Record<string, string> = {
  CGCS2000: 'CGCS2000 (EPSG:4490)',
  WGS84: 'WGS84 (EPSG:4326)',
  GCJ02: 'GCJ-02（高德 / 腾讯 AMap, Tencent）',
  BD09: 'BD-09（百度 Baidu）',
};

/** Every coordinate system the import knows: geographic, CGCS2000 Gauss-Krüger 3°/6° zones, Web Mercator. */
export function CrsSelect({ id, value, onChange }: { id: string; value: CrsId; onChange: (crs: CrsId) => void }) {
  const t = useT();
  const band = (b: 3 | 6) => PROJECTED_DEFS.filter((d) => d.band === b);
  return (
    <select
      id={id}
      data-testid="import-crs-select"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as CrsId)}
    >
      {value.startsWith('PROJ:') && (
        <optgroup label={t('import.crs.fromFile')}>
          <option value={value}>{crsLabel(value)}</option>
        </optgroup>
      )}
      <optgroup label={t('import.crs.geographic')}>
        {GEOGRAPHIC_CRS.map((c) => (
          <option key={c} value={c}>
            {GEO_LABEL[c]}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('import.crs.gk3')}>
        {band(3).map((d) => (
          <option key={d.epsg} value={`EPSG:${d.epsg}`}>
            EPSG:{d.epsg} · {d.zone ? `zone ${d.zone} (CM ${d.cm}°E)` : `CM ${d.cm}°E`}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('import.crs.gk6')}>
        {band(6).map((d) => (
          <option key={d.epsg} value={`EPSG:${d.epsg}`}>
            EPSG:{d.epsg} · {d.zone ? `zone ${d.zone} (CM ${d.cm}°E)` : `CM ${d.cm}°E`}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('import.crs.other')}>
        <option value="EPSG:3857">EPSG:3857 Web Mercator</option>
      </optgroup>
    </select>
  );
}
