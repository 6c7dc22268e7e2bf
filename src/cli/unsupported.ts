// Tells the user, once per run, which dictionary constructs were read but cannot be used.
import type { Knowledge } from '../dictionaries/model.js';

export function reportUnsupported(knowledge: Knowledge, err: NodeJS.WritableStream, limit = 5): void {
  const list = knowledge.unsupported;
  if (list.length === 0) return;
  // Built-in dictionaries' known gaps are documented; a user's own files deserve every line.
  for (const u of list.slice(0, limit)) err.write(`${u.source.file}:${u.source.line}: unsupported, ignored: ${u.reason}: ${u.text}\n`);
  if (list.length > limit) err.write(`dyad: ${list.length - limit} more unsupported dictionary constructs\n`);
}
