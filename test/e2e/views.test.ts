// End-to-end, one interaction each: the time brush, buckets, the dyad and actor views, the network's and the map's
// controls, state in the URL, downloads, keyboard use and an axe-core accessibility check of every view.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { hashParams, skip, startDashboard, type Dashboard } from './harness.js';
import { isoCountryCodes } from './countries.js';

let dash: Dashboard;
before(async () => {
  if (!skip) dash = await startDashboard();
});
after(async () => {
  if (!skip) await dash?.close();
});

const viewBox = (page: Page, selector: string) => page.locator(selector).getAttribute('viewBox');

test('brush: dragging across the time strip sets From and To, and the events view then holds only that range', { skip }, async () => {
  const page = await dash.open('#/overview');
  const overlay = page.locator('.time-brush .brush-overlay');
  await overlay.waitFor();
  const box = (await overlay.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => window.location.hash.includes('from='));
  const params = await hashParams(page);
  const [from, to] = [params.get('from')!, params.get('to')!];
  assert.ok(from < to, `${from} … ${to}`);
  await page.click('header nav a:text("Events")');
  await page.waitForSelector('table.events tbody tr');
  for (const date of await page.locator('table.events tbody td:first-child').allInnerTexts()) assert.ok(date >= from && date <= to, date);
  await page.close();
});

test('buckets: choosing "year" draws one bar group per year, labelled by year', { skip }, async () => {
  const page = await dash.open('#/overview');
  await page.click('.period-picker button:text("year")');
  await page.waitForFunction(() => window.location.hash.includes('period=year'));
  const labels = await page.locator('main svg.timeline .x-axis text').allTextContents();
  assert.ok(labels.length >= 2);
  for (const l of labels) assert.match(l, /^\d{4}$/);
  await page.close();
});

test('dyad view: USA and IRN both ways — counts, charts, CAMEO roots and the events with their words marked', { skip }, async () => {
  const page = await dash.open('#/dyad');
  await page.fill('input[name=a]', 'usa');
  await page.fill('input[name=b]', 'IRN');
  await page.click('.dyad-form button[type=submit]');
  await page.waitForSelector('table.dyad-summary');
  const params = await hashParams(page);
  assert.deepEqual([params.get('a'), params.get('b')], ['USA', 'IRN']);
  const rows = await page.locator('table.dyad-summary tbody tr').allInnerTexts();
  assert.match(rows[0]!, /USA → IRN\s+\d+/);
  assert.match(rows[1]!, /IRN → USA\s+\d+/);
  assert.ok((await page.locator('.dyad-ab svg.timeline rect[fill]').count()) > 0);
  assert.ok((await page.locator('table.root-bars tbody tr').count()) > 0);
  assert.ok((await page.locator('table.events .evidence mark.hl-trigger').count()) > 0);
  for (const r of await page.locator('table.events tbody tr').allInnerTexts()) assert.match(r, /(USA|IRN)[\s\S]*(USA|IRN)/);
  await dash.shot(page, 'dyad');
  await page.close();
});

test('actor view: Turkey\'s partners both ways, its codes and its trend', { skip }, async () => {
  const page = await dash.open('#/actor/TUR');
  await page.waitForSelector('table.partners tbody tr');
  assert.ok((await page.locator('table.partners tbody tr').count()) > 3);
  assert.ok((await page.locator('table.actor-codes a:text-is("TURGOV")').count()) === 1);
  assert.ok((await page.locator('svg.timeline rect[fill]').count()) > 0);
  await page.click('table.partners a:text("both ways") >> nth=0');
  await page.waitForFunction(() => window.location.hash.startsWith('#/dyad') && window.location.hash.includes('a=TUR'));
  await dash.shot(page, 'actor');
  await page.close();
});

test('network: no hub of unknown doers, no agent code drawn as a country, and every node inside the frame', { skip }, async () => {
  const page = await dash.open('#/network');
  await page.waitForSelector('svg.network a.node');
  const codes = await page.locator('svg.network a.node').evaluateAll((els) => els.map((e) => e.getAttribute('data-node') ?? ''));
  const countries = isoCountryCodes();
  for (const c of codes) assert.ok(countries.has(c), `node ${c}`);
  assert.match(await page.locator('.network-apart').innerText(), /unknown/);
  const inside = await page.locator('svg.network').evaluate((svg: SVGSVGElement) => {
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('a.node')].every((n) => {
      const r = n.getBoundingClientRect();
      return r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
    });
  });
  assert.ok(inside);
  await page.locator('svg.network').scrollIntoViewIfNeeded();
  await dash.shot(page, 'network');
  await page.close();
});

test('network: zoom with the button and the keyboard, pan by dragging', { skip }, async () => {
  const page = await dash.open('#/network');
  await page.waitForSelector('svg.network a.node');
  const start = await viewBox(page, 'svg.network');
  await page.click('button[aria-label="Zoom in"]');
  const zoomed = await viewBox(page, 'svg.network');
  assert.notEqual(zoomed, start);
  await page.focus('svg.network');
  await page.keyboard.press('-');
  assert.notEqual(await viewBox(page, 'svg.network'), zoomed);
  const bg = (await page.locator('svg.network .pane-background').boundingBox())!;
  const before = await viewBox(page, 'svg.network');
  await page.mouse.move(bg.x + 20, bg.y + 20);
  await page.mouse.down();
  await page.mouse.move(bg.x + 120, bg.y + 60, { steps: 4 });
  await page.mouse.up();
  assert.notEqual(await viewBox(page, 'svg.network'), before);
  await page.close();
});

test('network: the QuadClass buttons filter the edges, and the legend explains width and colour', { skip }, async () => {
  const page = await dash.open('#/network');
  await page.waitForSelector('svg.network line.edge');
  const all = await page.locator('svg.network line.edge').count();
  await page.click('.network-controls button:text("Material conflict")');
  await page.waitForFunction(() => window.location.hash.includes('quad=4'));
  await page.waitForSelector('svg.network line.edge');
  assert.ok((await page.locator('svg.network line.edge').count()) < all);
  assert.match(await page.locator('.network-legend').innerText(), /mean Goldstein[\s\S]*events/);
  await page.close();
});

test('network: an edge chosen with the keyboard lists its events both ways, and the choice is in the URL', { skip }, async () => {
  const page = await dash.open('#/network');
  await page.waitForSelector('svg.network line.edge');
  await page.locator('svg.network line.edge').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.edge-events table.events tbody tr');
  const edge = (await hashParams(page)).get('edge')!;
  const again = await dash.open(`#/network?edge=${encodeURIComponent(edge)}`);
  await again.waitForSelector('.edge-events table.events tbody tr');
  await page.close();
  await again.close();
});

test('map: every located event of the filter, clustered, coloured by QuadClass; a cluster lists its events', { skip }, async () => {
  const page = await dash.open('#/map');
  await page.waitForSelector('svg.map circle.cluster');
  const located = (await (await page.request.get(`${dash.base}/api/places`)).json() as { rows: Array<{ events: number }> }).rows.reduce((s, r) => s + r.events, 0);
  assert.match(await page.locator('#map-title').innerText(), new RegExp(`all ${located} located events`));
  const fills = new Set(await page.locator('svg.map circle.cluster').evaluateAll((els) => els.map((e) => getComputedStyle(e).fill)));
  assert.ok(fills.size >= 2, [...fills].join(' '));
  await page.locator('svg.map circle.cluster').first().dispatchEvent('click');
  await page.waitForSelector('.map-events table.events tbody tr');
  assert.ok((await hashParams(page)).get('at'));
  await dash.shot(page, 'map');
  await page.close();
});

test('map: the choropleth toggle shades countries by events, and a country lists its events', { skip }, async () => {
  const page = await dash.open('#/map');
  await page.click('.map-controls button:text("Countries (choropleth)")');
  await page.waitForSelector('svg.map path.country-hit');
  assert.ok((await page.locator('svg.map path.country-hit').count()) > 10);
  await page.locator('svg.map path.country-hit[data-country="TUR"]').dispatchEvent('click');
  await page.waitForSelector('.map-events table.events tbody tr');
  assert.equal((await hashParams(page)).get('cc'), 'TUR');
  assert.equal((await hashParams(page)).get('mode'), 'countries');
  await page.close();
});

test('downloads: CSV, GDELT and PLOVER of the current filter', { skip }, async () => {
  const page = await dash.open('#/events?country=TUR');
  await page.waitForSelector('table.events tbody tr');
  const get = async (cls: string) => (await page.request.get(dash.base + (await page.locator(`a.${cls}`).getAttribute('href'))!)).text();
  const total = await dash.store.countMatching({ country: 'TUR', modality: 'asserted' });
  const csv = await get('download-csv');
  assert.match(csv, /^id,/);
  // A row starts with its event id; sentences in quotes may hold line breaks.
  assert.equal(csv.split('\n').filter((l) => /^ev-/.test(l)).length, total);
  const gdelt = (await get('download-gdelt')).replace(/\n$/, '').split('\n');
  assert.equal(gdelt.length, total);
  for (const l of gdelt) assert.equal(l.split('\t').length, 61);
  const plover = (await get('download-plover')).trimEnd().split('\n').map((l) => JSON.parse(l) as { actor_country: string | null; recipient_country: string | null });
  for (const e of plover) assert.ok(e.actor_country === 'TUR' || e.recipient_country === 'TUR');
  await page.close();
});

test('events: an unknown doer is shown as "unknown", never as an empty code', { skip }, async () => {
  const unknown = (await dash.store.query({ modality: 'asserted' })).find((e) => e.source.unknown)!;
  const page = await dash.open(`#/events?from=${unknown.date}&to=${unknown.date}`);
  await page.waitForSelector(`tr[data-event-id="${unknown.id}"]`);
  assert.equal(await page.locator(`tr[data-event-id="${unknown.id}"] td:nth-child(2)`).innerText(), 'unknown');
  await page.close();
});

test('keyboard: the first Tab reaches "Skip to the view", Enter moves focus to the view, and sorting works from the keyboard', { skip }, async () => {
  const page = await dash.open('#/events');
  await page.waitForSelector('table.events tbody tr');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to the view');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await page.locator('th button:text("Goldstein")').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.location.hash.includes('sort=goldstein'));
  await page.close();
});

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations of impact serious or critical on the page as it stands. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's content security policy does not govern.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
}

for (const [name, hash, ready] of [
  ['overview', '#/overview', 'table.top-dyads tbody tr'], ['dyad', '#/dyad?a=USA&b=IRN', 'table.events tbody tr'], ['actor', '#/actor/TUR', 'table.partners tbody tr'],
  ['network', '#/network?edge=TUR~USA', '.edge-events table.events tbody tr'], ['map', '#/map?at=Istanbul', '.map-events table.events tbody tr'], ['choropleth', '#/map?mode=countries', 'path.country-hit'],
  ['events', '#/events', 'table.events tbody tr'],
] as const) {
  test(`accessibility: axe-core finds no serious or critical violation in the ${name} view`, { skip }, async () => {
    const page = await dash.open(hash);
    await page.waitForSelector(ready);
    await page.waitForTimeout(300);
    assert.deepEqual(await seriousViolations(page), []);
    await page.close();
  });
}

test('accessibility: axe-core finds no serious or critical violation in the article view', { skip }, async () => {
  const event = (await dash.store.query({ place: 'Istanbul', modality: 'asserted' }))[0]!;
  const page = await dash.open(`#/article/${encodeURIComponent(event.article_id)}?event=${event.id}`);
  await page.waitForSelector('mark.hl-trigger');
  assert.deepEqual(await seriousViolations(page), []);
  await page.close();
});
