// The API's guards: malformed URLs, wrong methods, unknown or repeated parameters, oversize requests and floods are the client's errors (4xx, named); every response carries security headers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { REPORTS, coded } from '../../test/support/store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-guard-'));
const path = join(dir, 'api.db');
const writer = openSqliteStore(path);
await writer.ingest(REPORTS.map(coded));
await writer.close();
const store = openSqliteStore(path, { readOnly: true });
const webDir = join(dir, 'web');
mkdirSync(webDir);
writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>dyad</title>');
const app = createApp(store, { webDir });

async function request(url: string, init?: RequestInit) {
  const res = await app.request(url, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

test('a path whose percent-encoding does not decode ("/%", "/%ff") is a 400, not a 500', async () => {
  for (const url of ['/%', '/%ff', '/api/events/%E0%A4%A', '/api/articles/%']) {
    const { status, body } = await request(url);
    assert.equal(status, 400, url);
    assert.equal(body['parameter'], 'path', url);
  }
});

test('a query value with a malformed percent-encoding is a 400 naming its parameter', async () => {
  const { status, body } = await request('/api/events?place=Istanbul%');
  assert.equal(status, 400);
  assert.equal(body['parameter'], 'place');
});

test('the period of /api/counts is reported under the name the caller sent: period', async () => {
  const { status, body } = await request('/api/counts?period=decade');
  assert.equal(status, 400);
  assert.equal(body['parameter'], 'period');
  assert.match(String(body['error']), /^period: /);
});

test('a method the API does not answer is a 405 that says which it does in Allow', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
    const { status, headers } = await request('/api/events', { method });
    assert.equal(status, 405, method);
    assert.equal(headers.get('allow'), 'GET, HEAD');
  }
});

test('"__proto__", "constructor" and other unknown parameters are 400s naming them, on every endpoint', async () => {
  for (const url of ['/api/events?__proto__=x', '/api/events?constructor=x', '/api/counts?__proto__[quad]=1', '/api/stats?verbose=1', '/openapi.json?x=1', '/api/events/abc?x=1']) {
    const { status, body } = await request(url);
    assert.equal(status, 400, url);
    assert.equal(body['parameter'], new URL(url, 'http://x').searchParams.keys().next().value, url);
  }
});

test('a parameter given twice is refused rather than one of its values silently chosen', async () => {
  const { status, body } = await request('/api/events?quad=1&quad=4');
  assert.equal(status, 400);
  assert.equal(body['parameter'], 'quad');
});

test('every response, answers and errors alike, carries nosniff, a referrer policy and a CSP that forbids framing', async () => {
  for (const url of ['/api/events', '/api/events?quad=9', '/api/nothing', '/', '/%ff']) {
    const { headers } = await request(url);
    assert.equal(headers.get('x-content-type-options'), 'nosniff', url);
    assert.equal(headers.get('referrer-policy'), 'no-referrer', url);
    assert.match(headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, url);
  }
  assert.match((await request('/')).headers.get('content-security-policy') ?? '', /script-src 'self'/);
});

test('a request longer than the limit is a 413; the limit is the caller\'s to set', async () => {
  const small = createApp(store, { guard: { maxRequestBytes: 300, ratePerMinute: 0 } });
  assert.equal((await small.request(`/api/events?q=${'a'.repeat(400)}`)).status, 413);
  assert.equal((await small.request('/api/events?q=ankara')).status, 200);
});

test('a client over its rate gets 429 with Retry-After; the rate is the caller\'s to set', async () => {
  const limited = createApp(store, { guard: { maxRequestBytes: 16_384, ratePerMinute: 5 } });
  const statuses: number[] = [];
  let retryAfter: string | null = null;
  for (let k = 0; k < 7; k++) {
    const res = await limited.request('/api/stats');
    statuses.push(res.status);
    retryAfter ??= res.headers.get('retry-after');
  }
  assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
  assert.ok(Number(retryAfter) >= 1);
});

test('the dashboard\'s files are served by name with their type; other paths, `..` among them, get its index.html', async () => {
  writeFileSync(join(webDir, 'app.js'), 'console.log(1);');
  const script = await app.request('/app.js');
  assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
  assert.equal(await script.text(), 'console.log(1);');
  for (const url of ['/dyad/TUR/PSE', '/../api.db', '/%2e%2e/api.db']) {
    const page = await app.request(url);
    assert.equal(page.status, 200, url);
    assert.match(await page.text(), /<title>dyad<\/title>/, url);
  }
  assert.equal((await app.request('/api/nothing')).status, 404);
});
