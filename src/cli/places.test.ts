import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { runPlacesLookup } from './places.js';

function lookup(names: string[], json = true): { code: number; lines: string[] } {
  let text = '';
  const out = new Writable({ write(chunk, _enc, done) { text += String(chunk); done(); } });
  const code = runPlacesLookup(names, { json, limit: '5' }, out);
  return { code, lines: text.trim().split('\n') };
}

test('places lookup lists namesakes, the one picked without context first: Tripoli, Libya before Tripoli, Lebanon', () => {
  const { code, lines } = lookup(['Tripoli']);
  assert.equal(code, 0);
  const rows = lines.map((l) => JSON.parse(l) as { country: string; geonameid: number });
  assert.equal(rows[0]!.country, 'LBY');
  assert.ok(rows.some((r) => r.country === 'LBN'));
  assert.equal(typeof rows[0]!.geonameid, 'number');
});

test('places lookup says when a name is not in the gazetteer, and fails when none is', () => {
  const { code, lines } = lookup(['Xqzzyville']);
  assert.equal(code, 1);
  assert.deepEqual(JSON.parse(lines[0]!), { query: 'Xqzzyville', found: false });
});
