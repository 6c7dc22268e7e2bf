// Dictionary load time, each run in a fresh process: the bundled dictionaries alone and with a TABARI set added, compiled.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../src/paths.js';

/** The public 2014 PETRARCH-1 set (CAMEO.091003.master.verbs, CountryInfo-derived actors): a TABARI set of 2 MB. */
const TABARI_SET = join(projectRoot, 'test', 'fixtures', 'dictionaries', 'petrarch1-2014');

/** The budget: every bundled dictionary plus a TABARI set, ready to code, in under a second. */
export const LOAD_BUDGET_MS = 1000;

const RUNS = 5;

const module = (...path: string[]): string => JSON.stringify(pathToFileURL(join(projectRoot, 'dist', 'src', ...path)).href);

/**
 * What a run waits for before its first article: the knowledge (the built-ins from their compiled index, the TABARI set
 * from its compiled copy) and the actor and verb tries. Wall time, and CPU time, which a busy machine inflates less.
 */
const child = `
const { loadKnowledge } = await import(${module('dictionaries', 'knowledge.js')});
const { actorIndex } = await import(${module('stages', 'actors', 'actor-index.js')});
const { verbIndex } = await import(${module('stages', 'events', 'verb-index.js')});
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const knowledge = loadKnowledge(process.argv[1] === 'tabari' ? { addDictionaries: [${JSON.stringify(TABARI_SET)}] } : {});
actorIndex(knowledge);
verbIndex(knowledge);
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 }));
`;

interface Timing {
  wall: number;
  cpu: number;
}

function run(mode: 'built-ins' | 'tabari'): Timing {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', child, mode], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`load bench: ${r.stderr}`);
  return JSON.parse(r.stdout) as Timing;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Lines for `npm run bench`: the median of RUNS fresh processes of each, alternated so that both see the same machine.
 * The ratio to the built-ins alone holds on any machine: the built-ins' own time is the README's figure, so the TABARI
 * set stays within the budget while ratio × that figure does.
 */
export function benchDictionaryLoad(): string[] {
  run('tabari'); // compiles the TABARI set on first use (dist/compiled/user), as a user's first run does
  const builtIns: Timing[] = [];
  const withTabari: Timing[] = [];
  for (let k = 0; k < RUNS; k++) {
    builtIns.push(run('built-ins'));
    withTabari.push(run('tabari'));
  }
  const b = { wall: median(builtIns.map((t) => t.wall)), cpu: median(builtIns.map((t) => t.cpu)) };
  const t = { wall: median(withTabari.map((x) => x.wall)), cpu: median(withTabari.map((x) => x.cpu)) };
  return [
    `dictionaries      built-ins (Phoenix + dyad), compiled, ready to code: ${b.wall.toFixed(0)} ms (CPU ${b.cpu.toFixed(0)} ms), median of ${RUNS} fresh processes`,
    `  + TABARI set    the 2014 PETRARCH-1 set added: ${t.wall.toFixed(0)} ms (CPU ${t.cpu.toFixed(0)} ms): ${(t.wall / LOAD_BUDGET_MS).toFixed(2)} of the ${LOAD_BUDGET_MS} ms budget`,
    `  ratio           ${(t.wall / b.wall).toFixed(2)} the built-ins' time (CPU ${(t.cpu / b.cpu).toFixed(2)})`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) for (const line of benchDictionaryLoad()) console.log(line);
