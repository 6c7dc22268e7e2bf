// Tells which of the four PETRARCH dictionary formats a file is in, from its name or, failing that, from its content.
export type PetrarchFormat = 'verbs' | 'actors' | 'agents' | 'discards';

const byName: ReadonlyArray<[RegExp, PetrarchFormat]> = [
  [/\.verbs\.txt$/i, 'verbs'],
  [/^cameo.*\.txt$/i, 'verbs'],
  [/\.actors\.txt$/i, 'actors'],
  [/\.agents\.txt$/i, 'agents'],
  [/\.discards\.txt$/i, 'discards'],
];

/**
 * The format of a dictionary file, or null when it is none of the four (e.g. Phoenix.prepositions.txt). The file
 * name decides when it follows PETRARCH's conventions; otherwise the first lines must show the format unambiguously:
 * verb block headers, `[~CODE]` agent codes, actor codes with `+` synonyms, or a header comment naming discards.
 */
export function detectPetrarchFormat(fileName: string, text: string): PetrarchFormat | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  for (const [pattern, format] of byName) if (pattern.test(base)) return format;

  const head = text.split(/\r?\n/, 400);
  const count = (test: RegExp): number => head.filter((line) => test.test(line)).length;
  if (count(/^---+\s+\S.*---\s*$/) > 0 && count(/^-\s.*\*.*\[[^\]]*\]/) > 0) return 'verbs';
  if (count(/\[\s*~[^\]]+\]|\[[^\]~]+~\s*\]/) > 0 || count(/^!\S+!\s*=/) > 0) return 'agents';
  if (count(/^\S.*\[[A-Z0-9]{3,}[^\]]*\]/) + count(/^\s+\[[A-Z0-9]{3,}[^\]]*\]/) > 0) return 'actors';
  if (count(/^(#|<!--).*\bdiscard/i) > 0) return 'discards';
  return null;
}
