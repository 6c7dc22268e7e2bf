// Month lengths by the Gregorian rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysInMonth } from './calendar.js';

test('February has 29 days in years divisible by 4, except centuries not divisible by 400', () => {
  assert.deepEqual([2024, 2023, 1900, 2000].map((y) => daysInMonth(y, 2)), [29, 28, 28, 29]);
});

test('April, June, September and November have 30 days, the other months 31', () => {
  assert.deepEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2024, m)), [31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
});
