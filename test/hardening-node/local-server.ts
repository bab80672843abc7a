/**
 * A real HTTP server on 127.0.0.1 (random port) whose routes misbehave on purpose: the store's
 * fault handling is tested against real sockets, real headers and real undici `fetch`, not a stub.
 * Every request is logged with its arrival time, so tests can count tries and measure backoff gaps.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Answers one request; `count` is how many requests this path has had, this one included (from 1). */
export type Route = (request: IncomingMessage, response: ServerResponse, count: number) => void | Promise<void>;

export interface LoggedRequest {
  path: string;
  at: number;
  headers: IncomingMessage['headers'];
}

export interface LocalServer {
  origin: string;
  url(path: string): string;
  /** Sets (or replaces) what `path` answers from now on. */
  route(path: string, handler: Route): void;
  requests: LoggedRequest[];
  requestsTo(path: string): LoggedRequest[];
  /** Milliseconds between consecutive requests to `path`. */
  gapsBetween(path: string): number[];
  close(): Promise<void>;
}

export async function startLocalServer(): Promise<LocalServer> {
  const routes = new Map<string, Route>();
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ path, at: performance.now(), headers: request.headers });
    const count = requests.filter((logged) => logged.path === path).length;
    const handler = routes.get(path);
    if (!handler) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`No route ${path}`);
      return;
    }
    Promise.resolve(handler(request, response, count)).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500).end(String(error));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const requestsTo = (path: string) => requests.filter((logged) => logged.path === path);
  return {
    origin,
    url: (path) => origin + path,
    route: (path, handler) => void routes.set(path, handler),
    requests,
    requestsTo,
    gapsBetween: (path) => {
      const times = requestsTo(path).map((logged) => logged.at);
      return times.slice(1).map((time, index) => time - times[index]!);
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Hanging routes never end their responses; destroy their sockets so close() can finish.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Answers `body` as JSON with status 200 (and any extra headers). */
export function json(body: unknown, headers: Record<string, string> = {}): Route {
  return (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
  };
}

/** Answers `status` with a short plain-text body. */
export function status(code: number, headers: Record<string, string> = {}): Route {
  return (_request, response) => {
    response.writeHead(code, { 'Content-Type': 'text/plain', ...headers }).end(`Simulated ${code}`);
  };
}

/** Never answers: headers never come, like a server stuck behind a full queue. */
export const silent: Route = () => new Promise<void>(() => undefined);

/** The first `failures` requests get `failing`, the rest `healthy`. */
export function failFirst(failures: number, failing: Route, healthy: Route): Route {
  return (request, response, count) => (count <= failures ? failing : healthy)(request, response, count);
}

/** A small valid Learning Feed with one dated opportunity per name. */
export function feedDocument(id: string, names: string[]): Record<string, unknown> {
  return {
    version: '1.0',
    id,
    name: `Feed ${id}`,
    timeZone: 'Europe/London',
    opportunities: names.map((name, index) => ({ id: `item-${index}`, name, startDate: '2026-12-01T18:00' })),
  };
}

export const sleepMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
