// The built-in dictionaries compiled at build time into one JSON file, so a run loads them without re-parsing ~2 MB of PETRARCH text.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Knowledge, Phrase } from './model.js';
import { projectRoot } from '../paths.js';

export const COMPILED_PATH = join(projectRoot, 'dist', 'compiled', 'knowledge.json');

interface SourceStamp {
  file: string;
  size: number;
  mtimeMs: number;
}

interface CompiledFile {
  format: 1;
  sources: SourceStamp[];
  knowledge: Omit<Knowledge, 'synsets'> & { synsets: Array<[string, Phrase[]]> };
}

/** Size and modification time of every file in the directories: a compiled index is valid only for these. */
export function stampSources(dirs: readonly string[]): SourceStamp[] {
  const stamps: SourceStamp[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      const st = statSync(file);
      if (st.isFile()) stamps.push({ file, size: st.size, mtimeMs: Math.trunc(st.mtimeMs) });
    }
  }
  return stamps;
}

export function writeCompiledKnowledge(knowledge: Knowledge, dirs: readonly string[], path = COMPILED_PATH): void {
  const compiled: CompiledFile = { format: 1, sources: stampSources(dirs), knowledge: { ...knowledge, synsets: [...knowledge.synsets] } };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(compiled));
}

/** The compiled knowledge, or null when there is none or any source file changed since it was compiled. */
export function readCompiledKnowledge(dirs: readonly string[], path = COMPILED_PATH): Knowledge | null {
  if (!existsSync(path)) return null;
  let compiled: CompiledFile;
  try {
    compiled = JSON.parse(readFileSync(path, 'utf8')) as CompiledFile;
  } catch {
    return null;
  }
  if (compiled.format !== 1 || JSON.stringify(compiled.sources) !== JSON.stringify(stampSources(dirs))) return null;
  return { ...compiled.knowledge, synsets: new Map(compiled.knowledge.synsets) };
}
