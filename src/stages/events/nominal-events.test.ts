// Nominal events: nouns that carry an event ("Israel's attack on Iran", "a meeting between X and Y", "a visit to").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeWithBuiltIns, dyads } from '../../../test/support/code-text.js';

test('a possessor and "on" make an attack: "Israel\'s attack on Iran this week" → 190 ISR→IRN', () => {
  assert.deepEqual(dyads("Israel's attack on Iran this week raised fears of a wider war."), ['190 ISR→IRN']);
});

test('"a meeting between Erdogan and a Hamas delegation led by Haniyeh" is a meeting both ways', () => {
  assert.deepEqual(dyads('It was the first meeting between Erdogan and a Hamas delegation led by Haniyeh.'), ['040 TURGOV→PSEREBHMS', '040 PSEREBHMS→TURGOV']);
});

test('"Haniyeh\'s visit to Turkey" is a visit (042) by Hamas to Turkey', () => {
  assert.deepEqual(dyads("Haniyeh's visit to Turkey came three days after the talks."), ['042 PSEREBHMS→TUR']);
});

test('an event noun talked of as a prospect is not asserted: "the chances of resuming peace talks with Syria"', () => {
  const events = codeWithBuiltIns('Israeli Prime Minister Ehud Barak said he was very pessimistic about the chances of resuming peace talks with Syria.', '1999-12-03');
  assert.ok(events.every((e) => e.modality !== 'asserted'), JSON.stringify(events));
});

test('a frame verb with an action noun codes the framed act: "Qatar called for the release of Israeli hostages" → appeal to release (0253)', () => {
  const [e] = codeWithBuiltIns('Qatar called for the release of Israeli hostages.');
  assert.equal(e?.cameo, '0253');
  assert.equal(e?.source, 'QAT');
});

test('an event noun aimed at a bare role word names no party: "Kosovo Albanians carried out an attack on a police patrol" codes no event against "police"', () => {
  const events = codeWithBuiltIns('Kosovo Albanians carried out an attack on a police patrol near the border.');
  assert.ok(!events.some((e) => e.target?.startsWith('---')), JSON.stringify(events));
});

test('the subject of a clause with "a visit to" is the visitor: "Indian Prime Minister Narendra Modi began a two-day visit to the United Arab Emirates"', () => {
  assert.deepEqual(dyads('Indian Prime Minister Narendra Modi began a two-day visit to the United Arab Emirates on Saturday.', '2019-08-24'), ['042 INDGOV→ARE']);
});

test('"French President Emmanuel Macron begins a state visit to China" is a visit (042) by France to China', () => {
  assert.deepEqual(dyads('French President Emmanuel Macron begins a state visit to China.', '2019-11-05'), ['042 FRAGOV→CHN']);
});

test('"Pope Francis began a trip to Iraq" is a visit by the Vatican', () => {
  const found = dyads('Pope Francis began a three-day trip to Iraq on Friday.', '2021-03-05');
  assert.ok(found.some((d) => d.startsWith('042 VAT') && d.endsWith('→IRQ')), JSON.stringify(found));
});
