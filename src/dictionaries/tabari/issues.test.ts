// Specification of the issues-list reader: entries are counted (dyad codes no issues), lines PETRARCH-1 skips or cuts reported as such.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { projectRoot } from '../../paths.js';
import { readIssueList } from './issues.js';

describe('readIssueList', () => {
  test('"n:atrocity [ID_ATROCITY]" and "~~Armenian genocide" are entries; the ISSUE tags are not', () => {
    const text = '<ISSUE CATEGORY="ID_ATROCITY">\nn:atrocity [ID_ATROCITY]\n~~Armenian genocide  # not coding historical cases\n</ISSUE>\n';
    assert.deepEqual(readIssueList(text, 'x.issues'), { entries: 2, unsupported: [] });
  });

  test('Phoenix.issues.140225.txt is read as PETRARCH-1 reads it: "eurozone" (line 78) has no code and is left out, as there', () => {
    const text = gunzipSync(readFileSync(join(projectRoot, 'test', 'fixtures', 'dictionaries', 'petrarch1-2014', 'Phoenix.issues.140225.txt.gz'))).toString('utf8');
    const { entries, unsupported } = readIssueList(text, 'Phoenix.issues.140225.txt');
    assert.equal(entries, 3075);
    assert.deepEqual(unsupported.find((u) => u.source.line === 78), { source: { file: 'Phoenix.issues.140225.txt', line: 78 }, text: 'eurozone', reason: 'issue phrase without a [CODE]', leftOutBy: 'PETRARCH-1' });
    // "aqim [NAMED_TERROR_GROUP] [NAMED_TERROR_GROUP]" (line 2426): the phrase and its first code.
    assert.equal(unsupported.find((u) => u.source.line === 2426)?.kept, true);
    assert.deepEqual(unsupported.filter((u) => !u.kept && !u.leftOutBy), []);
  });
});
