// Specifications of readArticles as a whole: inputs, directories, stdin, ids and duplicate warnings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { contentId, formatProblem, readArticles } from './read.js';
import { JENIN, LAVROV, RUTO, fixtureDir, jsonl, readAll } from '../../../test/support/ingest-fixtures.js';

test('a missing file is reported and the next input is still read', async () => {
  const dir = fixtureDir({ 'lavrov.txt': `date 2024-05-14\n${LAVROV}\n` });
  const missing = join(dir, 'no-such-file.jsonl');
  const { articles, problems } = await readAll([missing, join(dir, 'lavrov.txt')]);
  assert.deepEqual(problems.map((p) => [p.file, p.line, p.message]), [[missing, null, 'cannot read: no such file or directory']]);
  assert.equal(articles.length, 1);
});

test('a file that cannot be opened (a dangling link) is reported and reading goes on', async () => {
  const dir = fixtureDir({ 'lavrov.txt': `date 2024-05-14\n${LAVROV}\n` });
  const dangling = join(dir, 'gone.jsonl');
  symlinkSync(join(dir, 'deleted.jsonl'), dangling);
  const { articles, problems } = await readAll([dangling, join(dir, 'lavrov.txt')]);
  assert.equal(problems[0]!.file, dangling);
  assert.match(problems[0]!.message, /^cannot read/);
  assert.equal(articles.length, 1);
});

test('a directory is read recursively in a stable, sorted order, skipping hidden and unrelated files', async () => {
  const dir = fixtureDir({
    'b-wire.jsonl': jsonl({ id: 'b-1', text: RUTO }, { id: 'b-2', text: JENIN }),
    'a/2024-05-14-lavrov.txt': `date 2024-05-14\n${LAVROV}\n`,
    'a/deeper/single.json': JSON.stringify({ id: 'a-deeper', date: '2024-05-13', text: JENIN }),
    'c.ndjson': jsonl({ id: 'c-1', text: LAVROV }),
    'README.md': '# notes on the corpus',
    '.hidden.jsonl': jsonl({ id: 'hidden', text: LAVROV }),
    '.cache/x.jsonl': jsonl({ id: 'cached', text: LAVROV }),
  });
  const first = await readAll([dir], { defaultDate: '2024-05-20' });
  const second = await readAll([dir], { defaultDate: '2024-05-20' });
  assert.deepEqual(first.problems, []);
  const order = first.articles.map((a) => a.origin.file.slice(dir.length + 1) + '#' + a.origin.line);
  assert.deepEqual(order, ['a/2024-05-14-lavrov.txt#2', 'a/deeper/single.json#1', 'b-wire.jsonl#1', 'b-wire.jsonl#2', 'c.ndjson#1']);
  assert.deepEqual(second.articles, first.articles);
});

test('an empty directory is reported as a warning', async () => {
  const dir = fixtureDir({ 'notes.md': 'nothing to code here' });
  const { problems } = await readAll([dir]);
  assert.equal(problems[0]!.severity, 'warning');
  assert.match(problems[0]!.message, /holds no \.txt, \.jsonl, \.ndjson, \.json, \.rss, \.atom, \.xml, \.html or \.htm files/);
});

test('"-" reads a reference-format article from standard input, reported as <stdin>', async () => {
  const stdin = Readable.from([`date 2024-05-14\n\n${LAVROV}\n`]);
  const { articles, problems } = await readAll(['-'], { stdin });
  assert.deepEqual(problems, []);
  assert.equal(articles[0]!.date, '2024-05-14');
  assert.equal(articles[0]!.text, LAVROV);
  assert.deepEqual(articles[0]!.origin, { file: '<stdin>', line: 3 });
});

test('"-" sniffs JSON Lines on standard input, even across chunk boundaries', async () => {
  const content = '\n' + jsonl({ id: 'wire-1', text: LAVROV }, { id: 'wire-2', date: '2024-02-30', text: JENIN }, { id: 'wire-3', text: RUTO });
  const stdin = Readable.from([content.slice(0, 30), content.slice(30, 200), content.slice(200)]);
  const { articles, problems } = await readAll(['-'], { stdin });
  assert.deepEqual(articles.map((a) => [a.id, a.origin.line]), [['wire-1', 2], ['wire-3', 4]]);
  assert.deepEqual(problems.map((p) => [p.file, p.line]), [['<stdin>', 3]]);
});

test('article ids are the same on every read of the same input', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ text: LAVROV, date: '2024-05-14' }, { id: 'wire-2', text: JENIN }), 'ruto.txt': `date 2024-05-13\n${RUTO}` });
  const ids = async () => (await readAll([dir])).articles.map((a) => a.id);
  assert.deepEqual(await ids(), await ids());
});

test('a record without an id gets a short content hash of its date and text', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ date: '2024-05-14', text: LAVROV }) });
  const { articles } = await readAll([join(dir, 'wire.jsonl')]);
  assert.match(articles[0]!.id, /^a-[0-9a-f]{16}$/);
  assert.equal(articles[0]!.id, contentId('2024-05-14', LAVROV));
});

test('the same text under two dates gets two content ids', () => {
  assert.notEqual(contentId('2024-05-14', LAVROV), contentId('2024-05-15', LAVROV));
});

test('a reference article and a JSON record with the same date and text get the same content id', async () => {
  const dir = fixtureDir({ 'a.txt': `date 2024-05-14\n\n${LAVROV}\n`, 'b.jsonl': jsonl({ date: '2024-05-14', text: LAVROV }) });
  const { articles } = await readAll([dir]);
  assert.equal(articles[0]!.id, articles[1]!.id);
});

test('two records with the same id are both kept, with a warning pointing at the first', async () => {
  const dir = fixtureDir({ 'monday.jsonl': jsonl({ id: 'wire-7', text: LAVROV }), 'tuesday.jsonl': jsonl({ id: 'wire-7', text: JENIN }) });
  const { articles, problems } = await readAll([dir]);
  assert.deepEqual(articles.map((a) => a.text), [LAVROV, JENIN]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.severity, 'warning');
  assert.equal(problems[0]!.file, join(dir, 'tuesday.jsonl'));
  assert.match(problems[0]!.message, new RegExp(`duplicate id "wire-7" \\(also at ${join(dir, 'monday.jsonl')}:1\\)`));
});

test('an invalid default date is a usage error, thrown before anything is read', async () => {
  await assert.rejects(readAll(['-'], { defaultDate: '2024-02-30', stdin: Readable.from(['']) }), RangeError);
});

test('the consumer may stop early; the file is released and nothing more is reported', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ id: 'wire-1', text: LAVROV }, { id: 'wire-2', text: 3 }) });
  const problems: unknown[] = [];
  for await (const a of readArticles([join(dir, 'wire.jsonl')], (p) => problems.push(p))) {
    assert.equal(a.id, 'wire-1');
    break;
  }
  assert.deepEqual(problems, []);
});

test('problems print as file:line: message, the shape editors jump to', () => {
  assert.equal(formatProblem({ file: 'wire.jsonl', line: 2, message: 'text is missing', severity: 'error' }), 'wire.jsonl:2: text is missing');
  assert.equal(formatProblem({ file: 'corpus', line: null, message: 'empty', severity: 'warning' }), 'corpus: warning: empty');
});

test('a lone \\r is not a line break: a broken record is reported at the line `sed -n` shows', async () => {
  const dir = fixtureDir({ 'wire.jsonl': `${JSON.stringify({ id: 'wire-1', text: `${LAVROV}\r${JENIN}` }).replace('\\r', '\r')}\n{"id": "wire-2", "text":\n` });
  const { articles, problems } = await readAll([join(dir, 'wire.jsonl')]);
  assert.equal(articles.length, 0);
  assert.deepEqual(problems.map((p) => p.line), [1, 2]);
});

test('Windows line ends (\\r\\n) end lines as \\n does, and leave no \\r in the text', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ id: 'wire-1', text: LAVROV }).replace('\n', '\r\n') + JSON.stringify({ id: 'wire-2', text: JENIN }) + '\r\n' });
  const { articles, problems } = await readAll([join(dir, 'wire.jsonl')]);
  assert.deepEqual(problems, []);
  assert.deepEqual(articles.map((a) => [a.id, a.origin.line]), [['wire-1', 1], ['wire-2', 2]]);
});

test('an article over the size limit is reported with its size and skipped; the records around it are read', async () => {
  const huge = `${LAVROV} `.repeat(12_000);
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ id: 'wire-1', text: LAVROV }, { id: 'wire-2', text: huge }, { id: 'wire-3', text: JENIN }) });
  const { articles, problems } = await readAll([join(dir, 'wire.jsonl')], { maxArticleBytes: 1_000_000 });
  assert.deepEqual(articles.map((a) => a.id), ['wire-1', 'wire-3']);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.line, 2);
  assert.match(problems[0]!.message, /text is 1\.54 MB, over the limit of 1\.00 MB \(--max-article-bytes\); skipped/);
});

test('a url that is not http(s) (javascript:, file:, data:) is dropped with a warning; the article is kept', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ id: 'wire-1', text: LAVROV, url: 'javascript:alert(1)' }, { id: 'wire-2', text: JENIN, url: 'https://example.org/jenin' }, { id: 'wire-3', text: RUTO, url: 'file:///etc/passwd' }) });
  const { articles, problems } = await readAll([join(dir, 'wire.jsonl')]);
  assert.deepEqual(articles.map((a) => a.url), [null, 'https://example.org/jenin', null]);
  assert.deepEqual(problems.map((p) => [p.line, p.severity]), [[1, 'warning'], [3, 'warning']]);
  assert.match(problems[0]!.message, /url "javascript:alert\(1\)" is not an http or https address; dropped/);
});

test('two records with different ids but the same date and text are reported as a duplicate, both ids named', async () => {
  const dir = fixtureDir({ 'wire.jsonl': jsonl({ id: 'ap-1', date: '2024-05-14', text: LAVROV }, { id: 'afp-9', date: '2024-05-14', text: LAVROV }) });
  const { articles, problems } = await readAll([join(dir, 'wire.jsonl')]);
  assert.equal(articles.length, 2);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.duplicate, true);
  assert.match(problems[0]!.message, /same date and text as the record at .*wire\.jsonl:1 \(id "ap-1"; this one "afp-9"\)/);
});

test('"-" recognises an RSS feed on standard input: one article per item, not the XML read as prose', async () => {
  const rss = `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>
<item><title>Talks</title><link>https://example.org/a</link><pubDate>Tue, 14 May 2024 09:00:00 +0000</pubDate><description>${LAVROV}</description></item>
</channel></rss>\n`;
  const { articles } = await readAll(['-'], { stdin: Readable.from([rss]) });
  assert.equal(articles.length, 1);
  assert.equal(articles[0]!.title, 'Talks');
  assert.doesNotMatch(articles[0]!.text, /<item>|<rss/);
});

test('"-" recognises a saved web page on standard input by its markup', async () => {
  const html = `<!doctype html><html><head><title>Talks</title><meta property="article:published_time" content="2024-05-14"></head>
<body><article><h1>Talks</h1><p>${LAVROV}</p><p>${LAVROV}</p></article></body></html>\n`;
  const { articles } = await readAll(['-'], { stdin: Readable.from([html]) });
  assert.equal(articles.length, 1);
  assert.equal(articles[0]!.date, '2024-05-14');
  assert.doesNotMatch(articles[0]!.text, /<p>/);
});
