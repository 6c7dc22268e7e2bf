// Specifications of the JSON readers: JSON Lines and .json documents, with per-record problems that name the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { JENIN, LAVROV, RUTO, fixtureDir, jsonl, readAll } from '../../../test/support/ingest-fixtures.js';

test('JSON Lines records become articles with every field, and the origin is the record line', async () => {
  const dir = fixtureDir({
    'wire.jsonl':
      jsonl({ id: 'wire-1', date: '2024-05-14', title: 'Lavrov in Beijing', text: LAVROV, url: 'https://example.org/1', source: 'Example Wire' }) +
      '\n' +
      jsonl({ id: 'wire-2', date: '2024-05-15', text: JENIN }),
  });
  const file = join(dir, 'wire.jsonl');
  const { articles, problems } = await readAll([file]);
  assert.deepEqual(problems, []);
  assert.deepEqual(articles, [
    {
      id: 'wire-1',
      date: '2024-05-14',
      title: 'Lavrov in Beijing',
      text: LAVROV,
      url: 'https://example.org/1',
      source: 'Example Wire',
      origin: { file, line: 1 },
    },
    { id: 'wire-2', date: '2024-05-15', title: null, text: JENIN, url: null, source: null, origin: { file, line: 3 } },
  ]);
});

test('a broken JSON line is reported at its line and the records around it are still read', async () => {
  const dir = fixtureDir({
    'wire.jsonl': [
      JSON.stringify({ id: 'wire-1', date: '2024-05-14', text: LAVROV }),
      '{"id": "wire-2", "date": "2024-05-15", "text": "Israeli troops raided',
      JSON.stringify({ id: 'wire-3', date: '2024-05-13', text: RUTO }),
    ].join('\n'),
  });
  const file = join(dir, 'wire.jsonl');
  const { articles, problems } = await readAll([file]);
  assert.deepEqual(articles.map((a) => a.id), ['wire-1', 'wire-3']);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, file);
  assert.equal(problems[0]!.line, 2);
  assert.match(problems[0]!.message, /^broken JSON/);
});

test('a record without text is reported naming the text field', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ id: 'wire-1', date: '2024-05-14', title: 'Lavrov in Beijing' }, { id: 'wire-2', text: JENIN }) });
  const { articles, problems } = await readAll([join(dir, 'wire.jsonl')]);
  assert.deepEqual(articles.map((a) => a.id), ['wire-2']);
  assert.equal(problems[0]!.line, 1);
  assert.match(problems[0]!.message, /text is missing/);
});

test('a record whose text is only white space is reported as empty', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ id: 'wire-1', text: '  \n ' }) });
  const { problems } = await readAll([join(dir, 'wire.jsonl')]);
  assert.match(problems[0]!.message, /text is empty/);
});

test('impossible dates are each reported with their line, naming the date field, and good records still read', async () => {
  const dir = fixtureDir({
    'wire.jsonl': jsonl(
      { id: 'feb-30', date: '2024-02-30', text: LAVROV },
      { id: 'month-13', date: '2024-13-01', text: JENIN },
      { id: 'yesterday', date: 'yesterday', text: RUTO },
      { id: 'leap-day', date: '2024-02-29', text: RUTO },
    ),
  });
  const { articles, problems } = await readAll([join(dir, 'wire.jsonl')]);
  assert.deepEqual(articles.map((a) => a.id), ['leap-day']);
  assert.deepEqual(
    problems.map((p) => [p.line, p.message.split(';')[0]]),
    [
      [1, 'date "2024-02-30" is not a real calendar day'],
      [2, 'date "2024-13-01" is not a real calendar day'],
      [3, 'date "yesterday" is not an ISO date (expected YYYY-MM-DD or an ISO timestamp)'],
    ],
  );
});

test('a non-string title is reported naming the title field', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ id: 'wire-1', date: '2024-05-14', title: 2024, text: LAVROV }, { id: 'wire-2', text: JENIN }) });
  const { articles, problems } = await readAll([join(dir, 'wire.jsonl')]);
  assert.deepEqual(articles.map((a) => a.id), ['wire-2']);
  assert.equal(problems[0]!.line, 1);
  assert.match(problems[0]!.message, /title must be a string, got number 2024/);
});

test('every problem of a record is reported in one message', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ id: true, date: '2024-02-30', source: ['Reuters'], text: LAVROV }) });
  const { problems } = await readAll([join(dir, 'wire.jsonl')]);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /id must be a string or a number, got boolean true/);
  assert.match(problems[0]!.message, /date "2024-02-30"/);
  assert.match(problems[0]!.message, /source must be a string, got an array/);
});

test('a line that is JSON but not an object is reported', async () => {
  const dir = fixtureDir({ 'wire.jsonl': `{"id": "wire-1", "text": ${JSON.stringify(LAVROV)}}\n["not", "a", "record"]\n` });
  const { articles, problems } = await readAll([join(dir, 'wire.jsonl')]);
  assert.equal(articles.length, 1);
  assert.equal(problems[0]!.line, 2);
  assert.match(problems[0]!.message, /a record must be a JSON object, got an array/);
});

test('an ISO timestamp as date keeps the date part as written, without time-zone shifting', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ id: 'wire-1', date: '2024-05-14T23:30:00-05:00', text: LAVROV }) });
  const { articles, problems } = await readAll([join(dir, 'wire.jsonl')]);
  assert.deepEqual(problems, []);
  assert.equal(articles[0]!.date, '2024-05-14');
});

test('a record without a date gets null, or the default date when one is given', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ id: 'wire-1', text: LAVROV }) });
  const file = join(dir, 'wire.jsonl');
  assert.equal((await readAll([file])).articles[0]!.date, null);
  assert.equal((await readAll([file], { defaultDate: '2024-05-14' })).articles[0]!.date, '2024-05-14');
});

test('a record with its own date ignores the default date', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ id: 'wire-1', date: '2024-05-13', text: RUTO }) });
  const { articles } = await readAll([join(dir, 'wire.jsonl')], { defaultDate: '2024-05-14' });
  assert.equal(articles[0]!.date, '2024-05-13');
});

test('null and empty optional fields read as null, as exporters write them for empty columns', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ id: 'wire-1', date: null, title: '', url: null, source: ' ', text: LAVROV }) });
  const { articles, problems } = await readAll([join(dir, 'wire.jsonl')]);
  assert.deepEqual(problems, []);
  const { date, title, url, source } = articles[0]!;
  assert.deepEqual({ date, title, url, source }, { date: null, title: null, url: null, source: null });
});

test('a numeric id becomes a string', async () => {
  const dir = fixtureDir({ 'wire.ndjson': jsonl({ id: 4711, date: '2024-05-14', text: LAVROV }) });
  const { articles } = await readAll([join(dir, 'wire.ndjson')]);
  assert.equal(articles[0]!.id, '4711');
});

test('a .json file holding an array reads every record, and reports a bad one at the line where it starts', async () => {
  const content = JSON.stringify(
    [
      { id: 'wire-1', date: '2024-05-14', text: LAVROV },
      { id: 'wire-2', date: '2024-13-01', text: JENIN },
      { id: 'wire-3', date: '2024-05-13', text: RUTO },
    ],
    null,
    2,
  );
  const dir = fixtureDir({ 'wire.json': content });
  const file = join(dir, 'wire.json');
  const { articles, problems } = await readAll([file]);
  assert.deepEqual(articles.map((a) => [a.id, a.origin.line]), [['wire-1', 2], ['wire-3', 12]]);
  assert.equal(problems[0]!.line, 7);
  assert.match(problems[0]!.message, /date "2024-13-01"/);
});

test('a .json file holding one record reads it', async () => {
  const dir = fixtureDir({ 'ruto.json': `\n${JSON.stringify({ id: 'wire-3', date: '2024-05-13', text: RUTO }, null, 2)}\n` });
  const { articles, problems } = await readAll([join(dir, 'ruto.json')]);
  assert.deepEqual(problems, []);
  assert.deepEqual(articles.map((a) => [a.id, a.origin.line]), [['wire-3', 2]]);
});

test('a .json file that actually holds JSON Lines is read as JSON Lines', async () => {
  const dir = fixtureDir({ 'wire.json': jsonl({ id: 'wire-1', text: LAVROV }, { id: 'wire-2', text: JENIN }) });
  const { articles, problems } = await readAll([join(dir, 'wire.json')]);
  assert.deepEqual(problems, []);
  assert.deepEqual(articles.map((a) => [a.id, a.origin.line]), [['wire-1', 1], ['wire-2', 2]]);
});

test('a broken .json file is reported once, at the line of the error', async () => {
  const dir = fixtureDir({ 'wire.json': '[\n  {"id": "wire-1", "text": "Lavrov met Wang Yi."},\n  {"id": "wire-2" "text": "x"}\n]\n' });
  const { articles, problems } = await readAll([join(dir, 'wire.json')]);
  assert.deepEqual(articles, []);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.line, 3);
  assert.match(problems[0]!.message, /^broken JSON/);
});

test('a .txt file whose content starts with "{" is read as JSON Lines', async () => {
  const dir = fixtureDir({ 'export.txt': jsonl({ id: 'wire-1', date: '2024-05-14', text: LAVROV }) });
  const { articles, problems } = await readAll([join(dir, 'export.txt')]);
  assert.deepEqual(problems, []);
  assert.equal(articles[0]!.id, 'wire-1');
});
