// Test helpers for the ingest readers: temporary fixture trees and a collector for articles and problems.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Article } from '../../src/document/types.js';
import { readArticles, type ReadOptions, type ReadProblem } from '../../src/stages/ingest/read.js';

const created: string[] = [];
process.on('exit', () => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (relative path → content) under a fresh temporary directory and returns its path. */
export function fixtureDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  created.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

export async function readAll(
  inputs: string[],
  options?: ReadOptions,
): Promise<{ articles: Article[]; problems: ReadProblem[] }> {
  const problems: ReadProblem[] = [];
  const articles: Article[] = [];
  for await (const a of readArticles(inputs, (p) => problems.push(p), options)) articles.push(a);
  return { articles, problems };
}

export const jsonl = (...records: unknown[]): string => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

// Short, real-looking wire copy, so the fixtures read like the input dyad is for.
export const LAVROV =
  'Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Tuesday to discuss the war in Ukraine.';
export const JENIN =
  'Israeli troops raided the Jenin refugee camp in the occupied West Bank on Wednesday, the Palestinian health ministry said.';
export const RUTO =
  "Kenya's President William Ruto signed a defence cooperation agreement with the United States in Nairobi on Monday.";
