// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROW_HEIGHT, TableGrid } from '../../src/panels/table/table-grid';
import type { TableColumn, TableRow } from '../../src/panels/table/table-model';

afterEach(() => cleanup());

// jsdom has no layout: give the scroll box the size a drawer has (the virtualiser reads clientWidth/clientHeight)
const size = (dim: 'clientHeight' | 'clientWidth' | 'scrollHeight', px: number) =>
  Object.defineProperty(HTMLElement.prototype, dim, {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.testid === 'table-grid' ? px : 0;
    },
  });
beforeAll(() => {
  size('clientHeight', 320);
  size('clientWidth', 800);
  size('scrollHeight', N * ROW_HEIGHT + 64);
  // nor scrolling: scrollTo moves scrollTop and fires the scroll event, as a browser does
  Element.prototype.scrollTo = function scrollTo(this: Element, opts?: ScrollToOptions | number) {
    if (typeof opts === 'object' && typeof opts.top === 'number') this.scrollTop = opts.top;
    this.dispatchEvent(new Event('scroll'));
  } as Element['scrollTo'];
});
afterAll(() => {
  // back to jsdom's own (prototype) getters
  delete (HTMLElement.prototype as unknown as Record<string, unknown>).clientHeight;
  delete (HTMLElement.prototype as unknown as Record<string, unknown>).clientWidth;
  delete (HTMLElement.prototype as unknown as Record<string, unknown>).scrollHeight;
});

const N = 100_000;
const columns: TableColumn[] = [
  { key: 'id', type: 'string' },
  { key: 'name', type: 'string' },
  { key: 'people', type: 'int' },
];
const rows: TableRow[] = Array.from({ length: N }, (_, i) => {
  const id = `R-${String(i).padStart(6, '0')}`;
  return { id, values: { id, name: `第${i}行`, people: i % 997 }, haystack: id };
});

function renderGrid(selectedId: string | null = null, onSelect = vi.fn()) {
  const props = {
    columns,
    rows,
    label: (k: string) => k,
    format: (v: unknown) => (v === null ? '—' : String(v)),
    sort: null,
    onSort: vi.fn(),
    filters: {},
    onFilter: vi.fn(),
    filterLabel: (c: string) => `filter ${c}`,
    selectedId,
    onSelect,
    caption: 'grid',
  };
  return { ...render(<TableGrid {...props} />), onSelect };
}

const renderedIds = () => screen.getAllByTestId('table-row').map((r) => r.getAttribute('data-id'));

describe('TableGrid (virtualised 一张表)', () => {
  it('renders only the rows in view of 100,000, and others after a scroll', () => {
    renderGrid();
    const first = renderedIds();
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(60);
    expect(first[0]).toBe('R-000000');
    const grid = screen.getByTestId('table-grid');
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe(String(N + 2));
    act(() => {
      grid.scrollTop = 50_000 * ROW_HEIGHT;
      fireEvent.scroll(grid);
    });
    const later = renderedIds();
    expect(later.length).toBeLessThan(60);
    expect(later).toContain('R-050000');
    expect(later).not.toContain('R-000000');
    // rows carry their position for assistive technology
    const row = screen.getAllByTestId('table-row').find((r) => r.getAttribute('data-id') === 'R-050000');
    expect(row?.getAttribute('aria-rowindex')).toBe(String(50_000 + 3));
  });

  it('scrolls a selection made elsewhere into view, marks it, and selects on click', async () => {
    const { onSelect } = renderGrid('R-077777');
    await waitFor(() => expect(renderedIds()).toContain('R-077777'));
    const sel = screen.getAllByTestId('table-row').find((r) => r.getAttribute('data-id') === 'R-077777');
    expect(sel?.getAttribute('aria-current')).toBe('true');
    const other = screen.getAllByTestId('table-row').find((r) => r.getAttribute('data-id') !== 'R-077777');
    fireEvent.click(other?.querySelector('td:nth-child(2)') as Element);
    expect(onSelect).toHaveBeenCalledWith(other?.getAttribute('data-id'));
  });

  it('sorts from a header button and filters from the filter row', () => {
    const { container } = renderGrid();
    expect(container.querySelectorAll('thead th[aria-sort]').length).toBe(3);
    fireEvent.click(screen.getByTestId('table-sort-people'));
    fireEvent.change(screen.getByTestId('table-filter-name'), { target: { value: '99' } });
    expect(screen.getByLabelText('filter name')).toBeTruthy();
  });
});
