// @vitest-environment jsdom

import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryDatasets } from '../../src/data/import/dataset-db';
import { setDatasetDb, useImportStore } from '../../src/data/import-store';
import { useDataStore } from '../../src/data/layer-store';
import { ImportPanel } from '../../src/panels/import/import-panel';
import { useAppStore } from '../../src/state/store';
import { SCHOOLS_HEADER } from './helpers';

// jsdom's Blob/File have no arrayBuffer(); browsers do.
beforeAll(() => {
  if (typeof Blob.prototype.arrayBuffer !== 'function') {
    Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const r = new FileReader();
        r.onload = () => resolve(r.result as ArrayBuffer);
        r.onerror = () => reject(r.error);
        r.readAsArrayBuffer(this);
      });
    };
  }
});

beforeEach(() => {
  setDatasetDb(memoryDatasets());
  useAppStore.setState(useAppStore.getInitialState(), true);
  // no network in unit tests: the layer store starts "loaded" with nothing in it
  useDataStore.setState((s) => ({
    manifest: { status: 'ready', manifest: null },
    layers: Object.fromEntries(
      Object.entries(s.layers).map(([k, v]) => [k, { ...v, status: 'ready', features: [] }]),
    ) as unknown as typeof s.layers,
  }));
});
afterEach(() => cleanup());

const csvFile = (text: string, name = 'schools.csv') => new File([text], name, { type: 'text/csv' });

async function importThrough(file: File) {
  const user = userEvent.setup();
  render(<ImportPanel />);
  await user.click(screen.getByTestId('import-open'));
  // the dialog is a lazy chunk: it appears once loaded
  await user.upload(await screen.findByTestId('import-file-input', {}, { timeout: 10_000 }), file);
  const summary = await screen.findByTestId('import-summary', {}, { timeout: 10_000 });
  return { user, summary };
}

describe('import panel', () => {
  it('reads, validates (counts, error table), imports a ledger into its layer, and removes it', async () => {
    const text = `${SCHOOLS_HEADER}\nP-1,测试小学,113.1,29.3,学校,800,430602\nP-2,坏行,abc,29.3,学校,x,\n`;
    const { user, summary } = await importThrough(csvFile(text));
    expect(summary.dataset).toMatchObject({ read: '2', accepted: '1', rejected: '1' });
    const rows = screen.getAllByTestId('import-issue-row');
    expect(rows.map((r) => r.dataset.row)).toEqual(['3', '3']);
    expect(within(rows[0] as HTMLElement).getByText(/abc/)).toBeTruthy();
    expect((screen.getByTestId('import-target-select') as HTMLSelectElement).value).toBe('protected-targets');
    expect((screen.getByTestId('import-crs-select') as HTMLSelectElement).value).toBe('CGCS2000');
    expect(screen.getByTestId('import-gcj-note').textContent).toMatch(/无法从数据本身可靠判断/);

    await user.click(screen.getByTestId('import-confirm'));
    const item = await screen.findByTestId('imported-dataset');
    expect(item.dataset).toMatchObject({ target: 'protected-targets', count: '1' });
    expect(useImportStore.getState().datasets).toHaveLength(1);

    await user.click(within(item).getByTestId('imported-remove'));
    await user.click(within(item).getByTestId('imported-remove-confirm'));
    await waitFor(() => expect(screen.queryByTestId('imported-dataset')).toBeNull());
  });

  it('offers the swap fix for swapped lon/lat and re-validates', async () => {
    const text = '名称,经度,纬度,备注\n甲,29.3,113.1,a\n乙,29.4,113.2,b\n';
    const { user } = await importThrough(csvFile(text, 'swapped.csv'));
    // the engine saw the swap and mapped the columns the right way round already
    expect((screen.getByTestId('import-lon-select') as HTMLSelectElement).value).toBe('纬度');
    await user.click(screen.getByTestId('import-swap'));
    await waitFor(() => expect(screen.getByTestId('import-summary').dataset.accepted).toBe('0'));
    const warning = await screen.findByTestId('import-warning');
    expect(warning.dataset.kind).toBe('swap');
    await user.click(screen.getByTestId('import-fix-swap'));
    await waitFor(() => expect(screen.getByTestId('import-summary').dataset.accepted).toBe('2'));
  });

  it('styles a generic layer by a field with one filter chip per value', async () => {
    const text = '名称,lng,lat,类型\n甲,113.1,29.3,仓库\n乙,113.2,29.4,仓库\n丙,113.3,29.5,码头\n';
    const { user } = await importThrough(csvFile(text, 'generic.csv'));
    expect((screen.getByTestId('import-target-select') as HTMLSelectElement).value).toBe('generic');
    await user.click(screen.getByTestId('import-confirm'));
    await screen.findByTestId('imported-dataset');
    await user.selectOptions(screen.getByTestId('imported-style-select'), '类型');
    const chips = await screen.findAllByTestId('imported-chip');
    expect(chips.map((c) => c.textContent)).toEqual(['仓库 2', '码头 1']);
    await user.click(chips[1] as HTMLElement);
    await waitFor(() => expect(useImportStore.getState().datasets[0]?.hidden).toEqual(['c1']));
  });

  it('shows a file error and imports nothing for an unreadable file', async () => {
    const user = userEvent.setup();
    render(<ImportPanel />);
    await user.click(screen.getByTestId('import-open'));
    await user.upload(
      await screen.findByTestId('import-file-input', {}, { timeout: 10_000 }),
      new File(['{not json'], 'bad.geojson'),
    );
    expect((await screen.findByTestId('import-error')).textContent).toMatch(/不是合法的 JSON/);
    expect((screen.getByTestId('import-confirm') as HTMLButtonElement).disabled).toBe(true);
  });
});
