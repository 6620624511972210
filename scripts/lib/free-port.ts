import { createServer } from 'node:net';

/**
 * A free TCP port on 127.0.0.1: the OS picks one, and it is released for the caller's server (a small race between
 * the two, acceptable on a test or bench machine).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}
