// Prints the share of event actors dyad resolves to a country or an IGO on a corpus (issue 6: at least 85% on Wikinews 2019-2020).
import { join } from 'node:path';
import { readArticles, formatProblem } from '../src/stages/ingest/read.js';
import { codeArticle } from '../src/pipeline/pipeline.js';
import { codedEvents } from '../src/document/coded-events.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import { projectRoot } from '../src/paths.js';

const corpus = process.argv[2] ?? join(projectRoot, '..', 'shared', 'corpora', 'wikinews-2019-2020.jsonl');
const knowledge = loadKnowledge();
let actors = 0;
let resolved = 0;
const unresolved = new Map<string, number>();
for await (const article of readArticles([corpus], (p) => console.error(formatProblem(p)), { defaultDate: null })) {
  for (const e of codedEvents(codeArticle(article, { knowledge }))) {
    if (e.modality !== 'asserted') continue;
    for (const a of [e.source, e.target]) {
      if (!a) continue;
      actors++;
      if (a.country !== null || a.code.startsWith('IGO')) resolved++;
      else unresolved.set(a.text, (unresolved.get(a.text) ?? 0) + 1);
    }
  }
}
console.log(`${corpus}: ${resolved} of ${actors} event actors resolved to a country or an IGO (${((100 * resolved) / Math.max(1, actors)).toFixed(1)}%)`);
const top = [...unresolved.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
console.log(`most frequent unresolved: ${top.map(([t, n]) => `${t} (${n})`).join(', ')}`);
