// What `npm pack` would ship (package.json "files"): the built product and its data, never the tests or their helpers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { projectRoot } from '../src/paths.js';

const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: projectRoot, encoding: 'utf8' });
const files: string[] = packed.status === 0 ? (JSON.parse(packed.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path) : [];

test('the package holds the command, its compiled knowledge, the dashboard and the data it reads', () => {
  assert.equal(packed.status, 0, packed.stderr);
  for (const needed of ['dist/src/cli/main.js', 'dist/src/document/coded-events.js', 'dist/compiled/knowledge.json', 'dist/compiled/gazetteer.json', 'dist/web/index.html', 'data/models/event-confidence.json', 'package.json']) {
    assert.ok(files.includes(needed), `${needed} is not packed`);
  }
});

test('the package ships no test, test helper or evaluation set', () => {
  const testOnly = files.filter((f) => /^(test|dist\/test|bench|dist\/bench|eval|src|scripts)\//.test(f) || /\.test\.js/.test(f) || /(store\.contract|stores-for-tests|throwaway-postgres|ingest-fixtures|test-knowledge|code-text|shared-paths)\.js/.test(f));
  assert.deepEqual(testOnly, []);
});
