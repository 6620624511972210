// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The URL sync keeps `data=<name>` (src/config/data-source.ts) in the query it writes and in the share link, so a
 * copied link of the national view opens the national data. The dataset is resolved once per page load, so each
 * case loads the modules afresh after setting up the page's URL and session.
 */
async function openPage(url: string) {
  window.history.replaceState(null, '', url);
  vi.resetModules();
  const { initStoreFromUrl, startUrlSync, currentShareUrl } = await import('../../src/state/url-sync');
  const { useAppStore } = await import('../../src/state/store');
  initStoreFromUrl();
  return { startUrlSync, currentShareUrl, useAppStore };
}

beforeEach(() => {
  sessionStorage.clear();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('url-sync and the dataset', () => {
  it('?data=national stays in the rewritten URL and in the share link', async () => {
    const { startUrlSync, currentShareUrl, useAppStore } = await openPage('/?data=national&v=112,30,5');
    const stop = startUrlSync(300);
    useAppStore.getState().setView({ lon: 113, lat: 31, zoom: 6 }, null);
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('?data=national&v=113.00000,31.00000,6.00');
    expect(new URL(currentShareUrl()).searchParams.get('data')).toBe('national');
    stop();
  });

  it('a dataset remembered for the tab (link without data=) is written back into the URL', async () => {
    sessionStorage.setItem('riskatlas.data', 'national');
    const { currentShareUrl } = await openPage('/?v=112,30,5');
    expect(new URL(currentShareUrl()).searchParams.get('data')).toBe('national');
  });

  it('the sample writes no data= key, and a URL in data= is neither used nor written back', async () => {
    for (const url of ['/?data=sample&v=112,30,5', '/?data=https%3A%2F%2Fevil.example%2F&v=112,30,5']) {
      const { startUrlSync, currentShareUrl, useAppStore } = await openPage(url);
      const stop = startUrlSync(300);
      useAppStore.getState().setView({ lon: 113, lat: 31, zoom: 6 }, null);
      vi.advanceTimersByTime(300);
      expect(window.location.search, url).toBe('?v=113.00000,31.00000,6.00');
      expect(currentShareUrl(), url).not.toContain('data=');
      stop();
    }
  });
});
