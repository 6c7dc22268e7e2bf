// Numbered lines from a stream, read lazily so that a 100 MB JSON Lines file never sits in memory whole.

export interface NumberedLine {
  /** 1-based, as `sed -n` and editors count: only \n ends a line. */
  n: number;
  /** The line without its terminator (\n, or \r\n); a lone \r stays in the line. A leading byte-order mark is dropped. */
  text: string;
}

/** Splits text into lines as `sed` does: a \r before the \n goes with the terminator, any other \r is text. */
export function splitLines(text: string): string[] {
  return text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/**
 * The stream's lines, numbered. Not node:readline, which also ends a line at a lone \r (an old Mac line end, or a
 * stray byte in scraped text): line numbers in problems must point where `sed -n` and editors do.
 */
export async function* linesOf(input: NodeJS.ReadableStream): AsyncGenerator<NumberedLine> {
  let n = 0;
  let pending = '';
  const line = (text: string): NumberedLine => {
    n += 1;
    const body = text.endsWith('\r') ? text.slice(0, -1) : text;
    return { n, text: n === 1 && body.startsWith('\uFEFF') ? body.slice(1) : body };
  };
  for await (const chunk of input) {
    const text = pending + (typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8'));
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      yield line(text.slice(start, end));
      start = end + 1;
    }
    pending = text.slice(start);
  }
  // A last line without a terminator is a line; an empty remainder after a final \n is not.
  if (pending !== '') yield line(pending);
}

export const isBlank = (s: string): boolean => s.trim() === '';

/**
 * Reads up to the first non-blank line and returns it with an iterable that replays everything read so far,
 * so the format can be sniffed from content without consuming the stream.
 */
export async function peekFirstContent(
  lines: AsyncIterator<NumberedLine>,
): Promise<{ first: NumberedLine | null; replay: AsyncIterable<NumberedLine> }> {
  const buffered: NumberedLine[] = [];
  let first: NumberedLine | null = null;
  for (;;) {
    const next = await lines.next();
    if (next.done) break;
    buffered.push(next.value);
    if (!isBlank(next.value.text)) {
      first = next.value;
      break;
    }
  }
  async function* replay(): AsyncGenerator<NumberedLine> {
    try {
      yield* buffered;
      for (;;) {
        const next = await lines.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // Lets the underlying line reader detach from its stream when the consumer stops early.
      await lines.return?.(undefined);
    }
  }
  return { first, replay: replay() };
}
