// Specification of PETRARCH dictionary format detection, by file name and by content.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectPetrarchFormat } from './detect.js';

describe('detectPetrarchFormat', () => {
  test('recognises PETRARCH file names', () => {
    assert.equal(detectPetrarchFormat('CAMEO.2.0.txt', ''), 'verbs');
    assert.equal(detectPetrarchFormat('PETR.Validate.verbs.txt', ''), 'verbs');
    assert.equal(detectPetrarchFormat('/some/dir/Phoenix.Countries.actors.txt', ''), 'actors');
    assert.equal(detectPetrarchFormat('Phoenix.agents.txt', ''), 'agents');
    assert.equal(detectPetrarchFormat('Phoenix.discards.txt', ''), 'discards');
  });

  test('falls back on content for other names', () => {
    assert.equal(detectPetrarchFormat('mine.txt', '---  ADD   [---]  ---\nADD\n- * SANCTIONS [163]\n'), 'verbs');
    assert.equal(detectPetrarchFormat('mine.txt', '####### SYNONYM SETS #######\n\n&AUXVERB1_\n+WAS\n'), 'verbs');
    assert.equal(detectPetrarchFormat('mine.txt', 'AMBASSADOR [~GOV] # LRP 02 Jun 2004\n'), 'agents');
    assert.equal(detectPetrarchFormat('mine.txt', 'AFGHANISTAN_  [AFG]\n+AFGHAN_\n'), 'actors');
    assert.equal(detectPetrarchFormat('mine.txt', "# Story-level discards are indicated with a '+'.\nMONTHS LATER\n"), 'discards');
  });

  test('recognises TABARI and PETRARCH-1 names: Levant.verbs, CAMEO.091003.master.verbs, Phoenix.issues.140225.txt, PETR_config.ini', () => {
    assert.equal(detectPetrarchFormat('CAMEO.091003.master.verbs', ''), 'verbs');
    assert.equal(detectPetrarchFormat('Levant.actors', ''), 'actors');
    assert.equal(detectPetrarchFormat('Phoenix.issues.140225.txt', ''), 'issues');
    assert.equal(detectPetrarchFormat('Phoenix.IssueCoding.txt', ''), 'issues');
    assert.equal(detectPetrarchFormat('PETR_config.ini', ''), 'options');
    assert.equal(detectPetrarchFormat('Levant.options', ''), 'options');
  });

  test('recognises a TABARI verb file by a head verb followed by a pattern', () => {
    assert.equal(detectPetrarchFormat('mine.txt', 'ABANDON  [345] ;pas 15 Jul 2003\n- * EFFORT  [987] ;pas 15 Jul 2003\n'), 'verbs');
  });

  test('returns null for other files', () => {
    assert.equal(detectPetrarchFormat('Phoenix.prepositions.txt', 'abaft\nabeam\naboard\n'), null);
  });
});
