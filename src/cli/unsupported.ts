// Tells the user, once per run, which of their dictionaries dyad could not fully read, and where to see every line.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Knowledge } from '../dictionaries/model.js';
import { diagnose, isSettingsFile, notUnderstoodShare, WARN_SHARE } from '../dictionaries/diagnostics.js';
import { dataDir } from '../paths.js';

/** The PETRARCH reader names files by their base name; these are the bundled ones. */
const BUILT_IN_FILES = new Set(readdirSync(join(dataDir, 'dictionaries', 'phoenix')));

/**
 * One line per user dictionary of which more than 1% of the lines were not understood (the count and the share), one
 * per run-settings file (settings are listed, never applied), then a hint naming `dyad dictionaries check`, which lists
 * every line. The built-in dictionaries' gaps are known and documented (docs/dictionary-formats.md) and not repeated.
 */
export function reportUnsupported(knowledge: Knowledge, err: NodeJS.WritableStream, dirs: readonly string[] = []): void {
  const own = diagnose(knowledge).filter((d) => !d.file.startsWith(dataDir) && !d.file.startsWith('data/dictionaries/') && !BUILT_IN_FILES.has(d.file));
  let warned = false;
  for (const d of own) {
    if (isSettingsFile(d)) {
      err.write(`dyad: ${d.file}: ${d.entries} run setting${d.entries === 1 ? '' : 's'} of TABARI or PETRARCH, not applied\n`);
      warned = true;
    } else if (notUnderstoodShare(d) > WARN_SHARE) {
      err.write(`dyad: ${d.file}: ${d.notUnderstood} of ${d.lines} lines (${(100 * notUnderstoodShare(d)).toFixed(1)}%) not understood and left out\n`);
      warned = true;
    }
  }
  if (warned) err.write(`dyad: \`dyad dictionaries check ${dirs.length > 0 ? dirs.join(' ') : 'DIR'}\` lists every line with the reason\n`);
}
