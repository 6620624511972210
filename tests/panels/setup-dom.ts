import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useAppStore } from '../../src/state/store';
import { freshState, state } from './fixtures';

/** Shared per-test reset for panel tests: fresh store, fresh fixture data, unmounted DOM. */
export function resetBetweenTests(): void {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    Object.assign(state, freshState());
  });
  afterEach(() => cleanup());
}
