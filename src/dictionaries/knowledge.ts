// Assembles the Knowledge a run codes with: the bundled defaults (Phoenix + dyad overlays), or the user's dictionary directories.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { dataDir, projectRoot } from '../paths.js';
import type { Knowledge } from './model.js';
import { loadDictionaryDir, mergeKnowledge } from './load.js';
import { DictionaryError, readNativeDictionary } from './native/native.js';
import { readCompiledKnowledge } from './compiled.js';
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
    knowledge = mergeKnowledge(knowledge, readNativeDictionary(readFileSync(path, 'utf8'), shown));
  }
  return knowledge;
}

const cache = new Map<string, Knowledge>();

/** The directories of the built-in dictionaries, in load order: Phoenix first, dyad's overlays after, so they win. */
export const BUILT_IN_DIRS: readonly string[] = [join(dataDir, 'dictionaries', 'phoenix'), join(dataDir, 'dictionaries', 'dyad')];

/** Parses dictionary directories, in order, into one Knowledge. */
export function parseDictionaryDirs(dirs: readonly string[]): Knowledge {
  const knowledge = dirs.map(loadAnyDictionaryDir).reduce((a, b) => mergeKnowledge(a, b));
  // The engine does not apply PETRARCH's nested-event transformations yet: say so rather than drop them silently.
  for (const t of knowledge.transformations ?? []) {
    knowledge.unsupported.push({ source: t.source, text: `~ ${JSON.stringify(t.pattern)} = ${t.result.source} ${t.result.target} ${t.result.code}`, reason: 'transformation read but not applied: nested events are not coded yet' });
  }
  return knowledge;
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
    const base = (builtIn ? readCompiledKnowledge(BUILT_IN_DIRS) : null) ?? parseDictionaryDirs(dirs);
    knowledge = (options.addDictionaries ?? []).map((d) => parseDictionaryDirs([d])).reduce((a, b) => mergeKnowledge(a, b), base);
    if (overlay) knowledge = mergeKnowledge(knowledge, overlay.knowledge);
    cache.set(key, knowledge);
  }
  return knowledge;
}
