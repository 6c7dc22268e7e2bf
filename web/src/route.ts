// The dashboard's state lives in the URL (#/view/param?filters&view-state), so every view can be linked and reloaded.
import { useEffect, useState } from 'react';
import type { Filters } from './api.js';

export interface Route {
  view: string;
  param: string | null;
  /** Every parameter of the URL: the API's filters and the view's own state (period, page, sort, picked items). */
  filters: Filters;
}

/** The filters every view shares (the filter bar); the rest of the URL belongs to one view. */
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

/** The shared filters of a URL's parameters, without any view's own state. */
export function sharedFilters(filters: Filters): Filters {
  const out: Filters = {};
  for (const k of FILTER_NAMES) if (filters[k]) out[k] = filters[k]!;
  return out;
}

/** Changes parameters of the current URL (an empty value removes one), keeping the view. */
export function setParams(patch: Filters): void {
  const route = parseHash(window.location.hash);
  const next: Filters = { ...route.filters, ...patch };
  for (const [k, v] of Object.entries(next)) if (!v) delete next[k];
  window.location.hash = hrefOf(route.view, next, route.param);
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

/** Enter and Space activate an SVG element that acts as a button, as they do a <button>. */
export function onActivate(action: () => void): { onClick: () => void; onKeyDown: (e: { key: string; preventDefault(): void }) => void; tabIndex: number; role: 'button' } {
  return {
    onClick: action,
    onKeyDown: (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        action();
      }
    },
    tabIndex: 0,
    role: 'button',
  };
}
