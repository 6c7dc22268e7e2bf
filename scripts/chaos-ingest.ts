// The crash-safety check (`npm run chaos`): an ingest of ~3,000 articles SIGKILLed 20 times at random points, then resumed, must equal a clean run.
// Usage: node dist/scripts/chaos-ingest.js [--kills N] [--seed S] [--articles N]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { projectRoot } from '../src/paths.js';
import type { CodedArticle } from '../src/store/model.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { seededRandom } from './seeded-random.js';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '20' }, seed: { type: 'string' }, articles: { type: 'string', default: '3000' }, keep: { type: 'boolean', default: false } } });
const kills = Number(values.kills);
const seed = Number(values.seed ?? Date.now() % 1_000_000);
const wanted = Number(values.articles);
const cli = join(projectRoot, 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-chaos-'));

const next = seededRandom(seed);

// The corpus: the paragraphs of the bundled Wikinews sample, each an article of its own (about 3,000 of them).
interface SampleRecord { id: string; date: string; source?: string; text: string }
const records: SampleRecord[] = [];
for (const line of readFileSync(join(projectRoot, 'data', 'sample', 'wikinews-2019-2020.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as SampleRecord;
  article.text.split(/\n\s*\n/).forEach((paragraph, k) => {
    if (paragraph.trim().length >= 80 && records.length < wanted) records.push({ id: `${article.id}-p${k}`, date: article.date, source: article.source ?? 'Wikinews', text: paragraph.trim() });
  });
}
const corpus = join(dir, 'corpus.jsonl');
writeFileSync(corpus, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const args = (db: string) => [cli, 'ingest', corpus, '--db', db, '--batch', '25', '--no-progress'];

/** Everything a user reads from a store, by content: not the times of ingest nor SQLite's row numbers or dictionary ids. */
async function contents(db: string): Promise<{ integrity: unknown; articles: number; events: number; mentions: number; digest: string }> {
  const d = new Database(db, { readonly: true });
  const integrity = d.pragma('integrity_check', { simple: true });
  d.close();
  const store = openSqliteStore(db, { readOnly: true });
  const articles: CodedArticle[] = [];
  for (let page = await store.articlesAfter(null, 500); page.length > 0; page = await store.articlesAfter(page[page.length - 1]!.article.id, 500)) articles.push(...page);
  const events = await store.query({});
  const mentions = await Promise.all(events.map((e) => store.mentionsOf(e.id)));
  const stats = await store.stats();
  await store.close();
  return { integrity, articles: stats.articles, events: stats.events, mentions: stats.mentions, digest: JSON.stringify([articles, events, mentions]) };
}

const started = Date.now();
const clean = join(dir, 'clean.db');
const cleanRun = spawnSync(process.execPath, args(clean), { encoding: 'utf8' });
if (cleanRun.status !== 0) throw new Error(`the clean run failed: ${cleanRun.stderr}`);
const cleanSeconds = (Date.now() - started) / 1000;
const expected = await contents(clean);

const crashed = join(dir, 'crashed.db');
const storedAtKill: number[] = [];
let finishedEarly = 0;
for (let k = 0; k < kills; k++) {
  const child = spawn(process.execPath, args(crashed), { stdio: 'ignore' });
  // Anywhere from start-up (dictionaries loading, the coders starting, the schema being made) to near the end of a
  // clean run: with worker threads, start-up alone can outlast a few seconds, and kills all landing in it test nothing.
  const after = Math.round(200 + next() * Math.min(30000, cleanSeconds * 1000 * 0.9));
  const exited = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(false);
    }, after);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  if (exited) finishedEarly++;
  else await new Promise((resolve) => child.once('exit', resolve));
  let stored = 0;
  try {
    const d = new Database(crashed, { readonly: true, fileMustExist: true });
    stored = d.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    d.close();
  } catch {
    // killed before the schema existed
  }
  storedAtKill.push(stored);
}
// A check whose kills all came before the first commit, or after the last, would pass without testing anything.
if (!storedAtKill.some((n, k) => n > (storedAtKill[k - 1] ?? 0) && n < records.length)) {
  throw new Error(`dyad chaos: no kill landed between two commits (articles stored at each kill: ${storedAtKill.join(' ')})`);
}
const resume = spawnSync(process.execPath, args(crashed), { encoding: 'utf8' });
if (resume.status !== 0) throw new Error(`the resumed run failed: ${resume.stderr}`);
const actual = await contents(crashed);

const same = actual.digest === expected.digest && actual.integrity === 'ok';
console.log(`dyad chaos: seed ${seed}; ${records.length} articles; ${kills - finishedEarly} SIGKILLs (${finishedEarly} runs ended before their kill); articles stored at each kill: ${storedAtKill.join(' ')}`);
console.log(`dyad chaos: clean run ${expected.articles} articles, ${expected.events} events, ${expected.mentions} mentions; killed and resumed ${actual.articles} articles, ${actual.events} events, ${actual.mentions} mentions; integrity_check ${String(actual.integrity)}`);
console.log(same ? 'dyad chaos: the resumed database equals the clean run, row for row' : 'dyad chaos: FAILED: the resumed database differs from the clean run');
if (!values.keep) rmSync(dir, { recursive: true, force: true });
else console.log(`dyad chaos: databases kept in ${dir}`);
process.exitCode = same ? 0 : 1;
