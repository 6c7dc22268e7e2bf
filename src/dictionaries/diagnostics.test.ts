// Specification of the per-file accounts: lines not understood are counted once per line, repaired lines apart, settings never.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readPetrarchFile } from './load.js';
import { diagnose, notUnderstoodShare } from './diagnostics.js';

describe('diagnose', () => {
  test('a line with two reports counts once: "A.H._BELO_CORPORATION_ [MNCMED] [X] Newspapers" is read, its notes repaired', () => {
    const [d] = diagnose(readPetrarchFile('A.H._BELO_CORPORATION_\t[MNCMED] x [MNC]\tNewspapers/Magazines\n', 'x.actors'));
    assert.deepEqual([d!.lines, d!.entries, d!.notUnderstood, d!.repaired, d!.problems.length], [1, 1, 0, 1, 2]);
  });

  test('a pattern TABARI cannot read is one line of the file not understood: "- * FIRE { TO | AT [145]"', () => {
    const [d] = diagnose(readPetrarchFile('SET  [---]\n- * FIRE { TO | AT [145]\n', 'x.verbs'));
    assert.equal(d!.notUnderstood, 1);
    assert.equal(notUnderstoodShare(d!), 0.5);
  });

  test('a line PETRARCH-1 leaves out too is counted apart, not as not understood: "- * COMMIT * AID [033]"', () => {
    const [d] = diagnose(readPetrarchFile('TAKE  [---]\n- * COMMIT * AID [033]\n', 'x.verbs'));
    assert.deepEqual([d!.notUnderstood, d!.leftAsCoder, d!.repaired], [0, 1, 0]);
  });

  test('run settings are listed but never counted as not understood', () => {
    const [d] = diagnose(readPetrarchFile('COMPLEX: VERBS 4\n', 'Levant.options'));
    assert.deepEqual([d!.format, d!.entries, d!.used, d!.notUnderstood, d!.problems.length], ['options', 1, 0, 0, 1]);
  });
});
