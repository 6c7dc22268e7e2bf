// End-to-end: the dashboard in Debian's Chromium over a demo database — every view renders data, filters live in the
// URL, the article view highlights the words of an event, and untrusted article text never runs as code.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
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
import { createApp } from '../../src/api/app.js';
import { WEB_DIR } from '../../src/cli/serve.js';
import type { EventStore } from '../../src/store/model.js';

const CHROMIUM = process.env['DYAD_CHROMIUM'] ?? '/usr/bin/chromium';
const skip = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)` : !existsSync(join(WEB_DIR, 'index.html')) ? 'dashboard not built' : false;
const SHOTS = process.env['DYAD_SCREENSHOTS'] ? join(projectRoot, 'docs', 'screenshots') : null;

let browser: Browser;
let server: ServerType;
let store: EventStore;
let base = '';
let referenceId = '';
let hostileId = '';

const HOSTILE = `date 2024-04-22
title <b onmouseover="window.__xss = 'title'">Hostile</b> page

Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh in Ankara on Monday. <script>window.__xss = 'script'</script>
Officials said <img src=x onerror="window.__xss = 'img'"> nothing more.
`;

before(async () => {
  if (skip) return;
  const dir = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
  const db = join(dir, 'demo.db');
  writeFileSync(join(dir, 'hostile.txt'), HOSTILE);
  const quiet = new Writable({ write(_c, _e, done) { done(); } });
  await runIngest([join(projectRoot, 'data', 'sample'), join(dir, 'hostile.txt')], { db, batch: '100', progress: false }, quiet);
  store = openSqliteStore(db, { readOnly: true });
  referenceId = (await store.query({ place: 'Istanbul', source: 'TURGOV', modality: 'asserted' }))[0]!.article_id;
  hostileId = (await store.query({ place: 'Ankara', source: 'TURGOV', modality: 'asserted' })).find((e) => e.date === '2024-04-22')!.article_id;
  server = serve({ fetch: createApp(store, { webDir: WEB_DIR }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  if (skip) return;
  await browser?.close();
  server?.close();
  await store?.close();
});

async function open(hash: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  // No request may leave the machine: the dashboard is offline.
  await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
  await page.goto(`${base}/${hash}`);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

test('overview: events per period stacked by QuadClass, top actors and dyads', { skip }, async () => {
  const page = await open('#/overview');
  await page.waitForSelector('svg.timeline rect');
  assert.ok((await page.locator('svg.timeline rect').count()) > 5);
  assert.ok((await page.locator('table.top-actors tr').count()) > 3);
  assert.ok((await page.locator('table.top-dyads tr').count()) > 3);
  await shot(page, 'overview');
  await page.close();
});

test('filters live in the URL: applying "country TUR" on the events view shows only events with a Turkish actor', { skip }, async () => {
  const page = await open('#/events');
  await page.waitForSelector('table.events tbody tr');
  await page.fill('input[name=country]', 'TUR');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => window.location.hash.includes('country=TUR'));
  await page.waitForSelector('table.events tbody tr');
  const rows = await page.locator('table.events tbody tr').allInnerTexts();
  assert.ok(rows.length > 0);
  for (const r of rows) assert.match(r, /TUR/);
  const again = await open(`#/events?country=TUR`);
  assert.equal(await again.inputValue('input[name=country]'), 'TUR');
  await shot(page, 'events');
  await page.close();
  await again.close();
});

test('network: actors and dyads drawn; a click on an edge lists its events', { skip }, async () => {
  const page = await open('#/network');
  await page.waitForSelector('svg.network line.edge');
  assert.ok((await page.locator('svg.network g.node').count()) > 3);
  await page.locator('svg.network line.edge').first().dispatchEvent('click');
  await page.waitForSelector('.edge-events table.events tbody tr');
  await shot(page, 'network');
  await page.close();
});

test('map: located events drawn on the offline world map', { skip }, async () => {
  const page = await open('#/map');
  await page.waitForSelector('svg.map circle.cluster');
  assert.ok((await page.locator('svg.map .land path').count()) > 100);
  assert.ok((await page.locator('svg.map circle.cluster').count()) > 3);
  await shot(page, 'map');
  await page.close();
});

test('article view: the reference article highlights "meeting", "Erdogan" and "Haniyeh" for the Istanbul meeting', { skip }, async () => {
  const meeting = (await store.eventsOfArticle(referenceId)).find((e) => e.location?.name === 'Istanbul' && e.source.code === 'TURGOV' && e.cameo.startsWith('04'))!;
  const page = await open(`#/article/${encodeURIComponent(referenceId)}?event=${meeting.id}`);
  await page.waitForSelector('mark.hl-trigger');
  assert.match(await page.locator('mark.hl-trigger').innerText(), /meeting/);
  assert.match(await page.locator('mark.hl-source').innerText(), /Erdogan/);
  assert.match(await page.locator('mark.hl-target').innerText(), /Haniyeh/);
  assert.match(await page.locator('mark.hl-location').innerText(), /Istanbul/);
  assert.match(await page.locator('.article-events li.selected').innerText(), /TURGOV.*04\d.*PSEREBHMS/s);
  await shot(page, 'article');
  await page.close();
});

test('untrusted text is text: an article with <script> and <img onerror> runs none of it', { skip }, async () => {
  const page = await open(`#/article/${encodeURIComponent(hostileId)}`);
  await page.waitForSelector('.article-text');
  assert.match(await page.locator('.article-text').innerText(), /<script>window.__xss = 'script'<\/script>/);
  assert.equal(await page.locator('.article-text script, .article-text img, .article-title b').count(), 0);
  assert.match(await page.locator('.article-title').innerText(), /<b onmouseover=/);
  await page.locator('.article-title').hover();
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null), null);
  await page.close();
});
