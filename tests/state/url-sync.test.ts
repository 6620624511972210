// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/state/store';
import { currentShareUrl, initStoreFromUrl, startUrlSync } from '../../src/state/url-sync';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  window.history.replaceState(null, '', '/');
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('url-sync', () => {
  it('seeds the store from the query string', () => {
    initStoreFromUrl(
      '?v=113.1,29.3,11.5&l=hazard-sources&h=hazard-sources:blue&sel=hazard-sources:HS-1&lang=en&bm=osm',
    );
    const s = useAppStore.getState();
    expect(s.view).toEqual({ lon: 113.1, lat: 29.3, zoom: 11.5 });
    expect(s.visibleLayers['fire-stations']).toBe(false);
    expect(s.hiddenValues['hazard-sources']).toEqual(['blue']);
    expect(s.selected).toEqual({ layer: 'hazard-sources', id: 'HS-1' });
    expect(s.lang).toBe('en');
    expect(s.basemap).toBe('osm');
  });

  it('replaces the URL after store changes, debounced, without adding history entries', () => {
    const stop = startUrlSync(300);
    const before = window.history.length;
    useAppStore.getState().setView({ lon: 113.123456, lat: 29.5, zoom: 9 }, null);
    useAppStore.getState().toggleValue('hazard-sources', 'red');
    expect(window.location.search).toBe('');
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('?v=113.12346,29.50000,9.00&h=hazard-sources:red');
    expect(window.history.length).toBe(before);
    // transient state (fly requests, markers, bounds) does not touch the URL
    useAppStore.getState().setMarker({ lon: 1, lat: 2 });
    vi.advanceTimersByTime(1000);
    expect(window.location.search).toBe('?v=113.12346,29.50000,9.00&h=hazard-sources:red');
    stop();
    useAppStore.getState().setLang('en');
    vi.advanceTimersByTime(1000);
    expect(window.location.search).not.toContain('lang=en');
  });

  it('writes the county drill-down as `c=` and drops it when cleared', () => {
    const stop = startUrlSync(300);
    useAppStore.getState().setCounty('430603');
    vi.advanceTimersByTime(300);
    expect(new URLSearchParams(window.location.search).get('c')).toBe('430603');
    useAppStore.getState().setCounty(null);
    vi.advanceTimersByTime(300);
    expect(new URLSearchParams(window.location.search).get('c')).toBeNull();
    stop();
  });

  it('builds the share link from the store at once', () => {
    useAppStore.getState().select({ layer: 'fire-stations', id: 'FS 1' });
    const url = new URL(currentShareUrl());
    expect(url.searchParams.get('sel')).toBe('fire-stations:FS 1');
  });
});
