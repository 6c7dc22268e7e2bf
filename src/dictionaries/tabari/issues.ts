// Reads a TABARI / PETRARCH issues list (Phoenix.issues.140225.txt): phrases that tag an event with an issue, which dyad reads but does not code.
import type { UnsupportedConstruct } from '../model.js';
import { dictionaryLines } from '../petrarch/syntax.js';

export interface IssueList {
  /** Issue phrases read (`n:atrocity [ID_ATROCITY]`, `~Saturday Night massacre`). */
  entries: number;
  unsupported: UnsupportedConstruct[];
}

/**
 * Checks every line of an issues list as PETRARCH-1's `read_issue_list` reads it: `<ISSUE CATEGORY="..." ...>` and
 * `</ISSUE>` tags, `PHRASE [CODE]` lines (with TABARI's `n:`, `v:` and `+` expansions; the phrase is the text before
 * the first `[`, the code that bracket's) and `~`/`~~` phrases that cancel issue coding. A line without a code
 * ("european central bank") is skipped by PETRARCH-1, and text after the first code is ignored by it ("aqim
 * [NAMED_TERROR_GROUP] [NAMED_TERROR_GROUP]"): both are reported as such. dyad codes events, not issues: the entries
 * are counted so `dyad dictionaries check` can say they are read and not used.
 */
export function readIssueList(text: string, file: string): IssueList {
  const unsupported: UnsupportedConstruct[] = [];
  let entries = 0;
  for (const line of dictionaryLines(text, { semicolonComments: true })) {
    const t = line.text;
    if (/^<\/?ISSUE\b/i.test(t)) continue;
    if (t.startsWith('~')) {
      entries++;
      continue;
    }
    const source = { file, line: line.line };
    const open = t.indexOf('[');
    const close = open < 0 ? -1 : t.indexOf(']', open);
    if (open < 0) {
      unsupported.push({ source, text: t, reason: 'issue phrase without a [CODE]', leftOutBy: 'PETRARCH-1' });
      continue;
    }
    if (close < 0 || t.slice(0, open).trim().length === 0) {
      unsupported.push({ source, text: t, reason: 'issue line must read "PHRASE [CODE]"; ignored' });
      continue;
    }
    if (t.slice(close + 1).trim().length > 0) unsupported.push({ source, text: t, reason: 'text after the first [CODE] ignored, as PETRARCH-1 ignores it', kept: true });
    entries++;
  }
  return { entries, unsupported };
}
