// `dyad serve`: the read-only JSON API over the event database, on 127.0.0.1 unless told otherwise.
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { serve } from '@hono/node-server';
import { createApp } from '../api/app.js';
import { databasePath, openStore } from '../store/open.js';

interface ServeOptions {
  db?: string;
  port: string;
  host: string;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the event database as a read-only JSON API (OpenAPI description at /openapi.json)')
    .option('--db <path>', 'database file (default: $DYAD_DB, else ./dyad.db)')
    .option('--port <n>', 'port', '8080')
    .option('--host <address>', 'address to bind (default: this machine only)', '127.0.0.1')
    .action((opts: ServeOptions) => {
      const path = databasePath(opts.db);
      if (!existsSync(path)) {
        process.stderr.write(`dyad serve: no database at ${path} (run dyad ingest first, or pass --db)\n`);
        process.exitCode = 2;
        return;
      }
      const port = Number.parseInt(opts.port, 10);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`dyad serve: --port: "${opts.port}" is not a port number\n`);
        process.exitCode = 2;
        return;
      }
      const store = openStore(path, { readOnly: true });
      const server = serve({ fetch: createApp(store).fetch, port, hostname: opts.host }, (info) => {
        process.stderr.write(`dyad serve: ${path} on http://${opts.host}:${info.port}/ (API under /api, description at /openapi.json)\n`);
      });
      const stop = () => {
        server.close();
        store.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
