// `dyad dictionaries`: what dyad reads in a directory of dictionaries (check), and the same knowledge written in another format (convert).
import { Command } from 'commander';
import { join, relative } from 'node:path';
import { loadAnyDictionaryDir } from '../dictionaries/knowledge.js';
import { convertDictionaries, type ConvertTarget } from '../dictionaries/convert/convert.js';
import { diagnose, isSettingsFile, notUnderstoodShare, type FileDiagnosis } from '../dictionaries/diagnostics.js';

interface CheckOptions {
  json?: boolean;
}

export function dictionariesCommand(): Command {
  const command = new Command('dictionaries').description('check or convert dictionary directories (PETRARCH, TABARI, dyad YAML)');
  command
    .command('check')
    .description('per file: entries read, entries used, and every line not understood (file:line); exit status 1 when a line was not understood')
    .argument('<dir...>', 'directories of dictionaries')
    .option('--json', 'print one JSON object per file')
    .action((dirs: string[], opts: CheckOptions) => {
      process.exitCode = runCheck(dirs, opts);
    });
  command
    .command('convert')
    .description(
      'write the dictionaries of DIRs (PETRARCH-2, TABARI, PETRARCH-1 or dyad YAML, read as `--dictionaries` reads them) to OUT as ' +
        "dyad's YAML, which keeps everything the coder uses, or as PETRARCH-2 files, listing on stderr what that format cannot say",
    )
    .argument('<dir...>', 'directories of dictionaries, in load order')
    .requiredOption('--to <format>', 'dyad (one NAME.yaml) or petrarch2 (NAME.verbs.txt, .actors.txt, .agents.txt, .discards.txt)')
    .requiredOption('--out <dir>', 'directory to write; load it with --dictionaries OUT')
    .action((dirs: string[], opts: { to: string; out: string }) => {
      if (opts.to !== 'dyad' && opts.to !== 'petrarch2') {
        process.stderr.write(`dyad: --to must be dyad or petrarch2, not "${opts.to}"\n`);
        process.exitCode = 2;
        return;
      }
      const result = convertDictionaries(dirs, opts.to as ConvertTarget, opts.out);
      for (const file of result.written) process.stdout.write(`${join(opts.out, file)}\n`);
      for (const line of result.lost) process.stderr.write(`dyad: not expressible in PETRARCH-2: ${line}\n`);
      if (result.notUnderstood > 0) {
        process.stderr.write(`dyad: ${result.notUnderstood} source lines were not understood and are not converted; \`dyad dictionaries check\` lists them\n`);
      }
    });
  return command;
}

export function runCheck(dirs: string[], opts: CheckOptions, out: NodeJS.WritableStream = process.stdout): number {
  let unread = 0;
  for (const dir of dirs) {
    for (const d of diagnose(loadAnyDictionaryDir(dir))) {
      unread += d.notUnderstood;
      out.write(opts.json ? JSON.stringify({ dir, ...d }) + '\n' : formatDiagnosis(dir, d));
    }
  }
  return unread > 0 ? 1 : 0;
}

/** The account of one file: a summary line, then each report as `file:line: reason: text`. */
export function formatDiagnosis(dir: string, d: FileDiagnosis): string {
  const name = d.file.startsWith('/') ? relative(dir, d.file) : d.file;
  const share = (100 * notUnderstoodShare(d)).toFixed(d.notUnderstood > 0 && notUnderstoodShare(d) < 0.001 ? 2 : 1);
  const counts = isSettingsFile(d)
    ? `${d.entries} settings read, none applied`
    : `${d.lines} lines, ${d.entries} entries read, ${d.used} used; ${d.notUnderstood} lines not understood (${share}%)${d.repaired > 0 ? `, ${d.repaired} read with a repair` : ''}${d.leftAsCoder > 0 ? `, ${d.leftAsCoder} left out as their coder leaves them out` : ''}`;
  let text = `${name} (${d.format}): ${counts}\n`;
  if (d.note) text += `  note: ${d.note}\n`;
  for (const p of d.problems) {
    const kind = isSettingsFile(d) ? '' : p.leftOutBy ? `left out, as ${p.leftOutBy} leaves it out: ` : p.kept ? 'read with a repair: ' : 'not understood: ';
    text += `  ${name}:${p.source.line}: ${kind}${p.reason}: ${p.text}\n`;
  }
  return text;
}
