import type { MessagePort, Worker } from 'node:worker_threads';
import type { Endpoint } from 'comlink';

/**
 * comlink's Endpoint over a node worker_threads Worker or parentPort: the same few lines as comlink's own
 * node-adapter (shipped only as UMD), so the data worker's API can be called through comlink in node tests.
 */
export function nodeEndpoint(nep: Worker | MessagePort): Endpoint {
  const listeners = new WeakMap<object, (data: unknown) => void>();
  return {
    postMessage: (message: unknown, transfer?: Transferable[]) =>
      nep.postMessage(message, transfer as Parameters<MessagePort['postMessage']>[1]),
    addEventListener: (_: string, eh: EventListenerOrEventListenerObject) => {
      const l = (data: unknown) => {
        if ('handleEvent' in eh) eh.handleEvent({ data } as MessageEvent);
        else eh({ data } as MessageEvent);
      };
      nep.on('message', l);
      listeners.set(eh, l);
    },
    removeEventListener: (_: string, eh: EventListenerOrEventListenerObject) => {
      const l = listeners.get(eh);
      if (!l) return;
      nep.off('message', l);
      listeners.delete(eh);
    },
    start: () => {},
  };
}
