// Loads a directory of PETRARCH dictionary files into one Knowledge, and merges Knowledge from several sources.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Knowledge, Phrase } from './model.js';
import { emptyKnowledge } from './model.js';
import { readPetrarchActors } from './petrarch/actors.js';
import { readPetrarchAgents } from './petrarch/agents.js';
import { detectPetrarchFormat } from './petrarch/detect.js';
import { readPetrarchDiscards } from './petrarch/discards.js';
import { readPetrarchVerbs } from './petrarch/verbs.js';

/**
 * Files a dictionary directory may hold besides dictionaries: licences and notes, and dyad's own YAML dictionaries,
 * which their own reader loads. Anything else that is not a PETRARCH dictionary is reported.
 */
const companionFile = /^(?:\..*|LICEN[CS]E.*|COPYING.*|NOTICE.*|README.*|.*\.(?:md|ya?ml|json))$/i;

/** Reads every PETRARCH dictionary in `dir` (not its subdirectories), in file-name order. */
export function loadDictionaryDir(dir: string): Knowledge {
  let knowledge = emptyKnowledge();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile() || companionFile.test(name)) continue;
    knowledge = mergeKnowledge(knowledge, readPetrarchFile(readFileSync(path, 'utf8'), name));
  }
  return knowledge;
}

/** Reads one PETRARCH dictionary file; `file` names it in every entry's source. */
export function readPetrarchFile(text: string, file: string): Knowledge {
  const knowledge = emptyKnowledge();
  switch (detectPetrarchFormat(file, text)) {
    case 'verbs': {
      const verbs = readPetrarchVerbs(text, file);
      knowledge.verbBlocks = verbs.blocks;
      knowledge.synsets = verbs.synsets;
      knowledge.transformations = verbs.transformations;
      knowledge.unsupported = verbs.unsupported;
      break;
    }
    case 'actors':
      ({ actors: knowledge.actors, unsupported: knowledge.unsupported } = readPetrarchActors(text, file));
      break;
    case 'agents':
      ({ agents: knowledge.agents, unsupported: knowledge.unsupported } = readPetrarchAgents(text, file));
      break;
    case 'discards':
      ({ discards: knowledge.discards, unsupported: knowledge.unsupported } = readPetrarchDiscards(text, file));
      break;
    case null:
      knowledge.unsupported.push({ source: { file, line: 1 }, text: file, reason: 'not a PETRARCH verbs, actors, agents or discards file; file ignored' });
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
  return merged;
}
