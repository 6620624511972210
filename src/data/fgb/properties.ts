import type { GeoJsonProperties } from 'geojson';
import type { FgbColumn } from './types';

const encoder = new TextEncoder();

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Growable little-endian byte sink; properties rarely exceed a few hundred bytes. */
class ByteSink {
  private bytes = new Uint8Array(256);
  private view = new DataView(this.bytes.buffer);
  private length = 0;

  /** Makes room for n bytes and returns their offset; call before reading `view`, which it may replace. */
  private reserve(n: number): number {
    const at = this.length;
    if (at + n > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, at + n));
      grown.set(this.bytes);
      this.bytes = grown;
      this.view = new DataView(grown.buffer);
    }
    this.length += n;
    return at;
  }

  u8(v: number): void {
    const at = this.reserve(1);
    this.view.setUint8(at, v);
  }
  u16(v: number): void {
    const at = this.reserve(2);
    this.view.setUint16(at, v, true);
  }
  i32(v: number): void {
    const at = this.reserve(4);
    this.view.setInt32(at, v, true);
  }
  u32(v: number): void {
    const at = this.reserve(4);
    this.view.setUint32(at, v, true);
  }
  f64(v: number): void {
    const at = this.reserve(8);
    this.view.setFloat64(at, v, true);
  }
  raw(v: Uint8Array): void {
    const at = this.reserve(v.length);
    this.bytes.set(v, at);
  }

  toBytes(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Checks column specs once per file: FlatGeobuf addresses columns by uint16 index. */
export function validateColumns(columns: readonly FgbColumn[]): void {
  if (columns.length > 0xffff) throw new Error(`too many columns (${columns.length}); FlatGeobuf allows 65535`);
  const seen = new Set<string>();
  for (const c of columns) {
    if (!c.key) throw new Error('column key must not be empty');
    if (seen.has(c.key)) throw new Error(`duplicate column key "${c.key}"`);
    seen.add(c.key);
  }
}

/**
 * Encodes properties per the FlatGeobuf spec: for each column in header order whose value is
 * present, its uint16 index then the value (bool u8, int i32, double f64, string u32 length +
 * UTF-8). null/undefined are omitted. Keys that are not columns are ignored on purpose, so a
 * caller can write a public subset of columns from full records.
 */
export function encodeProperties(props: GeoJsonProperties, columns: readonly FgbColumn[], where: string): Uint8Array {
  const sink = new ByteSink();
  columns.forEach((column, index) => {
    const value: unknown = props?.[column.key];
    if (value === null || value === undefined) {
      if (!column.nullable) throw new Error(`${where}: column "${column.key}" is not nullable but has no value`);
      return;
    }
    const bad = () =>
      new Error(`${where}: column "${column.key}" (${column.type}) cannot hold ${JSON.stringify(value)}`);
    sink.u16(index);
    switch (column.type) {
      case 'bool':
        if (typeof value !== 'boolean') throw bad();
        sink.u8(value ? 1 : 0);
        break;
      case 'int':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < INT32_MIN || value > INT32_MAX)
          throw bad();
        sink.i32(value);
        break;
      case 'double':
        if (typeof value !== 'number') throw bad();
        sink.f64(value);
        break;
      case 'string': {
        if (typeof value !== 'string') throw bad();
        const utf8 = encoder.encode(value);
        sink.u32(utf8.length);
        sink.raw(utf8);
        break;
      }
    }
  });
  return sink.toBytes();
}
