// Query filters from text: validated, normalised, and every error names its parameter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FILTER_PARAMETERS, FILTER_SCHEMA, FilterError, filterOf, filterParameterSchemas, parseFilter } from './filter.js';

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

test('filterOf sets the caller\'s own parameters apart, skips unset values and refuses any other name', () => {
  const { filter, rest } = filterOf([['quad', '4'], ['period', 'week'], ['place', undefined]], ['period']);
  assert.deepEqual(filter, { quad: 4, modality: 'asserted' });
  assert.deepEqual(rest, { period: 'week' });
  assert.throws(() => filterOf([['period', 'week']]), (e: unknown) => e instanceof FilterError && e.parameter === 'period');
});

test('every filter parameter carries its meaning and its flag\'s placeholder, in the schema\'s order', () => {
  assert.deepEqual(FILTER_PARAMETERS.map((p) => p.name), Object.keys(FILTER_SCHEMA.shape));
  for (const p of FILTER_PARAMETERS) {
    assert.match(p.placeholder, /^<[^>]+>$/, p.name);
    assert.ok(p.description.length > 10, p.name);
  }
});

test('the parameters\' JSON Schemas carry the schema\'s patterns and choices, as the text a query string gives', () => {
  const schemas = filterParameterSchemas();
  assert.deepEqual(schemas.quad, { type: 'string', enum: ['1', '2', '3', '4'] });
  assert.equal(schemas.country['pattern'], '^[A-Za-z]{3}$');
  assert.ok(!('placeholder' in schemas.from), 'the placeholder is the command line\'s, not the schema\'s');
});
