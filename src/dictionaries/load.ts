// Loads a directory of PETRARCH and TABARI dictionary files into one Knowledge, and merges Knowledge from several sources.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Knowledge, Phrase } from './model.js';
import { emptyKnowledge } from './model.js';
import { readPetrarchActors } from './petrarch/actors.js';
import { readPetrarchAgents } from './petrarch/agents.js';
import { detectPetrarchFormat, hasVerbBlockHeaders } from './petrarch/detect.js';
import { readPetrarchDiscards } from './petrarch/discards.js';
import { readPetrarchVerbs } from './petrarch/verbs.js';
import { dictionaryLines } from './petrarch/syntax.js';
import { readTabariVerbs } from './tabari/verbs.js';
import { readIssueList } from './tabari/issues.js';
import { readRunOptions } from './tabari/options.js';

/**
 * Files a dictionary directory may hold besides dictionaries: licences and notes, and dyad's own YAML dictionaries,
 * which their own reader loads. Anything else that is not a PETRARCH dictionary is reported.
 */
const companionFile = /^(?:\..*|LICEN[CS]E.*|COPYING.*|NOTICE.*|README.*|.*\.(?:md|ya?ml|json))$/i;

/** Reads every PETRARCH or TABARI dictionary in `dir` (not its subdirectories), in file-name order. */
export function loadDictionaryDir(dir: string): Knowledge {
  let knowledge = emptyKnowledge();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile() || companionFile.test(name.replace(/\.gz$/i, ''))) continue;
    knowledge = mergeKnowledge(knowledge, readDictionaryBytes(readFileSync(path), name));
  }
  return knowledge;
}

/**
 * One file's bytes as a dictionary: a gzip-compressed file (`CAMEO.091003.master.verbs.gz`) is read decompressed, under
 * its name without `.gz`; any other file holding NUL bytes is binary and reported once rather than line by line.
 */
export function readDictionaryBytes(bytes: Buffer, name: string): Knowledge {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return readPetrarchFile(gunzipSync(bytes).toString('utf8'), name.replace(/\.gz$/i, ''));
    } catch {
      return binaryFile(name, 'a damaged gzip file');
    }
  }
  if (bytes.includes(0)) return binaryFile(name, 'a binary file');
  return readPetrarchFile(bytes.toString('utf8'), name);
}

function binaryFile(file: string, what: string): Knowledge {
  const knowledge = emptyKnowledge();
  knowledge.unsupported.push({ source: { file, line: 1 }, text: file, reason: `${what}, not a dictionary; file ignored` });
  knowledge.files = [{ file, format: 'unknown', lines: 1, entries: 0, used: 0 }];
  return knowledge;
}

/**
 * Reads one PETRARCH or TABARI dictionary file; `file` names it in every entry's source. The knowledge carries one
 * `files` report: the file's meaningful lines, the entries read and the entries the coder uses.
 */
export function readPetrarchFile(text: string, file: string): Knowledge {
  const knowledge = emptyKnowledge();
  const format = detectPetrarchFormat(file, text);
  const lines = dictionaryLines(text, { semicolonComments: format !== 'options' }).length;
  const report = (formatName: string, entries: number, used = entries, note?: string): void => {
    knowledge.files = [{ file, format: formatName, lines, entries, used, ...(note ? { note } : {}) }];
  };
  switch (format) {
    case 'verbs': {
      // PETRARCH-2 groups verbs under "--- NAME [CODE] ---" headers; TABARI and PETRARCH-1 files have a code per verb.
      const tabari = !hasVerbBlockHeaders(text);
      const verbs = tabari ? readTabariVerbs(text, file) : readPetrarchVerbs(text, file);
      knowledge.verbBlocks = verbs.blocks;
      knowledge.synsets = verbs.synsets;
      knowledge.unsupported = verbs.unsupported;
      if ('transformations' in verbs) knowledge.transformations = verbs.transformations;
      if ('discards' in verbs) knowledge.discards = verbs.discards;
      const entries =
        verbs.blocks.reduce((n, b) => n + b.verbs.length + new Set(b.patterns.map((p) => p.source.line)).size, 0) + verbs.synsets.size + knowledge.discards.length + (knowledge.transformations?.length ?? 0);
      report(tabari ? 'TABARI verbs' : 'PETRARCH verbs', entries);
      break;
    }
    case 'actors':
      ({ actors: knowledge.actors, unsupported: knowledge.unsupported } = readPetrarchActors(text, file));
      report('actors', knowledge.actors.length);
      break;
    case 'agents':
      ({ agents: knowledge.agents, unsupported: knowledge.unsupported } = readPetrarchAgents(text, file));
      report('agents', knowledge.agents.length);
      break;
    case 'discards':
      ({ discards: knowledge.discards, unsupported: knowledge.unsupported } = readPetrarchDiscards(text, file));
      report('discards', knowledge.discards.length);
      break;
    case 'issues': {
      const issues = readIssueList(text, file);
      knowledge.unsupported = issues.unsupported;
      report('issues', issues.entries, 0, 'issue phrases are read but not used: dyad codes events, not issues');
      break;
    }
    case 'options': {
      const options = readRunOptions(text, file);
      knowledge.unsupported = options.unsupported;
      report('options', options.entries, 0, 'run settings of TABARI or PETRARCH: not applied, each listed with what dyad does instead');
      break;
    }
    case null:
      knowledge.unsupported.push({ source: { file, line: 1 }, text: file, reason: 'not a PETRARCH or TABARI verbs, actors, agents, discards, issues or options file; file ignored' });
      report('unknown', 0, 0, 'not a dictionary dyad reads');
      break;
  }
  return knowledge;
}

/**
 * Everything in `a` followed by everything in `b` (neither is modified). Order matters to the coder, so later sources
 * come last. A synset defined in both gets the members of both, `a`'s first.
 */
export function mergeKnowledge(a: Knowledge, b: Knowledge): Knowledge {
  const synsets = new Map<string, Phrase[]>(a.synsets);
  for (const [name, members] of b.synsets) {
    const existing = synsets.get(name);
    if (!existing) {
      synsets.set(name, members);
      continue;
    }
    const seen = new Set(existing.map((p) => p.join(' ')));
    synsets.set(name, [...existing, ...members.filter((p) => !seen.has(p.join(' ')))]);
  }
  const merged: Knowledge = {
    actors: [...a.actors, ...b.actors],
    agents: [...a.agents, ...b.agents],
    discards: [...a.discards, ...b.discards],
    verbBlocks: [...a.verbBlocks, ...b.verbBlocks],
    synsets,
    unsupported: [...a.unsupported, ...b.unsupported],
  };
  if (a.frames || b.frames) merged.frames = [...(a.frames ?? []), ...(b.frames ?? [])];
  if (a.unnamedTargets || b.unnamedTargets) merged.unnamedTargets = [...(a.unnamedTargets ?? []), ...(b.unnamedTargets ?? [])];
  if (a.nominals || b.nominals) merged.nominals = [...(a.nominals ?? []), ...(b.nominals ?? [])];
  if (a.transformations || b.transformations) merged.transformations = [...(a.transformations ?? []), ...(b.transformations ?? [])];
  if (a.files || b.files) merged.files = [...(a.files ?? []), ...(b.files ?? [])];
  return merged;
}
