// `dyad actors`: how dyad resolves actor phrases (lookup), what its dictionaries hold (list), the names a corpus has that they lack (unknown), and the user's own additions (add).
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import type { ActorEntry, Knowledge } from '../dictionaries/model.js';
import { newDoc, spanText } from '../document/doc.js';
import type { ActorMention, Doc } from '../document/types.js';
import { segment } from '../stages/segment/segment.js';
import { findActors } from '../stages/actors/actors.js';
import { splitActorCode } from '../ontology/actor-codes.js';
import { isValidIsoDate } from '../stages/ingest/article-date.js';
import { readArticles, formatProblem } from '../stages/ingest/read.js';
import { defaulted, addDictionaryOptions, knowledgeOptions, type DictionaryOptions } from './options.js';
import { actorsAddCommand } from './actors-add.js';

interface LookupOptions extends DictionaryOptions {
  date?: string;
  json?: boolean;
}

interface ListOptions extends DictionaryOptions {
  country?: string;
  json?: boolean;
}

interface UnknownOptions extends DictionaryOptions {
  json?: boolean;
  roles?: boolean;
  min: string;
  limit?: string;
}

/** One answer of `dyad actors lookup`. */
export interface ActorLookup {
  query: string;
  /** The words of the query that named the actor, when they are not the whole query. */
  text: string | null;
  code: string | null;
  name: string | null;
  country: string | null;
  agent: string | null;
  known: boolean;
  entry: string | null;
  /** How the code was composed: the name's entry, the role words' entries, modifiers ("former → ELI"). */
  rule: string | null;
}

export function actorsCommand(): Command {
  const actors = new Command('actors').description("inspect dyad's actor knowledge: resolve phrases, list entries, find names a corpus has and the dictionaries lack");
  const lookup = actors
    .command('lookup')
    .description('resolve actor phrases as the coder does: code, canonical name, country, agent, known, dictionary entry')
    .argument('[text...]', 'actor phrases, one per argument ("Turkish Foreign Minister Hakan Fidan"); none: one per line of standard input')
    .option('--date <YYYY-MM-DD>', 'the date to resolve office holders on (default: today)')
    .option('--json', 'one JSON object per line');
  addDictionaryOptions(lookup);
  lookup.action(async (texts: string[], opts: LookupOptions) => {
    process.exitCode = await runActorsLookup(texts, opts);
  });

  const list = actors
    .command('list')
    .description('list actor entries: name, codes with their dates, dictionary file and line')
    .option('--country <ISO3>', 'only entries with a code of this country (its first three letters), e.g. TUR, or IGO')
    .option('--json', 'one JSON object per line');
  addDictionaryOptions(list);
  list.action((opts: ListOptions) => {
    process.exitCode = runActorsList(opts);
  });

  const unknown = actors
    .command('unknown')
    .description('list the names of people and organisations in a corpus that the dictionaries do not know, most frequent first')
    .argument('<input...>', 'articles, as for dyad code')
    .addOption(defaulted('--min <n>', 'only names seen at least n times', 2))
    .option('--limit <n>', 'print at most n names')
    .option('--roles', 'only names that came with a role word ("Syrian envoy Omar Haddad"), which the coder codes from their context')
    .option('--json', 'one JSON object per line');
  addDictionaryOptions(unknown);
  unknown.action(async (inputs: string[], opts: UnknownOptions) => {
    process.exitCode = await runActorsUnknown(inputs, opts);
  });
  actors.addCommand(actorsAddCommand());
  return actors;
}

function docOf(text: string, date: string | null): Doc {
  return segment(newDoc({ id: 'lookup', date, title: null, text, url: null, source: null, origin: { file: 'lookup', line: 1 } }));
}

/** Resolves one phrase: the actor mention that covers most of it. */
export function lookupActor(knowledge: Knowledge, query: string, date: string | null): ActorLookup {
  const doc = findActors(docOf(query, date), knowledge);
  let best: ActorMention | null = null;
  for (const a of doc.actors) if (!best || a.tokens.end - a.tokens.start > best.tokens.end - best.tokens.start) best = a;
  if (!best) return { query, text: null, code: null, name: null, country: null, agent: null, known: false, entry: null, rule: null };
  const text = spanText(doc, best.tokens);
  return { query, text: text === query.trim() ? null : text, code: best.code, name: best.name, country: best.country, agent: best.agent, known: best.known, entry: best.entry, rule: best.rule ?? best.entry };
}

export async function runActorsLookup(texts: string[], opts: LookupOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr, input: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  if (!isValidIsoDate(date)) {
    err.write(`dyad actors lookup: --date: "${date}" is not a date YYYY-MM-DD\n`);
    return 2;
  }
  const knowledge = loadKnowledge(knowledgeOptions(opts));
  const answer = (query: string) => {
    const r = lookupActor(knowledge, query, date);
    if (opts.json) out.write(JSON.stringify(r) + '\n');
    else out.write(`${query}\t${r.code ?? '-'}\t${r.name ?? '-'}\t${r.country ?? '-'}\t${r.agent ?? '-'}\t${r.known ? 'known' : 'unknown'}\t${r.entry ?? '-'}\t${r.rule ?? '-'}${r.text ? `\t(from "${r.text}")` : ''}\n`);
    return r.code !== null;
  };
  let found = 0;
  let asked = 0;
  if (texts.length > 0) {
    for (const t of texts) {
      asked++;
      if (answer(t)) found++;
    }
  } else {
    for await (const line of createInterface({ input })) {
      if (!line.trim()) continue;
      asked++;
      if (answer(line.trim())) found++;
    }
  }
  return asked > 0 && found === 0 ? 1 : 0;
}

function describeEntry(e: ActorEntry): { name: string; phrases: string[]; codes: Array<{ code: string; from: string | null; to: string | null; role?: string }>; entry: string } {
  return {
    name: e.name ?? e.phrases[0]!.join(' '),
    phrases: e.phrases.map((p) => p.join(' ')),
    codes: e.codes.map((c) => ({ code: c.code, from: c.from, to: c.to, ...(c.role ? { role: c.role } : {}) })),
    entry: `${e.source.file}:${e.source.line}`,
  };
}

export function runActorsList(opts: ListOptions, out: NodeJS.WritableStream = process.stdout): number {
  const knowledge = loadKnowledge(knowledgeOptions(opts));
  const country = opts.country?.toUpperCase();
  let n = 0;
  for (const e of knowledge.actors) {
    if (country && !e.codes.some((c) => c.code.startsWith(country))) continue;
    const d = describeEntry(e);
    n++;
    if (opts.json) out.write(JSON.stringify(d) + '\n');
    else out.write(`${d.name}\t${d.codes.map((c) => `${c.code}${c.from || c.to ? ` ${c.from ?? ''}..${c.to ?? ''}` : ''}${c.role ? ` (${c.role})` : ''}`).join('; ')}\t${d.entry}\n`);
  }
  return n === 0 ? 1 : 0;
}

interface UnknownName {
  name: string;
  count: number;
  /** The codes the context gave it ("Syrian envoy Omar Haddad" → SYRGOV), most frequent first. */
  codes: string[];
  example: string;
}

/** Capitalised name runs outside every actor phrase: candidates for the dictionaries, with no code of their own. */
function bareNames(doc: Doc): Array<{ name: string; sentence: number }> {
  const covered = new Set<number>();
  for (const a of doc.actors) for (let k = a.tokens.start; k < a.tokens.end; k++) covered.add(k);
  const out: Array<{ name: string; sentence: number }> = [];
  for (const s of doc.sentences) {
    let k = s.firstToken;
    while (k < s.endToken) {
      let end = k;
      while (end < s.endToken && !covered.has(end) && doc.tokens[end]!.pos === 'PROPN' && /^[A-Z][\p{L}'’.-]*$/u.test(doc.tokens[end]!.text)) end++;
      if (end - k >= 2) out.push({ name: doc.text.slice(doc.tokens[k]!.start, doc.tokens[end - 1]!.end), sentence: s.index });
      k = Math.max(end, k + 1);
    }
  }
  return out;
}

export async function runActorsUnknown(inputs: string[], opts: UnknownOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const knowledge = loadKnowledge(knowledgeOptions(opts));
  const names = new Map<string, UnknownName & { codeCounts: Map<string, number> }>();
  const note = (name: string, code: string | null, example: string) => {
    const entry = names.get(name) ?? { name, count: 0, codes: [], example, codeCounts: new Map<string, number>() };
    entry.count++;
    if (code) entry.codeCounts.set(code, (entry.codeCounts.get(code) ?? 0) + 1);
    names.set(name, entry);
  };
  let articles = 0;
  for await (const article of readArticles(inputs, (p) => err.write(formatProblem(p) + '\n'), { defaultDate: null })) {
    const doc = findActors(segment(newDoc(article)), knowledge);
    articles++;
    const sentenceOf = (i: number) => {
      const s = doc.sentences[i]!;
      return doc.text.slice(doc.tokens[s.firstToken]!.start, doc.tokens[s.endToken - 1]!.end);
    };
    for (const a of doc.actors) if (!a.known && a.name) note(a.name, a.code, sentenceOf(a.sentence));
    for (const b of bareNames(doc)) note(b.name, null, sentenceOf(b.sentence));
  }
  const min = Math.max(1, Number.parseInt(opts.min, 10) || 1);
  const limit = opts.limit ? Number.parseInt(opts.limit, 10) : Infinity;
  const ranked = [...names.values()]
    .filter((n) => n.count >= min && (!opts.roles || n.codeCounts.size > 0))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((n) => ({ name: n.name, count: n.count, codes: [...n.codeCounts.entries()].sort((x, y) => y[1] - x[1]).map(([c]) => c), example: n.example.replace(/\s+/g, ' ').trim().slice(0, 200) }));
  for (const n of ranked) {
    if (opts.json) out.write(JSON.stringify({ ...n, ...(n.codes[0] ? splitActorCode(n.codes[0]) : {}) }) + '\n');
    else out.write(`${n.count}\t${n.name}\t${n.codes.join(',') || '-'}\t${n.example}\n`);
  }
  err.write(`dyad actors unknown: ${articles} article${articles === 1 ? '' : 's'} read, ${ranked.length} name${ranked.length === 1 ? '' : 's'} listed\n`);
  return 0;
}
