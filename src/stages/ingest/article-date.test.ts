// Specifications of article-date checking: calendar-exact ISO dates and the date part of timestamps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidIsoDate, readArticleDate } from './article-date.js';

test('a real calendar day in YYYY-MM-DD is a valid ISO date', () => {
  assert.equal(isValidIsoDate('2024-04-20'), true);
});

test('leap days follow the Gregorian rules: 2024 and 2000 have 29 February, 2023 and 1900 do not', () => {
  assert.deepEqual(
    ['2024-02-29', '2000-02-29', '2023-02-29', '1900-02-29'].map(isValidIsoDate),
    [true, true, false, false],
  );
});

test('days past the end of a month, month 13 and day zero are rejected', () => {
  assert.deepEqual(['2024-02-30', '2024-04-31', '2024-13-01', '2024-05-00'].map(isValidIsoDate), [false, false, false, false]);
});

test('other spellings of a date are not ISO dates', () => {
  assert.deepEqual(['2024-4-20', '20 April 2024', '2024/04/20', ' 2024-04-20', 'yesterday'].map(isValidIsoDate), [false, false, false, false, false]);
});

test('an ISO timestamp reads as its date part', () => {
  assert.deepEqual(readArticleDate('2024-04-20T18:45:00Z'), { ok: true, date: '2024-04-20' });
  assert.deepEqual(readArticleDate('2024-04-20 06:10'), { ok: true, date: '2024-04-20' });
});

test('a timestamp on an impossible day is still rejected', () => {
  assert.equal(readArticleDate('2024-02-30T10:00:00Z').ok, false);
});
