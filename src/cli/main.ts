#!/usr/bin/env node
// The dyad command line: one sub-command per file in this folder, each loaded only when it is the one asked for.
import { Command } from 'commander';
import { VERSION } from '../version.js';

/**
 * The sub-commands in the order help lists them. Each module pulls in its stages (dictionaries, gazetteer, wink-nlp,
 * database drivers): loading all of them costs a second of CPU that `dyad --version` or `dyad query` should not pay.
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<Command>]> = [
  ['demo', async () => (await import('./demo.js')).demoCommand()],
  ['code', async () => (await import('./code.js')).codeCommand()],
  ['ingest', async () => (await import('./ingest.js')).ingestCommand()],
  ['query', async () => (await import('./query.js')).queryCommand()],
  ['serve', async () => (await import('./serve.js')).serveCommand()],
  ['export', async () => (await import('./export.js')).exportCommand()],
  ['migrate', async () => (await import('./migrate.js')).migrateCommand()],
  ['watch', async () => (await import('./watch.js')).watchCommand()],
  ['worker', async () => (await import('./worker.js')).workerCommand()],
  ['status', async () => (await import('./status.js')).statusCommand()],
  ['eval', async () => (await import('./eval.js')).evalCommand()],
  ['places', async () => (await import('./places.js')).placesCommand()],
  ['actors', async () => (await import('./actors.js')).actorsCommand()],
  ['dictionaries', async () => (await import('./dictionaries.js')).dictionariesCommand()],
];

/** The program with the commands `argv` needs: the one it names, none for the version, else all (help, errors). */
async function program(argv: readonly string[]): Promise<Command> {
  const root = new Command('dyad')
    .description('dyad: political event data from dated news — CAMEO-coded events with the words that carry them')
    .version(VERSION);
  const first = argv.find((a) => !a.startsWith('-'));
  const named = COMMANDS.find(([name]) => name === first);
  if (!named && (argv.includes('-V') || argv.includes('--version'))) return root;
  for (const [, load] of named ? [named] : COMMANDS) root.addCommand(await load());
  return root;
}

// "dyad actors list | head": a closed pipe ends the listing, it is no error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  await (await program(process.argv.slice(2))).parseAsync(process.argv);
} catch (e) {
  // A broken dictionary or gold file is the user's to fix: say where, without a stack trace.
  const [{ DictionaryError }, { GoldFileError }] = await Promise.all([import('../dictionaries/native/native.js'), import('../eval/gold.js')]);
  if (e instanceof DictionaryError || e instanceof GoldFileError) {
    process.stderr.write(`dyad: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
