// Which date filters counts kept by month can answer: whole months only, so that a month's key compares as each of its dates does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastDayOfMonth, setParameters, wholeMonths } from './summary-dates.js';

test('a filter from the first of a month to the last day of one takes whole months, whatever the length of February', () => {
  assert.equal(wholeMonths({ from: '2024-02-01', to: '2024-02-29' }), true);
  assert.equal(wholeMonths({ from: '2023-02-01', to: '2023-02-28' }), true);
  assert.equal(lastDayOfMonth('2023-02-10'), '2023-02-28');
  assert.equal(lastDayOfMonth('2024-12-01'), '2024-12-31');
});

test('months and years as bounds are whole months; a day inside a month is not', () => {
  assert.equal(wholeMonths({ from: '2024-04', to: '2024' }), true);
  assert.equal(wholeMonths({}), true);
  assert.equal(wholeMonths({ from: '2024-04-02' }), false);
  assert.equal(wholeMonths({ to: '2024-04-29' }), false);
});

test('only the parameters a filter sets count: one left undefined is not set', () => {
  assert.deepEqual(setParameters({ country: 'TUR', cameo: undefined, source: '' }), ['country', 'source']);
});
