// Worker threads do not inherit vitest's TypeScript transform: register tsx, then load the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./data-worker-node.ts');
