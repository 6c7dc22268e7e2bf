// Turns one JSON record into an Article: zod validation with messages that name the field, and stable article ids.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Article, Origin } from '../../document/types.js';
import { readArticleDate } from './article-date.js';

/** An article plus whether its id came from the input (duplicates of those are worth a warning). */
export interface ReadRecord {
  article: Article;
  ownId: boolean;
}

/** The identity of an article's content in the event store: the same date and text is the same article, from whatever file. */
export function contentHash(article: Pick<Article, 'date' | 'text'>): string {
  return createHash('sha256').update(`${article.date ?? ''}\n${article.text}`).digest('hex');
}

/** `a-` + 16 hex digits of sha256(date + "\n" + text): short, and the same on every run for the same article. */
export function contentId(date: string | null, text: string): string {
  return 'a-' + contentHash({ date, text }).slice(0, 16);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  const shown = JSON.stringify(v);
  // A whole article pasted into an error line helps nobody; its opening is enough to find it.
  return `${typeof v} ${shown.length > 40 ? shown.slice(0, 37) + '...' : shown}`;
}

// null and "" are accepted as "not given" because exporters (pandas, SQL dumps) write them for empty columns.
function optionalString(field: string) {
  return z
    .string({ error: (iss) => `${field} must be a string, got ${describe(iss.input)}` })
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? null : v));
}

const recordSchema = z.object(
  {
    id: z
      .union([z.string(), z.number()], { error: (iss) => `id must be a string or a number, got ${describe(iss.input)}` })
      .nullish()
      .transform((v, ctx) => {
        if (v == null) return null;
        const id = String(v);
        if (id.trim() === '') {
          ctx.addIssue({ code: 'custom', message: 'id is empty (omit it to get a content id)' });
          return z.NEVER;
        }
        return id;
      }),
    date: z
      .string({ error: (iss) => `date must be a string, got ${describe(iss.input)}` })
      .nullish()
      .transform((v, ctx) => {
        if (v == null) return null;
        const reading = readArticleDate(v);
        if (!reading.ok) {
          ctx.addIssue({ code: 'custom', message: reading.reason });
          return z.NEVER;
        }
        return reading.date;
      }),
    title: optionalString('title'),
    text: z
      .string({
        error: (iss) => (iss.input === undefined ? 'text is missing' : `text must be a string, got ${describe(iss.input)}`),
      })
      .refine((s) => s.trim() !== '', 'text is empty'),
    url: optionalString('url'),
    source: optionalString('source'),
  },
  { error: (iss) => `a record must be a JSON object, got ${describe(iss.input)}` },
);

/** The Article for a parsed JSON value, or every reason it is not a valid record. */
export function recordToArticle(
  value: unknown,
  origin: Origin,
  defaultDate: string | null,
): { ok: true; record: ReadRecord } | { ok: false; reasons: string[] } {
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reasons: parsed.error.issues.map((i) => i.message) };
  const r = parsed.data;
  const date = r.date ?? defaultDate;
  const article: Article = {
    id: r.id ?? contentId(date, r.text),
    date,
    title: r.title,
    text: r.text,
    url: r.url,
    source: r.source,
    origin,
  };
  return { ok: true, record: { article, ownId: r.id !== null } };
}
