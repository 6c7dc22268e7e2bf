// Reads the run settings that travel with TABARI and PETRARCH dictionaries (.options, .project, PETR_config.ini) and says which ones dyad does not apply.
import type { UnsupportedConstruct } from '../model.js';
import { dictionaryLines } from '../petrarch/syntax.js';

export interface RunOptions {
  /** Settings read: one per command, tag or `key = value` line. */
  entries: number;
  /** Every setting, with what ignoring it means: settings never change dyad's coding, and none is dropped silently. */
  unsupported: UnsupportedConstruct[];
}

/**
 * TABARI `.options` commands (`COMPLEX:`, `DEFAULT:`, `SET:` ...) and PETRARCH configuration keys that change which
 * events are coded, with what the program did with them. Any other setting only shapes output or the session.
 */
const codingSettings: ReadonlyArray<[RegExp, string]> = [
  [/^COMPLEX\b/i, 'TABARI discards sentences over these complexity limits; dyad codes every sentence'],
  [/^COMMA\b/i, 'TABARI skips comma-delimited subordinate clauses within these lengths; dyad reads the clause structure instead'],
  [/^DEFAULT\b/i, 'TABARI gives events without a source or target these default codes; dyad leaves them without'],
  [/^NONEVENTS\b/i, 'TABARI writes sentences without events; dyad prints events only'],
  [/^SET\s*:\s*(?:CODE|CONV|MINIM|TIME)/i, 'changes how TABARI codes (code mode, agent conversion, minimum sentence length, time shifts); dyad has no such switch'],
  [/^(?:new_actor_length|require_dyad|stop_on_error|comma_\w+|write_\w+_root)\b/i, 'a PETRARCH coding option; dyad has no such switch'],
  [/^(?:verbfile_name|actorfile_list|agentfile_name|discardfile_name|issuefile_name)\b/i, 'names the dictionaries PETRARCH reads; dyad reads every dictionary in the directory instead'],
  [/^<(?:actors|verbs|agents|options|issues|discards)\w*/i, 'names a dictionary TABARI reads; dyad reads every dictionary in the directory instead'],
];

/**
 * Every setting of a TABARI `.options` or `.project` file or a PETRARCH `config.ini`. None changes dyad's coding:
 * settings that changed the original coder's are reported with what dyad does instead, the others (file names of
 * text and output, interface and output switches) as run settings dyad has its own options for.
 */
export function readRunOptions(text: string, file: string): RunOptions {
  const unsupported: UnsupportedConstruct[] = [];
  let entries = 0;
  let ended = false;
  for (const line of dictionaryLines(text, { semicolonComments: false })) {
    const t = line.text;
    // TABARI: "//" comments and a "~" line that ends the file; INI section headers hold no setting.
    if (ended || t.startsWith('/')) continue;
    if (t.startsWith('~')) {
      ended = true;
      continue;
    }
    if (/^\[[^\]]+\]$/.test(t) || /^<\/\w+>$/.test(t)) continue;
    entries++;
    const coding = codingSettings.find(([pattern]) => pattern.test(t));
    const name = /^<?\s*([\w ]+?)\s*(?:[:=>]|$)/.exec(t)?.[1] ?? t;
    const reason = coding ? `setting "${name}" is not applied: ${coding[1]}` : `run setting "${name}" is not applied: dyad takes its inputs, outputs and display options from its command line`;
    unsupported.push({ source: { file, line: line.line }, text: t, reason });
  }
  return { entries, unsupported };
}
