// Clause structure the events stage reads off the tagged tokens: subjects and objects across asides, participles and infinitives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../document/doc.js';
import { segment } from '../segment/segment.js';
import { findActors } from '../actors/actors.js';
import { findEvents } from './events.js';
import { isContentVerb } from './clause.js';
import { block, smallWorld } from '../../../test/support/test-knowledge.js';
import type { Knowledge } from '../../dictionaries/model.js';

function dyadsOf(text: string, knowledge: Knowledge = smallWorld()): string[] {
  const doc = findEvents(findActors(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), knowledge), knowledge);
  return doc.events.map((e) => `${e.cameo} ${e.source.code}→${e.target?.code ?? '-'}`);
}

test('an aside between commas keeps the subject: "Turkey\'s foreign minister, in remarks published on Monday, denounced Israel"', () => {
  assert.deepEqual(dyadsOf("Turkey's foreign minister, in remarks published on Monday, denounced Israel."), ['111 TURGOV→ISR']);
});

test('a participle after a preposition modifies the noun after it: "Turkey attacked the positions of besieged Iran" targets Iran', () => {
  assert.deepEqual(dyadsOf('Turkey attacked the positions of besieged Iran.'), ['190 TUR→IRN']);
});

test('an infinitive with no noun before it takes the subject of the verb that governs it: "Turkey is inching nearer to denounce Israel"', () => {
  assert.deepEqual(dyadsOf('Turkey is inching nearer to denounce Israel.'), ['111 TUR→ISR']);
});

test('a relative clause between commas keeps the subject: "Erdogan, who met Haniyeh on Saturday, denounced Israel"', () => {
  assert.deepEqual(dyadsOf('Erdogan, who met Haniyeh on Saturday, denounced Israel.').filter((d) => d.startsWith('111')), ['111 TURGOV→ISR']);
});

test('a participial aside keeps the subject: "Israel, acting alone, attacked Iran"', () => {
  const knowledge = smallWorld();
  assert.deepEqual(dyadsOf('Israel, acting alone, attacked Iran on Friday.', knowledge), ['190 ISR→IRN']);
});

test('a renaming noun phrase between commas keeps the subject: "Hamas (HMS), the ruling party of the strip, denounced Israel"', () => {
  assert.deepEqual(dyadsOf('Hamas (HMS), the ruling party of the strip, denounced Israel.'), ['111 PSEREBHMS→ISR']);
});

test('a renaming phrase that names an actor itself is the subject: "Erdogan, the Turkish President, denounced Israel"', () => {
  assert.deepEqual(dyadsOf('Tayyip Erdogan, the Turkish President, denounced Israel.'), ['111 TURGOV→ISR']);
});

test('a subordinate clause has its own parties: "Turkey denounced on Friday as Israel attacked Iran" does not aim the denunciation at Israel', () => {
  assert.deepEqual(dyadsOf('Turkey denounced on Friday as Israel attacked Iran.'), ['190 ISR→IRN']);
});

test('a bare name set off by commas after a role names its holder: "A member of the Turkish government, Ali Yilmaz, denounced Israel"', () => {
  assert.deepEqual(dyadsOf('A member of the Turkish government, Ali Yilmaz, denounced Israel.'), ['111 TURGOV→ISR']);
});

test('a participle with its by-phrase modifies the subject: "Turkish troops angered by the cartoons have attacked Iran"', () => {
  assert.deepEqual(dyadsOf('Turkish troops angered by the cartoons have attacked Iran.'), ['190 TURMIL→IRN']);
});

test('a stative participle after "be" is no passive: "Turkey was engaged in a war against Israel" has Turkey as the doer', () => {
  const knowledge = smallWorld();
  knowledge.verbBlocks.push(block('ENGAGE', '190', ['ENGAGE', 'ENGAGED']));
  assert.deepEqual(dyadsOf('Turkey was engaged in a war against Israel.', knowledge), ['190 TUR→ISR']);
});

test('with a by-phrase it is a passive again: "Turkey was opposed by Israel"', () => {
  const knowledge = smallWorld();
  knowledge.verbBlocks.push(block('OPPOSE', '112', ['OPPOSE', 'OPPOSED']));
  assert.deepEqual(dyadsOf('Turkey was opposed by Israel.', knowledge), ['112 ISR→TUR']);
});

test('a participle whose object pronoun takes back the noun before it goes with the subject: "Iran wrote to Erdogan urging him to meet Israel" → 026 IRN→TURGOV', () => {
  assert.deepEqual(dyadsOf('Iran wrote to Erdogan urging him to meet Israel.'), ['026 IRN→TURGOV']);
});

test('a concessive adjunct names no party of the act: "Turkey attacked on Monday despite warnings from Israel" is no attack on Israel', () => {
  assert.deepEqual(dyadsOf('Turkey attacked on Monday despite warnings from Israel.'), []);
});

test('a participle and its adjunct after an object modify that object: "Turkey deported Iranian men convicted of crimes in Israel" is no conviction by the men', () => {
  const knowledge = smallWorld();
  knowledge.verbBlocks.push(block('DEPORT', '174', ['DEPORT', 'DEPORTED']), block('CONVICT', '116', ['CONVICT', 'CONVICTED']));
  assert.deepEqual(dyadsOf('Turkey deported Iranian men convicted of crimes in Israel.', knowledge), ['174 TUR→IRN']);
});

test('after a reporting verb the participle is a verb of its own: "Turkey said Iranian troops attacked at dawn in Israel" keeps the attack', () => {
  assert.ok(dyadsOf('Turkey said Iranian troops attacked at dawn in Israel.').includes('190 IRNMIL→ISR'));
});

test('a date phrase before the verb does not make it a modifier: "Iran on Thursday attacked at dawn in Israel" keeps the attack', () => {
  assert.deepEqual(dyadsOf('Iran on Thursday attacked at dawn in Israel.'), ['190 IRN→ISR']);
});

test('a relative clause after a noun that is no party has no party as subject: "victims of the quake that hit Ankara" is no attack on Ankara', () => {
  assert.deepEqual(dyadsOf('Turkey sent aid to victims of the quake that attacked Ankara.').filter((d) => d.startsWith('190')), []);
});

test('an infinitive of purpose has the clause subject, not the object before it: "Iran attacked Israel to meet Turkey" → the meeting is Iran\'s', () => {
  assert.ok(dyadsOf('Iran attacked Israel to meet Turkey.').includes('040 IRN→TUR'));
});

test('after a verb that hands its object the act, the object does it: "Iran urged Israel to meet Turkey" frames Israel\'s meeting', () => {
  assert.deepEqual(dyadsOf('Iran urged Israel to meet Turkey.'), ['026 IRN→ISR']);
});

test('a participle between a number and its noun is an adjective, not a verb: "three suspected Somali pirates"', () => {
  const tokens = (text: string) => segment(newDoc({ id: 't', date: '2010-11-13', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })).tokens;
  for (const [text, word] of [
    ['The Kenyan navy shoots dead three suspected Somali pirates who had attacked a naval patrol.', 'suspected'],
    ['Authorities announced that 337 suspected users in 38 countries were arrested.', 'suspected'],
    ['The report figured 21 injured individuals in Davao del Sur.', 'injured'],
  ] as const) {
    const t = tokens(text);
    const k = t.findIndex((x) => x.normal === word);
    assert.equal(isContentVerb(t[k]!, t[k + 1], t[k - 1]), false, text);
  }
});
