// Specification of the run-settings reader: every setting of a TABARI .options file or a PETRARCH config.ini is listed with what dyad does instead.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { projectRoot } from '../../paths.js';
import { readRunOptions } from './options.js';

describe('readRunOptions', () => {
  test('a setting that changed the coder says what dyad does instead: "COMPLEX: VERBS 4 ACTORS 6"', () => {
    const { entries, unsupported } = readRunOptions('# TABARI options\nCOMPLEX: VERBS 4 ACTORS 6\n', 'demo.options');
    assert.equal(entries, 1);
    assert.equal(unsupported[0]!.source.line, 2);
    assert.match(unsupported[0]!.reason, /not applied: TABARI discards sentences over these complexity limits; dyad codes every sentence/);
  });

  test('a run setting is named as one: "eventfile_name = events.PETR-Demo.txt"', () => {
    const { unsupported } = readRunOptions('[Options]\neventfile_name = events.PETR-Demo.txt\n', 'PETR_config.ini');
    assert.match(unsupported[0]!.reason, /^run setting "eventfile_name" is not applied/);
  });

  test('PETRARCH\'s own PETR_config.ini: every setting is listed, the dictionary list first', () => {
    const text = readFileSync(join(projectRoot, 'test', 'fixtures', 'dictionaries', 'petrarch1-2014', 'PETR_config.ini'), 'utf8');
    const { entries, unsupported } = readRunOptions(text, 'PETR_config.ini');
    assert.equal(unsupported.length, entries);
    assert.match(unsupported[0]!.reason, /"verbfile_name" is not applied: names the dictionaries PETRARCH reads/);
  });
});
