import { describe, expect, it } from 'vitest';
import { createSseParser } from '../../src/data/alarm-sse';

describe('createSseParser (text/event-stream)', () => {
  it('dispatches an event on the blank line, with its type, data and id', () => {
    const p = createSseParser();
    expect(p.push('event: alarm\nid: 7\ndata: {"a":1}\n')).toEqual([]);
    expect(p.push('\n')).toEqual([{ type: 'alarm', data: '{"a":1}', lastEventId: '7' }]);
    expect(p.lastEventId).toBe('7');
  });

  it('joins multi-line data with \\n and defaults the type to message', () => {
    const p = createSseParser();
    expect(p.push('data: one\ndata:two\n\n')).toEqual([{ type: 'message', data: 'one\ntwo', lastEventId: '' }]);
  });

  it('reassembles lines split across chunks, including a CRLF split between chunks', () => {
    const p = createSseParser();
    const out = [...p.push('da'), ...p.push('ta: x\r'), ...p.push('\nid: 1'), ...p.push('2\r\n\r\n')];
    expect(out).toEqual([{ type: 'message', data: 'x', lastEventId: '12' }]);
  });

  it('accepts lone CR line endings', () => {
    const p = createSseParser();
    expect(p.push('data: a\r\rdata: b\r\r')).toEqual([
      { type: 'message', data: 'a', lastEventId: '' },
      { type: 'message', data: 'b', lastEventId: '' },
    ]);
  });

  it('ignores comments (heartbeats) and unknown fields; keeps the id for later events', () => {
    const p = createSseParser('5');
    expect(p.push(': keep-alive\n\nfoo: bar\nid: 6\n\n')).toEqual([]);
    expect(p.lastEventId).toBe('6');
    expect(p.push('data: z\n\n')).toEqual([{ type: 'message', data: 'z', lastEventId: '6' }]);
  });

  it('reads retry only when it is all digits', () => {
    const p = createSseParser();
    p.push('retry: 2500\n\n');
    expect(p.retryMs).toBe(2500);
    p.push('retry: 1s\n\n');
    expect(p.retryMs).toBe(2500);
  });
});
