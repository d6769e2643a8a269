export interface StaticServer {
  /** The server's address, ending in `/`, like `http://127.0.0.1:4173/`. */
  url: string;
  /** Stops the server, closing open connections. */
  close(): Promise<void>;
}

/**
 * Serves `root` as a static host would (`/a/` serves `a/index.html`, `/a` redirects to `/a/`,
 * anything else is `404.html` with status 404) on `host:port`; port 0 picks a free one.
 * `cacheControl` is the `cache-control` header of every answer. Default: `no-cache`.
 * `redirects` maps exact paths to where they have moved, answered with a 301. Default: none.
 */
export declare function startStaticServer(options: {
  root: string;
  host?: string;
  port?: number;
  cacheControl?: string;
  redirects?: Readonly<Record<string, string>>;
}): Promise<StaticServer>;
