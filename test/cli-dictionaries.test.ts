// End-to-end specifications of `dyad dictionaries check` and of the warning `dyad code` gives on dictionaries it cannot fully read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/paths.js';

const cli = join(projectRoot, 'dist', 'src', 'cli', 'main.js');
const fixtures = join(projectRoot, 'test', 'fixtures', 'dictionaries');

function dyad(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The test-bed dictionaries plus one verb file with a broken pattern among a few good lines. */
function brokenDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
  for (const f of ['PETR.Testbed.actors.txt', 'PETR.Testbed.verbs.txt']) copyFileSync(join(fixtures, 'petr-testbed', f), join(dir, f));
  writeFileSync(join(dir, 'extra.verbs'), 'TAKE  [---]\n- * COMMIT { AID | HELP [033]\n- * PART IN_ CONFERENCE  [036]\n');
  writeFileSync(join(dir, 'Levant.options'), 'COMPLEX: VERBS 4\nOUTPUT: ID STORY\n');
  return dir;
}

test('check prints per file the lines, entries read and used, and each line not understood with file:line', () => {
  const r = dyad(['dictionaries', 'check', brokenDir()]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^PETR\.Testbed\.verbs\.txt \(TABARI verbs\): 685 lines, 717 entries read, 717 used; 0 lines not understood \(0\.0%\)$/m);
  assert.match(r.stdout, /^extra\.verbs \(TABARI verbs\): 3 lines, 2 entries read, 2 used; 1 lines not understood \(33\.3%\)$/m);
  assert.match(r.stdout, /^ {2}extra\.verbs:2: not understood: unbalanced or nested "\{ \.\.\. \| \.\.\. \}" alternatives: - \* COMMIT \{ AID \| HELP \[033\]$/m);
  assert.match(r.stdout, /^ {2}Levant\.options:1: setting "COMPLEX" is not applied: TABARI discards sentences over these complexity limits/m);
});

test('check exits 0 when every line of every file is understood: the PETRARCH test bed', () => {
  const r = dyad(['dictionaries', 'check', join(fixtures, 'petr-testbed'), '--json']);
  assert.equal(r.status, 0, r.stdout);
  const files = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; notUnderstood: number });
  assert.deepEqual(files.map((f) => [f.file, f.notUnderstood]), [['PETR.Testbed.actors.txt', 0], ['PETR.Testbed.verbs.txt', 0]]);
});

test('dyad code warns once, with the count and the hint, when over 1% of a dictionary is not understood', () => {
  const dir = brokenDir();
  const r = dyad(['code', '-', '--dictionaries', dir, '--no-places'], 'date 2003-07-15\n\nIsrael criticised Hamas on Monday.\n');
  assert.equal(r.status, 0, r.stderr);
  const warnings = r.stderr.split('\n').filter((l) => l.startsWith('dyad: '));
  assert.deepEqual(warnings, [
    'dyad: Levant.options: 2 run settings of TABARI or PETRARCH, not applied',
    'dyad: extra.verbs: 1 of 3 lines (33.3%) not understood and left out',
    `dyad: \`dyad dictionaries check ${dir}\` lists every line with the reason`,
  ]);
  assert.match(r.stdout, /"cameo":"121"/);
});

test('dyad code says nothing of dictionaries it reads in full', () => {
  const r = dyad(['code', '-', '--dictionaries', join(fixtures, 'petr-testbed'), '--no-places'], 'date 2003-07-15\n\nIsrael criticised Hamas on Monday.\n');
  assert.deepEqual(r.stderr.split('\n').filter((l) => l.startsWith('dyad: ')), []);
});

test('convert writes the test bed as dyad YAML that codes as the source does, and as PETRARCH-2 files with what they cannot say', () => {
  const out = mkdtempSync(join(tmpdir(), 'dyad-convert-'));
  const toDyad = dyad(['dictionaries', 'convert', join(fixtures, 'petr-testbed'), '--to', 'dyad', '--out', join(out, 'yaml')]);
  assert.equal(toDyad.status, 0, toDyad.stderr);
  assert.equal(toDyad.stdout, `${join(out, 'yaml', 'petr-testbed.yaml')}\n`);
  assert.equal(toDyad.stderr, '');
  const coded = dyad(['code', '-', '--dictionaries', join(out, 'yaml'), '--no-places'], 'date 2003-07-15\n\nIsrael criticised Hamas on Monday.\n');
  assert.match(coded.stdout, /"cameo":"121"/);

  const toPetrarch = dyad(['dictionaries', 'convert', join(fixtures, 'petr-testbed'), '--to', 'petrarch2', '--out', join(out, 'p2')]);
  assert.equal(toPetrarch.status, 0, toPetrarch.stderr);
  assert.deepEqual(toPetrarch.stdout.trim().split('\n').map((f) => f.slice(out.length + 4)), ['petr-testbed.verbs.txt', 'petr-testbed.actors.txt', 'petr-testbed.discards.txt']);
  assert.match(toPetrarch.stderr, /^dyad: not expressible in PETRARCH-2: 554 × pattern words matched as TABARI stems/m);
  assert.equal(dyad(['dictionaries', 'check', join(out, 'p2')]).status, 0);
});

test('convert refuses a target it does not write', () => {
  const r = dyad(['dictionaries', 'convert', join(fixtures, 'petr-testbed'), '--to', 'tabari', '--out', mkdtempSync(join(tmpdir(), 'dyad-convert-'))]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--to must be dyad or petrarch2, not "tabari"/);
});
