#!/usr/bin/env node
// The dyad command line: one sub-command per file in this folder, wired here.
import { Command } from 'commander';
import { codeCommand } from './code.js';
import { evalCommand } from './eval.js';
import { placesCommand } from './places.js';
import { actorsCommand } from './actors.js';
import { ingestCommand } from './ingest.js';
import { queryCommand } from './query.js';
import { serveCommand } from './serve.js';
import { demoCommand } from './demo.js';
import { exportCommand } from './export.js';
import { migrateCommand } from './migrate.js';
import { DictionaryError } from '../dictionaries/native/native.js';
import { GoldFileError } from '../eval/gold.js';
import { VERSION } from '../version.js';

const program = new Command('dyad')
  .description('dyad: political event data from dated news — CAMEO-coded events with the words that carry them')
  .version(VERSION)
  .addCommand(demoCommand())
  .addCommand(codeCommand())
  .addCommand(ingestCommand())
  .addCommand(queryCommand())
  .addCommand(serveCommand())
  .addCommand(exportCommand())
  .addCommand(migrateCommand())
  .addCommand(evalCommand())
  .addCommand(placesCommand())
  .addCommand(actorsCommand());

// "dyad actors list | head": a closed pipe ends the listing, it is no error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  await program.parseAsync(process.argv);
} catch (e) {
  // A broken dictionary or gold file is the user's to fix: say where, without a stack trace.
  if (e instanceof DictionaryError || e instanceof GoldFileError) {
    process.stderr.write(`dyad: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
