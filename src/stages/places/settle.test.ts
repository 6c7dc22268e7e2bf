// Events that wait for a place: violence or coercion done to people named by a role only is done where it happens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../../pipeline/pipeline.js';
import { loadKnowledge } from '../../dictionaries/knowledge.js';
import { loadGazetteer } from './gazetteer.js';

const knowledge = loadKnowledge();
const gazetteer = loadGazetteer();

function code(text: string, places = true) {
  const doc = codeArticle({ id: 't', date: '2015-01-01', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } }, { knowledge, gazetteer: places ? gazetteer : null });
  return doc.events.map((e) => ({ cameo: e.cameo, source: e.source.unknown ? null : e.source.code, target: e.target?.code ?? null, place: e.location?.name ?? null }));
}

test('victims named by a role take the country of a town the dictionaries do not know: an unknown bomber in Bouira is Algeria\'s', () => {
  const events = code('At least 11 people are killed and 31 injured in two bombings in the Algerian town of Bouira.');
  assert.deepEqual(events.map((e) => [e.cameo, e.source, e.target]), [['183', null, 'DZAPPL']]);
});

test('a passive killing is coded by the weapon it names: "killed ... by a school bombing" is a bombing (183)', () => {
  const events = code('At least six people are killed and many others are injured by a school bombing in Kabul, Afghanistan.');
  assert.deepEqual(events.map((e) => [e.cameo, e.source, e.target]), [['183', null, 'AFGPPL']]);
});

test('a named armed group killing people named by a role in a county of Kenya kills Kenyans', () => {
  const events = code('Six men are killed by suspected al-Shabaab militants in a village in Lamu County, Kenya, near the border with Somalia.');
  assert.ok(events.some((e) => e.cameo === '190' && e.source === 'SOMREB' && e.target === 'KENPPL' && e.place === 'Lamu'), JSON.stringify(events));
});

test('the doer\'s own name is no place: Russia attacking Kyiv does not injure Russians', () => {
  const events = code('Russia launches a massive attack on Kyiv and the surrounding region with ballistic and cruise missiles, injuring at least 13 people.');
  assert.ok(!events.some((e) => e.target?.startsWith('RUS')), JSON.stringify(events));
});

test('deaths in an accident wait for nothing: a truck flipping over, a flooded pit', () => {
  assert.deepEqual(code('Thirteen people are killed and at least 30 others are injured when a military transport truck flips over on a major road.'), []);
  assert.deepEqual(code('Eight miners are killed in Geita Region, Tanzania, when their pit is flooded with rainwater.'), []);
});

test('with no place said, or without places (--no-places), an event of role words alone is left out', () => {
  assert.deepEqual(code('Three people are killed in an attack.'), []);
  assert.deepEqual(code('At least 11 people are killed and 31 injured in two bombings in the Algerian town of Bouira.', false), []);
});

test('people named by kinship are victims too: a motorcycle bomb killing a father and daughter in Narathiwat kills Thais', () => {
  const events = code('A motorcycle bomb kills a father and daughter outside an elementary school in Narathiwat province.');
  assert.deepEqual(events.map((e) => [e.cameo, e.source, e.target]), [['1832', null, 'THACVL']]);
});
