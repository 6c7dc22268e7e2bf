// Build step: compiles the built-in dictionaries into dist/compiled/knowledge.json (see src/dictionaries/compiled.ts).
import { BUILT_IN_DIRS, parseDictionaryDirs } from '../src/dictionaries/knowledge.js';
import { COMPILED_PATH, writeCompiledKnowledge } from '../src/dictionaries/compiled.js';

const started = performance.now();
const knowledge = parseDictionaryDirs(BUILT_IN_DIRS);
writeCompiledKnowledge(knowledge, BUILT_IN_DIRS);
console.log(`dyad: compiled ${knowledge.actors.length} actors, ${knowledge.agents.length} agents, ${knowledge.verbBlocks.length} verb blocks into ${COMPILED_PATH} in ${Math.round(performance.now() - started)} ms`);
