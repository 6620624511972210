import { describe, expect, it } from 'vitest';
import { datasetBase, datasetParam, resolveDataBase } from '../../src/config/data-source';

/** The data-source switch (src/config/data-source.ts): URL name, session memory, build-time base, default. */
function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

const prod = { BASE_URL: '/', DEV: false };

describe('data source switch', () => {
  it('defaults to the sample under BASE_URL', () => {
    expect(resolveDataBase({ search: '', env: prod, storage: null }).base).toBe('/data/');
    expect(resolveDataBase({ search: '', env: { BASE_URL: '/atlas/' }, storage: null }).base).toBe('/atlas/data/');
  });

  it('?data=national opens the national build: /national/ when deployed, data/national/built/ in dev', () => {
    expect(resolveDataBase({ search: '?data=national', env: prod, storage: null }).base).toBe('/national/');
    expect(datasetBase('national', { BASE_URL: '/', DEV: true })).toBe('/data/national/built/');
  });

  it('remembers the choice for the tab (the URL sync drops the parameter) until ?data=sample', () => {
    const storage = memoryStorage();
    resolveDataBase({ search: '?data=national&v=113,29,9', env: prod, storage });
    expect(resolveDataBase({ search: '?v=113,29,9', env: prod, storage }).base).toBe('/national/');
    expect(resolveDataBase({ search: '?data=sample', env: prod, storage }).base).toBe('/data/');
    expect(resolveDataBase({ search: '', env: prod, storage }).base).toBe('/data/');
  });

  it('accepts names only: a URL in ?data= is ignored, never fetched', () => {
    const r = resolveDataBase({ search: '?data=https://evil.example/', env: prod, storage: memoryStorage() });
    expect(r.base).toBe('/data/');
  });

  it('VITE_DATA_BASE (build time) sets any base, with a trailing slash; a ?data= name still wins', () => {
    const env = { ...prod, VITE_DATA_BASE: 'https://cdn.example.com/riskatlas/2026-11' };
    expect(resolveDataBase({ search: '', env, storage: null }).base).toBe('https://cdn.example.com/riskatlas/2026-11/');
    expect(resolveDataBase({ search: '?data=sample', env, storage: null }).base).toBe('/data/');
  });
});

describe('data= in shared links (datasetParam)', () => {
  it('names a non-default dataset, never the default nor a URL', () => {
    expect(datasetParam('national', {})).toBe('national');
    expect(datasetParam('sample', {})).toBeNull();
    expect(datasetParam('https://evil.example/', {})).toBeNull();
    // with VITE_DATA_BASE the default is that base: a `?data=sample` choice must be kept in the link
    const cdn = { VITE_DATA_BASE: 'https://cdn.example.com/riskatlas/' };
    expect(datasetParam('sample', cdn)).toBe('sample');
    expect(datasetParam('national', cdn)).toBe('national');
    expect(datasetParam('https://cdn.example.com/riskatlas/', cdn)).toBeNull();
  });

  it('what it names, the switch opens again from a link in a fresh tab', () => {
    for (const env of [prod, { ...prod, VITE_DATA_BASE: 'https://cdn.example.com/riskatlas/' }]) {
      for (const asked of ['?data=national', '?data=sample', '']) {
        const here = resolveDataBase({ search: asked, env, storage: null });
        const name = datasetParam(here.dataset, env);
        const link = resolveDataBase({ search: name ? `?data=${name}` : '', env, storage: memoryStorage() });
        expect(link, `${JSON.stringify(env)} ${asked}`).toEqual(here);
      }
    }
  });
});
