// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TopBar } from '../../src/app/top-bar';
import { knownDataset } from '../../src/config/data-source';
import { useAppStore } from '../../src/state/store';
import { resetBetweenTests } from './setup-dom';

vi.mock('../../src/data/layer-store', () => import('./mock-layer-store'));
// this page load's data source (resolved once from ?data=, the session and VITE_DATA_BASE in the app)
const source = vi.hoisted(() => ({ current: { base: '/data/', dataset: 'sample' } }));
vi.mock('../../src/config/data-source', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/config/data-source')>()),
  currentDataSource: () => source.current,
}));
resetBetweenTests();

beforeEach(() => {
  source.current = { base: '/data/', dataset: 'sample' };
});

/** The region chip, without its screen-reader prefix 「行政区：」. */
const region = () => screen.getByTestId('region').lastChild?.textContent;

describe('TopBar region chip', () => {
  it('the sample reads 岳阳市 / Yueyang', () => {
    render(<TopBar />);
    expect(region()).toBe('岳阳市');
    expect(screen.getByTestId('region').textContent).toBe('行政区：岳阳市');
    act(() => useAppStore.getState().setLang('en'));
    expect(region()).toBe('Yueyang');
  });

  it('the national dataset reads 全国 / China (national), never 岳阳市', () => {
    source.current = { base: '/national/', dataset: 'national' };
    render(<TopBar />);
    expect(region()).toBe('全国');
    expect(screen.queryByText('岳阳市')).toBeNull();
    act(() => useAppStore.getState().setLang('en'));
    expect(region()).toBe('China (national)');
  });

  it('a data base the app does not know shows no region rather than a wrong one', () => {
    source.current = { base: 'https://cdn.example/risk/', dataset: 'https://cdn.example/risk/' };
    render(<TopBar />);
    expect(screen.queryByTestId('region')).toBeNull();
    expect(screen.queryByText('岳阳市')).toBeNull();
  });
});

describe('knownDataset', () => {
  const env = { BASE_URL: '/', DEV: false };
  it('names a dataset by its name, or by the base a VITE_DATA_BASE build points at', () => {
    expect(knownDataset({ base: '/data/', dataset: 'sample' }, env)).toBe('sample');
    expect(knownDataset({ base: '/national/', dataset: 'national' }, env)).toBe('national');
    // VITE_DATA_BASE=/national/ npx vite build: the dataset is the base itself
    expect(knownDataset({ base: '/national/', dataset: '/national/' }, env)).toBe('national');
    expect(knownDataset({ base: '/data/national/built/', dataset: '/data/national/built/' }, { DEV: true })).toBe(
      'national',
    );
    expect(knownDataset({ base: 'https://cdn.example/x/', dataset: 'https://cdn.example/x/' }, env)).toBeNull();
  });
});
