import type { ColumnSpec, LedgerColumn } from '../layer-def';
import type { RowReader } from './row-reader';

/** Columns every layer has (data-contract.md), minus 经度/纬度/坐标系/几何 which the build reads. */
export const COMMON_LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { key: 'id', zh: '编号', required: true },
  { key: 'name', zh: '名称', required: true },
  { key: 'adcode', zh: '行政区划代码', required: false },
  { key: 'status', zh: '状态', required: false },
  { key: 'source', zh: '数据来源', required: false },
  { key: 'updated', zh: '更新日期', required: false },
  { key: 'contact', zh: '联系人', required: false },
  { key: 'phone', zh: '联系电话', required: false },
];

/** Location columns read by the build itself, listed so it can match their headers the same way. */
export const GEOMETRY_LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { key: 'lon', zh: '经度', required: false },
  { key: 'lat', zh: '纬度', required: false },
  { key: 'crs', zh: '坐标系', required: false },
  { key: 'geometry', zh: '几何', required: false },
];

/** Common columns followed by the layer's own; `statusRequired` makes 状态 mandatory for the layer. */
export function withCommonColumns(own: readonly LedgerColumn[], statusRequired = false): LedgerColumn[] {
  const common = COMMON_LEDGER_COLUMNS.map((c) => (c.key === 'status' ? { ...c, required: statusRequired } : c));
  return [...common, ...own];
}

export const COMMON_HEAD_OUTPUT: readonly ColumnSpec[] = [
  { key: 'id', type: 'string', nullable: false },
  { key: 'name', type: 'string', nullable: false },
];

/** Output columns after the layer's own: provenance, level, basis and the internal ones. */
export function commonTailOutput(riskLevelNullable: boolean): ColumnSpec[] {
  return [
    { key: 'riskLevel', type: 'string', nullable: riskLevelNullable },
    { key: 'gradeBasis', type: 'string', nullable: false },
    { key: 'adcode', type: 'string', nullable: true },
    { key: 'status', type: 'string', nullable: true },
    { key: 'source', type: 'string', nullable: true },
    { key: 'updated', type: 'string', nullable: true },
    { key: 'contact', type: 'string', nullable: true },
    { key: 'phone', type: 'string', nullable: true },
    { key: 'extra', type: 'string', nullable: false },
  ];
}

export interface CommonValues {
  id: string | null;
  name: string | null;
  adcode: string | null;
  status: string | null;
  source: string | null;
  updated: string | null;
  contact: string | null;
  phone: string | null;
}

/** Reads the common columns; `statuses` is the layer's 状态 enumeration (free text when absent). */
export function readCommon(r: RowReader, statuses?: readonly string[]): CommonValues {
  return {
    id: r.text('id'),
    name: r.text('name'),
    adcode: r.adcode('adcode'),
    status: statuses ? r.oneOf('status', statuses) : r.text('status'),
    source: r.text('source'),
    updated: r.date('updated'),
    contact: r.text('contact'),
    phone: r.text('phone'),
  };
}

/** Narrows common values once the row is known to be valid (id and name are required). */
export function commonProps(c: CommonValues) {
  return {
    id: c.id ?? '',
    name: c.name ?? '',
    adcode: c.adcode,
    status: c.status,
    source: c.source,
    updated: c.updated,
    contact: c.contact,
    phone: c.phone,
  };
}
