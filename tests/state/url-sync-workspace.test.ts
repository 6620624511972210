// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AppState, useAppStore } from '../../src/state/store';
import { pickUrlState, type UrlState } from '../../src/state/url-state';
import { startUrlSync, urlStateChanged } from '../../src/state/url-sync';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  window.history.replaceState(null, '', '/');
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

const query = () => new URLSearchParams(window.location.search);

describe('url-sync and the workspace', () => {
  it('a workspace change alone rewrites the URL with ws=, and back to 一张图 removes it', () => {
    const stop = startUrlSync(300);
    useAppStore.getState().setWorkspace('siting');
    vi.advanceTimersByTime(300);
    expect(query().get('ws')).toBe('siting');
    useAppStore.getState().setWorkspace('command');
    vi.advanceTimersByTime(300);
    expect(query().get('ws')).toBe('command');
    useAppStore.getState().setWorkspace('overview');
    vi.advanceTimersByTime(300);
    expect(query().has('ws')).toBe(false);
    expect(window.location.search).toMatch(/^\?v=/);
    stop();
  });

  it('every field of the URL state, alone, triggers the rewrite', () => {
    const base = useAppStore.getInitialState();
    const changes: { [K in keyof UrlState]: UrlState[K] } = {
      view: { lon: 112, lat: 30, zoom: 5 },
      visibleLayers: { ...base.visibleLayers, 'fire-stations': false },
      hiddenValues: { ...base.hiddenValues, 'hazard-sources': ['blue'] },
      selected: { layer: 'hazard-sources', id: 'HS-1' },
      lang: 'en',
      basemap: 'osm',
      workspace: 'command',
      county: '430602',
    };
    // the table above names every UrlState key (its type makes sure); pickUrlState returns the same keys
    expect(Object.keys(changes).sort()).toEqual(Object.keys(pickUrlState(base)).sort());
    for (const key of Object.keys(changes) as (keyof UrlState)[]) {
      useAppStore.setState(useAppStore.getInitialState(), true);
      window.history.replaceState(null, '', '/');
      const stop = startUrlSync(300);
      useAppStore.setState({ [key]: changes[key] } as Partial<AppState>);
      vi.advanceTimersByTime(300);
      expect(window.location.search, key).not.toBe('');
      stop();
    }
  });

  it('state outside the URL (map bounds, markers) does not count as a change', () => {
    const s = useAppStore.getInitialState();
    expect(urlStateChanged({ ...s, bounds: [1, 2, 3, 4] }, s)).toBe(false);
    expect(urlStateChanged({ ...s, workspace: 'siting' }, s)).toBe(true);
  });
});
