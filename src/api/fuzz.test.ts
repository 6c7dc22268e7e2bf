// A property over generated requests to every documented endpoint and parameter: whatever a client sends, the answer is never a 5xx, on SQLite or PostgreSQL.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createApp } from './app.js';
import { openApiDocument } from './openapi.js';
import { reportsStores } from '../../test/support/stores-for-tests.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-fuzz-'));
mkdirSync(join(dir, 'web'));
writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>dyad</title>');
const { stores, stop } = await reportsStores();
after(stop);

interface Parameter { name: string; in: string; schema: { type?: string; enum?: string[]; minimum?: number; maximum?: number } }
// The documented endpoints, and the dashboard's pages ("/{page}": any path outside /api).
const paths: Record<string, { get: { parameters?: Parameter[] } }> = { ...(openApiDocument()['paths'] as Record<string, { get: { parameters?: Parameter[] } }>), '/{page}': { get: {} } };

/** A value as a well-meaning client would send it, from the parameter's schema. */
function plausible(p: Parameter): fc.Arbitrary<string> {
  if (p.schema.enum) return fc.constantFrom(...p.schema.enum);
  if (p.schema.type === 'integer') return fc.integer({ min: -5, max: (p.schema.maximum ?? 5000) + 5 }).map(String);
  if (p.name === 'from' || p.name === 'to') return fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  return fc.constantFrom('TUR', 'PSE', 'IGO', 'TURGOV', '04', '190', 'Istanbul', 'Erdogan', 'ankara OR gaza');
}

/** Text no schema expects: any Unicode, quotes, FTS5 and SQL syntax, URL syntax, very long strings. */
const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom("'", '"', '%', '%ff', '%E0%A4%A', '&', '=', '#', '+', '\\', '\u0000', '__proto__', 'NEAR(a b', '*', "'; DROP TABLE events; --", '9'.repeat(400), 'a'.repeat(2000)),
);

/** Written into the URL as is (malformed percent-encodings and all), or encoded as a browser would. */
const written = (value: fc.Arbitrary<string>) => fc.tuple(value, fc.boolean()).map(([v, raw]) => (raw ? v : encodeURIComponent(v)));

const request = fc.constantFrom(...Object.keys(paths)).chain((template) => {
  const parameters = (paths[template]!.get.parameters ?? []).filter((p) => p.in === 'query');
  const pair = parameters.length > 0
    ? fc.oneof(
        fc.constantFrom(...parameters).chain((p) => fc.tuple(fc.constant(p.name), written(fc.oneof(plausible(p), hostile)))),
        fc.tuple(written(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'quad[]', ''), fc.string({ maxLength: 8 }))), written(hostile)),
      )
    : fc.tuple(written(fc.string({ maxLength: 8 })), written(hostile));
  return fc.record({
    method: fc.constantFrom('GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'OPTIONS', 'DELETE'),
    path: written(fc.oneof(fc.constantFrom('ev-1', 'reuters-1'), hostile)).map((id) => template.replace(/\{[^}]+\}/g, id)),
    query: fc.array(pair, { maxLength: 5 }),
  });
});

for (const target of stores) {
  test(`${target.name}: 1,200 generated requests over every documented endpoint and parameter: no 5xx, and every API error is JSON naming what was wrong`, { skip: target.skip }, async () => {
    const store = await target.open();
    const app = createApp(store, { webDir: join(dir, 'web'), guard: { maxRequestBytes: 16_384, ratePerMinute: 0 } });
    try {
      await fc.assert(
        fc.asyncProperty(request, async ({ method, path: p, query }) => {
          const url = p + (query.length > 0 ? '?' + query.map(([k, v]) => `${k}=${v}`).join('&') : '');
          const res = await app.request(url, { method });
          assert.ok(res.status < 500, `${method} ${url}: ${res.status}`);
          if (res.status >= 400 && method !== 'HEAD') {
            const body = (await res.json()) as { error?: unknown };
            assert.equal(typeof body.error, 'string', `${method} ${url}`);
          }
        }),
        { numRuns: 1200 },
      );
    } finally {
      await store.close();
    }
  });
}
