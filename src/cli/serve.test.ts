// `dyad serve` as a user meets it: a taken port is said plainly, and the help prints each default once, as typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { serveCommand, startServer } from './serve.js';

test('a port already taken is named, with --port suggested, and exit status 2 — no EADDRINUSE stack', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'dyad-serve-')), 'x.db');
  openSqliteStore(db).close();
  const busy = createServer();
  await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
  const port = (busy.address() as AddressInfo).port;
  let said = '';
  const err = new Writable({ write(c, _e, done) { said += String(c); done(); } });
  const before = process.exitCode;
  await new Promise<void>((resolve) => {
    void startServer({ db, port: String(port), host: '127.0.0.1' }, err, resolve).then((started) => assert.ok(started));
  });
  busy.close();
  assert.match(said, new RegExp(`port ${port} on 127.0.0.1 is already taken.*--port`));
  assert.doesNotMatch(said, /EADDRINUSE|at /);
  assert.equal(process.exitCode, 2);
  process.exitCode = before;
});

test('serve --help prints each default once, numbers as numbers', () => {
  const help = serveCommand().helpInformation();
  assert.match(help, /--port <n>\s+port \(default: 8080\)/);
  assert.equal(help.match(/default:/g)!.length - (help.includes('$DYAD_DB') ? 1 : 0), 4);
  assert.doesNotMatch(help, /default: "/);
});
