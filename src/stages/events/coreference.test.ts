// Coreference within an article: pronouns, role descriptions, capitals and "the two sides" take back actors named earlier.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeWithBuiltIns, dyads } from '../../../test/support/code-text.js';

test('"he" in the next sentence is the previous subject, with its code', () => {
  const events = codeWithBuiltIns('Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh in Istanbul. He told Haniyeh that Palestinians must act in unity.');
  const told = events.find((e) => e.sourceText === 'He');
  assert.equal(told?.source, 'TURGOV');
  assert.equal(told?.target, 'PSEREBHMS');
});

test('an object pronoun is the last other party named: "The Turkish leader urged him" → Haniyeh', () => {
  const events = codeWithBuiltIns('Erdogan met Haniyeh on Saturday. The Turkish leader urged him to pursue unity.');
  const urged = events.find((e) => e.targetText === 'him');
  assert.deepEqual([urged?.cameo.slice(0, 2), urged?.source, urged?.target], ['02', 'TURGOV', 'PSEREBHMS']);
});

test('"the Turkish leader" is Turkey\'s government, as Erdogan is', () => {
  const events = codeWithBuiltIns('Erdogan met Haniyeh on Saturday. The Turkish leader urged him to pursue unity.');
  assert.equal(events.find((e) => e.sourceText === 'Turkish leader')?.source, 'TURGOV');
});

test('"the two sides" are the parties of the latest dyad, both ways', () => {
  assert.deepEqual(
    dyads('Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Thursday. The two sides signed a series of agreements.').slice(1),
    ['057 RUSGOV→CHNGOV', '057 CHNGOV→RUSGOV'],
  );
});

test('a capital names its government: "Ankara has also imposed trade restrictions on Israel" → TURGOV', () => {
  assert.deepEqual(dyads('Ankara has also imposed trade restrictions on Israel.'), ['163 TURGOV→ISR']);
});

test('"his" before an event noun is the previous subject: "Haniyeh\'s visit ... after his meeting with Fidan"', () => {
  const events = codeWithBuiltIns("Haniyeh's visit to Turkey came three days after his meeting with Turkish Foreign Minister Hakan Fidan in Doha.");
  const meeting = events.find((e) => e.target === 'TURGOV');
  assert.equal(meeting?.source, 'PSEREBHMS');
  assert.equal(meeting?.date, '2024-04-17');
});

test('an object pronoun after an infinitive is left alone: "offered troops to Hrawi to help him" codes no help for Syria', () => {
  const events = codeWithBuiltIns('Syria has again offered its troops to Lebanon’s new President Elias Hrawi to help him oust General Michel Aoun.');
  assert.ok(!events.some((e) => e.targetText === 'him'), JSON.stringify(events));
});

test('a pronoun right before its verb is the subject, not a noun of the clause before: "killed 23 people when they blew themselves up in Tel Aviv"', () => {
  const events = codeWithBuiltIns('Two Palestinian suicide bombers killed 23 people on Sunday when they blew themselves up in Tel Aviv.');
  const blew = events.find((e) => e.cameo.startsWith('183'));
  assert.deepEqual([blew?.source, blew?.target, blew?.targetText], ['PSEREB', 'ISR', 'Tel Aviv']);
});

test('an object pronoun whose party is named in the same sentence is coded as that mention: "wrote to Erdogan urging him" targets "Erdogan"', () => {
  const events = codeWithBuiltIns('Iran wrote to Turkish President Tayyip Erdogan urging him to meet Israeli leaders.');
  assert.ok(events.some((e) => e.cameo.startsWith('02') && e.targetText === 'Turkish President Tayyip Erdogan'), JSON.stringify(events));
});

test('a possessive before the object is most often the subject\'s own: "Iran launched its attack in the north" is not aimed at anyone else named before', () => {
  const events = codeWithBuiltIns('Iraq said on Sunday that Iran launched its attack in the north to relieve pressure.');
  assert.ok(!events.some((e) => e.source === 'IRN' && e.target === 'IRQ' && e.targetText === 'its'), JSON.stringify(events));
});
