// The base URL of the server started by global-setup.ts, handed to every e2e file through vitest's provide/inject.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
