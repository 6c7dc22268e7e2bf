// `dyad actors add`: puts an actor in the user's own overlay file, which every run codes with, without touching the bundled data.
import { Command } from 'commander';
import { addToOverlay, overlayPath } from '../dictionaries/overlay.js';
import { isValidIsoDate } from '../stages/ingest/article-date.js';

interface AddOptions {
  code: string;
  alias: string[];
  from?: string;
  to?: string;
  role?: string;
  file?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function actorsAddCommand(): Command {
  return new Command('add')
    .description('add an actor, or a dated code for one, to your overlay file ($DYAD_OVERLAY, else ~/.config/dyad/actors.yaml), which every run codes with')
    .argument('<name>', 'the canonical name ("Omar Haddad")')
    .requiredOption('--code <code>', 'CAMEO actor code, e.g. SYRGOV')
    .option('--alias <phrase>', 'another name it goes by (repeatable)', collect, [])
    .option('--from <YYYY-MM-DD>', 'first day the code holds')
    .option('--to <YYYY-MM-DD>', 'last day the code holds')
    .option('--role <text>', 'the office, in words ("foreign minister")')
    .option('--file <path>', 'overlay file to write (default: $DYAD_OVERLAY, else ~/.config/dyad/actors.yaml)')
    .action((name: string, opts: AddOptions) => {
      process.exitCode = runActorsAdd(name, opts);
    });
}

export function runActorsAdd(name: string, opts: AddOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  const code = opts.code.toUpperCase();
  if (!/^[A-Z-]{3}([A-Z]{3})*$/.test(code)) {
    err.write(`dyad actors add: --code: an actor code such as TUR, TURGOV, IGOUNO, got "${opts.code}"\n`);
    return 2;
  }
  for (const [flag, value] of [['--from', opts.from], ['--to', opts.to]] as const) {
    if (value !== undefined && !isValidIsoDate(value)) {
      err.write(`dyad actors add: ${flag}: a date YYYY-MM-DD, got "${value}"\n`);
      return 2;
    }
  }
  const path = opts.file ?? overlayPath();
  if (!path) {
    err.write('dyad actors add: DYAD_OVERLAY is "none": pass --file, or set DYAD_OVERLAY to a file\n');
    return 2;
  }
  const { created } = addToOverlay(path, { name, aliases: opts.alias, code, from: opts.from, to: opts.to, role: opts.role });
  out.write(`${created ? 'added' : 'updated'} ${name} (${code}${opts.from || opts.to ? `, ${opts.from ?? '…'} to ${opts.to ?? '…'}` : ''}) in ${path}\n`);
  return 0;
}
