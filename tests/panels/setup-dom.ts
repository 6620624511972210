import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useStatsStore } from '../../src/state/stats-store';
import { useAppStore } from '../../src/state/store';
import { freshState, state } from './fixtures';

/** Shared per-test reset for panel tests: fresh stores, fresh fixture data, unmounted DOM. */
export function resetBetweenTests(): void {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    useStatsStore.setState(useStatsStore.getInitialState(), true);
    Object.assign(state, freshState());
  });
  afterEach(() => cleanup());
}
