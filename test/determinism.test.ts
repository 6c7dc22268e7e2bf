// Coding is a pure function of (article, dictionaries): an article's events do not depend on what the process coded before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { projectRoot } from '../src/paths.js';
import { sharedDir } from './support/shared-paths.js';
import { codeArticle } from '../src/pipeline/pipeline.js';
import { codedEvents } from '../src/document/coded-events.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import { loadGazetteer } from '../src/stages/places/gazetteer.js';
import type { Article } from '../src/document/types.js';

const cli = join(projectRoot, 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-determinism-'));

interface SampleRecord { id: string; date: string; title?: string; text: string }
const sample = readFileSync(join(projectRoot, 'data', 'sample', 'wikinews-2019-2020.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as SampleRecord);
// Reports where the second once changed how the others were split into words ("Malta's," read whole by wink). The
// first stands before it and the third after it, so that a run in corpus order and any other order differ if the
// vocabulary outlives an article.
const vocabularyReports: SampleRecord[] = [
  { id: 'malta-budget', date: '2020-03-03', text: "Prime Minister Robert Abela will step down only after his plan to overhaul Malta's tax system gets parliamentary approval, one of his aides said." },
  { id: 'malta-surplus', date: '2020-03-02', text: "Its trade surplus with the European Union is much larger than that of Malta's, and it keeps growing, officials said." },
  { id: 'malta-talks', date: '2020-03-04', text: "Italian Foreign Minister Luigi Di Maio met Malta's foreign minister in Rome on Wednesday to discuss migration." },
];
const corpus = [...sample.slice(0, 40), ...vocabularyReports];

const asArticle = (r: SampleRecord): Article => ({ id: r.id, date: r.date, title: r.title ?? null, text: r.text, url: null, source: null, origin: { file: 'corpus', line: 1 } });

function writeCorpus(name: string, records: readonly SampleRecord[]): string {
  const path = join(dir, name);
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

function dyadCode(input: string): string[] {
  const r = spawnSync(process.execPath, [cli, 'code', input, '--all-modalities', '--min-confidence', '0'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n').filter((l) => l);
}

/** Each article's event lines, from one run of `dyad code` over the corpus in its order. */
const wholeRun = (): Map<string, string[]> => {
  const byArticle = new Map<string, string[]>(corpus.map((r) => [r.id, []]));
  for (const line of dyadCode(writeCorpus('whole.jsonl', corpus))) byArticle.get((JSON.parse(line) as { article_id: string }).article_id)!.push(line);
  return byArticle;
};

test('the corpus coded whole gives, for each article, the bytes that article gives coded alone in a fresh process', () => {
  const whole = wholeRun();
  for (const record of [vocabularyReports[2]!, corpus[3]!, corpus[17]!, corpus[29]!]) {
    assert.deepEqual(whole.get(record.id), dyadCode(writeCorpus(`${record.id.replace(/\W+/g, '_')}.jsonl`, [record])), record.id);
  }
});

test('coding the articles in any order gives every article the events of a run in corpus order (a property over random orders)', () => {
  const expected = wholeRun();
  const context = { knowledge: loadKnowledge(), gazetteer: loadGazetteer() };
  const code = (r: SampleRecord) => codedEvents(codeArticle(asArticle(r), context)).map((e) => JSON.stringify(e));
  fc.assert(
    fc.property(fc.shuffledSubarray(corpus, { minLength: corpus.length, maxLength: corpus.length }), (order) => {
      for (const r of order) assert.deepEqual(code(r), expected.get(r.id), r.id);
    }),
    { numRuns: 12, seed: 20261207 },
  );
});

const reuters = join(sharedDir, 'corpora', 'reuters-21578.jsonl');
test('3,000 Reuters articles coded forwards and in reverse give the same event lines', { skip: !existsSync(reuters) && 'needs ../shared' }, () => {
  const lines = readFileSync(reuters, 'utf8').split('\n').filter((l) => l.trim()).slice(0, 3000);
  const forwards = dyadCode(writeCorpus('forwards.jsonl', lines.map((l) => JSON.parse(l) as SampleRecord)));
  const backwards = dyadCode(writeCorpus('backwards.jsonl', lines.reverse().map((l) => JSON.parse(l) as SampleRecord)));
  assert.deepEqual([...backwards].sort(), [...forwards].sort());
});
