// GDELT's geography codes for dyad's places: FIPS 10-4 countries, ADM1 codes where GDELT has them, the place's resolution.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { OutputLocation } from '../document/types.js';
import { actorGeoCells, adm1Code, fipsCountry, geoCells } from './gdelt-geo.js';

const place = (p: Partial<OutputLocation> & { name: string }): OutputLocation => ({ kind: 'city', country: null, admin1: null, lat: 1, lon: 2, geonameid: null, ...p });

test('countries are written in FIPS 10-4: USA → US, GBR → UK, TUR → TU, DEU → GM', () => {
  assert.deepEqual(['USA', 'GBR', 'TUR', 'DEU'].map(fipsCountry), ['US', 'UK', 'TU', 'GM']);
});

test('a US state named by the gazetteer is its GDELT ADM1 code: Maryland → USMD', () => {
  assert.equal(adm1Code(place({ name: 'Maryland', kind: 'admin1', country: 'USA' })), 'USMD');
});

test('a US city takes its state from GeoNames: Baltimore (US.MD) → USMD, "Baltimore, Maryland, United States"', () => {
  const cells = geoCells(place({ name: 'Baltimore', country: 'USA', admin1: 'US.MD' }));
  assert.deepEqual(cells.slice(0, 4), ['3', 'Baltimore, Maryland, United States', 'US', 'USMD']);
});

test('a city whose GeoNames admin1 is a FIPS division code: Istanbul (TR.34) → TU34', () => {
  assert.equal(adm1Code(place({ name: 'Istanbul', country: 'TUR', admin1: 'TR.34' })), 'TU34');
});

test('GeoNames codes of another system give no ADM1 code: London (GB.ENG) has none', () => {
  assert.equal(adm1Code(place({ name: 'London', country: 'GBR', admin1: 'GB.ENG' })), '');
});

test('a country is type 1 with its FIPS code as ADM1 code and feature id, as GDELT writes "Syria SY SY … SY"', () => {
  const cells = geoCells(place({ name: 'Syria', kind: 'country', country: 'SYR' }));
  assert.deepEqual([cells[0], cells[1], cells[2], cells[3], cells[7]], ['1', 'Syria', 'SY', 'SY', 'SY']);
});

test('places in Gaza are in GDELT\'s Gaza Strip (GZ), the other Palestinian places in the West Bank (WE)', () => {
  assert.equal(geoCells(place({ name: 'Khan Yunis', country: 'PSE', admin1: 'PS.GZ' }))[2], 'GZ');
  assert.equal(geoCells(place({ name: 'Ramallah', country: 'PSE', admin1: 'PS.WE' }))[2], 'WE');
});

test('an actor is at the event\'s place when it is in the actor\'s country, else at its country', () => {
  const istanbul = place({ name: 'Istanbul', country: 'TUR', admin1: 'TR.34' });
  const actor = (country: string | null) => ({ text: 'x', code: country ?? 'IGO', country, name: null, agent: null, known: true });
  assert.equal(actorGeoCells(actor('TUR'), istanbul)[1], 'Istanbul, Turkey');
  assert.deepEqual(actorGeoCells(actor('EGY'), istanbul).slice(0, 4), ['1', 'Egypt', 'EG', 'EG']);
  assert.equal(actorGeoCells(actor(null), istanbul)[0], '0');
});
