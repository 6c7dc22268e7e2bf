// An HTTP client that is polite to news sites: its own User-Agent, robots.txt honoured, at most a few requests per host at once, and a pause on 429 and 5xx.
import robotsModule from 'robots-parser';
import { setTimeout as sleep } from 'node:timers/promises';

// robots-parser is CommonJS whose types declare an ES default export; imported from ES modules, the module is the function.
const robotsParser = robotsModule as unknown as typeof robotsModule.default;

export interface FetchPolicy {
  /** Sent with every request, naming dyad and where to read about it. */
  userAgent: string;
  /** Requests to one host at once (1 or 2). */
  perHost: number;
  /** For the whole request, body included. */
  timeoutMs: number;
  /** A body longer than this is refused unread. */
  maxBytes: number;
  /** Tries after the first on 429 and 5xx (each after a pause), before the page is given up for this poll. */
  retries: number;
  /** The first pause after a 429 or 5xx without Retry-After; doubled at each try. */
  backoffMs: number;
  /** No pause, Retry-After included, is longer: a server asking for an hour is tried next poll instead. */
  maxBackoffMs: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  userAgent: 'dyad/0.1 (political event coder; dyad watch)',
  perHost: 2,
  timeoutMs: 30_000,
  maxBytes: 5_000_000,
  retries: 2,
  backoffMs: 2_000,
  maxBackoffMs: 120_000,
  maxRedirects: 5,
};

export type Fetched =
  | { ok: true; url: string; status: number; headers: Headers; body: Buffer }
  /** `transient`: worth trying again at a later poll (timeouts, 429, 5xx, no connection); else refused for good. */
  | { ok: false; url: string; reason: string; transient: boolean };

interface Host {
  active: number;
  waiting: Array<() => void>;
  /** No request starts before this time (a back-off, or robots.txt's Crawl-delay). */
  notBefore: number;
  crawlDelayMs: number;
}

type Robots = { allows(url: string): boolean } | { unreachable: string };

/** Robots.txt answers are kept this long, so that a watcher running for days sees a site's changes. */
const ROBOTS_TTL_MS = 24 * 3600_000;

class TooLarge extends Error {}

export class PoliteFetcher {
  private readonly hosts = new Map<string, Host>();
  private readonly robots = new Map<string, { at: number; robots: Promise<Robots> }>();

  constructor(readonly policy: FetchPolicy = DEFAULT_FETCH_POLICY) {}

  /** GETs a URL that robots.txt allows, following redirects (each checked again), retrying 429/5xx after a pause. */
  async get(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
    let current = url;
    for (let hop = 0; hop <= this.policy.maxRedirects; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        return { ok: false, url: current, reason: 'not a URL', transient: false };
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, url: current, reason: `not an http(s) URL`, transient: false };
      const robots = await this.robotsOf(parsed);
      if ('unreachable' in robots) return { ok: false, url: current, reason: `robots.txt of ${parsed.host} ${robots.unreachable}: not fetched until it answers (RFC 9309)`, transient: true };
      if (!robots.allows(current)) return { ok: false, url: current, reason: `robots.txt of ${parsed.host} disallows it for dyad`, transient: false };
      const answer = await this.withRetries(parsed, headers);
      if (!answer.ok) return answer;
      const location = answer.headers.get('location');
      if (answer.status >= 300 && answer.status < 400 && answer.status !== 304 && location) {
        current = new URL(location, current).href;
        continue;
      }
      return answer;
    }
    return { ok: false, url, reason: `more than ${this.policy.maxRedirects} redirects`, transient: false };
  }

  private async withRetries(url: URL, headers: Record<string, string>): Promise<Fetched> {
    const host = this.hostOf(url.host);
    for (let attempt = 0; ; attempt++) {
      const answer = await this.once(url, headers);
      if (!answer.ok || (answer.status !== 429 && answer.status < 500)) return answer;
      const pause = retryAfterMs(answer.headers.get('retry-after')) ?? this.policy.backoffMs * 2 ** attempt;
      const tries = `${attempt + 1} tr${attempt === 0 ? 'y' : 'ies'}`;
      if (pause > this.policy.maxBackoffMs) return { ok: false, url: url.href, reason: `HTTP ${answer.status}, asked to wait ${Math.round(pause / 1000)} s: left for a later poll`, transient: true };
      // The whole host waits, not only this page: the server said it is overloaded.
      host.notBefore = Math.max(host.notBefore, Date.now() + pause);
      if (attempt >= this.policy.retries) return { ok: false, url: url.href, reason: `HTTP ${answer.status} after ${tries}`, transient: true };
    }
  }

  /** One request, in one of the host's slots; the body read up to the size limit. */
  private async once(url: URL, headers: Record<string, string>): Promise<Fetched> {
    const host = this.hostOf(url.host);
    await this.acquire(host);
    try {
      const wait = host.notBefore - Date.now();
      if (wait > 0) await sleep(wait);
      host.notBefore = Math.max(host.notBefore, Date.now() + host.crawlDelayMs);
      const signal = AbortSignal.timeout(this.policy.timeoutMs);
      const response = await fetch(url, { headers: { 'user-agent': this.policy.userAgent, ...headers }, redirect: 'manual', signal });
      const body = await readCapped(response, this.policy.maxBytes);
      return { ok: true, url: url.href, status: response.status, headers: response.headers, body };
    } catch (e) {
      return { ok: false, url: url.href, ...failure(e, this.policy) };
    } finally {
      this.release(host);
    }
  }

  private robotsOf(url: URL): Promise<Robots> {
    const kept = this.robots.get(url.origin);
    if (kept && Date.now() - kept.at < ROBOTS_TTL_MS) return kept.robots;
    const robots = this.loadRobots(url);
    this.robots.set(url.origin, { at: Date.now(), robots });
    return robots;
  }

  private async loadRobots(url: URL): Promise<Robots> {
    const robotsUrl = `${url.origin}/robots.txt`;
    let answer: Fetched = { ok: false, url: robotsUrl, reason: 'not asked', transient: true };
    let target = new URL(robotsUrl);
    for (let hop = 0; hop <= this.policy.maxRedirects; hop++) {
      answer = await this.once(target, {});
      const location = answer.ok ? answer.headers.get('location') : null;
      if (!answer.ok || answer.status < 300 || answer.status >= 400 || !location) break;
      target = new URL(location, target);
    }
    // RFC 9309: a 4xx means no rules; a 5xx or no answer means the site may not be crawled for now.
    if (!answer.ok) return { unreachable: `could not be read (${answer.reason})` };
    if (answer.status >= 500 || answer.status === 429) return { unreachable: `answered HTTP ${answer.status}` };
    if (answer.status >= 400) return { allows: () => true };
    if (answer.status >= 300) return { allows: () => true };
    const parsed = robotsParser(robotsUrl, answer.body.toString('utf8'));
    const delay = parsed.getCrawlDelay(this.policy.userAgent);
    if (delay !== undefined && delay > 0) this.hostOf(url.host).crawlDelayMs = Math.min(delay * 1000, 60_000);
    // isAllowed is undefined for a URL of another host: such a URL was checked against its own host's file.
    return { allows: (u) => parsed.isAllowed(u, this.policy.userAgent) !== false };
  }

  private hostOf(name: string): Host {
    let host = this.hosts.get(name);
    if (!host) this.hosts.set(name, (host = { active: 0, waiting: [], notBefore: 0, crawlDelayMs: 0 }));
    return host;
  }

  private async acquire(host: Host): Promise<void> {
    if (host.active < this.policy.perHost) {
      host.active++;
      return;
    }
    // The slot passes straight from the releasing request to this one: active is not decremented in between.
    await new Promise<void>((resolve) => host.waiting.push(resolve));
  }

  private release(host: Host): void {
    const next = host.waiting.shift();
    if (next) next();
    else host.active--;
  }
}

/** Retry-After as milliseconds: seconds, or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new TooLarge(`larger than ${maxBytes} bytes (Content-Length ${declared})`);
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new TooLarge(`larger than ${maxBytes} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

function failure(e: unknown, policy: FetchPolicy): { reason: string; transient: boolean } {
  if (e instanceof TooLarge) return { reason: e.message, transient: false };
  const name = (e as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return { reason: `no complete answer within ${policy.timeoutMs / 1000} s`, transient: true };
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return { reason: `could not connect (${cause?.code ?? cause?.message ?? (e as Error).message})`, transient: true };
}
