// The HTTP API: the queries of dyad query over HTTP, validated (400 naming the parameter), paged, read-only, described; on SQLite and on PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { REPORTS, coded } from '../../test/support/store.contract.js';
import { reportsStores } from '../../test/support/stores-for-tests.js';
import type { EventStore } from '../store/model.js';
import { DEFAULT_LIMIT } from './limits.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { VERSION } from '../version.js';

const { stores, stop } = await reportsStores();
after(stop);

for (const target of stores) describe(`API on ${target.name}`, { skip: target.skip }, () => {
  let store: EventStore;
  let app: Hono;
  before(async () => {
    store = await target.open();
    app = createApp(store);
  });
  after(() => store.close());

  async function get(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await app.request(url);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  test('GET /api/events pages events with their total, the default limit applied', async () => {
    const { status, body } = await get('/api/events');
    assert.equal(status, 200);
    assert.equal(body['limit'], DEFAULT_LIMIT);
    assert.equal(body['offset'], 0);
    assert.equal((body['events'] as unknown[]).length, body['total']);
  });

  test('GET /api/meta says no threshold is known for events written without a record of their run', async () => {
    const { status, body } = await get('/api/meta');
    assert.equal(status, 200);
    assert.deepEqual({ runs: body['runs'], min_confidence: body['min_confidence'], last: body['last'] }, { runs: 0, min_confidence: null, last: null });
  });

  test('GET /api/events filters with the names of the dyad query flags', async () => {
    const { body } = await get('/api/events?actor=PSE&cameo=04&place=Istanbul&from=2024-04-20&to=2024-04-20');
    const events = body['events'] as Array<{ num_mentions: number; source: { code: string } }>;
    assert.equal(events.length, 1);
    assert.equal(events[0]!.num_mentions, 3);
  });

  test('GET /api/events/:id gives the event and its mentions; an unknown id is a 404', async () => {
    const { body } = await get('/api/events?place=Istanbul');
    const id = (body['events'] as Array<{ id: string }>)[0]!.id;
    const one = await get(`/api/events/${id}`);
    assert.equal(one.status, 200);
    assert.equal((one.body['mentions'] as unknown[]).length, 3);
    assert.equal((await get('/api/events/ev-nothing')).status, 404);
  });

  test('GET /api/counts and /api/dyads aggregate with the same filters', async () => {
    const counts = await get('/api/counts?period=month');
    assert.ok((counts.body['rows'] as Array<{ period: string }>).some((r) => r.period === '2024-04'));
    const dyads = await get('/api/dyads?by=country&country=TUR');
    assert.ok((dyads.body['rows'] as Array<{ source: string; target: string }>).some((r) => r.source === 'TUR' && r.target === 'PSE'));
  });

  test('GET /api/articles/:id gives the text and the events coded from it', async () => {
    const { status, body } = await get('/api/articles/reuters-1');
    assert.equal(status, 200);
    assert.equal((body['article'] as { text: string }).text, REPORTS[0]!.text);
    assert.ok((body['events'] as Array<{ event_id: string }>).every((e) => e.event_id.startsWith('ev-')));
  });

  test('a malformed or unknown parameter is a 400 that names it', async () => {
    for (const [url, parameter] of [['/api/events?quad=7', 'quad'], ['/api/events?from=yesterday', 'from'], ['/api/events?colour=red', 'colour'], ['/api/counts?period=decade', 'period'], ['/api/dyads?by=city', 'by'], ['/api/events?limit=5000', 'limit']] as const) {
      const { status, body } = await get(url);
      assert.equal(status, 400, url);
      assert.equal(body['parameter'], parameter, url);
    }
  });

  test('quotes, FTS5 operators and SQL fragments in every parameter are values: a 200 or a 400, never a 500, and nothing changes', async () => {
    const before = await store.stats();
    const nasty = ["'", '"', "'; DROP TABLE events; --", '" OR 1=1 --', 'a OR b', 'NEAR(a b)', '*', 'x) UNION SELECT * FROM articles --', '%', '\\', 'col:val', '^start'];
    for (const name of ['from', 'to', 'actor', 'source', 'target', 'country', 'cameo', 'quad', 'place', 'q', 'modality', 'limit', 'offset']) {
      for (const v of nasty) {
        const res = await app.request(`/api/events?${name}=${encodeURIComponent(v)}`);
        assert.ok(res.status === 200 || res.status === 400, `${name}=${v}: ${res.status}`);
      }
    }
    assert.deepEqual(await store.stats(), before);
  });

  test('/openapi.json describes every endpoint and the filter parameters', async () => {
    const { body } = await get('/openapi.json');
    const paths = body['paths'] as Record<string, { get: { parameters?: Array<{ name: string }> } }>;
    for (const p of ['/api/events', '/api/events/{id}', '/api/counts', '/api/dyads', '/api/articles/{id}']) assert.ok(paths[p], p);
    const names = paths['/api/events']!.get.parameters!.map((p) => p.name);
    for (const n of ['from', 'to', 'actor', 'source', 'target', 'country', 'cameo', 'quad', 'place', 'q', 'modality', 'limit', 'offset']) assert.ok(names.includes(n), n);
  });

  test('the API store is read-only: a write through its connection fails', async () => {
    const fresh = { ...REPORTS[0]!, id: 'new-1', text: 'Qatar condemned Israel on Monday.' };
    await assert.rejects(store.ingest([coded(fresh)]), /readonly|read-only|query_only|attempt to write/i);
  });
  test('GET /api/counts?period=year counts events by year', async () => {
    const { body } = await get('/api/counts?period=year');
    assert.deepEqual([...new Set((body['rows'] as Array<{ period: string }>).map((r) => r.period))], ['2024']);
  });

  test('GET /api/roots counts a filter\'s events by CAMEO root: the Turkish-Palestinian dyad only met (04)', async () => {
    const { body } = await get('/api/roots?source=TUR&target=PSE');
    assert.deepEqual((body['rows'] as Array<{ root: string; events: number }>).map((r) => [r.root, r.events]), [['04', 2]]);
  });

  test('GET /api/places gives every located event with its coordinates, counted by place', async () => {
    const { body } = await get('/api/places');
    const istanbul = (body['rows'] as Array<{ name: string; lat: number; events: number }>).find((r) => r.name === 'Istanbul')!;
    assert.equal(istanbul.events, 1);
    assert.ok(Math.abs(istanbul.lat - 41) < 0.2);
  });

  test('GET /api/export?format=gdelt downloads the filter\'s events as a GDELT file; an unknown format is a 400', async () => {
    const res = await app.request('/api/export?format=gdelt&place=Istanbul');
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="dyad-events-gdelt\.tsv"/);
    const lines = (await res.text()).replace(/\n$/, '').split('\n');
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.split('\t').length, 61);
    assert.equal((await get('/api/export?format=xls')).body['parameter'], 'format');
  });

  test('GET /api/export streams: the answer starts with the first page read, and each further page is read only when the client takes more', async () => {
    let pages = 0;
    // The same store, counting the pages asked of it.
    const counting = new Proxy(store, {
      get(target, name) {
        const value = Reflect.get(target, name) as unknown;
        if (name === 'query') return (...args: Parameters<EventStore['query']>) => (pages++, target.query(...args));
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const res = await createApp(counting, { exportPageSize: 1 }).request('/api/export?format=jsonl&modality=all');
    assert.equal(pages, 1);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value, { stream: true });
    assert.equal(pages, 1);
    assert.equal(text.split('\n').filter(Boolean).length, 1);
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value, { stream: true });
    const whole = await (await app.request('/api/export?format=jsonl&modality=all')).text();
    assert.equal(text, whole);
    const events = whole.split('\n').filter(Boolean).length;
    assert.ok(events >= 3);
    // One page for each event, and the page that finds none left.
    assert.equal(pages, events + 1);
    // The first page is read before the answer starts: a search SQLite's FTS5 cannot parse is a 400, not a broken download.
    assert.equal((await app.request('/api/export?q=%22unclosed')).status, target.name === 'sqlite' ? 400 : 200);
  });
});

test('GET /api/meta gives the lowest threshold the recorded runs kept events at, and the versions that coded them', async () => {
  const store = openSqliteStore(':memory:');
  await store.recordIngestRun({ at: '2024-04-20T08:00:00.000Z', command: 'ingest', dyad_version: '0.1.0', min_confidence: 0.11 });
  await store.recordIngestRun({ at: '2024-04-22T08:00:00.000Z', command: 'watch', dyad_version: '0.2.0', min_confidence: 0.2 });
  const body = (await (await createApp(store).request('/api/meta')).json()) as { version: string; runs: number; min_confidence: number; dyad_versions: string[]; last: { command: string } };
  await store.close();
  assert.deepEqual([body.version, body.runs, body.min_confidence, body.dyad_versions, body.last.command], [VERSION, 2, 0.11, ['0.1.0', '0.2.0'], 'watch']);
});
