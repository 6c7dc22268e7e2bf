// dyad watch against a local news site: good pages stored, every bad feed or page one logged reason, politeness kept, nothing fetched twice, and on PostgreSQL the articles queued for workers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { projectRoot } from '../src/paths.js';
import { testPostgres } from './support/throwaway-postgres.js';
import { intervalMs } from '../src/cli/watch.js';
import { readFeedList } from '../src/watch/watch.js';
import { startFeedServer, type FeedServer } from './fixtures/feed-server.js';

const cli = join(projectRoot, 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-watch-'));
let site: FeedServer;
const postgres = await testPostgres();

before(async () => {
  site = await startFeedServer();
});
after(async () => {
  await site.close();
  await postgres.stop();
});

function run(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('exit', (status) => resolve({ status, stderr })));
}

const quick = ['--once', '--no-places', '--timeout', '2', '--max-page-bytes', '1000000'];

test('one poll stores the good pages of an RSS and an Atom feed, and gives each bad feed or page one reason', async () => {
  const feeds = join(dir, 'feeds.txt');
  writeFileSync(feeds, `# fixtures\n${site.base}/feed.rss\n${site.base}/atom.xml\n${site.base}/broken.xml\n${site.base}/missing.xml\nnot a url\n`);
  const db = join(dir, 'watch.db');
  const first = await run(['watch', feeds, '--db', db, ...quick]);
  assert.equal(first.status, 0, first.stderr);
  const reasons: Array<[string, RegExp]> = [
    ['feeds file', /feeds\.txt:6: not an http\(s\) URL: not a url/],
    ['broken XML', /\/broken\.xml: not a readable RSS or Atom feed: The XML document is not well-formed/],
    ['missing feed', /\/missing\.xml: HTTP 404/],
    ['huge page', /\/huge: larger than 1000000 bytes/],
    ['silent page', /\/slow: no complete answer within 2 s \(tried again at the next poll\)/],
    ['robots.txt', /\/private\/secret: robots\.txt of 127\.0\.0\.1:\d+ disallows it for dyad/],
    ['429', /\/busy: HTTP 429 after 3 tries \(tried again at the next poll\)/],
    ['404 page', /\/gone: HTTP 404\n/],
    ['not a page', /\/report\.pdf: not a web page \(application\/pdf\)/],
  ];
  for (const [what, reason] of reasons) assert.match(first.stderr, reason, what);
  assert.match(first.stderr, /4 feeds \(0 unchanged, 2 failed\), 5 new articles stored, 4 pages refused, 2 left for the next poll/);
  const stored = new Database(db, { readonly: true });
  const urls = (stored.prepare('SELECT url FROM articles ORDER BY url').pluck().all() as string[]).map((u) => u.slice(site.base.length));
  const latin = stored.prepare("SELECT text FROM articles WHERE url LIKE '%/latin1'").pluck().get() as string;
  stored.close();
  // /moved was followed to /b; /flaky answered 503 once, then the page.
  assert.deepEqual(urls, ['/a', '/b', '/c', '/flaky', '/latin1']);
  assert.match(latin, /Besançon, François Rebsamen, said the talks in São Paulo/);
  assert.ok([...site.userAgents].every((ua) => ua.startsWith('dyad/')), [...site.userAgents].join(', '));
  assert.ok(site.maxOpen <= 2, `at most 2 requests at once to one host, saw ${site.maxOpen}`);
  assert.equal(site.hits.get('/private/secret'), undefined);

  // A second poll re-reads no stored page; the Atom feed, all of whose pages are settled, is answered 304.
  const pagesBefore = ['/a', '/b', '/c', '/latin1', '/flaky', '/huge', '/gone'].map((p) => site.hits.get(p));
  const second = await run(['watch', feeds, '--db', db, ...quick]);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, /4 feeds \(1 unchanged, 2 failed\), 0 new articles stored, 2 left for the next poll/);
  assert.deepEqual(['/a', '/b', '/c', '/latin1', '/flaky', '/huge', '/gone'].map((p) => site.hits.get(p)), pagesBefore);

  // After its third poll a page failing for now is left alone; then the RSS feed's validators are kept, and it too is answered 304.
  await run(['watch', feeds, '--db', db, ...quick]);
  const fourth = await run(['watch', feeds, '--db', db, ...quick]);
  assert.match(fourth.stderr, /4 feeds \(1 unchanged, 2 failed\), 0 new articles stored;/);
  assert.equal(site.hits.get('/busy'), 9);
  const fifth = await run(['watch', feeds, '--db', db, ...quick]);
  assert.match(fifth.stderr, /4 feeds \(2 unchanged, 2 failed\), 0 new articles stored;/);
});

test('with PostgreSQL the new articles are queued, a worker stores them, and a second poll queues nothing', { skip: postgres.skip }, async () => {
  const url = await postgres.newDatabase();
  const feeds = join(dir, 'atom.txt');
  writeFileSync(feeds, `${site.base}/atom.xml\n`);
  const watched = await run(['watch', feeds, '--db', url, ...quick]);
  assert.equal(watched.status, 0, watched.stderr);
  assert.match(watched.stderr, /1 feed \(0 unchanged, 0 failed\), 2 new articles queued/);
  const worker = await run(['worker', '--db', url, '--no-places', '--poll', '0.2', '--until-idle']);
  assert.match(worker.stderr, /2 articles done, 0 failed/);
  const again = await run(['watch', feeds, '--db', url, ...quick]);
  assert.match(again.stderr, /1 feed \(1 unchanged, 0 failed\), 0 new articles queued/);
});

test('the feeds file: one URL a line, comments and blank lines ignored, the same feed once, a bad line named', () => {
  const { feeds, problems } = readFeedList('# world\nhttps://a.example/rss\n\nhttps://a.example/rss\nftp://b.example/feed\n', 'FEEDS.txt');
  assert.deepEqual(feeds, [{ url: 'https://a.example/rss', line: 2 }]);
  assert.deepEqual(problems, ['FEEDS.txt:5: not an http(s) URL: ftp://b.example/feed']);
});

test('--every takes seconds, minutes or hours', () => {
  assert.deepEqual(['90s', '15m', '1h', '30'].map(intervalMs), [90_000, 900_000, 3_600_000, 30_000]);
  assert.throws(() => intervalMs('0.5'), /--every: an interval of a second or more/);
});
