// npm's prepare step (scripts/prepare.mjs), run on `npm install` and by every first `npx dyad`: it builds only what changed since the last build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/paths.js';

/** A checkout in miniature whose build only writes "built" and the stamp, as the real build does last. */
function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'dyad-prepare-'));
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'dist'));
  copyFileSync(join(projectRoot, 'scripts', 'prepare.mjs'), join(root, 'scripts', 'prepare.mjs'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'mini', scripts: { build: 'node -e "require(\'fs\').writeFileSync(\'dist/.build-complete\', \'\'); console.log(\'built\')"' } }));
  writeFileSync(join(root, 'src', 'main.ts'), '');
  return root;
}

const prepare = (root: string) => spawnSync(process.execPath, [join(root, 'scripts', 'prepare.mjs')], { cwd: root, encoding: 'utf8' });

test('with no build yet, prepare builds, and says first that it will take a while', () => {
  const root = checkout();
  const r = prepare(root);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /building/);
  assert.match(r.stdout, /built/);
});

test('with a build newer than every source, prepare builds nothing and says so', () => {
  const root = checkout();
  prepare(root);
  const again = prepare(root);
  assert.equal(again.status, 0);
  assert.match(again.stderr, /current; nothing to rebuild/);
  assert.doesNotMatch(again.stdout, /built/);
});

test('a source changed since the build makes prepare build again', () => {
  const root = checkout();
  prepare(root);
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(root, 'src', 'main.ts'), later, later);
  assert.match(prepare(root).stdout, /built/);
});
