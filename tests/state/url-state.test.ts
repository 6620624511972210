import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetParam, resolveDataBase } from '../../src/config/data-source';
import { LAYER_IDS, type LayerId } from '../../src/domain/layer-ids';
import { defaultUrlState, parseUrlState, roundView, serializeUrlState, type UrlState } from '../../src/state/url-state';

const layerArb = fc.constantFrom(...LAYER_IDS);
// facet values as they occur (theme values) plus free text without the `h` separators
const valueArb = fc.oneof(
  fc.constantFrom('red', 'orange', 'yellow', 'blue', '现有', '规划', '高敏感', '一般一类'),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[.|:]/.test(s)),
);

const stateArb: fc.Arbitrary<UrlState> = fc.record({
  view: fc
    .record({
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      lat: fc.double({ min: -85, max: 85, noNaN: true }),
      zoom: fc.double({ min: 0, max: 22, noNaN: true }),
    })
    .map(roundView),
  visibleLayers: fc
    .array(fc.boolean(), { minLength: LAYER_IDS.length, maxLength: LAYER_IDS.length })
    .map((bs) => Object.fromEntries(LAYER_IDS.map((id, i) => [id, bs[i] as boolean])) as Record<LayerId, boolean>),
  hiddenValues: fc
    .array(fc.uniqueArray(valueArb, { maxLength: 4 }), { minLength: LAYER_IDS.length, maxLength: LAYER_IDS.length })
    .map(
      (vs) =>
        Object.fromEntries(LAYER_IDS.map((id, i) => [id, [...(vs[i] as string[])].sort()])) as Record<
          LayerId,
          string[]
        >,
    ),
  selected: fc.option(fc.record({ layer: layerArb, id: fc.string({ minLength: 1, maxLength: 30 }) }), { nil: null }),
  lang: fc.constantFrom('zh' as const, 'en' as const),
  workspace: fc.constantFrom('overview' as const, 'siting' as const, 'command' as const),
  county: fc.option(fc.stringMatching(/^\d{6}$/), { nil: null }),
  basemap: fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
    fc.constantFrom(
      'style-url:https://example.org/style.json?key=a&b=c',
      'pmtiles:pmtiles://https://x.org/a b.pmtiles'.replace(' ', '%20'),
    ),
  ),
});

// -0 survives toFixed as "-0.00000" → parsed back as -0; compare numbers by value
const normalise = (s: UrlState) => JSON.parse(JSON.stringify(s));

describe('url-state', () => {
  it('parse(serialize(s)) equals s (property test)', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(normalise(parseUrlState(serializeUrlState(s)))).toEqual(normalise(s));
      }),
      { numRuns: 300 },
    );
  });

  it('writes the contract format with 5/5/2 decimals and omits defaults', () => {
    const s = defaultUrlState();
    s.view = { lon: 113.123456, lat: 29.3567891, zoom: 9.876 };
    expect(serializeUrlState(s)).toBe('v=113.12346,29.35679,9.88');
    s.visibleLayers['fire-stations'] = false;
    s.hiddenValues['hazard-sources'] = ['blue', 'red'];
    s.selected = { layer: 'hazard-sources', id: 'HS-001' };
    s.lang = 'en';
    s.basemap = 'osm';
    expect(serializeUrlState(s)).toBe(
      'v=113.12346,29.35679,9.88&l=boundaries,chemical-parks,tailings-ponds,hazard-sources,hidden-dangers,protected-targets' +
        '&h=hazard-sources:blue.red&sel=hazard-sources:HS-001&lang=en&bm=osm',
    );
  });

  it('reads Chinese facet values, encoded or not', () => {
    const a = parseUrlState('?h=fire-stations:%E8%A7%84%E5%88%92');
    const b = parseUrlState('?h=fire-stations:规划|protected-targets:一般二类.高敏感');
    expect(a.hiddenValues['fire-stations']).toEqual(['规划']);
    expect(b.hiddenValues['protected-targets']).toEqual(['一般二类', '高敏感'].sort());
  });

  it('an empty `l=` hides every layer', () => {
    const s = parseUrlState('l=');
    expect(Object.values(s.visibleLayers).every((v) => !v)).toBe(true);
  });

  it('ignores bad parameters safely', () => {
    const d = defaultUrlState();
    const bad = [
      'v=abc',
      'v=113,29',
      'v=999,29,8',
      'v=113,29,99',
      'v=113,,8',
      'l=nonsense',
      'h=nolayer:red',
      'h=::::',
      'sel=hazard-sources',
      'sel=bogus:1',
      'sel=hazard-sources:',
      'lang=fr',
      'bm=<script>',
      'c=4306',
      'c=43060a',
      '%%%',
    ];
    for (const q of bad) {
      const s = parseUrlState(q);
      expect(normalise(s), q).toEqual(normalise(d));
    }
  });

  it('keeps the valid keys next to invalid ones', () => {
    const s = parseUrlState('v=113.1,29.3,10&l=hazard-sources,bogus&sel=x:y&lang=en');
    expect(s.view).toEqual({ lon: 113.1, lat: 29.3, zoom: 10 });
    expect(LAYER_IDS.filter((id) => s.visibleLayers[id])).toEqual(['hazard-sources']);
    expect(s.selected).toBeNull();
    expect(s.lang).toBe('en');
  });

  it('carries the county drill-down as `c=`', () => {
    const s = defaultUrlState();
    s.county = '430602';
    expect(serializeUrlState(s)).toMatch(/^v=[^&]+&c=430602$/);
    expect(parseUrlState('c=430602').county).toBe('430602');
  });

  it('keeps the dataset as `data=<name>`: parse and the data-source switch both read the link back (property test)', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const query = serializeUrlState(s, datasetParam('national', {}));
        expect(query.startsWith('data=national&v=')).toBe(true);
        // the store part round-trips as without the key, and the link opens the same dataset in a fresh tab
        expect(normalise(parseUrlState(query))).toEqual(normalise(s));
        const opened = resolveDataBase({ search: `?${query}`, env: { BASE_URL: '/' }, storage: null });
        expect(opened).toEqual({ base: '/national/', dataset: 'national' });
      }),
      { numRuns: 100 },
    );
  });

  it('the sample (the default) writes no `data=` key; neither does a URL or an unknown name', () => {
    const s = defaultUrlState();
    expect(datasetParam('sample', {})).toBeNull();
    const sample = serializeUrlState(s, datasetParam('sample', {}));
    expect(sample).toBe(serializeUrlState(s));
    expect(sample).toMatch(/^v=[^&]+$/);
    expect(parseUrlState(sample)).toEqual(s);
    // a VITE_DATA_BASE build resolves to its base URL, which is never written into a link
    expect(
      datasetParam('https://cdn.example.com/riskatlas/', { VITE_DATA_BASE: 'https://cdn.example.com/riskatlas/' }),
    ).toBeNull();
    // whatever a caller passes, only DATASETS names are written
    expect(serializeUrlState(s, 'https://evil.example/' as never)).not.toContain('data=');
    expect(serializeUrlState(s, 'other' as never)).not.toContain('data=');
  });

  it('ids containing the separator survive', () => {
    const s = defaultUrlState();
    s.selected = { layer: 'protected-targets', id: 'PT:12 & 3' };
    expect(parseUrlState(serializeUrlState(s)).selected).toEqual(s.selected);
  });
});
