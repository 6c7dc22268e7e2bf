// Events: a sortable, paginated table (sort and page kept in the URL); each row opens its article with the event's words highlighted.
import { useState, type ReactNode } from 'react';
import { actorLabel, api, apiFilters, QUAD_COLOURS, type Filters, type StoredEvent } from '../api.js';
import { hrefOf, setParams, useLoad } from '../route.js';
import { Status } from '../ui.js';

const PAGE = 50;
type Key = 'date' | 'cameo' | 'source' | 'target' | 'place' | 'goldstein' | 'num_mentions';
const KEYS: readonly Key[] = ['date', 'cameo', 'source', 'target', 'place', 'goldstein', 'num_mentions'];
export interface Sort { key: Key; down: boolean }

const value = (e: StoredEvent, k: Key): string | number =>
  k === 'source' ? actorLabel(e.source) : k === 'target' ? e.target?.code ?? '' : k === 'place' ? e.location?.name ?? '' : e[k];

/** The sentence with the event's trigger, source and target marked: why it was coded. */
export function Evidence({ e }: { e: StoredEvent }): ReactNode {
  const spans = (['trigger', 'source', 'target'] as const)
    .map((role) => [e.evidence[role], role] as const)
    .filter((s): s is readonly [[number, number], 'trigger' | 'source' | 'target'] => !!s[0])
    .sort((a, b) => a[0][0] - b[0][0]);
  const nodes: ReactNode[] = [];
  let pos = 0;
  for (const [[start, end], role] of spans) {
    if (start < pos) continue;
    nodes.push(e.sentence.slice(pos, start));
    nodes.push(<mark key={role} className={`hl-${role}`}>{e.sentence.slice(start, end)}</mark>);
    pos = end;
  }
  nodes.push(e.sentence.slice(pos));
  return <span className="evidence">{nodes}</span>;
}

export function EventTable({ events, filters, sort: given, onSort, evidence = false }: { events: StoredEvent[]; filters: Filters; sort?: Sort; onSort?: (s: Sort) => void; evidence?: boolean }) {
  const [own, setOwn] = useState<Sort>({ key: 'date', down: false });
  const sort = given ?? own;
  const choose = onSort ?? setOwn;
  const sorted = [...events].sort((a, b) => {
    const x = value(a, sort.key), y = value(b, sort.key);
    return (x < y ? -1 : x > y ? 1 : 0) * (sort.down ? -1 : 1);
  });
  const header = (key: Key, label: string) => (
    <th aria-sort={sort.key === key ? (sort.down ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => choose({ key, down: sort.key === key ? !sort.down : false })}>{label}{sort.key === key ? (sort.down ? ' ▼' : ' ▲') : ''}</button>
    </th>
  );
  const shared = apiFilters(filters);
  return (
    <table className="events">
      <thead><tr>{header('date', 'Date')}{header('source', 'Source')}{header('cameo', 'Event')}{header('target', 'Target')}{header('place', 'Place')}{header('goldstein', 'Goldstein')}{header('num_mentions', 'Mentions')}<th>{evidence ? 'Evidence' : 'Words'}</th></tr></thead>
      <tbody>
        {sorted.map((e) => (
          <tr key={e.id} data-event-id={e.id}>
            <td>{e.date}</td>
            <td title={e.source.text} className={e.source.unknown ? 'unknown' : ''}>{actorLabel(e.source)}</td>
            <td><span className="quad" style={{ background: QUAD_COLOURS[e.quad_class] }} /> {e.cameo} {e.cameo_label}</td>
            <td title={e.target?.text ?? ''}>{actorLabel(e.target)}</td>
            <td>{e.location?.name ?? '—'}</td>
            <td className="num">{e.goldstein}</td>
            <td className="num">{e.num_mentions}</td>
            <td>
              {evidence && <Evidence e={e} />}{evidence && ' '}
              <a href={hrefOf('article', { ...shared, event: e.id }, e.article_id)}>{evidence ? 'article' : e.sentence.slice(e.evidence.trigger[0], e.evidence.trigger[1])}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Events({ filters }: { filters: Filters }) {
  const page = Math.max(0, Number(filters['page'] ?? 0) || 0);
  const sortKey = (KEYS as readonly string[]).includes(filters['sort'] ?? '') ? (filters['sort'] as Key) : 'date';
  const sort: Sort = { key: sortKey, down: filters['desc'] === '1' };
  const f = apiFilters(filters);
  const { data, error, loading } = useLoad(() => api.events(f, PAGE, page * PAGE), [JSON.stringify(f), page]);
  const total = data?.total ?? 0;
  const nav = { ...f, ...(filters['sort'] ? { sort: filters['sort'] } : {}), ...(filters['desc'] ? { desc: filters['desc'] } : {}) };
  return (
    <section aria-labelledby="events-title">
      <h2 id="events-title">Events <small>{total} in all; sorted within the page</small></h2>
      <Status loading={loading} error={error} empty={total === 0}>
        <EventTable events={data?.events ?? []} filters={f} sort={sort} onSort={(s) => setParams({ sort: s.key === 'date' ? '' : s.key, desc: s.down ? '1' : '' })} />
        <nav className="pager" aria-label="Pages">
          {page > 0 && <a href={hrefOf('events', { ...nav, page: String(page - 1) })}>← previous</a>}
          <span>page {page + 1} of {Math.max(1, Math.ceil(total / PAGE))}</span>
          {(page + 1) * PAGE < total && <a href={hrefOf('events', { ...nav, page: String(page + 1) })}>next →</a>}
        </nav>
      </Status>
    </section>
  );
}
