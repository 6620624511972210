import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublicSite } from '../../scripts/public/build-site';
import { LAYERS } from '../../src/domain';
import { SITE_COLUMNS } from '../../src/public/contract';
import {
  contactValues,
  fgbColumns,
  INTERNAL_ONLY_MARKERS,
  isLayerWithDef,
  nonPublicFieldNames,
  scanSite,
} from './leak-scan';

const ROOT = process.cwd();
const SAMPLE = join(ROOT, 'data', 'sample', 'yueyang');

// A complete public build (data, basemap, bundle) into a temp folder: the same code as `npm run build:public`,
// without touching dist-public/ (which an e2e run may be serving).
let work: string;
let out: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'riskatlas-public-site-'));
  out = join(work, 'dist-public');
  await buildPublicSite({ root: ROOT, siteDir: join(work, 'site'), outDir: out });
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('public build: nothing internal leaks', () => {
  it('knows what to look for (non-public fields of every layer, the sample contact cells)', () => {
    const names = nonPublicFieldNames();
    for (const n of ['contact', 'phone', 'extra', 'chemicals', 'people500m', 'S', 'alpha', 'R', 'downstream']) {
      expect(names).toContain(n);
    }
    const values = contactValues(SAMPLE);
    // 5 ledgers (one of them GB18030) × many rows: names like 杨科长 and numbers like 0730-00009933
    expect(values.length).toBeGreaterThan(100);
    expect(values.some((v) => /^0730-\d{8}$/.test(v))).toBe(true);
    expect(values.some((v) => /[\u4e00-\u9fff]/.test(v))).toBe(true);
  });

  it('no file of the site (JS, HTML, CSS, JSON, GeoJSON, FlatGeobuf) holds a non-public field or a contact value', () => {
    const { leaks, filesScanned, fgbScanned } = scanSite(out, nonPublicFieldNames(), contactValues(SAMPLE));
    expect(leaks).toEqual([]);
    expect(fgbScanned).toBe(Object.keys(SITE_COLUMNS).length);
    expect(filesScanned).toBeGreaterThan(fgbScanned + 5);
  });

  it('the scanner does find a leak when there is one (the internal build has contacts and inventories)', () => {
    const internal = join(ROOT, 'public', 'data');
    const { leaks } = scanSite(internal, nonPublicFieldNames(), contactValues(SAMPLE));
    const what = leaks.map((l) => l.what);
    expect(what).toContain('FlatGeobuf column contact');
    expect(what).toContain('FlatGeobuf column chemicals');
    expect(what.some((w) => w.startsWith('contact value'))).toBe(true);
  });

  it('the scanner finds names in bundled code and JSON keys, but not in prose', () => {
    const dir = mkdtempSync(join(tmpdir(), 'riskatlas-leak-probe-'));
    try {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(
        join(dir, 'assets', 'a.js'),
        'const cols=[{key:"chemicals",type:"string"}];const o={people500m:1};',
      );
      writeFileSync(join(dir, 'assets', 'b.js'), 'const note=`no contact people or phone numbers`;');
      writeFileSync(join(dir, 'c.json'), JSON.stringify({ list: [{ R: 31.2 }] }));
      const { leaks } = scanSite(dir, nonPublicFieldNames(), ['杨科长']);
      expect(leaks.map((l) => `${l.file}: ${l.what}`).sort()).toEqual(
        [
          'assets/a.js: field name "chemicals" (quoted/key)',
          'assets/a.js: field name "people500m" (quoted/key)',
          'c.json: JSON key R',
          'c.json: field name "R" (quoted/key)',
        ].sort(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('each public FlatGeobuf has exactly its SITE_COLUMNS, a subset of the layer’s publicFields', () => {
    for (const [layer, cols] of Object.entries(SITE_COLUMNS)) {
      const got = fgbColumns(join(out, 'data', `${layer}.fgb`));
      expect([...got].sort(), layer).toEqual([...cols].sort());
      if (isLayerWithDef(layer)) {
        for (const c of got) expect(LAYERS[layer].publicFields, `${layer}.${c}`).toContain(c);
      }
    }
  });

  it('has no protected-target layer, no internal manifest and no rejected rows', () => {
    const data = readdirSync(join(out, 'data')).sort();
    expect(data).toEqual(
      [...Object.keys(SITE_COLUMNS).map((l) => `${l}.fgb`), 'gazetteer.json', 'manifest.json'].sort(),
    );
    const manifest = JSON.parse(readFileSync(join(out, 'data', 'manifest.json'), 'utf8'));
    expect(manifest.kind).toBe('riskatlas-public');
    expect(manifest).not.toHaveProperty('inputs');
  });

  it('the bundle is the public app only: none of the internal panels, workspaces or dictionaries', () => {
    const assets = readdirSync(join(out, 'assets')).filter((f) => /\.(js|mjs|css)$/.test(f));
    expect(assets.some((f) => f.endsWith('.js'))).toBe(true);
    const text = assets.map((f) => readFileSync(join(out, 'assets', f), 'utf8')).join('\n');
    for (const marker of INTERNAL_ONLY_MARKERS) expect(text.includes(marker), marker).toBe(false);
    // and it is the public app
    expect(text).toContain('public-search-input');
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toContain('src/main.tsx');
  });
});
