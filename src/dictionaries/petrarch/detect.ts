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
 * name decides when it follows PETRARCH's conventions; otherwise the content must show it: verb block headers with
 * patterns or synset definitions, `[~CODE]` agent codes or `!MARKER! =` lines, `[CODE]` actor codes, or a comment
 * naming discards.
 */
export function detectPetrarchFormat(fileName: string, text: string): PetrarchFormat | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  for (const [pattern, format] of byName) if (pattern.test(base)) return format;

  const has = (pattern: RegExp): boolean => pattern.test(text);
  // Verb files may open with hundreds of synset lines (CAMEO.2.0.txt has its first block on line 707).
  if ((has(/^---+[ \t]+\S.*---[ \t]*$/m) && has(/^-[ \t].*\*.*\[[^\]\n]*\]/m)) || has(/^&[A-Z][A-Z0-9_]*[ \t]*\r?\n\+/m)) return 'verbs';
  if (has(/\[[ \t]*~[^\]\n]+\]|\[[^\]~\n]+~[ \t]*\]/) || has(/^![^!\s]+![ \t]*=/m)) return 'agents';
  if (has(/^[ \t]*\S*[ \t]*\[[A-Z0-9]{3,}[^\]\n]*\]/m)) return 'actors';
  if (has(/^(?:#|<!--).*\bdiscard/im)) return 'discards';
  return null;
}
