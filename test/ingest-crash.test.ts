// `dyad ingest` killed with SIGKILL mid-run: a re-run finishes the job with no duplicate, no loss, and the ids a clean run gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { projectRoot } from '../src/paths.js';

const cli = join(projectRoot, 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-crash-'));
const corpus = join(dir, 'corpus.jsonl');
const LEADERS = ['Turkish President Tayyip Erdogan', 'Qatari Prime Minister Mohammed bin Abdulrahman Al Thani', 'Egyptian President Abdel Fattah al-Sisi', 'Jordan\'s King Abdullah'];
const lines: string[] = [];
for (let k = 0; k < 400; k++) {
  const day = String(1 + (k % 28)).padStart(2, '0');
  const month = String(1 + Math.floor(k / 28) % 12).padStart(2, '0');
  lines.push(JSON.stringify({ id: `art-${k}`, date: `2024-${month}-${day}`, source: k % 3 === 0 ? 'AP' : 'Reuters', text: `${LEADERS[k % LEADERS.length]} met Hamas leader Ismail Haniyeh in Doha on Monday. Israel attacked Gaza on Sunday, officials said. Report number ${k}.` }));
}
writeFileSync(corpus, lines.join('\n') + '\n');

function ingest(db: string): void {
  const r = spawnSync(process.execPath, [cli, 'ingest', corpus, '--db', db, '--batch', '10', '--no-progress'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

function snapshot(db: string) {
  const d = new Database(db, { readonly: true });
  const articles = d.prepare('SELECT count(*) FROM articles').pluck().get();
  const mentions = d.prepare('SELECT count(*) FROM mentions').pluck().get();
  const distinctMentions = d.prepare('SELECT count(DISTINCT id) FROM mentions').pluck().get();
  const events = d.prepare("SELECT id || ' ' || num_mentions FROM events ORDER BY id").pluck().all();
  d.close();
  return { articles, mentions, distinctMentions, events };
}

test('an ingest killed mid-run and run again stores every article once, with the ids of an uninterrupted run', async () => {
  const clean = join(dir, 'clean.db');
  ingest(clean);
  const killed = join(dir, 'killed.db');
  const child = spawn(process.execPath, [cli, 'ingest', corpus, '--db', killed, '--batch', '10', '--no-progress'], { stdio: 'ignore' });
  // Kill it once some batches are committed, well before the end.
  const started = Date.now();
  while (Date.now() - started < 30_000) {
    await new Promise((r) => setTimeout(r, 100));
    if (!existsSync(killed)) continue;
    const d = new Database(killed, { readonly: true, fileMustExist: true });
    let n = 0;
    try {
      n = d.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } catch {
      // the schema may not exist yet
    }
    d.close();
    if (n >= 30) break;
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  const partial = snapshot(killed);
  assert.ok((partial.articles as number) < 400, `killed too late: ${partial.articles} articles stored`);
  ingest(killed);
  const after = snapshot(killed);
  const expected = snapshot(clean);
  assert.equal(after.articles, 400);
  assert.equal(after.mentions, after.distinctMentions);
  assert.deepEqual(after, expected);
});
