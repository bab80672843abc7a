export interface StaticServer {
  /** Base URL, ending with "/". */
  url: string;
  /** Every path asked for, with the status it got. */
  requests: Array<{ path: string; status: number }>;
  close(): Promise<void>;
}

/** Serves `root` (a directory) on 127.0.0.1 at a random free port. */
export function serveStatic(root: string): Promise<StaticServer>;
