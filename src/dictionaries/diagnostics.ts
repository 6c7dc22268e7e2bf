// Per-file accounts of what reading the dictionaries gave: entries read and used, and the lines dyad did not understand.
import type { DictionaryFileReport, Knowledge, UnsupportedConstruct } from './model.js';

export interface FileDiagnosis extends DictionaryFileReport {
  /** Distinct lines left out because dyad could not read them. */
  notUnderstood: number;
  /** Distinct lines read with a repair or a default the report names. */
  repaired: number;
  /** Distinct lines left out as the coder the file was written for leaves them out (see `leftOutBy`). */
  leftAsCoder: number;
  /** Every report on the file, in line order. */
  problems: UnsupportedConstruct[];
}

/** Formats whose entries are settings of a run, not knowledge: their lines are "not applied", never "not understood". */
const SETTINGS_FORMATS = new Set(['options']);

/** One diagnosis per file read, in load order; reports on files without a file report (dyad's YAML) get one of their own. */
export function diagnose(knowledge: Knowledge): FileDiagnosis[] {
  const byFile = new Map<string, UnsupportedConstruct[]>();
  for (const u of knowledge.unsupported) {
    const list = byFile.get(u.source.file);
    if (list) list.push(u);
    else byFile.set(u.source.file, [u]);
  }
  const reports: DictionaryFileReport[] = [...(knowledge.files ?? [])];
  for (const file of byFile.keys()) {
    if (!reports.some((r) => r.file === file)) reports.push({ file, format: 'dictionary', lines: 0, entries: 0, used: 0 });
  }
  return reports.map((report) => {
    const problems = [...(byFile.get(report.file) ?? [])].sort((a, b) => a.source.line - b.source.line);
    const left = new Set(problems.filter((p) => !p.kept && !p.leftOutBy).map((p) => p.source.line));
    const asCoder = new Set(problems.filter((p) => p.leftOutBy && !left.has(p.source.line)).map((p) => p.source.line));
    const repaired = new Set(problems.filter((p) => p.kept && !left.has(p.source.line) && !asCoder.has(p.source.line)).map((p) => p.source.line));
    return { ...report, notUnderstood: SETTINGS_FORMATS.has(report.format) ? 0 : left.size, repaired: repaired.size, leftAsCoder: asCoder.size, problems };
  });
}

/** Share of a dictionary's meaningful lines that dyad did not understand (0 for a file with none). */
export function notUnderstoodShare(d: FileDiagnosis): number {
  return d.lines === 0 ? (d.notUnderstood > 0 ? 1 : 0) : d.notUnderstood / d.lines;
}

/** Above this share of lines not understood, `dyad code` warns that the dictionary is not fully read. */
export const WARN_SHARE = 0.01;

/** True for run-settings files (`.options`, `PETR_config.ini`), whose settings dyad lists but does not apply. */
export function isSettingsFile(d: FileDiagnosis): boolean {
  return SETTINGS_FORMATS.has(d.format);
}
