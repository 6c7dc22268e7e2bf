// What the browser tests share: a demo database of the bundled sample (and a hostile article), the API and dashboard
// served on a free port, Debian's Chromium driven by playwright-core with every request off the machine refused.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../src/paths.js';
import { runIngest } from '../../src/cli/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { defaultMinConfidence } from '../../src/cli/options.js';
import { createApp } from '../../src/api/app.js';
import { WEB_DIR } from '../../src/cli/serve.js';
import type { EventStore } from '../../src/store/model.js';

const CHROMIUM = process.env['DYAD_CHROMIUM'] ?? '/usr/bin/chromium';
export const skip: string | false = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)` : !existsSync(join(WEB_DIR, 'index.html')) ? 'dashboard not built' : false;
const SHOTS = process.env['DYAD_SCREENSHOTS'] ? join(projectRoot, 'docs', 'screenshots') : null;

export interface Dashboard {
  store: EventStore;
  base: string;
  open(hash: string): Promise<Page>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** Ingests the sample (plus `extra` files, name → text) and serves it; `open` gives a page at a hash of the dashboard. */
export async function startDashboard(extra: Record<string, string> = {}): Promise<Dashboard> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
  const db = join(dir, 'demo.db');
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  const quiet = new Writable({ write(_c, _e, done) { done(); } });
  // As `dyad demo` does: events at or above the confidence model's threshold, which the store records and the dashboard states.
  await runIngest([join(projectRoot, 'data', 'sample'), ...Object.keys(extra).map((n) => join(dir, n))], { db, batch: '100', progress: false, minConfidence: String(defaultMinConfidence()) }, quiet);
  const store = openSqliteStore(db, { readOnly: true });
  const server: ServerType = serve({ fetch: createApp(store, { webDir: WEB_DIR }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  return {
    store,
    base,
    async open(hash: string) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
      // No request may leave the machine: the dashboard is offline.
      await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
      await page.goto(`${base}/${hash}`);
      return page;
    },
    async shot(page: Page, name: string) {
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
    },
    async close() {
      await browser.close();
      server.close();
      await store.close();
    },
  };
}

/** The hash part of a page's URL, decoded into its parameters. */
export async function hashParams(page: Page): Promise<URLSearchParams> {
  const hash = await page.evaluate(() => window.location.hash);
  return new URLSearchParams(hash.split('?')[1] ?? '');
}
