import { parseArgs } from 'node:util';
import { CRS_NAMES, parseCrs } from './crs';
import { type BuildOptions, DEFAULT_ERRORS_FILE } from './run-build';

export const HELP = `npm run data -- --in DIR --out DIR [options]

Builds ledgers (台账) into graded, indexed FlatGeobuf files and manifest.json.

  --in DIR           folder of ledgers named by layer id: <layer>.csv | <layer>.xlsx | <layer>.geojson
                     (one per layer; layers without a ledger are not built). CSV: UTF-8 or GB18030/GBK, detected.
  --out DIR          output folder, replaced atomically on success (e.g. public/data). A failed build leaves it
                     exactly as it was. The build refuses an existing folder holding files it did not write.
  --crs NAME         CRS of rows whose 坐标系 cell is empty: ${CRS_NAMES.join(' | ')} (default CGCS2000).
                     GCJ02/BD09 are converted; output is always WGS84 (≈ CGCS2000), 7 decimals.
  --boundaries-crs NAME
                     CRS of boundaries.geojson (行政区划) when the file declares none. Without it the build tests
                     GCJ-02 against the point ledgers' 行政区划代码 and says what it decided (README: 行政区划).
  --allow-invalid    write the valid rows; rejected rows go unchanged to <out>/rejected/<layer>.csv
                     (GeoJSON ledgers: <layer>.geojson) and every problem to <out>/errors.json.
  --public           only each layer's public fields (no contacts, inventories, extra columns, rejected rows).
  --errors FILE      where errors.json goes when it cannot go into --out: on a failed build, and with
                     --public --allow-invalid. Default: ./${DEFAULT_ERRORS_FILE}
  -h, --help         this text

Every problem is printed to stderr as  file:row:column: reason  (row = spreadsheet row, header = 1; GeoJSON: feature
number from 1; column = the file's header, or the canonical Chinese header when the column is missing).
Exit codes: 0 built, 1 invalid ledgers (nothing written), 2 usage error.`;

export type ParsedArgs = { help: true } | { help: false; options: BuildOptions } | { help: false; error: string };

export function parseCliArgs(argv: string[]): ParsedArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
        crs: { type: 'string' },
        'boundaries-crs': { type: 'string' },
        'allow-invalid': { type: 'boolean' },
        public: { type: 'boolean' },
        errors: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return { help: false, error: (e as Error).message };
  }
  if (values.help) return { help: true };
  const inDir = values.in;
  const outDir = values.out;
  if (typeof inDir !== 'string' || typeof outDir !== 'string')
    return { help: false, error: '--in and --out are required' };
  let crs: BuildOptions['crs'];
  if (typeof values.crs === 'string') {
    const c = parseCrs(values.crs);
    if (!c) return { help: false, error: `--crs ${values.crs}: expected ${CRS_NAMES.join(', ')}` };
    crs = c;
  }
  const options: BuildOptions = {
    inDir,
    outDir,
    allowInvalid: values['allow-invalid'] === true,
    public: values.public === true,
  };
  if (crs) options.crs = crs;
  const bcrs = values['boundaries-crs'];
  if (typeof bcrs === 'string') {
    const c = parseCrs(bcrs);
    if (!c) return { help: false, error: `--boundaries-crs ${bcrs}: expected ${CRS_NAMES.join(', ')}` };
    options.boundariesCrs = c;
  }
  if (typeof values.errors === 'string') options.errorsPath = values.errors;
  return { help: false, options };
}
