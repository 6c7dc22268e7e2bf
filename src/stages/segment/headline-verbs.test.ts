// The present tense of news summaries: verbs wink reads as nouns are found again ("Syrian Army tanks shell the suburb").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment.js';
import { newDoc } from '../../document/doc.js';

const VERBS = new Set(['SHELL', 'SHOOTS', 'RELEASE', 'SUMMONS', 'CLASH', 'SPREADS', 'TALKS', 'FORCES', 'HITS', 'PROTEST', 'MARCH']);
const tags = (text: string): string[] => {
  const doc = segment(newDoc({ id: 't', date: '2012-02-20', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } }), { isVerbForm: (key: string) => VERBS.has(key) });
  return doc.tokens.map((t) => `${t.text}/${t.pos}`);
};

test('a dictionary verb after a plural subject and before its object is the verb: "Syrian Army tanks shell the suburb"', () => {
  assert.ok(tags('Syrian Army tanks shell the suburb of Bab Amro in the city of Homs, killing at least five people.').includes('shell/VERB'));
  assert.ok(tags('Justice and Equality Movement rebels in Darfur release 49 UNAMID peacekeepers but retain three other people.').includes('release/VERB'));
});

test('an "-s" verb after a singular subject is the verb: "The Kenyan navy shoots dead", "The Iranian parliament summons president"', () => {
  assert.ok(tags('The Kenyan navy shoots dead three suspected Somali pirates who had attacked a naval patrol.').includes('shoots/VERB'));
  assert.ok(tags('The Iranian parliament summons president Mahmoud Ahmadinejad over economic policy.').includes('summons/VERB'));
  assert.ok(tags('A wild storm hits Scotland, northern England and Northern Ireland leaving up to 14,000 people without power.').includes('hits/VERB'));
});

test('each clause may have its verb found: "Violence spreads in Kiev as protesters clash with police"', () => {
  const t = tags('Violence spreads in Kiev as protesters clash with police.');
  assert.ok(t.includes('spreads/VERB') && t.includes('clash/VERB'), t.join(' '));
});

test('a noun stays a noun where the sentence has its verb or a day word follows: "Bosnian Serb forces Tuesday let free"', () => {
  assert.ok(tags('Bosnian Serb forces Tuesday let free six French UN peacekeepers.').includes('forces/NOUN'));
  assert.ok(tags('The peace talks in Doha collapsed on Monday.').includes('talks/NOUN'));
});

test('a plural without "-s" takes a base-form verb: "Hundreds of people protest on the West Bank", "people march peacefully through Tirana"', () => {
  for (const [text, verb] of [
    ['Hundreds of people protest on the West Bank and in Gaza for the third day in a row.', 'protest'],
    ['Tens of thousands of people march peacefully through Tirana urging the Albanian government to resign.', 'march'],
    ['Thousands of people protest in Hong Kong against the extradition bill.', 'protest'],
  ] as const) {
    assert.ok(tags(text).includes(`${verb}/VERB`), text);
  }
});
