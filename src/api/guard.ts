// What stands in front of the API's routes: security headers, the methods it answers, request size, a rate per client, and well-formed URLs.
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { getConnInfo } from '@hono/node-server/conninfo';
import { FilterError } from '../store/filter.js';

export interface GuardOptions {
  /** The longest request accepted, URL and body together, in bytes; longer ones get 413. */
  maxRequestBytes: number;
  /** Requests a client (by address) may make per minute; more get 429 with Retry-After. 0: no limit. */
  ratePerMinute: number;
}

export const DEFAULT_GUARD: GuardOptions = { maxRequestBytes: 16_384, ratePerMinute: 1_200 };

/** The dashboard runs only its own bundled code and may not be framed; article text is rendered as text. */
export const DASHBOARD_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** JSON is data, never a page: nothing in it may load or run. */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const html = (c.res.headers.get('content-type') ?? '').startsWith('text/html');
  c.res.headers.set('content-security-policy', html ? DASHBOARD_CSP : DATA_CSP);
  c.res.headers.set('x-content-type-options', 'nosniff');
  c.res.headers.set('referrer-policy', 'no-referrer');
  c.res.headers.set('x-frame-options', 'DENY');
  c.res.headers.set('cross-origin-resource-policy', 'same-origin');
};

function sizeLimit(maxBytes: number): MiddlewareHandler {
  return async (c, next) => {
    const declared = Number(c.req.header('content-length') ?? 0);
    const size = c.req.url.length + (Number.isFinite(declared) ? declared : maxBytes + 1);
    if (size > maxBytes) return c.json({ error: `the request is longer than ${maxBytes} bytes (dyad serve --max-request-bytes)` }, 413);
    await next();
  };
}

/** A token bucket per client address: `perMinute` tokens, refilled continuously. */
function rateLimit(perMinute: number): MiddlewareHandler {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (c, next) => {
    if (perMinute <= 0) return next();
    const client = clientAddress(c);
    const now = Date.now();
    const bucket = buckets.get(client) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((now - bucket.at) * perMinute) / 60_000);
    bucket.at = now;
    buckets.set(client, bucket);
    // Forget clients that have been quiet for long enough to have a full bucket again.
    if (buckets.size > 10_000) for (const [k, b] of buckets) if (now - b.at > 60_000) buckets.delete(k);
    if (bucket.tokens < 1) {
      const wait = Math.ceil(((1 - bucket.tokens) * 60) / perMinute);
      return c.json({ error: `more than ${perMinute} requests a minute from ${client} (dyad serve --rate-limit)` }, 429, { 'retry-after': String(wait) });
    }
    bucket.tokens -= 1;
    return next();
  };
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // A request made in-process (tests) has no connection.
    return 'local';
  }
}

/** A path whose percent-encoding does not decode ("/%", "/%ff") is the client's error, not the server's. */
const wellFormedPath: MiddlewareHandler = async (c, next) => {
  const path = new URL(c.req.url).pathname;
  try {
    decodeURIComponent(path);
  } catch {
    return c.json({ error: `the path ${path} has a malformed percent-encoding`, parameter: 'path' }, 400);
  }
  return next();
};

/**
 * The query parameters as sent: each decoded strictly (a malformed "%" names its parameter), none given twice, and
 * every name kept as a plain key ("__proto__" is a parameter like any other, to be refused as unknown).
 */
export function queryParameters(url: string): Map<string, string> {
  const search = new URL(url).search.slice(1);
  const parameters = new Map<string, string>();
  if (!search) return parameters;
  for (const pair of search.split('&')) {
    if (!pair) continue;
    const cut = pair.indexOf('=');
    const rawName = cut < 0 ? pair : pair.slice(0, cut);
    const rawValue = cut < 0 ? '' : pair.slice(cut + 1);
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      throw new FilterError(rawName, 'malformed percent-encoding');
    }
    if (parameters.has(name)) throw new FilterError(name, 'given more than once');
    parameters.set(name, value);
  }
  return parameters;
}

/** Puts the guards in front of every route of the app (call before adding routes). */
export function guard(app: Hono, options: GuardOptions = DEFAULT_GUARD): void {
  app.use(securityHeaders);
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) => c.json({ error: `${c.req.method} is not answered here; use ${methods.join(' or ')}` }, 405, { allow: methods.join(', ') }),
    }),
  );
  app.use(sizeLimit(options.maxRequestBytes));
  app.use(rateLimit(options.ratePerMinute));
  app.use(wellFormedPath);
}
