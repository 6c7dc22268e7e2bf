// End-to-end: the dashboard in Debian's Chromium over a demo database — every view renders data, filters live in the
// URL, the article view highlights the words of an event, and untrusted article text never runs as code.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { skip, startDashboard, type Dashboard } from './harness.js';
import { defaultMinConfidence } from '../../src/cli/options.js';
import { VERSION } from '../../src/version.js';

let dash: Dashboard;
let referenceId = '';
let hostileId = '';

const HOSTILE = `date 2024-04-22
title <b onmouseover="window.__xss = 'title'">Hostile</b> page

Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh in Ankara on Monday. <script>window.__xss = 'script'</script>
Officials said <img src=x onerror="window.__xss = 'img'"> nothing more.
`;

before(async () => {
  if (skip) return;
  dash = await startDashboard({ 'hostile.txt': HOSTILE });
  referenceId = (await dash.store.query({ place: 'Istanbul', source: 'TURGOV', modality: 'asserted' }))[0]!.article_id;
  hostileId = (await dash.store.query({ place: 'Ankara', source: 'TURGOV', modality: 'asserted' })).find((e) => e.date === '2024-04-22')!.article_id;
});

after(async () => {
  if (skip) return;
  await dash?.close();
});

const open = (hash: string): Promise<Page> => dash.open(hash);
const shot = (page: Page, name: string): Promise<void> => dash.shot(page, name);

test('overview: events per period stacked by QuadClass, top actors and dyads', { skip }, async () => {
  const page = await open('#/overview');
  await page.waitForSelector('svg.timeline rect');
  assert.ok((await page.locator('svg.timeline rect').count()) > 5);
  assert.ok((await page.locator('table.top-actors tr').count()) > 3);
  assert.ok((await page.locator('table.top-dyads tr').count()) > 3);
  await shot(page, 'overview');
  await page.close();
});

test('the dashboard says that it shows only events at or above the threshold the database was ingested with, and by which dyad', { skip }, async () => {
  const page = await open('#/events');
  const note = await page.waitForSelector('.confidence-note');
  assert.match(await note.innerText(), new RegExp(`confidence model rates at ${defaultMinConfidence()} or above \\(the threshold they were ingested with, by dyad ${VERSION.replaceAll('.', '\\.')}\\)`));
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
  assert.ok((await page.locator('svg.network a.node').count()) > 3);
  await page.locator('svg.network line.edge').first().dispatchEvent('click');
  await page.waitForSelector('.edge-events table.events tbody tr');
  await page.close();
});

test('map: located events drawn on the offline world map', { skip }, async () => {
  const page = await open('#/map');
  await page.waitForSelector('svg.map circle.cluster');
  assert.ok((await page.locator('svg.map .land path').count()) > 100);
  assert.ok((await page.locator('svg.map circle.cluster').count()) > 3);
  await page.close();
});

test('article view: the reference article highlights "meeting", "Erdogan" and "Haniyeh" for the Istanbul meeting', { skip }, async () => {
  const meeting = (await dash.store.eventsOfArticle(referenceId)).find((e) => e.location?.name === 'Istanbul' && e.source.code === 'TURGOV' && e.cameo.startsWith('04'))!;
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
