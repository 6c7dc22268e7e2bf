// Tells the user, once per run, which dictionary constructs were read but cannot be used.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Knowledge } from '../dictionaries/model.js';
import { dataDir } from '../paths.js';

/** The PETRARCH reader names files by their base name; these are the bundled ones. */
const BUILT_IN_FILES = new Set(readdirSync(join(dataDir, 'dictionaries', 'phoenix')));

export function reportUnsupported(knowledge: Knowledge, err: NodeJS.WritableStream, limit = 5): void {
  // The built-in dictionaries' gaps are known and documented (docs/dictionary-formats.md); a user's own files get every report.
  const list = knowledge.unsupported.filter((u) => !u.source.file.startsWith(dataDir) && !BUILT_IN_FILES.has(u.source.file));
  if (list.length === 0) return;
  for (const u of list.slice(0, limit)) err.write(`${u.source.file}:${u.source.line}: unsupported, ignored: ${u.reason}: ${u.text}\n`);
  if (list.length > limit) err.write(`dyad: ${list.length - limit} more unsupported dictionary constructs\n`);
}
