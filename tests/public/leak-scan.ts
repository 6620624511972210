import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { readCsvLedger } from '../../scripts/lib/read-csv';
import { readGeojsonLedger } from '../../scripts/lib/read-geojson';
import { readFgbBytes, readFgbHeader } from '../../src/data/fgb/read-fgb';
import { LAYERS, type LayerId } from '../../src/domain';

/**
 * What the public site must never contain, and a scanner that looks for it in every file of a built site.
 * Shared by tests/public (a fresh build) and tests/e2e/public.e2e.ts (the dist-public/ being served).
 */

/** Every non-public column of every layer: LAYERS[layer].outputColumns minus its publicFields. */
export function nonPublicFieldNames(): string[] {
  const names = new Set<string>();
  for (const def of Object.values(LAYERS)) {
    for (const c of def.outputColumns) if (!def.publicFields.includes(c.key)) names.add(c.key);
  }
  return [...names].sort();
}

const CONTACT_HEADER = /联系人|\[contact\]|^\s*contact\s*$/i;
const PHONE_HEADER = /联系电话|\[phone\]|^\s*phone\s*$/i;

/** The 联系人 and 联系电话 cells of every ledger in `dir` (CSV in UTF-8 or GB18030, GeoJSON). */
export function contactValues(dir: string): string[] {
  const values = new Set<string>();
  for (const file of readdirSync(dir).sort()) {
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    const ext = extname(file).toLowerCase();
    const table =
      ext === '.csv' ? readCsvLedger(file, bytes) : ext === '.geojson' ? readGeojsonLedger(file, bytes) : null;
    if (!table) continue;
    const cols = table.headers.flatMap((h, i) => (CONTACT_HEADER.test(h) || PHONE_HEADER.test(h) ? [i] : []));
    for (const row of table.rows) {
      for (const i of cols) {
        const v = row.cells[i]?.trim();
        if (v) values.add(v);
      }
    }
  }
  return [...values].sort();
}

export interface Leak {
  file: string;
  what: string;
}

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* filesUnder(p);
    else yield p;
  }
}

function jsonKeys(v: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(v)) for (const x of v) jsonKeys(x, out);
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      jsonKeys(x, out);
    }
  }
  return out;
}

/**
 * Non-public names that are also ordinary web vocabulary: `<meta name="description">` in the HTML, the FlatGeobuf
 * header's own `description` in the reader. Finding them as text says nothing, so they are checked structurally
 * only (FlatGeobuf columns and properties, JSON keys).
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(['description']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Field names are looked for where a leak would put them, not as bare words (English prose says "contact", and
 * minified MapLibre is full of one-letter template strings): as quoted strings (JSON keys, column lists, property
 * accesses) in any text; as backtick strings and unquoted object keys for names of 3+ and 6+ characters; as column
 * and property names read back from every .fgb with the FlatGeobuf reader; as keys anywhere in every .json; and
 * as bare bytes in the .fgb files for names of 5+ characters.
 */
function fieldPatterns(name: string): RegExp[] {
  const n = escapeRe(name);
  const out = [new RegExp(`"${n}"`), new RegExp(`'${n}'`)];
  if (name.length >= 3) out.push(new RegExp(`\`${n}\``));
  if (name.length >= 6) out.push(new RegExp(`[{,]\\s*${n}\\s*:`));
  return out;
}

/** Every file under `siteDir`, as UTF-8 text and by format, checked for the given field names and values. */
export function scanSite(
  siteDir: string,
  fieldNames: readonly string[],
  values: readonly string[],
): {
  leaks: Leak[];
  filesScanned: number;
  fgbScanned: number;
} {
  const leaks: Leak[] = [];
  const textual = fieldNames.filter((name) => !GENERIC_WORDS.has(name));
  const patterns = textual.map((name) => ({ name, res: fieldPatterns(name) }));
  const forbidden = new Set(fieldNames);
  let filesScanned = 0;
  let fgbScanned = 0;
  for (const path of filesUnder(siteDir)) {
    filesScanned += 1;
    const file = relative(siteDir, path);
    const bytes = new Uint8Array(readFileSync(path));
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    for (const v of values) if (text.includes(v)) leaks.push({ file, what: `contact value ${v}` });
    for (const { name, res } of patterns) {
      if (res.some((re) => re.test(text))) leaks.push({ file, what: `field name "${name}" (quoted/key)` });
    }
    const ext = extname(path).toLowerCase();
    if (ext === '.json' || ext === '.geojson') {
      for (const k of jsonKeys(JSON.parse(text), new Set())) {
        if (forbidden.has(k)) leaks.push({ file, what: `JSON key ${k}` });
      }
    }
    if (ext === '.fgb') {
      fgbScanned += 1;
      for (const c of readFgbHeader(bytes).columns) {
        if (forbidden.has(c.key)) leaks.push({ file, what: `FlatGeobuf column ${c.key}` });
      }
      for (const f of readFgbBytes(bytes)) {
        for (const k of Object.keys(f.properties ?? {})) {
          if (forbidden.has(k)) leaks.push({ file, what: `FlatGeobuf property ${k}` });
        }
      }
      for (const name of textual) {
        if (name.length >= 5 && text.includes(name)) leaks.push({ file, what: `bytes of field name ${name}` });
      }
    }
  }
  return { leaks, filesScanned, fgbScanned };
}

/** The FlatGeobuf columns of one public-site file, for the check that they are within the layer's publicFields. */
export const fgbColumns = (path: string): string[] =>
  readFgbHeader(new Uint8Array(readFileSync(path))).columns.map((c) => c.key);

export const isLayerWithDef = (name: string): name is LayerId => Object.hasOwn(LAYERS, name);

/**
 * Strings that exist only in the internal app (test ids of its panels, its workspaces, its dictionary keys): the
 * public bundle must contain none of them.
 */
export const INTERNAL_ONLY_MARKERS = [
  'layer-toggle-',
  'facet-chip-',
  'feature-list',
  'detail-card',
  'detail-grade-basis',
  'basemap-select',
  'invalid-notice',
  'cursor-coords',
  'field.chemicals',
  '规划选址',
  '应急指挥',
];
