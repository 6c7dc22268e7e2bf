// Assembles the Knowledge a run codes with: the bundled defaults (Phoenix + dyad overlays), or the user's dictionary directories.
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir, projectRoot } from '../paths.js';
import type { Knowledge } from './model.js';
import { loadDictionaryDir, mergeKnowledge } from './load.js';
import { DictionaryError, readNativeDictionary } from './native/native.js';
import { readCompiledKnowledge, writeCompiledKnowledge } from './compiled.js';
import { readOverlay } from './overlay.js';

export interface KnowledgeOptions {
  /** Code with these directories instead of the built-in dictionaries. */
  dictionaries?: string[];
  /** Code with the built-ins (or `dictionaries`) plus these. */
  addDictionaries?: string[];
}

/** Reads every dictionary in a directory: PETRARCH files by name or header, dyad's own as *.yaml / *.yml. */
export function loadAnyDictionaryDir(dir: string): Knowledge {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DictionaryError(dir, 0, 'not a directory of dictionaries');
  let knowledge = loadDictionaryDir(dir);
  const natives = readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f)).sort();
  for (const name of natives) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    // Provenance names built-in files by their place in the project, not by this machine's absolute path.
    const shown = path.startsWith(projectRoot + sep) ? relative(projectRoot, path) : path;
    const text = readFileSync(path, 'utf8');
    const native = readNativeDictionary(text, shown);
    const entries =
      native.actors.length + native.agents.length + native.discards.length + native.verbBlocks.reduce((n, b) => n + b.verbs.length + b.patterns.length, 0) +
      (native.nominals?.length ?? 0) + (native.frames?.length ?? 0) + (native.unnamedTargets?.length ?? 0);
    const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#')).length;
    native.files = [{ file: shown, format: 'dyad YAML', lines, entries, used: entries }];
    knowledge = mergeKnowledge(knowledge, native);
  }
  return knowledge;
}

const cache = new Map<string, Knowledge>();

/** The directories of the built-in dictionaries, in load order: Phoenix first, dyad's overlays after, so they win. */
export const BUILT_IN_DIRS: readonly string[] = [join(dataDir, 'dictionaries', 'phoenix'), join(dataDir, 'dictionaries', 'dyad')];

/**
 * Why `~` lines are read and kept (convert writes them back) but not applied. Their left side is PETRARCH-2's nested
 * event, a verb whose target is the event of its clause complement ("a SAY (a b ATTACK)"); dyad codes one event per
 * verb and nests none: a reporting verb's complement is coded as the reported event, the saying being no event, and a
 * "to" complement is recoded by the frames of data/dictionaries/dyad/frames.yaml. No event dyad codes has the shape a
 * rule matches, so applying the rules would change nothing.
 */
export const TRANSFORMATION_NOT_APPLIED =
  'transformation read, not applied: it rewrites an event whose target is another event ("a said (a attacked b)"), and dyad codes no nested events (a reported event is coded as itself, a "to" complement by frames.yaml)';

/** Parses dictionary directories, in order, into one Knowledge. */
export function parseDictionaryDirs(dirs: readonly string[]): Knowledge {
  const knowledge = dirs.map(loadAnyDictionaryDir).reduce((a, b) => mergeKnowledge(a, b));
  // A transformation rewrites an event whose target is another event, which dyad never codes (see TRANSFORMATION_NOT_APPLIED).
  for (const t of knowledge.transformations ?? []) {
    knowledge.unsupported.push({ source: t.source, text: `~ ${JSON.stringify(t.pattern)} = ${t.result.source} ${t.result.target} ${t.result.code}`, reason: TRANSFORMATION_NOT_APPLIED });
  }
  return knowledge;
}

/** Where the user's dictionary directories are kept compiled, one file per directory and version of the readers. */
const USER_COMPILED_DIR = join(projectRoot, 'dist', 'compiled', 'user');

/** Directories smaller than this parse in a few milliseconds: they are not worth a compiled copy. */
const COMPILE_FROM_BYTES = 256 * 1024;

/**
 * A user's dictionary directory, compiled on first use and read compiled afterwards while no file in it changes and the
 * readers are the same build (a TABARI set of 2 MB parses in about half a second and reads compiled in a sixth of
 * that). The compiled copy is an optimisation only: when it cannot be written (a read-only install), the directory is
 * parsed each time.
 */
function compiledUserDir(dir: string): Knowledge {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DictionaryError(dir, 0, 'not a directory of dictionaries');
  const bytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  if (bytes < COMPILE_FROM_BYTES) return parseDictionaryDirs([dir]);
  const key = createHash('sha256').update(resolve(dir)).update(readersBuild()).digest('hex').slice(0, 24);
  const path = join(USER_COMPILED_DIR, `${key}.json`);
  const compiled = readCompiledKnowledge([dir], path);
  if (compiled) return compiled;
  const knowledge = parseDictionaryDirs([dir]);
  try {
    // Written aside and renamed, so that a run reading it at the same time never sees half a file.
    const partial = `${path}.${process.pid}.partial`;
    writeCompiledKnowledge(knowledge, [dir], partial);
    renameSync(partial, path);
  } catch {
    // Not writable: parse again next time.
  }
  return knowledge;
}

/** The build of the dictionary readers (the latest modification of their compiled files): a new build recompiles. */
function readersBuild(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  let latest = 0;
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) latest = Math.max(latest, statSync(path).mtimeMs);
    }
  };
  walk(here);
  return String(latest);
}

/** Built-ins are the Phoenix dictionaries, then dyad's overlays, which win on conflict because they come last. */
export function loadKnowledge(options: KnowledgeOptions = {}): Knowledge {
  const builtIn = !options.dictionaries || options.dictionaries.length === 0;
  const dirs = builtIn ? BUILT_IN_DIRS : options.dictionaries!;
  const all = [...dirs, ...(options.addDictionaries ?? [])];
  // The user's overlay (dyad actors add) comes last, so that it wins; it is read again when it changes.
  const overlay = readOverlay();
  const key = [...all, overlay?.key ?? ''].join('\u0000');
  let knowledge = cache.get(key);
  if (!knowledge) {
    // The built-ins are compiled at build time (npm run build); an edited or missing index is rebuilt from the sources.
    const base = builtIn ? readCompiledKnowledge(BUILT_IN_DIRS) ?? parseDictionaryDirs(dirs) : dirs.map(compiledUserDir).reduce((a, b) => mergeKnowledge(a, b));
    knowledge = (options.addDictionaries ?? []).map(compiledUserDir).reduce((a, b) => mergeKnowledge(a, b), base);
    if (overlay) knowledge = mergeKnowledge(knowledge, overlay.knowledge);
    cache.set(key, knowledge);
  }
  return knowledge;
}
