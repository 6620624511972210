// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChunkBoundary } from '../../src/panels/chunk-boundary';
import { useAppStore } from '../../src/state/store';

afterEach(cleanup);

describe('ChunkBoundary', () => {
  it('shows a reload notice instead of unmounting the app when a lazy chunk fails to load', async () => {
    // React logs caught render errors; keep the test output readable
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')),
    );
    render(
      <div>
        <p>map stays</p>
        <ChunkBoundary fallback={<p>loading</p>}>
          <Broken />
        </ChunkBoundary>
      </div>,
    );
    const alert = await screen.findByTestId('chunk-error');
    expect(alert.textContent).toMatch(/未能加载/);
    expect(alert.textContent).toMatch(/Failed to fetch dynamically imported module/);
    expect(screen.getByText('map stays')).toBeTruthy();
    expect(screen.getByRole('button', { name: '重新加载' })).toBeTruthy();
    spy.mockRestore();
  });

  it('speaks English when the UI does', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    useAppStore.getState().setLang('en');
    const Broken = lazy(() => Promise.reject(new Error('gone')));
    render(
      <ChunkBoundary fallback={null}>
        <Broken />
      </ChunkBoundary>,
    );
    expect((await screen.findByTestId('chunk-error')).textContent).toMatch(/could not be loaded/);
    useAppStore.getState().setLang('zh');
    spy.mockRestore();
  });
});
