// Specifications of the input formats' one list: what it names is what the reader reads, and what --help says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { INPUT_FORMATS, inputKindOf, type InputKind } from './formats.js';
import { fixtureDir, jsonl, readAll, LAVROV } from '../../../test/support/ingest-fixtures.js';

/** An article of each kind, dated 2024-05-14, with the id and text given (the reader warns of repeated ones). */
const SAMPLE: Record<InputKind, (id: string, text: string) => string> = {
  reference: (_id, text) => `date 2024-05-14\n\n${text}\n`,
  'json-lines': (id, text) => jsonl({ id, date: '2024-05-14', text }),
  json: (id, text) => JSON.stringify([{ id, date: '2024-05-14', text }]),
  feed: (id, text) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Lavrov in Beijing</title><link>https://example.org/${id}</link><pubDate>Tue, 14 May 2024 09:00:00 +0000</pubDate><description>${text}</description></item></channel></rss>`,
  page: (_id, text) => `<!doctype html><html><head><title>Lavrov in Beijing</title><meta property="article:published_time" content="2024-05-14T09:00:00Z"></head><body><article><h1>Lavrov in Beijing</h1><p>${text}</p><p>${LAVROV}</p></article></body></html>`,
};

test('a directory holding a file of every listed extension gives one article from each, dated as the file says', async () => {
  const files: Record<string, string> = {};
  for (const format of INPUT_FORMATS) for (const ext of format.extensions) files[`lavrov${ext}`] = SAMPLE[format.kind](`lavrov${ext}`, `${LAVROV} Filed as ${ext}.`);
  const { articles, problems } = await readAll([fixtureDir(files)]);
  assert.deepEqual(problems, []);
  assert.deepEqual(articles.map((a) => a.origin.file.slice(a.origin.file.lastIndexOf('.'))).sort(), Object.keys(files).map((f) => f.slice(f.indexOf('.'))).sort());
  assert.ok(articles.every((a) => a.date === '2024-05-14' && a.text.includes('Sergei Lavrov met')));
});

test('an extension is matched in any case, and one not listed is no format of its own', () => {
  assert.equal(inputKindOf('.JSONL'), 'json-lines');
  assert.equal(inputKindOf('.Htm'), 'page');
  assert.equal(inputKindOf('.md'), null);
});

for (const command of ['code', 'ingest']) {
  test(`dyad ${command} --help lists every input format by its extensions, standard input and directories`, () => {
    const r = spawnSync(process.execPath, [fileURLToPath(new URL('../../cli/main.js', import.meta.url)), command, '--help'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    for (const format of INPUT_FORMATS) assert.match(r.stdout, new RegExp(`^  ${format.extensions.join(' ').replaceAll('.', '\\.')}\\s+\\S`, 'm'));
    assert.match(r.stdout, /RSS or Atom feed/);
    assert.match(r.stdout, /^ {2}-\s+standard input/m);
    assert.match(r.stdout, /^ {2}directory\s+every file/m);
  });
}
