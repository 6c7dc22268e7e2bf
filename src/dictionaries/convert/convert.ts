// Converts dictionary directories of any supported format into one directory of dyad YAML or PETRARCH-2 files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadAnyDictionaryDir } from '../knowledge.js';
import { mergeKnowledge } from '../load.js';
import type { Knowledge } from '../model.js';
import { toNativeYaml } from './to-native.js';
import { toPetrarchFiles } from './to-petrarch.js';

export type ConvertTarget = 'dyad' | 'petrarch2';

export interface ConvertResult {
  /** The files written, in `out`. */
  written: string[];
  /** What the target format cannot express (empty for dyad YAML). */
  lost: string[];
  /** Lines of the sources that no reader understood: they were not in the knowledge, so they are not converted. */
  notUnderstood: number;
}

/**
 * Reads `dirs` as one set of dictionaries, in order, and writes it to `out` as `NAME.yaml` (dyad) or
 * `NAME.verbs.txt` and its companions (PETRARCH-2), NAME being the last source directory's name. The output loads with
 * `--dictionaries OUT` and codes as the sources do, but for what `lost` lists.
 */
export function convertDictionaries(dirs: readonly string[], target: ConvertTarget, out: string): ConvertResult {
  const knowledge = dirs.map(loadAnyDictionaryDir).reduce((a, b) => mergeKnowledge(a, b));
  const name = basename(resolve(dirs[dirs.length - 1]!));
  const header = headerText(knowledge, dirs, target);
  mkdirSync(out, { recursive: true });
  const files = target === 'dyad' ? { files: new Map([[`${name}.yaml`, toNativeYaml(knowledge, header)]]), lost: [] } : toPetrarchFiles(knowledge, name, header);
  for (const [file, text] of files.files) writeFileSync(join(out, file), text);
  return { written: [...files.files.keys()], lost: files.lost, notUnderstood: knowledge.unsupported.filter((u) => !u.kept).length };
}

function headerText(knowledge: Knowledge, dirs: readonly string[], target: ConvertTarget): string {
  const sources = (knowledge.files ?? []).map((f) => f.file).join(', ');
  return [
    `Converted by \`dyad dictionaries convert --to ${target}\` from ${dirs.map((d) => basename(resolve(d))).join(', ')}: ${sources}.`,
    'The licence and notices of those files apply to this one.',
    ...(target === 'dyad' ? ["Each entry's note names the file:line it was read from."] : []),
  ].join('\n');
}
