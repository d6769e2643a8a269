// The package ships no types; this is the one function the tests call.
declare module 'react-server-dom-webpack/server' {
  import type { ReactNode } from 'react';

  export function renderToReadableStream(
    model: ReactNode,
    bundlerConfig: unknown,
    options?: { onError?: (error: unknown) => void },
  ): ReadableStream<Uint8Array>;
}
