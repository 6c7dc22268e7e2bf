// De-duplication: which mentions are one event, decided the same way whatever order they come in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterGroup, dayNumber } from './dedup.js';

const m = (id: string, date: string, place: string | null = null) => ({ id, date, place });
const sizes = (c: Map<string, string[]>) => [...c.values()].map((ids) => ids.join(',')).sort();

test('mentions a day apart are one event; two days apart, two', () => {
  assert.deepEqual(sizes(clusterGroup('k', [m('a', '2024-04-20'), m('b', '2024-04-21')])), ['a,b']);
  assert.deepEqual(sizes(clusterGroup('k', [m('a', '2024-04-20'), m('b', '2024-04-22')])), ['a', 'b']);
});

test('an event spans its first day and the next, so a chain of daily reports does not become one endless event', () => {
  assert.deepEqual(sizes(clusterGroup('k', [m('a', '2024-04-20'), m('b', '2024-04-21'), m('c', '2024-04-22'), m('d', '2024-04-23')])), ['a,b', 'c,d']);
});

test('different places the same day are different events; a mention with no place joins the most reported place', () => {
  const c = clusterGroup('k', [m('a', '2024-04-20', 'Istanbul'), m('b', '2024-04-20', 'Istanbul'), m('c', '2024-04-20', 'Doha'), m('d', '2024-04-20')]);
  assert.deepEqual(sizes(c), ['a,b,d', 'c']);
});

test('the same mentions in any order give the same events and ids', () => {
  const mentions = [m('x1', '2024-04-20', 'Istanbul'), m('x2', '2024-04-21'), m('x3', '2024-04-25'), m('x4', '2024-04-20', 'Doha')];
  const a = clusterGroup('k', mentions);
  const b = clusterGroup('k', [...mentions].reverse());
  assert.deepEqual([...a.entries()].sort(), [...b.entries()].sort());
});

test('dates known to the month or year count from their first day', () => {
  assert.equal(dayNumber('2007'), dayNumber('2007-01-01'));
  assert.equal(dayNumber('2024-04'), dayNumber('2024-04-01'));
});
