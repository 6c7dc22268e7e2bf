// GOLD.md's coding conventions, as the events stage applies them to real sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeWithBuiltIns, dyads } from '../../../test/support/code-text.js';

test('"A visits B" is A→B 042 only, not also B hosting A (043)', () => {
  assert.deepEqual(dyads('Iranian President Mahmoud Ahmadinejad visits Lebanon amidst concern from Israel and United States.', '2010-10-13'), ['042 IRNGOV→LBN']);
  assert.deepEqual(dyads('This is Bush\'s second visit to Africa and the first time any US president has visited Benin.', '2008-02-16').filter((d) => d.startsWith('04')), ['042 USAGOV→BEN']);
  assert.deepEqual(dyads('Russian President Vladimir Putin visits China.', '2024-05-16'), ['042 RUSGOV→CHN']);
});

test('"X says Y": the saying is no statement event (010); only what it reports, or what it does, is coded', () => {
  assert.deepEqual(dyads('On Saturday, Cuban parliamentary speaker Ricardo Alcaron told CNN\'s Spanish service that Castro remains in stable condition.', '2006-08-05'), []);
  assert.deepEqual(dyads('Officials tell BBC News every claim will be assessed meritocratically.', '2023-02-23'), []);
  assert.deepEqual(dyads('Federal Reserve Board Vice Chairman Manuel Johnson said the Louvre Accord is still healthy.', '1987-10-19'), []);
});

test('a statement that is an act is still coded by its act: "denounced", "accused", "called for"', () => {
  assert.ok(dyads('NATO member Turkey denounced the Israeli offensive in Gaza and called for an immediate ceasefire.').includes('111 TUR→ISR'));
  assert.ok(dyads('Opposition parties in Burma accuse the military junta of cheating.', '2010-11-06').some((d) => d.startsWith('112 MMR')));
});

test('"X called Y a <label>" praises or denounces Y by the label\'s words, and is no appeal to anyone', () => {
  assert.deepEqual(dyads('Erdogan has called Hamas a “liberation movement” while castigating the West for what he calls its unconditional support for Israel.'), ['051 TURGOV→PSEREBHMS']);
  assert.deepEqual(dyads('During the course of the debate, Biden called Trump a clown, a racist, and the worst president.', '2020-09-30'), ['111 USAELI→USAGOV']);
  assert.deepEqual(dyads('Biden called Trump a "national embarrassment" for his performance.', '2020-06-02'), ['111 USAELI→USAGOV']);
});

test('what a "since" clause names is background, not the news of the article\'s day, and with no date of its own it is not coded', () => {
  const events = codeWithBuiltIns('It was the first meeting between Erdogan and a Hamas delegation led by Haniyeh since Israel launched its military offensive in the Gaza Strip.');
  assert.ok(events.every((e) => !e.cameo.startsWith('19')), JSON.stringify(events));
  assert.ok(events.some((e) => e.cameo.startsWith('04')));
});

test('a time after its event does not reach across "and" to the next verb: the ceasefire call is the article\'s, the attack October 7\'s', () => {
  const events = codeWithBuiltIns('NATO member Turkey denounced the Israeli offensive in Gaza following Hamas\' attack on Israel on October 7 and called for an immediate ceasefire.');
  assert.equal(events.find((e) => e.cameo === '0256')?.date, '2024-04-20');
  assert.equal(events.find((e) => e.cameo.startsWith('19') && e.source.startsWith('PSE'))?.date, '2023-10-07');
});
