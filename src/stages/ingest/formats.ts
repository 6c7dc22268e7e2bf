// The input formats dyad reads, defined once: the reader picks a file's reader by these extensions, and the help of
// `dyad code` and `dyad ingest` lists them from here, so the two cannot drift apart.

/** How the reader treats a file of this kind (see read.ts). */
export type InputKind = 'reference' | 'json-lines' | 'json' | 'feed' | 'page';

export interface InputFormat {
  kind: InputKind;
  /** Lower-case, with the dot; a directory is walked for files with any of them. */
  extensions: readonly string[];
  /** What the format is, as the help says it. */
  description: string;
}

export const INPUT_FORMATS: readonly InputFormat[] = [
  { kind: 'reference', extensions: ['.txt'], description: 'the reference text format: a "date YYYY-MM-DD" line, optional title/url/source/id lines, then the text' },
  { kind: 'json-lines', extensions: ['.jsonl', '.ndjson'], description: 'JSON Lines: one {id, date, title, text, url, source} record a line, only text required' },
  { kind: 'json', extensions: ['.json'], description: 'one such JSON record, or an array of them' },
  { kind: 'feed', extensions: ['.rss', '.atom', '.xml'], description: 'an RSS or Atom feed: one article per item, dated as the publisher dates it' },
  { kind: 'page', extensions: ['.html', '.htm'], description: 'a saved web page: its main text (Readability) and its published date' },
];

/** The extensions a directory is walked for. */
export const WALKED_EXTENSIONS: ReadonlySet<string> = new Set(INPUT_FORMATS.flatMap((f) => f.extensions));

/** The kind of a file by its extension (any case), or null for an extension not listed (read as the reference format, sniffed). */
export function inputKindOf(extension: string): InputKind | null {
  const ext = extension.toLowerCase();
  return INPUT_FORMATS.find((f) => f.extensions.includes(ext))?.kind ?? null;
}

/** The extensions as a phrase: ".txt, .jsonl, .ndjson, … or .htm". */
export function extensionsPhrase(): string {
  const all = [...WALKED_EXTENSIONS];
  return `${all.slice(0, -1).join(', ')} or ${all.at(-1)}`;
}

/** The block `--help` prints after the options of the commands that read articles. */
export function inputFormatsHelp(): string {
  const width = Math.max(...INPUT_FORMATS.map((f) => f.extensions.join(' ').length));
  return [
    '',
    'Input formats (by file extension):',
    ...INPUT_FORMATS.map((f) => `  ${f.extensions.join(' ').padEnd(width)}  ${f.description}`),
    `  ${'directory'.padEnd(width)}  every file with one of these extensions below it, recursively, in a stable order`,
    `  ${'-'.padEnd(width)}  standard input, recognised by its content (as a file with another extension):`,
    `  ${''.padEnd(width)}  { JSON Lines, [ a JSON array, < a feed or a web page, else the reference format`,
    'An article without a date line or field takes --date; without either it is reported and skipped.',
  ].join('\n');
}
