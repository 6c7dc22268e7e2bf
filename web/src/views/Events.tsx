// Events: a sortable, paginated table; each row opens its article with the event's words highlighted.
import { useState } from 'react';
import { api, QUAD_COLOURS, type Filters, type StoredEvent } from '../api.js';
import { hrefOf, useLoad } from '../route.js';
import { Status } from '../ui.js';

const PAGE = 50;
type Key = 'date' | 'cameo' | 'source' | 'target' | 'place' | 'goldstein' | 'num_mentions';

const value = (e: StoredEvent, k: Key): string | number =>
  k === 'source' ? e.source.code : k === 'target' ? e.target?.code ?? '' : k === 'place' ? e.location?.name ?? '' : e[k];

export function EventTable({ events, filters }: { events: StoredEvent[]; filters: Filters }) {
  const [sort, setSort] = useState<{ key: Key; down: boolean }>({ key: 'date', down: false });
  const sorted = [...events].sort((a, b) => {
    const x = value(a, sort.key), y = value(b, sort.key);
    return (x < y ? -1 : x > y ? 1 : 0) * (sort.down ? -1 : 1);
  });
  const header = (key: Key, label: string) => (
    <th aria-sort={sort.key === key ? (sort.down ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => setSort({ key, down: sort.key === key ? !sort.down : false })}>{label}{sort.key === key ? (sort.down ? ' ▼' : ' ▲') : ''}</button>
    </th>
  );
  return (
    <table className="events">
      <thead><tr>{header('date', 'Date')}{header('source', 'Source')}{header('cameo', 'Event')}{header('target', 'Target')}{header('place', 'Place')}{header('goldstein', 'Goldstein')}{header('num_mentions', 'Mentions')}<th>Words</th></tr></thead>
      <tbody>
        {sorted.map((e) => (
          <tr key={e.id} data-event-id={e.id}>
            <td>{e.date}</td>
            <td title={e.source.text}>{e.source.code}</td>
            <td><span className="quad" style={{ background: QUAD_COLOURS[e.quad_class] }} /> {e.cameo} {e.cameo_label}</td>
            <td title={e.target?.text ?? ''}>{e.target?.code ?? '—'}</td>
            <td>{e.location?.name ?? '—'}</td>
            <td className="num">{e.goldstein}</td>
            <td className="num">{e.num_mentions}</td>
            <td><a href={hrefOf('article', { ...filters, event: e.id }, e.article_id)}>{e.sentence.slice(e.evidence.trigger[0], e.evidence.trigger[1])}</a></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Events({ filters }: { filters: Filters }) {
  const page = Math.max(0, Number(filters['page'] ?? 0) || 0);
  const { page: _p, ...f } = filters;
  const { data, error, loading } = useLoad(() => api.events(f, PAGE, page * PAGE), [JSON.stringify(filters)]);
  const total = data?.total ?? 0;
  return (
    <section aria-label="Events">
      <h2>Events <small>{total} in all</small></h2>
      <Status loading={loading} error={error} empty={total === 0}>
        <EventTable events={data?.events ?? []} filters={f} />
        <nav className="pager">
          {page > 0 && <a href={hrefOf('events', { ...f, page: String(page - 1) })}>← previous</a>}
          <span>page {page + 1} of {Math.max(1, Math.ceil(total / PAGE))}</span>
          {(page + 1) * PAGE < total && <a href={hrefOf('events', { ...f, page: String(page + 1) })}>next →</a>}
        </nav>
      </Status>
    </section>
  );
}
