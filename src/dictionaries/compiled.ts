// The built-in dictionaries compiled at build time into one JSON file, so a run loads them without re-parsing ~2 MB of PETRARCH text.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Knowledge, Phrase, VerbBlock, VerbPattern } from './model.js';
import { projectRoot } from '../paths.js';

export const COMPILED_PATH = join(projectRoot, 'dist', 'compiled', 'knowledge.json');

interface SourceStamp {
  file: string;
  size: number;
  mtimeMs: number;
}

/** A verb block as compiled: where its patterns' JSON text lies in the file's tail, read when the coder first asks. */
type CompiledBlock = Omit<VerbBlock, 'patterns'> & { patterns: [start: number, end: number] };

/**
 * The file is one line of JSON (this), a newline, and the patterns of every block as JSON texts one after another. The
 * whole file is ASCII (other characters escaped), so that it is read as one-byte text, about twice as fast as UTF-8.
 */
interface CompiledFile {
  format: 3;
  sources: SourceStamp[];
  knowledge: Omit<Knowledge, 'synsets' | 'verbBlocks'> & { synsets: Array<[string, Phrase[]]>; verbBlocks: CompiledBlock[] };
}

/** JSON text with every character outside ASCII escaped: the same value, readable as Latin-1. */
const asciiJson = (value: unknown): string => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

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
  const tail: string[] = [];
  let at = 0;
  const verbBlocks = knowledge.verbBlocks.map((b): CompiledBlock => {
    const text = asciiJson(b.patterns);
    tail.push(text);
    at += text.length;
    return { ...b, patterns: [at - text.length, at] };
  });
  const compiled: CompiledFile = { format: 3, sources: stampSources(dirs), knowledge: { ...knowledge, synsets: [...knowledge.synsets], verbBlocks } };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${asciiJson(compiled)}\n${tail.join('')}`, 'latin1');
}

/** The compiled knowledge, or null when there is none, it is of an older format, or any source file changed since. */
export function readCompiledKnowledge(dirs: readonly string[], path = COMPILED_PATH): Knowledge | null {
  if (!existsSync(path)) return null;
  let compiled: CompiledFile;
  let tail: string;
  try {
    const text = readFileSync(path, 'latin1');
    const newline = text.indexOf('\n');
    compiled = JSON.parse(text.slice(0, newline)) as CompiledFile;
    tail = text.slice(newline + 1);
  } catch {
    return null;
  }
  if (compiled.format !== 3 || JSON.stringify(compiled.sources) !== JSON.stringify(stampSources(dirs))) return null;
  const verbBlocks = compiled.knowledge.verbBlocks.map((b) => withLazyPatterns(b, tail));
  return { ...compiled.knowledge, synsets: new Map(compiled.knowledge.synsets), verbBlocks };
}

/**
 * The block with `patterns` parsed from the file's tail on first read. A TABARI verb file holds some 16,000 patterns
 * and an article's verbs reach a few dozen blocks: parsing every pattern up front was a third of the time a TABARI set
 * took to load. Reading, assigning and serialising `patterns` behave as for a plain property.
 */
function withLazyPatterns(compiled: CompiledBlock, tail: string): VerbBlock {
  const [start, end] = compiled.patterns;
  let parsed: VerbPattern[] | undefined;
  const block = compiled as unknown as VerbBlock;
  Object.defineProperty(block, 'patterns', {
    enumerable: true,
    configurable: true,
    get: () => (parsed ??= JSON.parse(tail.slice(start, end)) as VerbPattern[]),
    set: (patterns: VerbPattern[]) => {
      parsed = patterns;
    },
  });
  return block;
}
