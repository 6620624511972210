/**
 * `npm run build:public [-- --in DIR] [--precision METRES] [--out DIR] [--data-only]`
 * The public site (公众版): public data only, generalised positions, offline basemap, its own bundle in
 * dist-public/. See scripts/public/build-site.ts.
 */
import { parseArgs } from 'node:util';
import { buildPublicSite, DEFAULT_PRECISION_M } from './public/build-site';

const HELP = `npm run build:public -- [--in DIR] [--precision METRES] [--out DIR] [--data-only]
  --in          ledger folder (default data/sample/yueyang)
  --precision   grid size for hazard-source and tailings-pond positions, metres (default ${DEFAULT_PRECISION_M}; 0 = exact)
  --out         output folder of the site (default dist-public)
  --data-only   write the public data into .tmp/public-site only, no bundle`;

const { values } = parseArgs({
  options: {
    in: { type: 'string' },
    precision: { type: 'string' },
    out: { type: 'string' },
    'data-only': { type: 'boolean' },
    help: { type: 'boolean' },
  },
});

if (values.help) {
  console.log(HELP);
} else {
  const precisionM = values.precision === undefined ? DEFAULT_PRECISION_M : Number(values.precision);
  if (!Number.isFinite(precisionM) || precisionM < 0) {
    console.error(`--precision ${values.precision}: 需要非负的米数 / expected metres ≥ 0\n\n${HELP}`);
    process.exitCode = 2;
  } else {
    const { manifest, outDir } = await buildPublicSite({
      root: process.cwd(),
      inDir: values.in,
      outDir: values.out,
      precisionM,
      dataOnly: values['data-only'],
    });
    const counts = Object.entries(manifest.layers).map(([l, m]) => `${l} ${m.featureCount}`);
    console.log(`public data: ${counts.join(', ')}; positions generalised to ${precisionM} m`);
    if (!values['data-only']) console.log(`public site built into ${outDir}`);
  }
}
