// Reciprocal events: acts two parties do together are coded in both directions, as CAMEO codes consultations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyads } from '../../../test/support/code-text.js';

test('"X and Y held talks" is a negotiation both ways', () => {
  assert.deepEqual(dyads('Armenia and Azerbaijan held talks in Washington.'), ['046 ARM→AZE', '046 AZE→ARM']);
});

test('"talks between X and Y" is a consultation both ways', () => {
  assert.deepEqual(dyads('Talks between Iran and the United States resumed in Oman on Saturday.'), ['040 IRN→USA', '040 USA→IRN']);
});

test('"X and Y agreed to a ceasefire" is a ceasefire both ways (0871: the codebook codes agreements to commence one there)', () => {
  assert.deepEqual(dyads('India and Pakistan agreed on Saturday to a ceasefire.'), ['0871 IND→PAK', '0871 PAK→IND']);
});

test('fighting is mutual: "Ukraine and Russia exchanged fire" is 193 both ways', () => {
  assert.deepEqual(dyads('Ukraine and Russia exchanged fire along the front line.'), ['193 UKR→RUS', '193 RUS→UKR']);
});

test('a meeting with a named other party is not reciprocal among the subjects: "Putin and Xi met Modi" has Modi as target', () => {
  const found = dyads('Russian President Vladimir Putin and Chinese President Xi Jinping met Indian Prime Minister Narendra Modi.');
  assert.ok(found.includes('040 RUSGOV→INDGOV') && found.includes('040 CHNGOV→INDGOV'), found.join(', '));
  assert.ok(!found.includes('040 RUSGOV→CHNGOV'), found.join(', '));
});

test('a third party\'s act on a pair is not reciprocal: "Egypt\'s mediation between Israel and Hamas" → Egypt on each', () => {
  assert.deepEqual(dyads("Egypt's mediation between Israel and Hamas continued."), ['045 EGY→ISR', '045 EGY→PSEREBHMS']);
});

test('an overlay pattern replaces the Phoenix pattern written the same: "met Biden at the White House" is a meeting (040), not 036', () => {
  assert.deepEqual(dyads('Ukrainian President Volodymyr Zelensky met US President Joe Biden at the White House.'), ['040 UKRGOV→USAGOV', '040 USAGOV→UKRGOV']);
});

test('a broker glued to the agreement is no party: "Israel and the UAE signed a U.S.-brokered agreement" is a signing between the two', () => {
  assert.deepEqual(dyads('Israel and the United Arab Emirates signed a U.S.-brokered agreement on Tuesday.'), ['057 ISR→ARE', '057 ARE→ISR']);
});
