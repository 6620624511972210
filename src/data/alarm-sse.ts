/**
 * Incremental parser of a `text/event-stream` body (WHATWG HTML §9.2 "server-sent events"), fed decoded text chunks
 * as they arrive. Used instead of EventSource because the feed is read with fetch: that lets us set Last-Event-ID
 * on our own reconnects, choose the backoff, and test the whole path with msw.
 */
export interface SseEvent {
  /** `event:` field, `message` when absent */
  type: string;
  data: string;
  /** the last `id:` seen so far in the stream (spec: it persists across events) */
  lastEventId: string;
}

export interface SseParser {
  /** feeds decoded text; returns the events completed by it */
  push(chunk: string): SseEvent[];
  /** last event id seen (also updated by events without data) */
  readonly lastEventId: string;
  /** the last `retry:` value, ms, or null */
  readonly retryMs: number | null;
}

export function createSseParser(initialLastEventId = ''): SseParser {
  let buffer = '';
  let skipLeadingLf = false;
  let data: string[] = [];
  let type = '';
  let lastEventId = initialLastEventId;
  let retryMs: number | null = null;

  const line = (text: string, out: SseEvent[]) => {
    if (text === '') {
      // blank line: dispatch; an event without data is dropped, but its id has already been taken (spec)
      if (data.length > 0) out.push({ type: type || 'message', data: data.join('\n'), lastEventId });
      data = [];
      type = '';
      return;
    }
    if (text.startsWith(':')) return; // comment / heartbeat
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') type = value;
    else if (field === 'id' && !value.includes('\0')) lastEventId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) retryMs = Number(value);
  };

  return {
    push(chunk: string): SseEvent[] {
      const out: SseEvent[] = [];
      let text = chunk;
      // a CR ending the previous chunk may be the first half of CRLF
      if (skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
      skipLeadingLf = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const c = buffer[i];
        if (c !== '\n' && c !== '\r') continue;
        line(buffer.slice(start, i), out);
        if (c === '\r') {
          if (i + 1 < buffer.length) {
            if (buffer[i + 1] === '\n') i += 1;
          } else {
            skipLeadingLf = true;
          }
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
      return out;
    },
    get lastEventId() {
      return lastEventId;
    },
    get retryMs() {
      return retryMs;
    },
  };
}
