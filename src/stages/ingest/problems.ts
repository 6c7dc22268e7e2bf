// How readers report bad input: a problem names the file and line, says what is wrong, and reading goes on.

/** Errors mean the record (or file) was skipped; warnings mean it was read but deserves a look. */
export type ProblemSeverity = 'error' | 'warning';

export interface ReadProblem {
  file: string;
  /** 1-based line, or null when the problem concerns the file as a whole. */
  line: number | null;
  message: string;
  /** Always set by the readers; optional so that callers can build problems of their own. */
  severity?: ProblemSeverity;
  /** Set on the warning for a record whose date and text an earlier record had: summaries count these. */
  duplicate?: boolean;
}

/** `file:line: message`, the shape compilers use, so editors and terminals can jump to the spot. */
export function formatProblem(p: ReadProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  const prefix = p.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${prefix}${p.message}`;
}

/** A reporter bound to one file, handed to each format reader. */
export type Report = (line: number | null, message: string, severity?: ProblemSeverity) => void;
