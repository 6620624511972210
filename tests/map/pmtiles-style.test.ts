import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ResolvedBasemap } from '../../src/map/basemaps';
import { pmtilesBasemapStyle, setPmtilesHost } from '../../src/map/pmtiles-style';

const errorOf = (r: ResolvedBasemap) => ('error' in r ? r.error : undefined);

// The pmtiles library loads on the first PMTiles choice (not in the first load); the protocol must then be
// registered with the map library before the style that uses pmtiles:// is handed to the map.
const server = setupServer(http.get('http://tiles.test/*', () => new HttpResponse(null, { status: 404 })));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('PMTiles basemap', () => {
  it('refuses a URL that is not pmtiles:// without loading anything', async () => {
    const host = { addProtocol: vi.fn() };
    setPmtilesHost(host);
    const r = await pmtilesBasemapStyle('https://tiles.test/a.pmtiles', 'light');
    expect(errorOf(r)?.en).toMatch(/pmtiles:\/\//);
    expect(host.addProtocol).not.toHaveBeenCalled();
  });

  it('registers the pmtiles protocol once, on first use, and reports an unreadable archive', async () => {
    const host = { addProtocol: vi.fn() };
    setPmtilesHost(host);
    const a = await pmtilesBasemapStyle('pmtiles://http://tiles.test/missing.pmtiles', 'light');
    const b = await pmtilesBasemapStyle('pmtiles://http://tiles.test/missing2.pmtiles', 'light');
    expect(host.addProtocol).toHaveBeenCalledTimes(1);
    expect(host.addProtocol.mock.calls[0]?.[0]).toBe('pmtiles');
    expect(typeof host.addProtocol.mock.calls[0]?.[1]).toBe('function');
    expect(errorOf(a)?.zh).toMatch(/无法读取 PMTiles/);
    expect(errorOf(b)).toBeTruthy();
  });
});
