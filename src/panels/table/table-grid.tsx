import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useMemo, useRef } from 'react';
import type { CellValue, SortSpec, TableColumn, TableRow } from './table-model';

/** Fixed row height: the virtualiser places rows by index without measuring them. */
export const ROW_HEIGHT = 28;
const OVERSCAN = 12;

// Wide free-text columns get room; the rest are sized by type.
const WIDE = new Set(['gradeBasis', 'extra', 'chemicals', 'description', 'downstream', 'name', 'enterprise']);
const widthOf = (c: TableColumn): number =>
  WIDE.has(c.key) ? 240 : c.type === 'bool' ? 76 : c.type === 'int' || c.type === 'double' ? 96 : 128;

export interface TableGridProps {
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  label: (key: string) => string;
  format: (value: CellValue, key: string) => ReactNode;
  sort: SortSpec | null;
  onSort: (key: string) => void;
  filters: Record<string, string>;
  onFilter: (key: string, value: string) => void;
  filterLabel: (column: string) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** total before filtering, for aria-rowcount context */
  caption: string;
}

/**
 * The grid of 一张表, virtualised (@tanstack/react-virtual): only the rows in view (plus a margin) are in the DOM,
 * so 100,000 rows scroll like 100. A real <table> (rows laid out with CSS grid) with aria-rowcount/-rowindex for the
 * rows not in the DOM; header and filter rows stay on top; columns sort from their header button (aria-sort); a
 * row is selected by a click anywhere on it or by its first cell's button, and ↑/↓ move between rows.
 */
export function TableGrid(p: TableGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const widths = useMemo(() => p.columns.map(widthOf), [p.columns]);
  const template = widths.map((w) => `${w}px`).join(' ');
  const total = widths.reduce((a, b) => a + b, 0);
  const v = useVirtualizer({
    count: p.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // before the first measurement (and in tests without layout) assume a drawer-sized viewport
    initialRect: { width: 800, height: 320 },
  });

  const selectedIndex = useMemo(
    () => (p.selectedId === null ? -1 : p.rows.findIndex((r) => r.id === p.selectedId)),
    [p.rows, p.selectedId],
  );
  // a selection made elsewhere (the map) brings its row into view; 'auto' leaves a visible row where it is
  useEffect(() => {
    if (selectedIndex >= 0) v.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, v]);

  const focusRow = (i: number) => {
    if (i < 0 || i >= p.rows.length) return;
    v.scrollToIndex(i, { align: 'auto' });
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-row-button="${i}"]`)?.focus({ preventScroll: true }),
    );
  };
  // Enter/Space press the row's button (native); ↑/↓ move to the neighbouring row's button
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusRow(i + (e.key === 'ArrowDown' ? 1 : -1));
    }
  };

  // Mouse users click anywhere on a row; keyboard and screen-reader users get the button in its first cell.
  const onBodyClick = (e: MouseEvent<HTMLTableSectionElement>) => {
    const tr = (e.target as HTMLElement).closest<HTMLElement>('tr[data-id]');
    if (tr?.dataset.id !== undefined) p.onSelect(tr.dataset.id);
  };

  return (
    <div ref={scroller} className="table-scroll" data-testid="table-grid">
      <table aria-label={p.caption} aria-rowcount={p.rows.length + 2} style={{ width: total }}>
        <thead className="table-head">
          <tr className="table-row head" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
            {p.columns.map((c) => {
              const dir = p.sort?.key === c.key ? p.sort.dir : null;
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                  className="table-cell"
                >
                  <button
                    type="button"
                    className="sort-button"
                    data-testid={`table-sort-${c.key}`}
                    onClick={() => p.onSort(c.key)}
                    title={p.label(c.key)}
                  >
                    {p.label(c.key)}
                    <span aria-hidden="true">{dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
          <tr className="table-row filters" aria-rowindex={2} style={{ gridTemplateColumns: template }}>
            {p.columns.map((c) => (
              <td key={c.key} className="table-cell">
                <input
                  type="search"
                  value={p.filters[c.key] ?? ''}
                  aria-label={p.filterLabel(p.label(c.key))}
                  data-testid={`table-filter-${c.key}`}
                  placeholder={c.type === 'int' || c.type === 'double' ? '>=0' : '…'}
                  onChange={(e) => p.onFilter(c.key, e.currentTarget.value)}
                />
              </td>
            ))}
          </tr>
        </thead>
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: a mouse shortcut; each row's first cell holds its button */}
        <tbody className="table-body" style={{ height: v.getTotalSize(), width: total }} onClick={onBodyClick}>
          {v.getVirtualItems().map((item) => {
            const row = p.rows[item.index];
            if (!row) return null;
            const selected = row.id === p.selectedId;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 3}
                aria-current={selected ? 'true' : undefined}
                data-row-index={item.index}
                data-id={row.id}
                data-testid="table-row"
                className={selected ? 'table-row selected' : 'table-row'}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                {p.columns.map((c, ci) => (
                  <td key={c.key} className="table-cell">
                    {ci === 0 ? (
                      <button
                        type="button"
                        className="row-button"
                        data-row-button={item.index}
                        aria-pressed={selected}
                        onKeyDown={(e) => onKey(e, item.index)}
                      >
                        {p.format(row.values[c.key] ?? null, c.key)}
                      </button>
                    ) : (
                      p.format(row.values[c.key] ?? null, c.key)
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
