// Query filters from text: validated, normalised, and every error names its parameter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FilterError, parseFilter } from './filter.js';

test('filters are normalised: codes upper-cased, numbers parsed, modality asserted by default', () => {
  assert.deepEqual(parseFilter({ actor: 'turgov', quad: '4', limit: '10', from: '2024-04-01' }), { actor: 'TURGOV', quad: 4, limit: 10, from: '2024-04-01', modality: 'asserted' });
});

test('modality "all" lifts the default', () => {
  assert.equal(parseFilter({ modality: 'all' }).modality, undefined);
});

test('a malformed value names its parameter', () => {
  for (const [key, value] of [['from', '2024-13-01'], ['quad', '5'], ['cameo', 'attack'], ['country', 'TURKEY'], ['limit', '-1'], ['actor', "TUR'; --"]] as const) {
    assert.throws(() => parseFilter({ [key]: value }), (e: unknown) => e instanceof FilterError && e.parameter === key, `${key}=${value}`);
  }
});

test('an unknown parameter is refused by name', () => {
  assert.throws(() => parseFilter({ colour: 'red' }), (e: unknown) => e instanceof FilterError && e.parameter === 'colour' && /unknown/.test(e.message));
});
