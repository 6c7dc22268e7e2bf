// Numbered lines from a stream, read lazily so that a 100 MB JSON Lines file never sits in memory whole.
import { createInterface } from 'node:readline';

export interface NumberedLine {
  /** 1-based. */
  n: number;
  /** The line without its terminator (\n, \r\n or \r); a leading byte-order mark is dropped. */
  text: string;
}

export async function* linesOf(input: NodeJS.ReadableStream): AsyncGenerator<NumberedLine> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of rl) {
      n += 1;
      yield { n, text: n === 1 && line.startsWith('\uFEFF') ? line.slice(1) : line };
    }
  } finally {
    rl.close();
  }
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
