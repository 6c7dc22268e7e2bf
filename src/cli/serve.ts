// `dyad serve`: the read-only JSON API over the event database, on 127.0.0.1 unless told otherwise.
import { defaulted } from './options.js';
import { Command } from 'commander';
import { serve } from '@hono/node-server';
import { createApp } from '../api/app.js';
import { DEFAULT_GUARD } from '../api/guard.js';
import { describeLocation, missingStore, openStore, storeLocation } from '../store/open.js';
import { StoreUnavailableError, type EventStore } from '../store/model.js';
import { DB_OPTION_HELP } from './store-reader.js';
import { describeRuns, summariseRuns } from '../store/ingest-runs.js';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

/** The dashboard as `npm run build` leaves it. */
export const WEB_DIR = join(projectRoot, 'dist', 'web');

export interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  maxRequestBytes?: string;
  rateLimit?: string;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the dashboard and a read-only JSON API over the event database (OpenAPI description at /openapi.json)')
    .option('--db <path|url>', DB_OPTION_HELP)
    .addOption(defaulted('--port <n>', 'port', 8080))
    .addOption(defaulted('--host <address>', 'address to bind (this machine only)', '127.0.0.1'))
    .addOption(defaulted('--max-request-bytes <n>', 'longest request accepted, URL and body (413 beyond)', DEFAULT_GUARD.maxRequestBytes))
    .addOption(defaulted('--rate-limit <n>', 'requests per minute from one address (429 beyond); 0 for no limit', DEFAULT_GUARD.ratePerMinute))
    .action(async (opts: ServeOptions) => {
      process.exitCode = (await startServer(opts)) ? 0 : 2;
    });
}

/**
 * Opens the database read-only and serves it until SIGINT/SIGTERM; false (with the reason on stderr) when it cannot.
 * A port that cannot be listened on is said on stderr, with exit status 2, and `onFail` called.
 */
export async function startServer(opts: ServeOptions, err: NodeJS.WritableStream = process.stderr, onFail?: () => void): Promise<boolean> {
  const location = storeLocation(opts.db);
  const missing = missingStore(location);
  if (missing) {
    err.write(`dyad serve: ${missing}\n`);
    return false;
  }
  const port = Number.parseInt(opts.port, 10);
  if (!/^\d+$/.test(opts.port) || port > 65535) {
    err.write(`dyad serve: --port: "${opts.port}" is not a port number\n`);
    return false;
  }
  const maxRequestBytes = Number(opts.maxRequestBytes ?? DEFAULT_GUARD.maxRequestBytes);
  const ratePerMinute = Number(opts.rateLimit ?? DEFAULT_GUARD.ratePerMinute);
  if (!Number.isInteger(maxRequestBytes) || maxRequestBytes < 256) {
    err.write(`dyad serve: --max-request-bytes: a whole number of bytes, 256 or more\n`);
    return false;
  }
  if (!Number.isFinite(ratePerMinute) || ratePerMinute < 0) {
    err.write(`dyad serve: --rate-limit: a number of requests per minute, 0 or more\n`);
    return false;
  }
  let store: EventStore;
  try {
    store = await openStore(location, { readOnly: true });
  } catch (e) {
    if (!(e instanceof StoreUnavailableError)) throw e;
    err.write(`dyad serve: ${e.message}\n`);
    return false;
  }
  const coded = describeRuns(summariseRuns(await store.ingestRuns()));
  const server = serve({ fetch: createApp(store, { webDir: WEB_DIR, guard: { maxRequestBytes, ratePerMinute } }).fetch, port, hostname: opts.host }, (info) => {
    err.write(`dyad serve: ${describeLocation(location)} (${coded}) on http://${opts.host}:${info.port}/ (the dashboard; the API under /api, its description at /openapi.json; Ctrl-C stops)\n`);
  });
  server.on('error', (e: NodeJS.ErrnoException) => {
    void store.close();
    if (e.code === 'EADDRINUSE') err.write(`dyad serve: port ${port} on ${opts.host} is already taken (another dyad serve?); choose another with --port, e.g. --port ${port === 65535 ? 8081 : port + 1}\n`);
    else if (e.code === 'EACCES') err.write(`dyad serve: not allowed to listen on port ${port} of ${opts.host}; choose a port above 1023 with --port\n`);
    else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') err.write(`dyad serve: --host: ${opts.host} is not an address of this machine\n`);
    else err.write(`dyad serve: cannot listen on ${opts.host}:${port}: ${e.message}\n`);
    process.exitCode = 2;
    onFail?.();
  });
  const stop = () => {
    server.close();
    void store.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return true;
}
