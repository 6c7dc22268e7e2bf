// RSS/Atom feeds and saved HTML pages as article inputs: one article per item, a page's main text and its date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fixtureDir, readAll } from '../../../test/support/ingest-fixtures.js';
import { htmlToText, webDate } from './web.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example Wire</title>
  <item>
    <title>Erdogan meets Hamas leader in Istanbul</title>
    <link>https://example.org/2024/04/20/erdogan-haniyeh</link>
    <guid>https://example.org/a1</guid>
    <pubDate>Sat, 20 Apr 2024 18:30:00 GMT</pubDate>
    <description><![CDATA[<p>Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh in Istanbul on Saturday.</p><p>It was their first meeting since October.</p>]]></description>
  </item>
  <item>
    <title>Empty item</title>
    <pubDate>Sun, 21 Apr 2024 08:00:00 GMT</pubDate>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title>
  <entry>
    <title>Turkey imposes trade restrictions on Israel</title>
    <link href="https://example.org/turkey-israel-trade"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2024-04-09T10:00:00Z</published>
    <content type="html">&lt;p&gt;Ankara has imposed trade restrictions on Israel, the trade ministry said on Tuesday.&lt;/p&gt;</content>
  </entry>
</feed>`;

const PAGE = `<!doctype html><html><head>
<title>Erdogan meets Haniyeh | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-04-20T19:02:00+03:00">
<link rel="canonical" href="https://example.org/news/erdogan-haniyeh">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Erdogan meets Haniyeh in Istanbul</h1>
<p>Turkish President Tayyip Erdogan discussed efforts to provide humanitarian aid to Gaza during a meeting with Hamas leader Ismail Haniyeh in Istanbul on Saturday, his office said.</p>
<p>It was the first meeting between Erdogan and a Hamas delegation led by Haniyeh since Israel launched its military offensive in the Gaza Strip, and it came three days after Haniyeh met Turkish Foreign Minister Hakan Fidan in Doha.</p>
<p>NATO member Turkey has denounced the Israeli offensive and called for an immediate ceasefire; Ankara has also imposed trade restrictions on Israel.</p>
</article>
<footer>© Example News. Subscribe to our newsletter for more stories like this one.</footer>
</body></html>`;

test('an RSS feed gives one article per item, with its title, link, guid, date and text; an empty item is reported', async () => {
  const dir = fixtureDir({ 'wire.rss': RSS });
  const { articles, problems } = await readAll([join(dir, 'wire.rss')]);
  assert.equal(articles.length, 1);
  const [a] = articles;
  assert.equal(a!.id, 'https://example.org/a1');
  assert.equal(a!.date, '2024-04-20');
  assert.equal(a!.title, 'Erdogan meets Hamas leader in Istanbul');
  assert.equal(a!.url, 'https://example.org/2024/04/20/erdogan-haniyeh');
  assert.equal(a!.source, 'Example Wire');
  assert.equal(a!.text, 'Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh in Istanbul on Saturday.\n\nIt was their first meeting since October.');
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /text is empty/);
  assert.equal(problems[0]!.line, 12);
});

test('an Atom feed gives its entries, the link from href and the date from published', async () => {
  const dir = fixtureDir({ 'feed.atom': ATOM });
  const { articles } = await readAll([join(dir, 'feed.atom')]);
  assert.equal(articles[0]!.date, '2024-04-09');
  assert.equal(articles[0]!.url, 'https://example.org/turkey-israel-trade');
  assert.equal(articles[0]!.text, 'Ankara has imposed trade restrictions on Israel, the trade ministry said on Tuesday.');
});

test('a saved HTML page gives its main text without navigation or footer, its published date, URL and site', async () => {
  const dir = fixtureDir({ 'page.html': PAGE });
  const { articles, problems } = await readAll([join(dir, 'page.html')]);
  assert.deepEqual(problems, []);
  const [a] = articles;
  assert.equal(a!.date, '2024-04-20');
  assert.equal(a!.url, 'https://example.org/news/erdogan-haniyeh');
  assert.equal(a!.source, 'Example News');
  assert.match(a!.text, /^Turkish President Tayyip Erdogan discussed efforts/m);
  assert.ok(!/Subscribe|Home|Sport/.test(a!.text), a!.text);
});

test('an .xml file that is no feed is reported, not read', async () => {
  const dir = fixtureDir({ 'data.xml': '<?xml version="1.0"?><catalog><book/></catalog>' });
  const { articles, problems } = await readAll([join(dir, 'data.xml')]);
  assert.equal(articles.length, 0);
  assert.match(problems[0]!.message, /not an RSS or Atom feed/);
});

test('feed dates: RFC 822 and ISO 8601 become YYYY-MM-DD', () => {
  assert.equal(webDate('Sat, 20 Apr 2024 18:30:00 GMT'), '2024-04-20');
  assert.equal(webDate('2024-04-09T10:00:00Z'), '2024-04-09');
  assert.equal(webDate('soon'), null);
});

test('a feed date keeps the publisher\'s local date: early morning east of Greenwich is not moved back a day to UTC', () => {
  assert.equal(webDate('Sat, 20 Apr 2024 01:30:00 +0300'), '2024-04-20');
  assert.equal(webDate('Fri, 19 Apr 2024 23:30:00 -0500'), '2024-04-19');
  assert.equal(webDate('2024-04-20T01:30:00+03:00'), '2024-04-20');
});

test('RFC 822 two-digit years are read as RFC 2822 says (00-49 in this century), and impossible days are no date', () => {
  assert.equal(webDate('20 Apr 24 10:00 GMT'), '2024-04-20');
  assert.equal(webDate('3 Mar 99 10:00 EST'), '1999-03-03');
  assert.equal(webDate('Mon, 31 Feb 2024 10:00:00 GMT'), null);
});

test('HTML to text keeps paragraphs and drops scripts', () => {
  assert.equal(htmlToText('<p>One.</p><script>alert(1)</script><p>Two<br>lines.</p>'), 'One.\n\nTwo\nlines.');
});
