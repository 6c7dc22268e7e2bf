// End-to-end specifications of `dyad code` through its real entry point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/paths.js';

const cli = join(projectRoot, 'dist', 'src', 'cli', 'main.js');
const reference = join(projectRoot, 'examples', '2024-04-20-erdogan-haniyeh.txt');

function dyad(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Event {
  id: string; article_id: string; sentence: string; cameo: string; quad_class: number; goldstein: number; plover: string; cameo_label: string; date: string;
  source: { code: string; country: string | null; text: string }; target: { code: string; country: string | null; text: string } | null;
  evidence: { trigger: [number, number]; source: [number, number] | null; target: [number, number] | null };
}
const events = (stdout: string): Event[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Event);

const run = dyad(['code', reference, '--format', 'jsonl']);
const referenceEvents = events(run.stdout);

test('the reference article codes Erdoğan meeting Haniyeh: a root-04 event between TUR and PSE actors', () => {
  assert.equal(run.status, 0, run.stderr);
  const meeting = referenceEvents.find((e) => e.cameo.startsWith('04') && e.source.country === 'TUR' && e.target?.country === 'PSE');
  assert.ok(meeting, JSON.stringify(referenceEvents.map((e) => [e.cameo, e.source.code, e.target?.code])));
});

test('the reference article codes "Turkey denounced the Israeli offensive" as root 11, TUR → ISR', () => {
  assert.ok(referenceEvents.some((e) => e.cameo.startsWith('11') && e.source.code.startsWith('TUR') && e.target?.code.startsWith('ISR')));
});

test('the reference article codes "Ankara has also imposed trade restrictions on Israel" as root 16, TUR → ISR', () => {
  assert.ok(referenceEvents.some((e) => e.cameo.startsWith('16') && e.source.code.startsWith('TUR') && e.target?.code.startsWith('ISR')));
});

test('"Israel should not benefit" is not printed as an asserted event', () => {
  assert.ok(!referenceEvents.some((e) => e.sentence.includes('should not benefit') && e.source.code.startsWith('ISR')));
});

test('every evidence span points at the words of its actor and trigger', () => {
  for (const e of referenceEvents) {
    assert.ok(e.evidence.trigger[1] > e.evidence.trigger[0]);
    assert.equal(e.sentence.slice(...e.evidence.source!), e.source.text);
    if (e.target) assert.equal(e.sentence.slice(...e.evidence.target!), e.target.text);
  }
});

test('every event carries the schema fields with consistent CAMEO metadata', () => {
  for (const e of referenceEvents) {
    assert.match(e.cameo, /^[0-9]{3,4}$/);
    assert.ok([1, 2, 3, 4].includes(e.quad_class));
    assert.ok(e.goldstein >= -10 && e.goldstein <= 10);
    assert.ok(e.plover.length > 0 && e.cameo_label.length > 0);
    assert.match(e.date, /^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/);
  }
});

test('the Erdoğan–Haniyeh meeting is dated on the article\'s Saturday, 2024-04-20', () => {
  const meeting = referenceEvents.find((e) => e.cameo.startsWith('04') && e.sentence.startsWith('Turkish President') && e.target?.country === 'PSE');
  assert.equal(meeting?.date, '2024-04-20');
});

test('Haniyeh\'s meeting with Fidan is dated three days before the visit: 2024-04-17', () => {
  const fidan = referenceEvents.find((e) => e.cameo.startsWith('04') && e.target?.text.includes('Fidan'));
  assert.equal(fidan?.date, '2024-04-17');
});

test('Israel\'s attack on Iran "this week" is dated within the article\'s week', () => {
  const attack = referenceEvents.find((e) => e.source.code.startsWith('ISR') && e.target?.code.startsWith('IRN')) as (Event & { date_precision: string }) | undefined;
  assert.deepEqual([attack?.date, attack?.date_precision], ['2024-04-20', 'week']);
});

test('no event of the reference article is dated in the future of the article', () => {
  for (const e of referenceEvents) assert.ok(e.date <= '2024-04-20', `${e.cameo} ${e.date}`);
});

test('the same input twice gives the same output, ids and order', () => {
  assert.equal(dyad(['code', reference]).stdout, run.stdout);
  assert.equal(new Set(referenceEvents.map((e) => e.id)).size, referenceEvents.length);
});

test('a broken JSON line is reported with file and line; the other records are still coded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
  const file = join(dir, 'batch.jsonl');
  writeFileSync(file, [
    JSON.stringify({ id: 'a', date: '2024-04-20', text: 'Turkey denounced Israel on Saturday.' }),
    '{"id": "b", "date": "2024-04-20", "text": ',
    JSON.stringify({ id: 'c', date: '2024-02-30', text: 'Turkey denounced Israel.' }),
    JSON.stringify({ id: 'd', date: '2024-04-20', text: 'Iran denounced Israel on Sunday.' }),
  ].join('\n') + '\n');
  const r = dyad(['code', file]);
  assert.equal(r.status, 0);
  assert.match(r.stderr, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:`));
  assert.match(r.stderr, /:3:.*date/);
  assert.deepEqual([...new Set(events(r.stdout).map((e) => e.article_id))], ['a', 'd']);
  assert.match(r.stderr.trim().split('\n').pop()!, /2 articles coded.*2 records skipped/);
});

test('the exit status is non-zero only when nothing could be read', () => {
  const r = dyad(['code', '/nonexistent/dyad-input.jsonl']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /nonexistent/);
});

test('standard input is read with "-"', () => {
  const r = dyad(['code', '-'], JSON.stringify({ id: 's1', date: '2024-04-20', text: 'Ankara imposed trade restrictions on Israel.' }) + '\n');
  assert.equal(events(r.stdout)[0]?.cameo, '163');
});

test('an undated record is skipped with a message naming --date, and coded when --date is given', () => {
  const line = JSON.stringify({ id: 'u', text: 'Turkey denounced Israel.' }) + '\n';
  assert.match(dyad(['code', '-'], line).stderr, /--date/);
  assert.equal(events(dyad(['code', '-', '--date', '2024-04-20'], line).stdout)[0]?.date, '2024-04-20');
});

test('CSV output has a header and one quoted row per event', () => {
  const r = dyad(['code', reference, '--format', 'csv']);
  const lines = r.stdout.trim().split('\n');
  assert.ok(lines[0]!.startsWith('id,article_id,date'));
  assert.ok(lines.length > 1);
});

test('JSON output is one array of the same events', () => {
  const parsed = JSON.parse(dyad(['code', reference, '--format', 'json']).stdout) as Event[];
  assert.deepEqual(parsed.map((e) => e.id), referenceEvents.map((e) => e.id));
});

test('--dictionaries codes with another dictionary set instead of the built-ins', () => {
  const r = dyad(['code', '-', '--dictionaries', join(projectRoot, 'test', 'fixtures', 'tiny-dictionaries')], JSON.stringify({ id: 'x', date: '1995-01-01', text: 'Arnor praised Gondor on Monday.' }) + '\n');
  assert.deepEqual(events(r.stdout).map((e) => [e.cameo, e.source.code, e.target?.code]), [['051', 'ARN', 'GON']]);
});

test('the reference file is the one shipped in examples/', () => {
  assert.match(readFileSync(reference, 'utf8'), /^\s*date 2024-04-20/);
});

test('every event of the reference article is valid against event.schema.json', async () => {
  const ajvModule = await import('ajv/dist/2020.js');
  // ajv is CommonJS: its class is the module's default export's default, or the default itself.
  const Ajv2020 = ((ajvModule.default as unknown as { default?: unknown }).default ?? ajvModule.default) as unknown as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
  const ajv = new Ajv2020({ strict: false });
  const schema = JSON.parse(readFileSync(join(projectRoot, 'docs', 'event.schema.json'), 'utf8')) as object;
  const validate = ajv.compile(schema);
  for (const e of referenceEvents) assert.ok(validate(e), JSON.stringify(validate.errors));
});

test('a dictionary directory that does not exist is a clear error, not a stack trace', () => {
  const r = dyad(['code', reference, '--dictionaries', '/nonexistent-dyad-dictionaries']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^dyad: \/nonexistent-dyad-dictionaries: not a directory of dictionaries/);
});

test('the built command is executable, so "npx dyad" runs it after install', () => {
  assert.doesNotThrow(() => accessSync(cli, constants.X_OK));
});

test('--min-confidence 0 prints every asserted event; the default leaves out those below the model\'s threshold; a bad value is refused', () => {
  const all = events(dyad(['code', reference, '--min-confidence', '0']).stdout);
  assert.ok(all.length >= referenceEvents.length);
  for (const e of referenceEvents as Array<Event & { confidence?: number }>) assert.ok(typeof e.confidence === 'number');
  const strict = events(dyad(['code', reference, '--min-confidence', '0.99']).stdout);
  assert.ok(strict.length < all.length);
  const bad = dyad(['code', reference, '--min-confidence', '2']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--min-confidence: a probability from 0 to 1, got "2"/);
});

test('--jobs 2 prints the bytes --jobs 1 does: articles are coded on two worker threads and printed in input order', () => {
  const corpus = join(projectRoot, 'data', 'sample', 'wikinews-2019-2020.jsonl');
  const one = dyad(['code', corpus, '--jobs', '1']);
  const two = dyad(['code', corpus, '--jobs', '2']);
  assert.equal(one.status, 0, one.stderr);
  assert.equal(two.status, 0, two.stderr);
  assert.ok(one.stdout.length > 10_000);
  assert.equal(two.stdout, one.stdout);
  assert.match(dyad(['code', reference, '--jobs', '0']).stderr, /--jobs: a whole number from 1 to 256, got "0"/);
});

test('dyad --version prints package.json\'s version; an unknown command is refused with the closest one suggested', () => {
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  assert.equal(dyad(['--version']).stdout.trim(), version);
  const wrong = dyad(['cod']);
  assert.notEqual(wrong.status, 0);
  assert.match(wrong.stderr, /unknown command 'cod'[\s\S]*code/);
});

test('dyad code --format table prints one aligned row per event under a header, for reading in a terminal', () => {
  const table = dyad(['code', reference, '--format', 'table']);
  assert.equal(table.status, 0, table.stderr);
  const lines = table.stdout.trimEnd().split('\n');
  assert.match(lines[0]!, /^date\s+cameo\s+source\s+target\s+place\s+quad\s+goldstein\s+words\s+label$/);
  assert.equal(lines.length - 1, referenceEvents.length);
  const labelAt = lines[0]!.indexOf('label');
  assert.ok(lines.slice(1).every((l) => l.length > labelAt && l[labelAt - 1] === ' '), 'every row reaches the label column');
  assert.match(table.stdout, /TURGOV\s+PSEREBHMS\s+Istanbul/);
});
