// `dyad actors add` writes the user's overlay, which every run then codes with; the bundled data stays as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runActorsAdd } from './actors-add.js';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import { dyads } from '../../test/support/code-text.js';

const sink = () => {
  let text = '';
  return { stream: new Writable({ write(c, _e, done) { text += c.toString(); done(); } }), text: () => text };
};

test('an actor added to the overlay is coded from then on, with its dated code: "Syrian envoy" unknown before, SYRGOV after', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-overlay-')), 'actors.yaml');
  const previous = process.env['DYAD_OVERLAY'];
  process.env['DYAD_OVERLAY'] = file;
  try {
    const sentence = 'Omar Haddad accused Israel of violating the ceasefire.';
    assert.deepEqual(dyads(sentence, '2024-05-01'), []);
    const out = sink();
    assert.equal(runActorsAdd('Omar Haddad', { code: 'SYRGOV', alias: ['Haddad'], from: '2024-01-01' }, out.stream, sink().stream), 0);
    assert.match(out.text(), /added Omar Haddad \(SYRGOV, 2024-01-01 to …\)/);
    assert.ok(loadKnowledge().actors.some((a) => a.name === 'Omar Haddad'));
    // The test helper keeps its own knowledge; the coder's is loadKnowledge's.
    assert.match(readFileSync(file, 'utf8'), /name: Omar Haddad\n\s+aliases:\n\s+- Haddad\n\s+codes:\n\s+- code: SYRGOV\n\s+from: 2024-01-01/);
  } finally {
    if (previous === undefined) delete process.env['DYAD_OVERLAY'];
    else process.env['DYAD_OVERLAY'] = previous;
  }
});

test('a second code for the same name is added to its entry, not a second entry; a bad code or date is refused', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-overlay-')), 'actors.yaml');
  runActorsAdd('Omar Haddad', { code: 'SYRGOV', alias: [], to: '2024-12-31', file }, sink().stream, sink().stream);
  runActorsAdd('Omar Haddad', { code: 'SYROPP', alias: [], from: '2025-01-01', file }, sink().stream, sink().stream);
  assert.equal((readFileSync(file, 'utf8').match(/name: Omar Haddad/g) ?? []).length, 1);
  assert.match(readFileSync(file, 'utf8'), /SYROPP/);
  const err = sink();
  assert.equal(runActorsAdd('X', { code: 'syria government', alias: [], file }, sink().stream, err.stream), 2);
  assert.match(err.text(), /--code: an actor code such as TUR/);
  assert.equal(runActorsAdd('X', { code: 'SYR', alias: [], from: '2024-13-01', file }, sink().stream, sink().stream), 2);
});
