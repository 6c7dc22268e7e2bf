// The user's own actor overlay: a dyad YAML file `dyad actors add` writes to and every run codes with, beside the bundled data.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { NativeFileSchema, readNativeDictionary } from './native/native.js';
import type { Knowledge } from './model.js';

/**
 * Where the overlay is: $DYAD_OVERLAY, else ~/.config/dyad/actors.yaml. DYAD_OVERLAY=none (or empty) codes with the
 * bundled data alone, as tests and reproducible runs want.
 */
export function overlayPath(): string | null {
  const set = process.env['DYAD_OVERLAY'];
  if (set !== undefined) return set === '' || set === 'none' ? null : set;
  return join(homedir(), '.config', 'dyad', 'actors.yaml');
}

/** The overlay's knowledge and a key that changes when the file does, or null when there is none. */
export function readOverlay(): { knowledge: Knowledge; key: string } | null {
  const path = overlayPath();
  if (!path || !existsSync(path)) return null;
  return { knowledge: readNativeDictionary(readFileSync(path, 'utf8'), path), key: `${path}@${statSync(path).mtimeMs}` };
}

export interface OverlayActor {
  name: string;
  aliases: string[];
  code: string;
  from?: string;
  to?: string;
  role?: string;
}

/**
 * Adds an actor to the overlay (a new entry, or another code and aliases for one of the same name) and writes the
 * file whole, through a temporary file, so an interrupted write leaves the old one. Returns what the entry now is.
 */
export function addToOverlay(path: string, actor: OverlayActor): { created: boolean; entry: unknown } {
  const data = existsSync(path) ? (parse(readFileSync(path, 'utf8')) as { actors?: unknown[] } | null) ?? {} : {};
  const actors = (data.actors ?? []) as Array<{ name: string; aliases?: string[]; codes: Array<Record<string, string>> }>;
  const code: Record<string, string> = { code: actor.code };
  if (actor.from) code['from'] = actor.from;
  if (actor.to) code['to'] = actor.to;
  if (actor.role) code['role'] = actor.role;
  let entry = actors.find((a) => a.name === actor.name);
  const created = !entry;
  if (!entry) {
    entry = { name: actor.name, aliases: [], codes: [] };
    actors.push(entry);
  }
  entry.aliases = [...new Set([...(entry.aliases ?? []), ...actor.aliases])];
  if (!entry.codes.some((c) => JSON.stringify(c) === JSON.stringify(code))) entry.codes.push(code);
  const file = { ...data, actors };
  // The file must stay one dyad reads: checked before it is written.
  NativeFileSchema.parse(file);
  const header = '# dyad actor overlay, written by `dyad actors add`; format: docs/dictionary-formats.md ("dyad native format").\n';
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, header + stringify(file));
  renameSync(temporary, path);
  return { created, entry };
}
