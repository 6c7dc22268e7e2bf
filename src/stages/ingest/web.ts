// Readers for what the web gives: RSS and Atom feeds (one article per item) and saved HTML pages (the main text, by Readability).
import { DOMParser, parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Report } from './problems.js';
import { recordToArticle, type ReadRecord } from './record.js';
import { lineAt } from '../../text/characters.js';
import { daysInMonth } from '../../calendar.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Sat, 20 Apr 2024 01:30:00 +0300": day, month name and year, two-digit years as RFC 2822 reads them. */
const RFC_822 = /^(?:[A-Za-z]+,?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4}|\d{2})\b/;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO date from what feeds and pages write: RFC 822 ("Sat, 20 Apr 2024 10:00:00 GMT"), ISO 8601, or nothing.
 * The date is the publisher's, as written: "Sat, 20 Apr 2024 01:30:00 +0300" is the 20th where it was published,
 * although it is still the 19th in UTC, and the article's "today" means the 20th.
 */
export function webDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text.slice(0, 10);
  const rfc = RFC_822.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    const short = Number(rfc[3]);
    const year = rfc[3]!.length === 4 ? short : short < 50 ? 2000 + short : 1900 + short;
    const day = Number(rfc[1]);
    if (month > 0) return day >= 1 && day <= daysInMonth(year, month) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  // Anything else Date reads ("April 20, 2024"): without a zone it is read in local time, whose calendar date is the one written.
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The text of an HTML fragment, paragraphs and line breaks kept as line breaks. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style, noscript')) el.remove();
  for (const el of document.querySelectorAll('br')) el.replaceWith('\n');
  for (const el of document.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr')) el.append('\n\n');
  return (document.body?.textContent ?? '').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** True when the text is an RSS or Atom document, whatever the file is called. */
export function looksLikeFeed(text: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 2000));
}

/** One article per feed item: title, link, date (pubDate, published, updated, dc:date), and the item's text. */
export function* readFeed(text: string, file: string, defaultDate: string | null, report: Report): Generator<ReadRecord> {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  const source = doc.querySelector('channel > title, feed > title')?.textContent?.trim() || null;
  const items = [...doc.querySelectorAll('item, entry')];
  if (items.length === 0) {
    report(null, 'a feed with no items or entries');
    return;
  }
  // Items are reported at the line of their opening tag.
  const starts: number[] = [];
  const re = /<(item|entry)[\s>]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(lineAt(text, m.index));
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const line = starts[k] ?? 0;
    const child = (names: string[]) => {
      for (const n of names) {
        const el = [...item.children].find((c) => c.tagName.toLowerCase() === n);
        if (el?.textContent?.trim()) return el;
      }
      return null;
    };
    const body = child(['content:encoded', 'content', 'description', 'summary']);
    const linkEl = [...item.children].find((c) => c.tagName.toLowerCase() === 'link');
    const url = linkEl?.getAttribute('href') || linkEl?.textContent?.trim() || null;
    const dateText = child(['pubdate', 'published', 'updated', 'dc:date'])?.textContent ?? null;
    const date = webDate(dateText);
    if (dateText && !date) report(line, `item date "${dateText.trim()}" is not a date`, 'warning');
    const result = recordToArticle(
      {
        id: child(['guid', 'id'])?.textContent?.trim() || url || undefined,
        date: date ?? undefined,
        title: child(['title'])?.textContent?.trim() || null,
        text: body ? htmlToText(body.textContent ?? '') : '',
        url,
        source,
      },
      { file, line },
      defaultDate,
    );
    if (result.ok) yield result.record;
    else report(line, `feed item: ${result.reasons.join('; ')}`);
  }
}

/** The published date a page declares: Open Graph / article meta, schema.org JSON-LD, a <time> element. */
function pageDate(document: Document): string | null {
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? null;
  const candidates = [
    meta('meta[property="article:published_time"]'),
    meta('meta[name="article:published_time"]'),
    meta('meta[itemprop="datePublished"]'),
    meta('meta[name="date"]'),
    meta('meta[name="pubdate"]'),
    meta('meta[name="DC.date.issued"]'),
    meta('meta[property="og:published_time"]'),
  ];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (found) candidates.push(found[1]!);
  }
  candidates.push(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  for (const c of candidates) {
    const d = webDate(c);
    if (d) return d;
  }
  return null;
}

/** A saved web page: its main text extracted by Readability, its title, URL, site name and published date. */
export function readHtmlPage(text: string, file: string, defaultDate: string | null, report: Report): ReadRecord | null {
  const { document } = parseHTML(text);
  const date = pageDate(document as unknown as Document);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  const site = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
  const parsed = new Readability(document as unknown as Document).parse();
  const body = parsed?.content ? htmlToText(parsed.content) : '';
  if (!body) {
    report(null, 'no article text found in the page');
    return null;
  }
  const result = recordToArticle(
    { date: date ?? webDate(parsed?.publishedTime) ?? undefined, title: parsed?.title?.trim() || null, text: body, url, source: site ?? parsed?.siteName ?? null },
    { file, line: 1 },
    defaultDate,
  );
  if (!result.ok) {
    report(null, result.reasons.join('; '));
    return null;
  }
  return result.record;
}
