// The reference format: one article per file, a `date YYYY-MM-DD` line, optional header lines, then the text.
//
//     date 2024-04-20
//     title Erdogan meets Hamas leader Haniyeh in Istanbul      (optional)
//     url https://example.org/...                               (optional)
//     source Reuters                                            (optional)
//     id erdogan-haniyeh-2024                                   (optional)
//
//     Turkish President Tayyip Erdogan discussed ...
//
// Header lines come before the text, in any order, with blank lines anywhere among them; the key is lower-case
// and may be followed by a colon (`date: 2024-04-20`). Lower-case only, because an article may well begin with
// "Title IX ..." or "Source: ...", and those must stay text.
import type { Origin } from '../../document/types.js';
import { readArticleDate } from './article-date.js';
import { isBlank, type NumberedLine } from './lines.js';
import type { Report } from './problems.js';
import { contentId, type ReadRecord } from './record.js';

const HEADER = /^\s*(date|title|url|source|id)(?:\s*:\s*|\s+|$)(.*)$/;

type HeaderKey = 'date' | 'title' | 'url' | 'source' | 'id';

/**
 * Reads one reference-format article. Line endings become \n; the text loses its surrounding blank lines
 * and trailing white space and is otherwise kept exactly, because later stages point into it by offset.
 */
export async function readReferenceArticle(
  lines: AsyncIterable<NumberedLine>,
  file: string,
  defaultDate: string | null,
  report: Report,
): Promise<ReadRecord | null> {
  const headers = new Map<HeaderKey, { value: string; n: number }>();
  const text: string[] = [];
  let firstTextLine: number | null = null;
  let lastLine = 0;
  let broken = false;

  for await (const line of lines) {
    lastLine = line.n;
    if (firstTextLine !== null) {
      text.push(line.text);
      continue;
    }
    if (isBlank(line.text)) continue;
    const m = HEADER.exec(line.text);
    if (m) {
      const key = m[1] as HeaderKey;
      const seen = headers.get(key);
      if (seen) {
        // Two dates (or ids) in one header leave no safe choice, so the article is not guessed at.
        report(line.n, `second \`${key}\` line (the first is on line ${seen.n}); article skipped`);
        broken = true;
      } else {
        headers.set(key, { value: (m[2] ?? '').trim(), n: line.n });
      }
      continue;
    }
    firstTextLine = line.n;
    text.push(line.text);
  }
  if (broken) return null;

  let date: string | null = defaultDate;
  const dateHeader = headers.get('date');
  if (dateHeader) {
    const reading = readArticleDate(dateHeader.value);
    if (!reading.ok) {
      report(dateHeader.n, `${reading.reason}; article skipped`);
      return null;
    }
    date = reading.date;
  } else if (defaultDate === null) {
    report(
      firstTextLine ?? Math.max(lastLine, 1),
      'no date: add a `date YYYY-MM-DD` line before the article text, or pass --date; article skipped',
    );
    return null;
  }

  const body = text.join('\n').trimEnd();
  if (firstTextLine === null || body === '') {
    report(Math.max(lastLine, 1), 'no article text after the header lines; article skipped');
    return null;
  }

  const ownId = headers.get('id')?.value || null;
  const header = (key: HeaderKey): string | null => headers.get(key)?.value || null;
  const origin: Origin = { file, line: firstTextLine };
  return {
    article: {
      id: ownId ?? contentId(date, body),
      date,
      title: header('title'),
      text: body,
      url: header('url'),
      source: header('source'),
      origin,
    },
    ownId: ownId !== null,
  };
}
