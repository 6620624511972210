import { readFgbBytes, readFgbHeader } from '../fgb/read-fgb';
import { crsFromEpsg } from './crs';
import type { DetectedCrs } from './crs-detect';
import { featuresToTable } from './read-features';
import { ImportFileError, type ImportTable } from './types';

/** A FlatGeobuf file through the project's reader (src/data/fgb); the header's EPSG code names the CRS. */
export function readFgbFile(file: string, bytes: Uint8Array): ImportTable {
  let features: unknown[];
  let declared: DetectedCrs | null = null;
  const notes: string[] = [];
  try {
    const header = readFgbHeader(bytes);
    const code = header.crs?.code ?? 0;
    if (code > 0) {
      const crs = crsFromEpsg(code);
      if (crs) declared = { crs, basis: `FlatGeobuf: EPSG:${code}` };
      else notes.push(`文件声明坐标系 EPSG:${code}，无法自动转换，请手动选择 (declares EPSG:${code}: choose a CRS)`);
    }
    features = readFgbBytes(bytes);
  } catch (e) {
    const reason = `无法读取 FlatGeobuf (unreadable FlatGeobuf: ${(e as Error).message})`;
    throw new ImportFileError(reason, [{ row: 0, column: '', reason }]);
  }
  return featuresToTable(file, 'fgb', features, declared, notes);
}
