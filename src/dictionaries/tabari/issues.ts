// Reads a TABARI / PETRARCH issues list (Phoenix.issues.140225.txt): phrases that tag an event with an issue, which dyad reads but does not code.
import type { UnsupportedConstruct } from '../model.js';
import { dictionaryLines, splitBrackets } from '../petrarch/syntax.js';

export interface IssueList {
  /** Issue phrases read (`n:atrocity [ID_ATROCITY]`, `~Saturday Night massacre`). */
  entries: number;
  unsupported: UnsupportedConstruct[];
}

/**
 * Checks every line of an issues list: `<ISSUE CATEGORY="..." ...>` and `</ISSUE>` tags, `PHRASE [CODE]` lines (with
 * TABARI's `n:`, `v:` and `+` expansions) and `~`/`~~` phrases that cancel issue coding. dyad codes events, not
 * issues: the entries are counted so `dyad dictionaries check` can say they are read and not used; only malformed lines
 * are reported one by one.
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
    const { outside, brackets, unclosed } = splitBrackets(t);
    if (unclosed || brackets.length !== 1 || outside.trim().length === 0) {
      unsupported.push({ source: { file, line: line.line }, text: t, reason: 'issue line must read "PHRASE [CODE]"; ignored' });
      continue;
    }
    entries++;
  }
  return { entries, unsupported };
}
