import { describe, expect, it, vi } from 'vitest';
import type { CommonProps } from '../../src/domain/feature-props';
import { finishRow } from '../../src/domain/layers/finish-row';
import { readCommon, withCommonColumns } from '../../src/domain/ledger/common-columns';
import { RowReader } from '../../src/domain/ledger/row-reader';

interface TestProps extends CommonProps {
  size: number;
}

const COLUMNS = withCommonColumns([{ key: 'size', zh: '大小', required: false }]);

function parse(raw: Record<string, string>, rejectInBuild = false) {
  const r = new RowReader(raw, COLUMNS);
  const common = readCommon(r);
  const size = r.number('size', { min: 0 });
  const build = vi.fn((size: number) => {
    if (rejectInBuild) {
      r.issue('size', 'no rule');
      return null;
    }
    return { size, riskLevel: null, gradeBasis: `size ${size}` };
  });
  return { result: finishRow<TestProps, [number | null]>(r, common, [size], build), build };
}

describe('finishRow', () => {
  it('puts the common columns first, then what build returns from the narrowed values', () => {
    const { result } = parse({ id: 'X-1', name: '甲', size: '3', adcode: '430602' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.props).toEqual({
      id: 'X-1',
      name: '甲',
      adcode: '430602',
      status: null,
      source: null,
      updated: null,
      contact: null,
      phone: null,
      size: 3,
      riskLevel: null,
      gradeBasis: 'size 3',
    });
    expect(Object.keys(result.props).slice(0, 2)).toEqual(['id', 'name']);
  });

  it('rejects with every issue of the row, in reading order, without building', () => {
    const { result, build } = parse({ id: '', name: '', size: '-1' });
    expect(result).toEqual({
      ok: false,
      issues: [
        { column: 'id', reason: '编号为空 (id is required)' },
        { column: 'name', reason: '名称为空 (name is required)' },
        { column: 'size', reason: '大小不能为负数: "-1" (size must not be negative)' },
      ],
    });
    expect(build).not.toHaveBeenCalled();
  });

  it('rejects a row missing a needed value even when it has no issue', () => {
    const { result, build } = parse({ id: 'X-1', name: '甲' });
    expect(result).toEqual({ ok: false, issues: [] });
    expect(build).not.toHaveBeenCalled();
  });

  it('lets build reject the row with an issue of its own', () => {
    const { result } = parse({ id: 'X-1', name: '甲', size: '3' }, true);
    expect(result).toEqual({ ok: false, issues: [{ column: 'size', reason: 'no rule' }] });
  });
});
