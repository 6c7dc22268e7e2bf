// Specification of the issues-list reader: entries are counted (dyad codes no issues), malformed lines reported.
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

  test('a phrase without its code is reported with its line: "eurozone" (Phoenix.issues.140225.txt line 78)', () => {
    const text = gunzipSync(readFileSync(join(projectRoot, 'test', 'fixtures', 'dictionaries', 'petrarch1-2014', 'Phoenix.issues.140225.txt.gz'))).toString('utf8');
    const { entries, unsupported } = readIssueList(text, 'Phoenix.issues.140225.txt');
    assert.equal(entries, 3072);
    assert.ok(unsupported.some((u) => u.source.line === 78 && u.text === 'eurozone'));
    assert.equal(unsupported.length, 17);
  });
});
