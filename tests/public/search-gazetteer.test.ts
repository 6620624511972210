import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../src/public/contract';
import { normalisePlace, resolveQuery, searchGazetteer } from '../../src/public/search/search-gazetteer';

const places: GazetteerEntry[] = [
  { name: '岳阳市', en: 'Yueyang', kind: 'city', lon: 113.129, lat: 29.357 },
  { name: '岳阳楼区', en: 'Yueyanglou', kind: 'county', county: '岳阳楼区', lon: 113.129, lat: 29.372 },
  {
    name: '岳阳县',
    en: 'Yueyang County',
    kind: 'county',
    county: '岳阳县',
    aliases: ['荣家湾镇'],
    lon: 113.116,
    lat: 29.144,
  },
  { name: '云溪区', en: 'Yunxi', kind: 'county', county: '云溪区', lon: 113.273, lat: 29.474 },
  { name: '城陵矶', kind: 'town', county: '岳阳楼区', lon: 113.15, lat: 29.43 },
  { name: '岳阳绿色化工产业园·云溪片区（示例）', kind: 'park', lon: 113.3, lat: 29.46 },
];

describe('gazetteer search', () => {
  it('normalises width, case, spaces and the 示例 mark', () => {
    expect(normalisePlace(' Ｙunxi ')).toBe('yunxi');
    expect(normalisePlace('岳阳绿色化工产业园·云溪片区（示例）')).toBe('岳阳绿色化工产业园云溪片区');
  });

  it('ranks exact, then prefix, then substring; counties before towns and parks', () => {
    expect(searchGazetteer('云溪区', places)[0]?.name).toBe('云溪区');
    expect(searchGazetteer('云溪', places).map((p) => p.name)).toEqual([
      '云溪区',
      '岳阳绿色化工产业园·云溪片区（示例）',
    ]);
    expect(
      searchGazetteer('岳阳', places)
        .map((p) => p.name)
        .slice(0, 2),
    ).toEqual(['岳阳县', '岳阳楼区']);
    expect(searchGazetteer('yunxi', places)[0]?.name).toBe('云溪区');
  });

  it('finds a county by its seat and a place named inside a longer query', () => {
    expect(searchGazetteer('荣家湾镇', places)[0]?.name).toBe('岳阳县');
    expect(searchGazetteer('城陵矶码头', places)[0]?.name).toBe('城陵矶');
  });

  it('resolves a submitted query: coordinates first, then the best place, else nothing', () => {
    expect(resolveQuery('113.13, 29.37', places)).toEqual({ kind: 'coords', lon: 113.13, lat: 29.37 });
    expect(resolveQuery('29.37，113.13', places)).toEqual({ kind: 'coords', lon: 113.13, lat: 29.37 });
    expect(resolveQuery('城陵矶', places)).toMatchObject({ kind: 'place', entry: { name: '城陵矶' } });
    expect(resolveQuery('北京', places)).toEqual({ kind: 'none' });
    expect(resolveQuery('  ', places)).toEqual({ kind: 'empty' });
  });
});
