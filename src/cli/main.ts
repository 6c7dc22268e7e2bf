#!/usr/bin/env node
// The dyad command line: one sub-command per file in this folder, wired here.
import { Command } from 'commander';
import { codeCommand } from './code.js';
import { evalCommand } from './eval.js';

const program = new Command('dyad')
  .description('dyad: political event data from dated news — CAMEO-coded events with the words that carry them')
  .version('0.1.0')
  .addCommand(codeCommand())
  .addCommand(evalCommand());

await program.parseAsync(process.argv);
