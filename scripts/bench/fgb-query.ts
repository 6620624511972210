import { readFgbUrl } from '../../src/data/fgb/read-fgb-url';
import type { Rect } from '../../src/data/fgb/types';
import { serveFile } from './range-server';
import { median } from './report';

export interface QueryReading {
  ms: number;
  features: number;
  requests: number;
  bytes: number;
}

/** Median time of reading `path` over HTTP, by `rect` (R-tree + Range requests) or whole (one streamed GET). */
export async function timeFgbRead(path: string, rect: Rect | undefined, runs: number): Promise<QueryReading> {
  const server = await serveFile(path);
  // flatgeobuf's R-tree search logs every step with console.debug
  const debug = console.debug;
  console.debug = () => {};
  try {
    const times: number[] = [];
    let last = { features: 0, requests: 0, bytes: 0 };
    for (let i = 0; i < runs; i++) {
      server.stats.requests = 0;
      server.stats.bytes = 0;
      const t0 = performance.now();
      let features = 0;
      for await (const _ of readFgbUrl(server.url, rect)) features++;
      times.push(performance.now() - t0);
      last = { features, requests: server.stats.requests, bytes: server.stats.bytes };
    }
    return { ms: median(times), ...last };
  } finally {
    console.debug = debug;
    await server.close();
  }
}
