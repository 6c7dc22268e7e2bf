// Draws sentences for the blind evaluation set from a corpus of articles, reproducibly: two thirds from sentences with political words, a third at random.
// Usage: node dist/scripts/eval-sample.js CORPUS.jsonl PREFIX COUNT SEED > pool.jsonl
import { readFileSync } from 'node:fs';
import { segment } from '../src/stages/segment/segment.js';
import { newDoc } from '../src/document/doc.js';
import { seededRandom } from './seeded-random.js';

interface CorpusRecord { id: string; date: string; text: string; title?: string; source?: string }

/** Words that make a sentence likely to carry a political event; the random third keeps the set honest about the rest. */
const POLITICAL = /\b(minister|president|government|troops|army|military|police|rebels?|militants?|talks|met|meeting|visit|sanction|protest|strike|attack|killed|arrest|accus|condemn|warn|threat|agree|sign|treaty|ceasefire|election|parliament|court|embassy|ambassador|opposition|urged|demand|reject|denied|aid|refugees|border|bomb|missile|negotiat|summit|union|party)/i;

const [corpus, prefix, countArg, seedArg] = process.argv.slice(2);
if (!corpus || !prefix) throw new Error('usage: eval-sample CORPUS.jsonl PREFIX COUNT SEED');
const count = Number(countArg ?? 300);
const next = seededRandom(Number(seedArg ?? 1));
const records = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusRecord);

interface Candidate { article: CorpusRecord; index: number; start: number; end: number; text: string }
const political: Candidate[] = [];
const other: Candidate[] = [];
// Articles in a shuffled order, at most two sentences each, so that no story dominates.
const order = records.map((_, k) => k).map((k) => [next(), k] as const).sort((x, y) => x[0] - y[0]).map(([, k]) => k);
for (const k of order) {
  const article = records[k]!;
  const doc = segment(newDoc({ id: article.id, date: article.date, title: null, text: article.text, url: null, source: null, origin: { file: corpus, line: k + 1 } }));
  const sentences = doc.sentences
    .map((s, index) => ({ article, index, start: s.start, end: s.end, text: article.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim() }))
    .filter((c) => c.text.length >= 40 && c.text.length <= 400 && /[a-z]/.test(c.text) && !/^[A-Z\s,.-]+$/.test(c.text));
  const picked = sentences.map((c) => [next(), c] as const).sort((x, y) => x[0] - y[0]).slice(0, 2).map(([, c]) => c);
  for (const c of picked) (POLITICAL.test(c.text) ? political : other).push(c);
  if (political.length >= count && other.length >= count) break;
}
const chosen = [...political.slice(0, Math.round((count * 2) / 3)), ...other.slice(0, count - Math.round((count * 2) / 3))];
for (const c of chosen.map((c) => [next(), c] as const).sort((x, y) => x[0] - y[0]).map(([, c]) => c)) {
  const id = `${prefix}-${c.article.id.replace(/^[^-]*-/, '')}-${c.index}`;
  process.stdout.write(JSON.stringify({ id, date: c.article.date, text: c.text, article_id: c.article.id, start: c.start, end: c.end }) + '\n');
}
