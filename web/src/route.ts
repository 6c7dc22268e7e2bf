// The dashboard's state lives in the URL (#/view/param?filters), so every view can be linked and reloaded.
import { useEffect, useState } from 'react';
import type { Filters } from './api.js';

export interface Route {
  view: string;
  param: string | null;
  filters: Filters;
}

export const FILTER_NAMES = ['from', 'to', 'actor', 'country', 'cameo', 'quad', 'q'] as const;

export function parseHash(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view, ...rest] = path.split('/');
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const [k, v] of params) if (v) filters[k] = v;
  return { view: view || 'overview', param: rest.length > 0 ? decodeURIComponent(rest.join('/')) : null, filters };
}

export function hrefOf(view: string, filters: Filters, param: string | null = null): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  const s = params.toString();
  return `#/${view}${param ? '/' + encodeURIComponent(param) : ''}${s ? '?' + s : ''}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Loads data for the current inputs, with loading and error states; stale answers are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { data: T | null; error: string | null; loading: boolean } {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: true });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (e: Error) => live && setState({ data: null, error: e.message, loading: false }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
