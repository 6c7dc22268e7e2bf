import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeExpressions, mayLieInTimeExpression } from './time-expressions.js';

const ARTICLE = '2024-04-20'; // a Saturday
const first = (text: string) => findTimeExpressions(text, ARTICLE)[0];

test('"on Saturday" in an article of Saturday 2024-04-20 is that very day', () => {
  assert.deepEqual([first('Erdogan met Haniyeh in Istanbul on Saturday.')?.value, first('Erdogan met Haniyeh in Istanbul on Saturday.')?.precision], ['2024-04-20', 'day']);
});

test('a bare weekday is the last one before the article date, never a future one: "on Monday" → 2024-04-15', () => {
  assert.equal(first('The ministers met on Monday in Doha.')?.value, '2024-04-15');
});

test('"on October 7" in April 2024 is the October 7 that has passed: 2023-10-07', () => {
  assert.equal(first("Turkey denounced the offensive following Hamas' attack on Israel on October 7.")?.value, '2023-10-07');
});

test('"in 2007" is a year, at year precision', () => {
  const x = first('The Palestinian militant group Hamas took control of Gaza in 2007, a year after general elections.');
  assert.deepEqual([x?.value, x?.precision], ['2007', 'year']);
});

test('"this week" is the article\'s week, at week precision', () => {
  const x = first("The visit took place amid tensions following Israel's attack on Iran this week.");
  assert.deepEqual([x?.value, x?.precision], ['2024-04-20', 'week']);
});

test('"yesterday" is the day before the article', () => {
  assert.equal(first('Israel struck targets in Rafah yesterday.')?.value, '2024-04-19');
});

test('"last month" is the previous month, at month precision', () => {
  const x = first('Protesters clashed with police last month.');
  assert.deepEqual([x?.value, x?.precision], ['2024-03', 'month']);
});

test('"three days after" is an anchor, not a date three days from now', () => {
  const x = first("Haniyeh's visit to Turkey came three days after his meeting with Fidan in Doha.");
  assert.deepEqual([x?.value, x?.anchor], [null, { offsetDays: -3 }]);
});

test('a full date is kept as written, even in another year: "on 21 May 1999"', () => {
  assert.equal(first('Shefket Musliu said on 21 May 1999 in Konculj that his forces would disband.')?.value, '1999-05-21');
});

test('a month name in lower case is a verb, not a date: "people march peacefully through Tirana", "farmers march on"', () => {
  assert.equal(first('Tens of thousands of people march peacefully through Tirana urging the Albanian government to resign.'), undefined);
  assert.equal(first('Farmers march on the capital.'), undefined);
  assert.equal(first('The talks resumed on March 3.')?.value, '2024-03-03');
});

test('a word far from any date word lies in no time expression, told without chrono; one inside "on Tuesday, March 3" may', () => {
  const text = 'Shares of the company rose sharply in heavy trading, brokers said on Tuesday, March 3.';
  const at = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
  assert.equal(mayLieInTimeExpression(text, ...at('Shares')), false);
  assert.equal(mayLieInTimeExpression(text, ...at('March')), true);
  // What it rules out, findTimeExpressions agrees holds no date.
  assert.ok(findTimeExpressions(text, ARTICLE).every((d) => !(d.start <= at('Shares')[0] && at('Shares')[1] <= d.end)));
});
