import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc, spanText } from '../../document/doc.js';
import { segment } from '../segment/segment.js';
import { findActors } from '../actors/actors.js';
import { findEvents } from '../events/events.js';
import { resolveEventDates } from './dates.js';
import { smallWorld } from '../../../test/support/test-knowledge.js';

function datedEvents(text: string, date = '2024-04-20') {
  const k = smallWorld();
  const doc = resolveEventDates(findEvents(findActors(segment(newDoc({ id: 't', date, title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), k), k));
  return doc.events.map((e) => ({ trigger: spanText(doc, e.trigger), cameo: e.cameo, date: e.date?.value, precision: e.date?.precision, basis: e.date?.basis }));
}

test('an event without a time expression of its own takes the article date', () => {
  assert.deepEqual(datedEvents('Ankara has also imposed trade restrictions on Israel.')[0], { trigger: 'imposed', cameo: '163', date: '2024-04-20', precision: 'day', basis: 'article' });
});

test('"three days after his meeting": the meeting is dated three days before the visit', () => {
  const events = datedEvents("Erdogan's visit to Iran came three days after his meeting with Israel in Doha.");
  assert.equal(events.find((e) => e.trigger === 'visit')?.date, '2024-04-20');
  assert.deepEqual(events.find((e) => e.trigger === 'meeting'), { trigger: 'meeting', cameo: '040', date: '2024-04-17', precision: 'day', basis: 'anchor' });
});

test('a time expression dates the nearest event only: the October 7 attack, not the denunciation', () => {
  const events = datedEvents("Turkey denounced Israel following Hamas' attack on Israel on October 7.");
  assert.equal(events.find((e) => e.trigger === 'attack')?.date, '2023-10-07');
  assert.equal(events.find((e) => e.trigger === 'denounced')?.date, '2024-04-20');
});

test('an event of 2007 is dated 2007 at year precision, never the article date', () => {
  const [e] = datedEvents('Hamas attacked Israel in 2007, a year after general elections.');
  assert.deepEqual([e?.date, e?.precision], ['2007', 'year']);
});

test('"this week" gives week precision', () => {
  const [e] = datedEvents("Israel attacked Iran this week.");
  assert.deepEqual([e?.date, e?.precision], ['2024-04-20', 'week']);
});

test('an event dated after the article is a plan, whatever its tense: "Turkey meets Israel tomorrow"', () => {
  const k = smallWorld();
  const doc = resolveEventDates(findEvents(findActors(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text: 'Turkish President Erdogan meets Israel tomorrow in Doha.', url: null, source: null, origin: { file: 't', line: 1 } })), k), k));
  assert.deepEqual(doc.events.map((e) => [e.date?.value, e.modality]), [['2024-04-21', 'planned']]);
});

test('a time expression in a subordinate clause does not date the main clause: "... denounced Israel when the talks resume next month"', () => {
  const [e] = datedEvents('Turkey denounced Israel on Friday when the talks resume next month.');
  assert.equal(e?.date, '2024-04-19');
});
