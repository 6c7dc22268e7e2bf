// Specifications of the reference-format reader: date line, optional headers, text kept exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { projectRoot } from '../../../test/support/shared-paths.js';
import { JENIN, LAVROV, fixtureDir, readAll } from '../../../test/support/ingest-fixtures.js';

// The reference article as the project ships it in examples/ (a copy of ../shared/examples).
const example = join(projectRoot, 'examples', '2024-04-20-erdogan-haniyeh.txt');

test('the reference example reads as one article of 2024-04-20 whose text starts "Turkish President"', async () => {
  const { articles, problems } = await readAll([example]);
  assert.deepEqual(problems, []);
  assert.equal(articles.length, 1);
  assert.equal(articles[0]!.date, '2024-04-20');
  assert.ok(articles[0]!.text.startsWith('Turkish President Tayyip Erdogan discussed'));
  assert.ok(articles[0]!.text.endsWith('thorny power-sharing issues.'));
});

test('the origin of a reference article is the line of its first text line, not of the date line', async () => {
  const { articles } = await readAll([example]);
  assert.deepEqual(articles[0]!.origin, { file: example, line: 5 });
});

test('blank lines and spaces around the date line are tolerated', async () => {
  const dir = fixtureDir({ 'lavrov.txt': `\n\n   date 2024-05-14   \n\n\n${LAVROV}\n\n\n` });
  const { articles, problems } = await readAll([join(dir, 'lavrov.txt')]);
  assert.deepEqual(problems, []);
  assert.equal(articles[0]!.date, '2024-05-14');
  assert.equal(articles[0]!.text, LAVROV);
  assert.equal(articles[0]!.origin.line, 6);
});

test('paragraph breaks and spacing inside the text are kept exactly, since later stages index into it', async () => {
  const body = `${LAVROV}\n\n  ${JENIN}`;
  const dir = fixtureDir({ 'two-paragraphs.txt': `date 2024-05-14\n${body}\n` });
  const { articles } = await readAll([join(dir, 'two-paragraphs.txt')]);
  assert.equal(articles[0]!.text, body);
});

test('Windows line endings are read as \\n', async () => {
  const dir = fixtureDir({ 'crlf.txt': `date 2024-05-14\r\n\r\n${LAVROV}\r\n${JENIN}\r\n` });
  const { articles } = await readAll([join(dir, 'crlf.txt')]);
  assert.equal(articles[0]!.text, `${LAVROV}\n${JENIN}`);
});

test('optional title, url, source and id lines before the text fill those fields', async () => {
  const dir = fixtureDir({
    'lavrov.txt': [
      'title Lavrov and Wang Yi meet in Beijing',
      'date 2024-05-14',
      'url https://example.org/world/lavrov-wang-yi',
      'source: Example Wire',
      'id lavrov-wang-2024-05-14',
      '',
      LAVROV,
    ].join('\n'),
  });
  const { articles, problems } = await readAll([join(dir, 'lavrov.txt')]);
  assert.deepEqual(problems, []);
  const a = articles[0]!;
  assert.equal(a.title, 'Lavrov and Wang Yi meet in Beijing');
  assert.equal(a.url, 'https://example.org/world/lavrov-wang-yi');
  assert.equal(a.source, 'Example Wire');
  assert.equal(a.id, 'lavrov-wang-2024-05-14');
  assert.equal(a.text, LAVROV);
});

test('a capitalised first word such as "Title IX" is article text, not a header', async () => {
  const text = 'Title IX protections for student athletes were expanded by the Department of Education on Friday.';
  const dir = fixtureDir({ 'title-ix.txt': `date 2024-04-19\n${text}\n` });
  const { articles } = await readAll([join(dir, 'title-ix.txt')]);
  assert.equal(articles[0]!.title, null);
  assert.equal(articles[0]!.text, text);
});

test('a .txt file without a date line is reported with its file and line, skipped, and the next file is read', async () => {
  const dir = fixtureDir({ 'a-undated.txt': `\n${JENIN}\n`, 'b-dated.txt': `date 2024-05-15\n${LAVROV}\n` });
  const undated = join(dir, 'a-undated.txt');
  const { articles, problems } = await readAll([undated, join(dir, 'b-dated.txt')]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, undated);
  assert.equal(problems[0]!.line, 2);
  assert.match(problems[0]!.message, /add a `date YYYY-MM-DD` line before the article text, or pass --date/);
  assert.deepEqual(articles.map((a) => a.text), [LAVROV]);
});

test('a .txt file without a date line takes the default date when one is given', async () => {
  const dir = fixtureDir({ 'undated.txt': `${JENIN}\n` });
  const { articles, problems } = await readAll([join(dir, 'undated.txt')], { defaultDate: '2024-05-15' });
  assert.deepEqual(problems, []);
  assert.equal(articles[0]!.date, '2024-05-15');
});

test('an impossible date line is reported at its line and the article skipped, even with a default date', async () => {
  const dir = fixtureDir({ 'feb30.txt': `\ndate 2024-02-30\n\n${JENIN}\n` });
  const { articles, problems } = await readAll([join(dir, 'feb30.txt')], { defaultDate: '2024-05-15' });
  assert.deepEqual(articles, []);
  assert.equal(problems[0]!.line, 2);
  assert.match(problems[0]!.message, /date "2024-02-30" is not a real calendar day/);
});

test('a file with a date line but no text is reported', async () => {
  const dir = fixtureDir({ 'empty.txt': 'date 2024-05-15\n\n' });
  const { articles, problems } = await readAll([join(dir, 'empty.txt')]);
  assert.deepEqual(articles, []);
  assert.match(problems[0]!.message, /no article text/);
});

test('two date lines are reported rather than guessed between', async () => {
  const dir = fixtureDir({ 'two-dates.txt': `date 2024-05-14\ndate 2024-05-15\n${LAVROV}\n` });
  const { articles, problems } = await readAll([join(dir, 'two-dates.txt')]);
  assert.deepEqual(articles, []);
  assert.equal(problems[0]!.line, 2);
  assert.match(problems[0]!.message, /second `date` line/);
});
