// A PostgreSQL server for tests: the one $DYAD_TEST_DATABASE_URL names, else a throwaway one started from the installed binaries (initdb into a temp dir as an unprivileged user, a free port), else a reason to skip.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Databases on a server the tests may create and throw away. */
export interface TestPostgres {
  /** Why the PostgreSQL tests cannot run here, or false. */
  skip: string | false;
  /** A new, empty database, as a postgres:// URL. */
  newDatabase(): Promise<string>;
  /** Stops a throwaway server and deletes its files (or drops the databases made on an external server). */
  stop(): Promise<void>;
}

/** The directory of initdb, pg_ctl and postgres: $DYAD_PG_BIN, else Debian's newest /usr/lib/postgresql/N/bin, else pg_config's. */
export function postgresBinDir(): string | null {
  const has = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')) && existsSync(join(dir, 'postgres'));
  const fromEnv = process.env['DYAD_PG_BIN'];
  if (fromEnv) return has(fromEnv) ? fromEnv : null;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const v of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) if (has(join(debian, v, 'bin'))) return join(debian, v, 'bin');
  }
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return has(dir) ? dir : null;
  } catch {
    return null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, the server runs as `nobody`, which must own its directory. */
function asServerUser(): { user: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
  return { user: 'nobody', uid: id('-u'), gid: id('-g') };
}

let counter = 0;
const uniqueName = () => `dyad_test_${process.pid}_${counter++}_${Math.random().toString(36).slice(2, 8)}`;

async function createDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}

/** An external server ($DYAD_TEST_DATABASE_URL): databases are created on it and dropped at the end. */
function external(adminUrl: string): TestPostgres {
  const made: string[] = [];
  return {
    skip: false,
    async newDatabase() {
      const name = uniqueName();
      await createDatabase(adminUrl, name);
      made.push(name);
      return withDatabase(adminUrl, name);
    },
    async stop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      for (const name of made) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Starts a server of its own in a temp dir; every call to stop() or the process's exit removes it. */
async function throwaway(bin: string, extraSettings: readonly string[]): Promise<TestPostgres> {
  const owner = asServerUser();
  const dir = mkdtempSync(join(owner ? '/tmp' : tmpdir(), 'dyad-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  chmodSync(dir, 0o700);
  const run = (program: string, args: string[]) => {
    const [cmd, argv] = owner ? ['runuser', ['-u', owner.user, '--', join(bin, program), ...args]] : [join(bin, program), args];
    const r = spawnSync(cmd as string, argv as string[], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${program} failed (${r.status}): ${r.stderr || r.stdout || r.error?.message}`);
  };
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'dyad', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const port = await freePort();
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -F -c full_page_writes=off -c synchronous_commit=off -c max_connections=200${extraSettings.map((s) => ` -c ${s}`).join('')}`;
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', settings, 'start']);
  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('exit', stopNow);
  const adminUrl = `postgres://dyad@127.0.0.1:${port}/postgres`;
  return {
    skip: false,
    async newDatabase() {
      const name = uniqueName();
      await createDatabase(adminUrl, name);
      return withDatabase(adminUrl, name);
    },
    async stop() {
      stopNow();
    },
  };
}

/**
 * The PostgreSQL the tests of this process use. With neither $DYAD_TEST_DATABASE_URL nor server binaries (Debian's
 * `postgresql` package; `.ci/run` installs it), every PostgreSQL test is skipped with the reason, unless
 * $DYAD_REQUIRE_POSTGRES is set (as in CI); binaries that cannot start a server throw. `settings` (name=value) are
 * passed to a throwaway server (a benchmark's memory settings), not to an external one.
 */
export async function testPostgres(options: { settings?: readonly string[] } = {}): Promise<TestPostgres> {
  const none: TestPostgres = { skip: '', newDatabase: () => Promise.reject(new Error('no PostgreSQL')), stop: async () => {} };
  const url = process.env['DYAD_TEST_DATABASE_URL'];
  if (url) return external(url);
  const bin = postgresBinDir();
  if (!bin) {
    const reason = 'no PostgreSQL server binaries (apt-get install postgresql, or set DYAD_PG_BIN or DYAD_TEST_DATABASE_URL)';
    // CI sets DYAD_REQUIRE_POSTGRES: there a missing server is a failure, not a skip.
    if (process.env['DYAD_REQUIRE_POSTGRES']) throw new Error(reason);
    return { ...none, skip: reason };
  }
  // Binaries that are there but fail to start a server are a failure, not a reason to skip.
  return throwaway(bin, options.settings ?? []);
}
