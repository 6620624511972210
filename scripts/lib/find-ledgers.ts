import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isLayerId, LAYER_IDS, type LayerId } from '../../src/domain/layer-ids';
import { type BuildIssue, LedgerFileError } from './build-issue';
import { compareCodeUnits } from './stable-json';

const LEDGER_FILE = /^(.+)\.(csv|xlsx|geojson)$/i;

export interface FoundLedgers {
  /** one file name per layer present, in LAYER_IDS order */
  byLayer: Map<LayerId, string>;
  /** layers with no ledger in the folder (not built) */
  absent: LayerId[];
  /** files that are not `<layer>.csv|xlsx|geojson` (reported, not read) */
  ignored: string[];
}

/** Finds `<layer>.csv | .xlsx | .geojson` in `dir`; two ledgers for one layer is an error (which one is current?). */
export function findLedgers(dir: string): FoundLedgers {
  const names = readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isFile())
    .sort(compareCodeUnits);
  const candidates = new Map<LayerId, string[]>();
  const ignored: string[] = [];
  for (const name of names) {
    const m = LEDGER_FILE.exec(name);
    const layer = m?.[1];
    if (layer && isLayerId(layer)) candidates.set(layer, [...(candidates.get(layer) ?? []), name]);
    else ignored.push(name);
  }
  const issues: BuildIssue[] = [];
  const byLayer = new Map<LayerId, string>();
  const absent: LayerId[] = [];
  for (const layer of LAYER_IDS) {
    const files = candidates.get(layer) ?? [];
    if (files.length > 1) {
      issues.push({
        file: files.join(', '),
        row: 0,
        column: '',
        reason: `图层 ${layer} 有多个台账文件，只能保留一个 (more than one ledger for layer ${layer}: keep one)`,
      });
    } else if (files[0]) byLayer.set(layer, files[0]);
    else absent.push(layer);
  }
  if (issues.length > 0) throw new LedgerFileError(issues);
  return { byLayer, absent, ignored };
}
